/**
 * The pairs of adjacent lower-case ASCII letters a text holds, as a bitset: a text lacking one
 * pair of a word cannot contain the word, so a list of `includes` scans (each reading the whole
 * text when the word is absent, as most are) can skip the words ruled out by one pass over it.
 * Only a necessary condition: a word that passes is still looked for.
 */

const LETTERS = 26;
const A = 97;

/** The pair indices of `word`'s adjacent lower-case ASCII letters (other characters break pairs). */
export function letterPairsOf(word: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    const a = word.charCodeAt(i) - A;
    const b = word.charCodeAt(i + 1) - A;
    if (a >= 0 && a < LETTERS && b >= 0 && b < LETTERS) out.push(a * LETTERS + b);
  }
  return out;
}

/** The letter pairs of the last text read; one instance is reused text after text. */
export class LetterPairs {
  private readonly bits = new Uint32Array(Math.ceil((LETTERS * LETTERS) / 32));

  /** Reads the pairs of `text` (forgetting the previous text's). */
  read(text: string): void {
    const bits = this.bits;
    bits.fill(0);
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i) - A;
      if (c >= 0 && c < LETTERS) {
        if (prev >= 0) {
          const pair = prev * LETTERS + c;
          bits[pair >>> 5]! |= 1 << (pair & 31);
        }
        prev = c;
      } else prev = -1;
    }
  }

  /** False when the text read lacks one of `pairs` (from letterPairsOf): it cannot hold that word. */
  mayHold(pairs: readonly number[]): boolean {
    const bits = this.bits;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i]!;
      if ((bits[pair >>> 5]! & (1 << (pair & 31))) === 0) return false;
    }
    return true;
  }
}
