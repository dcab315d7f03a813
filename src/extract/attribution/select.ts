import type { Span } from '../../model/span.ts';

/** A candidate content the model accepts, with its cue and by how much it passed the threshold. */
export interface Scored<T extends Span> {
  cue: number;
  item: T;
  gain: number;
}

/** Options kept per cue: the best few; further ones almost never win and multiply the search. */
const MAX_OPTIONS_PER_CUE = 4;

/**
 * The contents to report in one sentence: at most one per cue, none overlapping another
 * (PolNeAR's attributions never nest), with the largest total gain. Taking the single best first
 * let one cue's span run over a later cue's clause ("… agreed that X, while 73 percent said Y"):
 * the two shorter spans together beat the long one. A small branch-and-bound over the sentence's
 * cues (a handful); ties go to the order found, so the result is deterministic.
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
  return best.map((s) => s.item);
}
