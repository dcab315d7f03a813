import type { Span } from '../model/span.ts';

/**
 * Whether [start, end) overlaps one of `spans`, which are sorted and do not overlap each other
 * (binary search: a long text has thousands of quoted spans or transcript gaps).
 */
export function overlapsSortedSpans(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (end <= s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
