import type { Span } from '../../model/span.ts';

/** A candidate content the model accepts, with its cue and by how much it passed the threshold. */
export interface Scored<T extends Span> {
  cue: number;
  item: T;
  gain: number;
  /**
   * The cue word's character offset. Given, a report told inside another's content may be taken
   * with it (nestsIn); without it (training's sentence-level ranker) contents never overlap.
   */
  cueAt?: number;
}

/**
 * The longest share of an enclosing content a report nested in it may take. A report inside
 * another's content is its own act ("officials said the mayor had promised | a new bridge |",
 * the mayor's promise inside the officials' statement; PolNeAR annotates both), but a candidate
 * nearly as long as the content it sits in restates it and finds no other gold. Measured with the
 * shipped weights (no retrain: training never nests), recall at the lowest threshold keeping
 * P ≥ 0.85 on dev went 0.7422 @ 0.8509 (-17.4) -> 0.7486 @ 0.8500 (-18.2; at the shipped -16.2
 * 0.7400 @ 0.8538 -> 0.7441 @ 0.8559); on train's first 250 articles, scored by a model trained
 * without them, at P ≥ 0.82 0.7120 -> 0.7171 and at P ≥ 0.815 0.7157 -> 0.7216. Weighed inside
 * the search (nested gains counted in the choice) dev gave 0.7550 @ 0.8504 at -16.2 with a bound of
 * 1/3, about 0.751 at 1/4 and 1/2, 0.748 at 2/3 and with none, but let outer spans run over later
 * clauses (see addNested).
 */
const MAX_NESTED_SHARE = 1 / 3;

/**
 * Whether `inner` is speech told inside `outer`'s content: its cue and its content both lie in
 * that content, and it is a small part of it.
 */
function nestsIn<T extends Span>(inner: Scored<T>, outer: Scored<T>): boolean {
  const o = outer.item;
  return (
    inner.cueAt !== undefined &&
    inner.cueAt >= o.start &&
    inner.cueAt < o.end &&
    inner.item.start >= o.start &&
    inner.item.end <= o.end &&
    inner.item.end - inner.item.start <= MAX_NESTED_SHARE * (o.end - o.start)
  );
}

/** Options kept per cue: the best few; further ones almost never win and multiply the search. */
const MAX_OPTIONS_PER_CUE = 4;

/**
 * The contents to report in one sentence: at most one per cue, none overlapping another, with the
 * largest total gain; then the reports nested in a chosen content (addNested). Taking the single
 * best first let one cue's span run over a later cue's clause ("… agreed that X, while 73 percent
 * said Y"): the two shorter spans together beat the long one. A small branch-and-bound over the
 * sentence's cues (a handful); ties go to the order found, so the result is deterministic.
 */
export function selectContents<T extends Span>(scored: readonly Scored<T>[]): T[] {
  // Most sentences have no accepted candidate or one: the search would find that, at a cost.
  if (scored.length === 0) return [];
  if (scored.length === 1) return scored[0]!.gain > 0 ? [scored[0]!.item] : [];
  const byCue = new Map<number, Scored<T>[]>();
  for (const s of scored) {
    const list = byCue.get(s.cue) ?? [];
    list.push(s);
    byCue.set(s.cue, list);
  }
  const cues = [...byCue.values()]
    .map((list) => list.sort((x, y) => y.gain - x.gain).slice(0, MAX_OPTIONS_PER_CUE))
    .sort((x, y) => y[0]!.gain - x[0]!.gain);
  // What the cues from k on could add at most, for pruning.
  const bound = new Float64Array(cues.length + 1);
  for (let k = cues.length - 1; k >= 0; k--) bound[k] = bound[k + 1]! + cues[k]![0]!.gain;
  let best: Scored<T>[] = [];
  let bestGain = 0;
  const chosen: Scored<T>[] = [];
  const search = (k: number, gain: number): void => {
    if (gain > bestGain) {
      bestGain = gain;
      best = [...chosen];
    }
    if (k === cues.length || gain + bound[k]! <= bestGain) return;
    for (const option of cues[k]!) {
      const { item } = option;
      if (chosen.some((c) => c.item.start < item.end && item.start < c.item.end)) continue;
      chosen.push(option);
      search(k + 1, gain + option.gain);
      chosen.pop();
    }
    search(k + 1, gain);
  };
  search(0, 0);
  return addNested(best, cues).map((s) => s.item);
}

/**
 * The chosen contents with, for each cue left out, its best candidate nested in one of them
 * (nestsIn) and crossing none, best cues first. Added after the choice, never weighed in it: a
 * nested report counted in the search would pay for an outer span running over a later clause
 * ("say the noise is too loud, and the trust has sued, arguing that …" read as one content with
 * "arguing"'s inside it, where "say" ends at "loud").
 */
function addNested<T extends Span>(taken: readonly Scored<T>[], cues: readonly Scored<T>[][]): Scored<T>[] {
  const out = [...taken];
  for (const options of cues) {
    if (options.some((o) => taken.includes(o))) continue;
    const fits = options.find(
      (o) =>
        out.every(
          (c) => c.item.end <= o.item.start || o.item.end <= c.item.start || nestsIn(o, c) || nestsIn(c, o),
        ) && out.some((c) => nestsIn(o, c)),
    );
    if (fits) out.push(fits);
  }
  return out;
}
