/**
 * The last `ch` in `text` at or before `from` and not before `floor`, else -1: `lastIndexOf` with
 * a floor. A search that fails then reads back only to the floor (a sentence's start, the end of a
 * quotation), not to the start of the article, which asked at every quotation or speech verb of
 * a long text was quadratic.
 */
export function lastIndexWithin(text: string, ch: string, from: number, floor: number): number {
  for (let i = Math.min(from, text.length - 1); i >= floor; i--) if (text[i] === ch) return i;
  return -1;
}

/**
 * Whether `word` stands in `text` as a whole word: no letter or digit right before or after it
 * ("Roe" in "Ms Roe said", not in "Monroe").
 */
export function containsWholeWord(text: string, word: string, ignoreCase = false): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, ignoreCase ? 'iu' : 'u').test(text);
}
