/**
 * How many words (`[\p{L}\p{N}]+` runs) `text[from, to)` holds, counted only up to `cap + 1`: a
 * rule that asks "at most N words?" reads a few words past the N-th, not the whole rest of a
 * sentence that may be thousands of words long (asked at every quotation of it, that was
 * quadratic). Equal to the number of matches in `text.slice(from, to)` whenever that is ≤ cap.
 */
export function countWordsUpTo(text: string, from: number, to: number, cap: number): number {
  const word = /[\p{L}\p{N}]+/gu;
  word.lastIndex = from;
  let n = 0;
  while (n <= cap) {
    const m = word.exec(text);
    if (!m || m.index >= to) break;
    n++;
  }
  return n;
}
