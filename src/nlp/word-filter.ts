/**
 * A quick "certainly not in this word set": one bit per value of a 16-bit hash of the word's
 * characters, set for every word of the set. A per-token look-up in a lexicon (is this word a
 * speech verb? a cue?) is asked of every token of every sentence, and nearly every token is in no
 * lexicon; the bits answer most of them without a look-up in the set, which costs several times
 * the hash (the token's string is new, and the set's table is large). A set of a few hundred words
 * sets about 1% of the bits, so about 1% of the other words pass. A word of the set always has its
 * bit, so the answer "no" is exact.
 */
export interface WordFilter {
  /** False only when the word is certainly not in the set. */
  mayHave(word: string): boolean;
  /** mayHave of text[start, end), read in place: no string is cut for the words ruled out. */
  mayHaveRange(text: string, start: number, end: number): boolean;
}

const HASH_BITS = 16;
const HASH_MASK = (1 << HASH_BITS) - 1;

/**
 * FNV-1a over the UTF-16 code units, folded to HASH_BITS. The earlier filter keyed a bit by
 * (length, first letter, last letter): common short words share those with the set's words, and
 * a quarter of news tokens went on to the look-up, twenty times the set's true hits.
 */
function bitOf(word: string): number {
  return bitOfRange(word, 0, word.length);
}

function bitOfRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> HASH_BITS)) & HASH_MASK;
}

export function wordFilterOf(words: Iterable<string>): WordFilter {
  // 8 KB: stays in the first-level cache beside the loop that asks it.
  const bits = new Uint32Array((HASH_MASK + 1) >>> 5);
  for (const w of words) {
    const b = bitOf(w);
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return {
    mayHave(word) {
      const b = bitOf(word);
      return (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
    },
    mayHaveRange(text, start, end) {
      const b = bitOfRange(text, start, end);
      return (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
    },
  };
}
