import type { EventContrast } from './event-contrast.ts';

/**
 * Average-link agglomerative clustering over a sparse similarity graph. Missing edges count as
 * similarity 0, so clusters in different connected components never merge and the cost follows
 * the number of edges, not n². The result depends only on the graph: items are numbered in a
 * canonical order by the caller and ties break on the smaller cluster numbers.
 */

/** An undirected edge between items `a < b` with its similarity. */
export interface SimilarityEdge {
  a: number;
  b: number;
  sim: number;
  /** The two share a whole passage word for word (a quote, a syndicated paragraph), in one window. */
  sharedPassage?: boolean;
  /** The two quote the same speaker's same words (a clause or two), in one window. */
  quoteLink?: boolean;
}

interface HeapEntry {
  avg: number;
  x: number;
  y: number;
}

/** Max-heap on `avg`, then on the smaller (x, y) pair: deterministic tie-breaking. */
class MergeHeap {
  readonly items: HeapEntry[] = [];

  static before(p: HeapEntry, q: HeapEntry): boolean {
    if (p.avg !== q.avg) return p.avg > q.avg;
    if (p.x !== q.x) return p.x < q.x;
    return p.y < q.y;
  }

  push(e: HeapEntry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!MergeHeap.before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): HeapEntry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && MergeHeap.before(h[l]!, h[best]!)) best = l;
        if (r < h.length && MergeHeap.before(h[r]!, h[best]!)) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best]!, h[i]!];
        i = best;
      }
    }
    return top;
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
  /** The day each item's lead puts its event on (null when undated): see isDistinctOccasion. */
  eventDays?: readonly (number | null)[];
  /** Whether each item's lead named that day with a time word, and its outlet: see isOutletApart. */
  eventDaysStated?: readonly boolean[];
  outlets?: readonly (string | null)[];
  /** The day each item's lead sets apart as background, or null: see isToldAsBackground. */
  backgroundDays?: readonly (number | null)[];
  /** Fewest and most days between two groups' event days for them to be two occasions … */
  distinctMinGap?: number;
  distinctMaxGap?: number;
  /** … when each group's event days lie within this many days of each other. */
  distinctMaxSpread?: number;
  /** Each item's wire dateline, day of the year and wire, or null: see areWireFilingsApart. */
  datelines?: readonly ({ day: number; wire: string } | null)[];
  /** Days within which two reports count as fresh coverage of one event (DATE_WINDOW_DAYS). */
  freshDays?: number;
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
 * Two groups of two or more, each mostly dated, each agreeing within itself on the day of its
 * event (the day each report's lead puts it on, within `maxSpread` days), the two days `minGap`
 * to `maxGap` days apart: two occasions of one topic (a speech and its press conference, two
 * readings of one bill), however alike their words. A report alone is not a group: a
 * retrospective or a follow-up days later is judged by similarity as usual. Beyond `maxGap`,
 * broad stories keep an event and its sequel (an arrest and the trial, a launch and the release
 * weeks later) and the date decay of the pair similarities judges instead.
 */
function isDistinctOccasion(
  x: DaySpan | null,
  nx: number,
  y: DaySpan | null,
  ny: number,
  o: SameOccasion,
): boolean {
  if (x === null || y === null || nx < 2 || ny < 2 || x.dated * 2 <= nx || y.dated * 2 <= ny) return false;
  return areTightSpansApart(x, y, o);
}

/** Both spans within `distinctMaxSpread` days, and an occasion's gap apart (isOccasionGap). */
function areTightSpansApart(x: DaySpan, y: DaySpan, o: SameOccasion): boolean {
  const spread = o.distinctMaxSpread ?? 0;
  if (x.last - x.first > spread || y.last - y.first > spread) return false;
  return isOccasionGap(x, y, o);
}

/** The days between two spans' nearest ends are `distinctMinGap` to `maxGap` (`distinctMaxGap`). */
function isOccasionGap(x: DaySpan, y: DaySpan, o: SameOccasion, maxGap = o.distinctMaxGap): boolean {
  const gap = Math.max(x.first, y.first) - Math.min(x.last, y.last);
  return gap >= (o.distinctMinGap ?? Infinity) && gap <= (maxGap ?? Infinity);
}

/**
 * Two groups each with two or more reports whose leads name the day of their event (a time word,
 * not the publication day taken for it), all of one group's named days within `maxSpread`, the
 * two `minGap` to `maxGap` days apart: two occasions, as in isDistinctOccasion, read on the days
 * the reports themselves name. A headline or an undated column caught on the candidates' names
 * does not say which day it reports; joined to one debate's reports it spread that group's days
 * and let it merge with the debate a week later (isDistinctOccasion asks every dated report).
 */
function areNamedDaysApart(x: DaySpan | null, y: DaySpan | null, o: SameOccasion): boolean {
  if (x === null || y === null || x.dated < 2 || y.dated < 2) return false;
  return areTightSpansApart(x, y, o);
}

/**
 * A cluster one of whose reports' leads sets a day apart as background ("Having frozen fuel duty
 * on Monday, the minister went on Thursday …", "On Tuesday she promised … On Friday she repaid
 * …": event-day.ts), and a cluster whose leads name that very day for their event (all within
 * `maxSpread` of it), while the first cluster's own named days lie `minGap` to `maxGap` after it:
 * the report itself told the two occasions apart, so its cluster does not take in the earlier
 * one's reports, however alike their words (the same minister, the same hall).
 */
function isToldAsBackground(
  backgroundOfX: ReadonlySet<number> | undefined,
  namedX: DaySpan | null,
  namedY: DaySpan | null,
  o: SameOccasion,
): boolean {
  if (backgroundOfX === undefined || namedX === null || namedY === null) return false;
  const spread = o.distinctMaxSpread ?? 0;
  for (const day of backgroundOfX) {
    const onThatDay = namedY.first >= day - spread && namedY.last <= day + spread;
    if (onThatDay && isOccasionGap({ first: day, last: day, dated: 1 }, namedX, o) && namedX.first > day)
      return true;
  }
  return false;
}

/** A cluster's outlets, each with the span of the days its members' leads name (see isOutletApart). */
type OutletDays = Map<string, DaySpan>;

/** The outlet and named day of item `i` as an OutletDays, or undefined when it has neither. */
function outletDaysOf(i: number, o: SameOccasion | undefined): OutletDays | undefined {
  const outlet = o?.outlets?.[i] ?? null;
  const day = o?.eventDays?.[i] ?? null;
  if (outlet === null || day === null || o?.eventDaysStated?.[i] !== true) return undefined;
  return new Map([[outlet, { first: day, last: day, dated: 1 }]]);
}

/**
 * A report alone whose lead names the day of its event ("yesterday's budget", "on Thursday"),
 * and a group (or another report) where its own outlet named a day `minGap` to `maxGap` days
 * away: the outlet itself put the two on two occasions. An outlet's own reports share its name,
 * its town and its local cast whatever the event: a local paper's angle on a budget and its
 * angle on the U-turn a week later were closer to each other than to their own events' reports
 * and carried both events into one story. Reports of one event by different outlets often name
 * different days (the event, the reaction, a preview), so only one outlet's word counts; a lead
 * without a time word is dated by publication only and is judged as usual. No longest gap here, as
 * isDistinctOccasion has: one outlet's two reports of a recurring occasion (a monthly jobless
 * figure, a monthly board meeting) weeks apart share its template word for word and were the
 * closest pair of a pile; the longest gap is there for other outlets' sequels of a broad story.
 */
function isOutletApart(
  single: OutletDays | undefined,
  other: OutletDays | undefined,
  o: SameOccasion,
): boolean {
  if (single === undefined || other === undefined) return false;
  const [outlet, day] = single.entries().next().value!;
  const named = other.get(outlet);
  return named !== undefined && isOccasionGap(day, named, o, Infinity);
}

/**
 * Two clusters (of any size) where one outlet's leads named one day each side, the one the day
 * after the other: that outlet reported two occasions on two days (a minister's treaty on Monday
 * and her pipeline deal on Tuesday, one visit; a summit's two days). The day rules across outlets
 * (isDistinctOccasion) start at two days apart, since a next-morning paper names the day after an
 * evening's event for its reactions; one outlet that already told one day does not tell the same
 * occasion again as the next day's. Not at any gap, as isOutletApart has for a report alone:
 * for groups that split one story of an invented set (set 3 dev 1.000 -> 0.981).
 */
function isOutletNextDay(x: OutletDays | undefined, y: OutletDays | undefined): boolean {
  if (x === undefined || y === undefined) return false;
  for (const [outlet, dx] of x) {
    const dy = y.get(outlet);
    if (dy === undefined || dx.first !== dx.last || dy.first !== dy.last) continue;
    if (Math.abs(dx.first - dy.first) === 1) return true;
  }
  return false;
}

/** Two clusters' background days together: the smaller set added into the larger, which is reused. */
function joinDaySets(p: Set<number> | undefined, q: Set<number> | undefined): Set<number> | undefined {
  if (p === undefined) return q;
  if (q === undefined) return p;
  const [into, from] = p.size >= q.size ? [p, q] : [q, p];
  for (const day of from) into.add(day);
  return into;
}

/**
 * Two clusters holding reports of one wire whose datelines ("LISBON, April 21 (Meridian Press
 * Agency) -") are all further apart than the window of fresh coverage (`windowDays` of
 * SameOccasion's pair scoring, DATE_WINDOW_DAYS): the wire filed them on two occasions, whatever
 * the years, which a pasted wire story has lost with its metadata. One wire's reports share its
 * template, its bylines and its cast, and were closer to each other than to their own events'
 * reports. Datelines of different wires are left to similarity: another wire's sequel may follow.
 */
function areWireFilingsApart(
  x: readonly { day: number; wire: string }[],
  y: readonly { day: number; wire: string }[],
  o: SameOccasion,
): boolean {
  let shared = false;
  for (const a of x)
    for (const b of y) {
      if (a.wire !== b.wire) continue;
      shared = true;
      const d = Math.abs(a.day - b.day);
      if (Math.min(d, DAYS_IN_YEAR - d) <= (o.freshDays ?? Infinity)) return false;
    }
  return shared;
}

const DAYS_IN_YEAR = 365;

/** Two clusters' OutletDays together: the smaller added into the larger, which is reused. */
function joinOutletDays(p: OutletDays | undefined, q: OutletDays | undefined): OutletDays | undefined {
  if (p === undefined) return q;
  if (q === undefined) return p;
  const [into, from] = p.size >= q.size ? [p, q] : [q, p];
  for (const [outlet, span] of from) into.set(outlet, joinSpans(into.get(outlet) ?? null, span)!);
  return into;
}

/**
 * Groups items 0..n-1: repeatedly merges the two clusters with the highest average pairwise
 * similarity while it is at least `threshold`. Returns groups of item numbers, each sorted, the
 * groups ordered by their first item.
 */
export function clusterAverageLink(
  n: number,
  edges: readonly SimilarityEdge[],
  threshold: number,
  minCohesion = 0,
  occasion?: SameOccasion,
  contrast?: EventContrast,
): number[][] {
  const members = new Map<number, number[]>();
  const links = new Map<number, Map<number, number>>();
  /** Sum of the similarities inside each cluster, for its cohesion. */
  const inside = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    members.set(i, [i]);
    links.set(i, new Map());
    inside.set(i, 0);
  }
  const spans = new Map<number, DaySpan | null>();
  const eventSpans = new Map<number, DaySpan | null>();
  /** Event days of the members whose leads name them (see areNamedDaysApart), and by outlet. */
  const namedSpans = new Map<number, DaySpan | null>();
  const outletDays = new Map<number, OutletDays | undefined>();
  /** Days the members' leads set apart as background (see isToldAsBackground). */
  const backgrounds = new Map<number, Set<number> | undefined>();
  /** The wire datelines of each cluster's members (see areWireFilingsApart). */
  const filings = new Map<number, { day: number; wire: string }[]>();

  for (let i = 0; i < n; i++) {
    const day = occasion?.days[i] ?? null;
    spans.set(i, day === null ? null : { first: day, last: day, dated: 1 });
    const eventDay = occasion?.eventDays?.[i] ?? null;
    eventSpans.set(i, eventDay === null ? null : { first: eventDay, last: eventDay, dated: 1 });
    const named = eventDay !== null && occasion?.eventDaysStated?.[i] === true;
    namedSpans.set(i, named ? { first: eventDay, last: eventDay, dated: 1 } : null);
    outletDays.set(i, outletDaysOf(i, occasion));
    const background = occasion?.backgroundDays?.[i] ?? null;
    backgrounds.set(i, background === null ? undefined : new Set([background]));
    const dateline = occasion?.datelines?.[i] ?? null;
    filings.set(i, dateline ? [dateline] : []);
  }

  const occasionCut = threshold * (occasion?.cutFactor ?? 1);
  const lowest = Math.min(threshold, occasionCut);
  const heap = new MergeHeap();
  for (const { a, b, sim } of edges) {
    if (a === b) continue;
    const [x, y] = a < b ? [a, b] : [b, a];
    links.get(x)!.set(y, sim);
    links.get(y)!.set(x, sim);
    if (sim >= lowest) heap.push({ avg: sim, x, y });
  }
  let next = n;
  for (let e = heap.pop(); e !== undefined; e = heap.pop()) {
    const mx = members.get(e.x);
    const my = members.get(e.y);
    if (!mx || !my) continue; // one side was merged already: stale entry
    const lx = links.get(e.x)!;
    const ly = links.get(e.y)!;
    const cross = lx.get(e.y) ?? 0;
    const sx = spans.get(e.x)!;
    const sy = spans.get(e.y)!;
    if (
      e.avg < threshold * (occasion?.unknownCutFactor ?? 1) &&
      isUnknownOccasion(sx, mx.length, sy, my.length, occasion?.unknownMinSize ?? 1)
    )
      continue;
    if (e.avg < threshold) {
      const sameOccasion = isSameOccasion(sx, mx.length, sy, my.length, occasion?.windowDays ?? -1);
      if (!sameOccasion || e.avg < occasionCut) continue;
    }
    if (!isCohesiveMerge(e.avg, mx.length, inside.get(e.x)!, my.length, inside.get(e.y)!, minCohesion))
      continue;
    if (contrast?.isDistinct(e.x, e.y)) continue;
    const ex = eventSpans.get(e.x)!;
    const ey = eventSpans.get(e.y)!;
    if (occasion && isDistinctOccasion(ex, mx.length, ey, my.length, occasion)) continue;
    const ox = outletDays.get(e.x);
    const oy = outletDays.get(e.y);
    if (
      occasion &&
      ((mx.length === 1 && isOutletApart(ox, oy, occasion)) ||
        (my.length === 1 && isOutletApart(oy, ox, occasion)) ||
        isOutletNextDay(ox, oy))
    )
      continue;
    const nx = namedSpans.get(e.x)!;
    const ny = namedSpans.get(e.y)!;
    const bx = backgrounds.get(e.x);
    const by = backgrounds.get(e.y);
    if (
      occasion &&
      (areNamedDaysApart(nx, ny, occasion) ||
        isToldAsBackground(bx, nx, ny, occasion) ||
        isToldAsBackground(by, ny, nx, occasion))
    )
      continue;
    const fx = filings.get(e.x)!;
    const fy = filings.get(e.y)!;
    if (occasion && areWireFilingsApart(fx, fy, occasion)) continue;
    const merged = next++;
    filings.set(merged, fx.length >= fy.length ? fx.concat(fy) : fy.concat(fx));
    filings.delete(e.x);
    filings.delete(e.y);
    contrast?.merge(e.x, e.y, merged);
    spans.set(merged, joinSpans(sx, sy));
    spans.delete(e.x);
    spans.delete(e.y);
    eventSpans.set(merged, joinSpans(ex, ey));
    namedSpans.set(merged, joinSpans(nx, ny));
    namedSpans.delete(e.x);
    namedSpans.delete(e.y);
    backgrounds.set(merged, joinDaySets(bx, by));
    backgrounds.delete(e.x);
    backgrounds.delete(e.y);
    outletDays.set(merged, joinOutletDays(ox, oy));
    outletDays.delete(e.x);
    outletDays.delete(e.y);

    eventSpans.delete(e.x);
    eventSpans.delete(e.y);
    inside.set(merged, inside.get(e.x)! + inside.get(e.y)! + cross);
    inside.delete(e.x);
    inside.delete(e.y);
    // The smaller member list appended to the larger, which the merged cluster takes over: a
    // copy of both per merge made a cluster absorbing reports one by one cost its size squared.
    // Members are sorted at the end, so their order here does not matter.
    const [mergedMembers, joining] = mx.length >= my.length ? [mx, my] : [my, mx];
    for (const item of joining) mergedMembers.push(item);
    // The smaller cluster's links added into the larger's map, which the merged cluster takes
    // over: copying both made a cluster that keeps growing pay for all its links at each merge.
    // Each sum is the same two numbers added, so the same value whichever map receives it.
    const [mergedLinks, fewer] = lx.size >= ly.size ? [lx, ly] : [ly, lx];
    mergedLinks.delete(e.x);
    mergedLinks.delete(e.y);
    for (const [other, sum] of fewer)
      if (other !== e.x && other !== e.y) mergedLinks.set(other, (mergedLinks.get(other) ?? 0) + sum);
    members.delete(e.x);
    members.delete(e.y);
    links.delete(e.x);
    links.delete(e.y);
    members.set(merged, mergedMembers);
    links.set(merged, mergedLinks);
    for (const [other, sum] of mergedLinks) {
      const otherLinks = links.get(other)!;
      otherLinks.delete(e.x);
      otherLinks.delete(e.y);
      otherLinks.set(merged, sum);
      const avg = sum / (mergedMembers.length * members.get(other)!.length);
      if (avg >= lowest) heap.push({ avg, x: Math.min(other, merged), y: Math.max(other, merged) });
    }
  }
  return [...members.values()].map((m) => m.sort((p, q) => p - q)).sort((p, q) => p[0]! - q[0]!);
}
