import type { Span } from '../../model/span.ts';
import { trainAveraged } from './averaged-perceptron.ts';
import { NEAR_BEST } from './model.ts';
import { selectContents } from './select.ts';

/** A candidate of one cue: its features, span, how well it finds a gold (0: not) and which gold (-1: none). */
export interface JointOption<F> extends Span {
  features: readonly F[];
  quality: number;
  gold: number;
}

/** One training decision: every cue of a sentence, each with its candidates. */
export interface JointSentence<F> {
  cues: readonly { options: readonly JointOption<F>[] }[];
}

/** Past this many cues with a right answer, the oracle takes answers greedily instead of trying every subset. */
const MAX_EXACT_CUES = 12;

/**
 * A structured averaged perceptron over whole sentences: the prediction is what extraction
 * reports (select.ts: per cue at most one candidate scoring above 0, none overlapping, the largest
 * total), the answer is the set of the cues' near-best right candidates that finds the most
 * distinct golds without overlapping (ties to the higher score), and a wrong prediction moves the
 * weights from the predicted set's features to the answer's. Unlike the per-cue ranker, a cue
 * whose gold another cue of the sentence finds is not taught to take it too, and a candidate that
 * loses at selection is not punished. scripts/train-attribution.ts sums its weights with the
 * per-cue ranker's (model.ts): each alone did worse on PolNeAR dev. Deterministic for a given seed.
 */
export function trainJointRanker<F>(
  sentences: readonly JointSentence<F>[],
  epochs: number,
  seed: number,
  dropped?: (feature: F, step: number) => boolean,
): Map<F, number> {
  return trainAveraged<F, JointSentence<F>>(
    sentences,
    epochs,
    seed,
    ({ cues }, { score, bump }) => {
      const scored: { cue: number; item: JointOption<F>; gain: number }[] = [];
      const answers: { item: JointOption<F>; score: number }[] = [];
      cues.forEach(({ options }, c) => {
        const best = Math.max(0, ...options.map((o) => o.quality));
        let answer: { item: JointOption<F>; score: number } | null = null;
        for (const o of options) {
          const v = score(o.features);
          if (v > 0) scored.push({ cue: c, item: o, gain: v });
          if (best > 0 && o.quality >= NEAR_BEST * best && (!answer || v > answer.score))
            answer = { item: o, score: v };
        }
        if (answer) answers.push(answer);
      });
      const predicted = new Set(selectContents(scored));
      const wanted = new Set(chooseAnswers(answers));
      for (const o of wanted) if (!predicted.has(o)) bump(o.features, 1);
      for (const o of predicted) if (!wanted.has(o)) bump(o.features, -1);
    },
    dropped,
  );
}

/**
 * The answers to take together: no two overlapping, the most distinct golds found, then the
 * largest score. Every subset of a sentence's few answers is tried; past MAX_EXACT_CUES, the
 * highest-scoring first, greedily.
 */
function chooseAnswers<F>(answers: readonly { item: JointOption<F>; score: number }[]): JointOption<F>[] {
  if (answers.length <= 1) return answers.map((a) => a.item);
  const overlaps = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;
  if (answers.length > MAX_EXACT_CUES) {
    const taken: JointOption<F>[] = [];
    for (const a of [...answers].sort((x, y) => y.score - x.score))
      if (!taken.some((t) => overlaps(t, a.item) || t.gold === a.item.gold)) taken.push(a.item);
    return taken;
  }
  let best: JointOption<F>[] = [];
  let bestGolds = -1;
  let bestScore = -Infinity;
  for (let mask = 0; mask < 1 << answers.length; mask++) {
    const set = answers.filter((_, i) => mask & (1 << i));
    if (set.some((a, i) => set.some((b, j) => j > i && overlaps(a.item, b.item)))) continue;
    const golds = new Set(set.map((a) => a.item.gold)).size;
    const sum = set.reduce((n, a) => n + a.score, 0);
    if (golds > bestGolds || (golds === bestGolds && sum > bestScore)) {
      [best, bestGolds, bestScore] = [set.map((a) => a.item), golds, sum];
    }
  }
  return best;
}
