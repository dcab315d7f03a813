import type { Span } from '../../model/span.ts';
import { maskSpans } from '../speakers/frame.ts';

/**
 * Characters around an enclosing quotation whose reading must match its own mask exactly. Rules
 * read letters outside a frame only just before a quotation's opening mark (scare-quote cues,
 * 80 characters at most); searches that run further look for punctuation, which masking keeps.
 */
const MARGIN = 256;

/**
 * The masked text of each enclosing quotation's frame: the article's text with the interiors of
 * the quotations nested directly in it masked. One copy of the whole text per enclosing quotation
 * made a text with thousands of them quadratic; instead enclosing quotations that lie apart (no
 * overlap, at least MARGIN characters between them) share one text masking all their children.
 * Inside a frame and within MARGIN of it the shared text equals the frame's own mask.
 */
export function innerMasks(
  text: string,
  enclosing: ReadonlyMap<number, { range: Span; children: readonly Span[] }>,
): (p: number) => string {
  const groups: { lastEnd: number; members: number[]; masked: string | null }[] = [];
  const groupOf = new Map<number, number>();
  const order = [...enclosing.keys()].sort(
    (a, b) => enclosing.get(a)!.range.start - enclosing.get(b)!.range.start || a - b,
  );
  for (const p of order) {
    const { range } = enclosing.get(p)!;
    let g = groups.findIndex((x) => x.lastEnd + MARGIN <= range.start);
    if (g < 0) g = groups.push({ lastEnd: 0, members: [], masked: null }) - 1;
    groups[g]!.members.push(p);
    groups[g]!.lastEnd = Math.max(groups[g]!.lastEnd, range.end);
    groupOf.set(p, g);
  }
  return (p) => {
    const group = groups[groupOf.get(p)!]!;
    group.masked ??= maskSpans(
      text,
      group.members.flatMap((m) => enclosing.get(m)!.children),
    );
    return group.masked;
  };
}
