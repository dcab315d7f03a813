/**
 * Whether a word opens with a capital letter: A–Z read by character code (most words, and this
 * is asked of nearly every word), any other capital by comparing it with its lower case.
 */
export function isCapitalised(word: string): boolean {
  if (word === '') return false;
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word[0]!;
  return first !== first.toLowerCase();
}
