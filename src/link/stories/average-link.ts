import { EdgeList, type SimilarityEdge } from './edge-list.ts';
import type { EventContrast } from './event-contrast.ts';

/**
 * Average-link agglomerative clustering over a sparse similarity graph. Missing edges count as
 * similarity 0, so clusters in different connected components never merge and the cost follows
 * the number of edges, not n². The result depends only on the graph: items are numbered in a
 * canonical order by the caller and ties break on the smaller cluster numbers.
 */

export type { SimilarityEdge };

/**
 * Max-heap of candidate merges on `avg`, then on the smaller (x, y) pair: deterministic
 * tie-breaking, so the order pushes come in never matters. Parallel typed arrays: at 100k articles
 * it holds millions of entries, an object and a boxed double each before.
 */
class MergeHeap {
  #avg = new Float64Array(1024);
  #x = new Int32Array(1024);
  #y = new Int32Array(1024);
  #size = 0;
  /** The entry `pop` took off last. */
  avg = 0;
  x = 0;
  y = 0;

  #before(i: number, j: number): boolean {
    const avg = this.#avg;
    if (avg[i] !== avg[j]) return avg[i]! > avg[j]!;
    if (this.#x[i] !== this.#x[j]) return this.#x[i]! < this.#x[j]!;
    return this.#y[i]! < this.#y[j]!;
  }

