/**
 * A quick "certainly not in this word set" for lower-case words, by length and first and last
 * letter: a bit per (length, first, last) that some word of the set has. A per-token look-up in a
 * lexicon (is this word a speech verb? a cue?) is asked of every token of every sentence, and
 * nearly every token is in no lexicon; the bits answer most of them without hashing the word.
 * A word this cannot judge (longer than MAX_LENGTH, or starting or ending in a character other
 * than a-z) is always "maybe", so the answer "no" is exact.
 */
export interface WordFilter {
  /** False only when the word is certainly not in the set. */
  mayHave(word: string): boolean;
}

const MAX_LENGTH = 31;
const LETTERS = 26;

/** The slot of a word's (length, first, last), or -1 when it has none (then: maybe). */
function slotOf(word: string): number {
  const n = word.length;
  if (n === 0 || n > MAX_LENGTH) return -1;
  const first = word.charCodeAt(0) - 97;
  const last = word.charCodeAt(n - 1) - 97;
  if (first < 0 || first >= LETTERS || last < 0 || last >= LETTERS) return -1;
  return (n * LETTERS + first) * LETTERS + last;
}

export function wordFilterOf(words: Iterable<string>): WordFilter {
  const bits = new Uint8Array((MAX_LENGTH + 1) * LETTERS * LETTERS);
  // A word of the set with no slot equals no word that has one: it needs no bit.
  for (const w of words) {
    const slot = slotOf(w);
    if (slot >= 0) bits[slot] = 1;
  }
  return {
    mayHave(word) {
      const slot = slotOf(word);
      return slot < 0 || bits[slot] === 1;
    },
  };
}
