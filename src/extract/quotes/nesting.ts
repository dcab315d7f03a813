import type { MarkedSpan } from './candidate.ts';
import type { Span } from '../../model/span.ts';

/** The quoted words' end: the closing mark, or the paragraph's end for an unclosed quote. */
function innerEnd(q: MarkedSpan): number {
  return q.closeAt >= 0 ? q.closeAt : q.end;
}

/**
 * Index of each span's smallest enclosing span, or -1 for a top-level quotation: of the spans
 * opening before it whose quoted words reach its end, the one opening last. Read in opening order
 * with a stack of the spans still able to enclose a later one (a span opening later and reaching
 * as far hides an earlier one), searched by halving: comparing every pair was quadratic, and a
 * line of ten thousand quotations took seconds for this alone.
 */
export function findParents(spans: readonly MarkedSpan[]): number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.openAt - spans[b]!.openAt || a - b);
  // Two spans opening at one mark: the pairwise reading decides their ties by list order.
  for (let k = 1; k < order.length; k++)
    if (spans[order[k]!]!.openAt === spans[order[k - 1]!]!.openAt) return findParentsPairwise(spans);
  const parents = new Array<number>(spans.length).fill(-1);
  const stack: number[] = []; // innerEnd strictly falling from bottom to top
  for (const i of order) {
    const q = spans[i]!;
    // The last stack entry reaching q's end: entries reaching it form the bottom of the stack.
    let lo = 0;
    let hi = stack.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (innerEnd(spans[stack[mid]!]!) >= q.end) lo = mid + 1;
      else hi = mid - 1;
    }
    parents[i] = hi >= 0 ? stack[hi]! : -1;
    while (stack.length > 0 && innerEnd(spans[stack.at(-1)!]!) <= innerEnd(q)) stack.pop();
    stack.push(i);
  }
  return parents;
}

/** The definition read pair by pair: for spans that share an opening mark. */
export function findParentsPairwise(spans: readonly MarkedSpan[]): number[] {
  return spans.map((q, i) => {
    let best = -1;
    spans.forEach((p, j) => {
      if (j === i || p.openAt >= q.openAt || innerEnd(p) < q.end) return;
      if (best < 0 || p.openAt > spans[best]!.openAt) best = j;
    });
    return best;
  });
}

/**
 * For each span, whether another span of the list holds it (starts no later and ends no
 * earlier; an equal span counts). Read in order of start, longest first, keeping the furthest end
 * so far: asking every pair was quadratic in a text of thousands of quotations.
 */
export function heldByAnother(spans: readonly Span[]): boolean[] {
  const order = spans
    .map((_, i) => i)
    .sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end || a - b);
  const held = new Array<boolean>(spans.length).fill(false);
  let furthest = -Infinity;
  order.forEach((i, k) => {
    const s = spans[i]!;
    const twin =
      order[k + 1] !== undefined &&
      spans[order[k + 1]!]!.start === s.start &&
      spans[order[k + 1]!]!.end === s.end;
    held[i] = furthest >= s.end || twin;
    furthest = Math.max(furthest, s.end);
  });
  return held;
}