  #swap(i: number, j: number): void {
    const avg = this.#avg[i]!;
    this.#avg[i] = this.#avg[j]!;
    this.#avg[j] = avg;
    const x = this.#x[i]!;
    this.#x[i] = this.#x[j]!;
    this.#x[j] = x;
    const y = this.#y[i]!;
    this.#y[i] = this.#y[j]!;
    this.#y[j] = y;
  }

  push(avg: number, x: number, y: number): void {
    if (this.#size === this.#avg.length) {
      const size = Math.ceil(this.#size * 1.5);
      const avgs = new Float64Array(size);
      avgs.set(this.#avg);
      this.#avg = avgs;
      const xs = new Int32Array(size);
      xs.set(this.#x);
      this.#x = xs;
      const ys = new Int32Array(size);
      ys.set(this.#y);
      this.#y = ys;
    }
    let i = this.#size++;
    this.#avg[i] = avg;
    this.#x[i] = x;
    this.#y[i] = y;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  /** Takes the top entry into `avg`, `x`, `y`; false when empty. */
  pop(): boolean {
    if (this.#size === 0) return false;
    this.avg = this.#avg[0]!;
    this.x = this.#x[0]!;
    this.y = this.#y[0]!;
    const last = --this.#size;
    if (last > 0) {
      this.#avg[0] = this.#avg[last]!;
      this.#x[0] = this.#x[last]!;
      this.#y[0] = this.#y[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < last && this.#before(l, best)) best = l;
        if (r < last && this.#before(r, best)) best = r;
        if (best === i) break;
        this.#swap(i, best);
        i = best;
      }
    }
    return true;
  }
}

/**
 * Relative interconnectivity (after Chameleon, Karypis et al. 1999): two groups that are each
 * much tighter inside than they are to each other are two events of one kind, however close the
 * subject. A group's cohesion is its mean inner similarity; singletons have none and always pass.
 */
function isCohesiveMerge(
  avg: number,
  nx: number,
  insideX: number,
  ny: number,
  insideY: number,
  minCohesion: number,
): boolean {
  if (minCohesion <= 0 || nx < 2 || ny < 2) return true;
  const cohesionX = insideX / ((nx * (nx - 1)) / 2);
  const cohesionY = insideY / ((ny * (ny - 1)) / 2);
  return avg >= minCohesion * Math.min(cohesionX, cohesionY);
}

/**
 * Publication days of the items (null when unknown) and how a shared occasion lowers the cut:
 * two groups whose reports came out within `windowDays` of each other merge at `cutFactor` times
 * the threshold. See isSameOccasion.
 */
export interface SameOccasion {
  days: readonly (number | null)[];
  windowDays: number;
  cutFactor: number;
  /** Cut factor when one group is nearly undated and the other mostly dated (see isUnknownOccasion). */
  unknownCutFactor?: number;
  /** Smallest groups (both) the unknown-occasion cut applies to. */
  unknownMinSize?: number;
}

/** First and last publication day of a cluster's dated members, and how many are dated. */
interface DaySpan {
  first: number;
  last: number;
  dated: number;
}

/** The span of two clusters together (undated members add nothing). */
function joinSpans(p: DaySpan | null, q: DaySpan | null): DaySpan | null {
  if (p === null) return q;
  if (q === null) return p;
  return { first: Math.min(p.first, q.first), last: Math.max(p.last, q.last), dated: p.dated + q.dated };
}

/**
 * Two groups, each mostly dated, whose reports all came out within the window of each other:
 * one news cycle. Reports of one event on the same day take different angles (the check-in, the
 * statement, the reaction) and average linkage leaves them in two halves; two different events
 * of one kind are rarely covered within the same day or two, so the day is the evidence that
 * joins them, not a corpus-wide looser cut. Undated groups never qualify.
 */
function isSameOccasion(
  x: DaySpan | null,
  nx: number,
  y: DaySpan | null,
  ny: number,
  windowDays: number,
): boolean {
  if (x === null || y === null || x.dated * 2 <= nx || y.dated * 2 <= ny) return false;
  return Math.max(x.last, y.last) - Math.min(x.first, y.first) <= windowDays;
}

/**
 * Two formed groups (`minSize` or more), one of reports nearly none of which is dated (under a
 * third), the other mostly dated: dates cannot say whether the two report one occasion, so
 * similarity alone must carry the merge, at a higher cut. A report or two without dates are left
 * to the usual cut and to each report's own clock (undated-clock.ts): they are as likely a dated
 * story's reports from a feed without dates.
 */
function isUnknownOccasion(
  x: DaySpan | null,
  nx: number,
  y: DaySpan | null,
  ny: number,
  minSize: number,
): boolean {
  const undatedVsDated = (u: DaySpan | null, nu: number, d: DaySpan | null, nd: number) =>
    nu >= minSize && nd >= minSize && (u?.dated ?? 0) * 3 < nu && d !== null && d.dated * 2 > nd;
  return undatedVsDated(x, nx, y, ny) || undatedVsDated(y, ny, x, nx);
}

/**
 * Groups items 0..n-1: repeatedly merges the two clusters with the highest average pairwise
 * similarity while it is at least `threshold`. Returns groups of item numbers, each sorted, the
 * groups ordered by their first item.
 */
export function clusterAverageLink(
  n: number,
  edgeList: readonly SimilarityEdge[] | EdgeList,
  threshold: number,
  minCohesion = 0,
  occasion?: SameOccasion,
  contrast?: EventContrast,
): number[][] {
  const edges = EdgeList.from(edgeList);
  // Everything per cluster lives in arrays indexed by cluster number (items 0..n-1, merges from
  // n on, at most 2n - 1 in all), not in maps keyed by it. A cluster's size is 0 once merged away.
  const clusters = Math.max(1, 2 * n - 1);
  const size = new Int32Array(clusters);
  size.fill(1, 0, n);
  /** Members of merged clusters; an item alone is its own single member. */
  const members = new Array<number[] | undefined>(clusters).fill(undefined);
  /** Similarity sums to neighbouring clusters; made for an item when its first edge is read. */
  const links = new Array<Map<number, number> | undefined>(clusters).fill(undefined);
  /** Sum of the similarities inside each cluster, for its cohesion. */
  const inside = new Float64Array(clusters);
  // Each cluster's DaySpan in three arrays; `dated` 0 is a span of null (no dated member).
  const first = new Float64Array(clusters);
  const last = new Float64Array(clusters);
  const dated = new Int32Array(clusters);
  for (let i = 0; i < n; i++) {
    const day = occasion?.days[i] ?? null;
    if (day === null) continue;
    first[i] = last[i] = day;
    dated[i] = 1;
  }
  const spanOf = (c: number): DaySpan | null =>
    dated[c] === 0 ? null : { first: first[c]!, last: last[c]!, dated: dated[c]! };
  const linksOf = (c: number): Map<number, number> => {
    let map = links[c];
    if (map === undefined) links[c] = map = new Map();
    return map;
  };
  const occasionCut = threshold * (occasion?.cutFactor ?? 1);
  const lowest = Math.min(threshold, occasionCut);
  const heap = new MergeHeap();
  for (let k = 0; k < edges.length; k++) {
    const a = edges.a[k]!;
    const b = edges.b[k]!;
    const sim = edges.sim[k]!;
    if (a === b) continue;
    const [x, y] = a < b ? [a, b] : [b, a];
    linksOf(x).set(y, sim);
    linksOf(y).set(x, sim);
    if (sim >= lowest) heap.push(sim, x, y);
  }
  let next = n;
  while (heap.pop()) {
    const { avg, x, y } = heap;
    const nx = size[x]!;
    const ny = size[y]!;
    if (nx === 0 || ny === 0) continue; // one side was merged already: stale entry
    const lx = linksOf(x);
    const ly = linksOf(y);
    const cross = lx.get(y) ?? 0;
    const sx = spanOf(x);
    const sy = spanOf(y);
    if (
      avg < threshold * (occasion?.unknownCutFactor ?? 1) &&
      isUnknownOccasion(sx, nx, sy, ny, occasion?.unknownMinSize ?? 1)
    )
      continue;
    if (avg < threshold) {
      const sameOccasion = isSameOccasion(sx, nx, sy, ny, occasion?.windowDays ?? -1);
      if (!sameOccasion || avg < occasionCut) continue;
    }
    if (!isCohesiveMerge(avg, nx, inside[x]!, ny, inside[y]!, minCohesion)) continue;
    if (contrast?.isDistinct(x, y)) continue;
    const merged = next++;
    contrast?.merge(x, y, merged);
    const span = joinSpans(sx, sy);
    if (span !== null) {
      first[merged] = span.first;
      last[merged] = span.last;
      dated[merged] = span.dated;
    }
    inside[merged] = inside[x]! + inside[y]! + cross;
    // The smaller member list appended to the larger, which the merged cluster takes over: a
    // copy of both per merge made a cluster absorbing reports one by one cost its size squared.
    // Members are sorted at the end, so their order here does not matter.
    const mx = members[x] ?? [x];
    const my = members[y] ?? [y];
    const [mergedMembers, joining] = mx.length >= my.length ? [mx, my] : [my, mx];
    for (const item of joining) mergedMembers.push(item);
    // The smaller cluster's links added into the larger's map, which the merged cluster takes
    // over: copying both made a cluster that keeps growing pay for all its links at each merge.
    // Each sum is the same two numbers added, so the same value whichever map receives it.
    const [mergedLinks, fewer] = lx.size >= ly.size ? [lx, ly] : [ly, lx];
    mergedLinks.delete(x);
    mergedLinks.delete(y);
    for (const [other, sum] of fewer)
      if (other !== x && other !== y) mergedLinks.set(other, (mergedLinks.get(other) ?? 0) + sum);
    size[x] = size[y] = 0;
    members[x] = members[y] = links[x] = links[y] = undefined;
    size[merged] = mergedMembers.length;
    members[merged] = mergedMembers;
    links[merged] = mergedLinks;
    for (const [other, sum] of mergedLinks) {
      const otherLinks = links[other]!;
      otherLinks.delete(x);
      otherLinks.delete(y);
      otherLinks.set(merged, sum);
      const linkAvg = sum / (mergedMembers.length * size[other]!);
      if (linkAvg >= lowest) heap.push(linkAvg, Math.min(other, merged), Math.max(other, merged));
    }
  }
  const groups: number[][] = [];
  for (let c = 0; c < next; c++) if (size[c]! > 0) groups.push((members[c] ?? [c]).sort((p, q) => p - q));
  return groups.sort((p, q) => p[0]! - q[0]!);
}
