/**
 * Reading of the candidate groups dumped by scripts/dump-attribution-groups.ts, the perceptrons
 * trained on them, and the offline dev figure (selection as select.ts selects), shared by the
 * learner experiments (boosted-attribution.ts, conjunction-attribution.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Group, trainRanker } from '../src/extract/attribution/model.ts';
import { type JointSentence, trainJointRanker } from '../src/extract/attribution/joint-training.ts';
import { selectContents } from '../src/extract/attribution/select.ts';

export const EPOCHS = 6;
export const SEED = 0x5eed8;
export const MIN_FEATURE_COUNT = 10;

export interface Option {
  quality: number;
  gold: number;
  good: number;
  start: number;
  end: number;
  features: number[];
}
export interface Sentence {
  art: number;
  cues: { word: string; options: Option[] }[];
}

export function load(dir: string, name: string): Sentence[] {
  return readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const s = JSON.parse(l) as { art: number; cues: { word: string; options: number[][] }[] };
      return {
        art: s.art,
        cues: s.cues.map((c) => ({
          word: c.word,
          options: c.options.map(([quality, gold, good, start, end, ...features]) => ({
            quality: quality!,
            gold: gold!,
            good: good!,
            start: start!,
            end: end!,
            features,
          })),
        })),
      };
    });
}

/** Train's and dev's sentences with the features seen fewer than MIN_FEATURE_COUNT times on train left out. */
export function loadDumps(dir: string): { train: Sentence[]; dev: Sentence[] } {
  const train = load(dir, 'train.jsonl');
  const dev = load(dir, 'dev.jsonl');
  const seen = new Map<number, number>();
  for (const s of train)
    for (const c of s.cues)
      for (const o of c.options) for (const f of o.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const keep = (f: number): boolean => (seen.get(f) ?? 0) >= MIN_FEATURE_COUNT;
  for (const s of [...train, ...dev])
    for (const c of s.cues) for (const o of c.options) o.features = o.features.filter(keep);
  return { train, dev };
}

/** The perceptrons' summed weights (train-attribution.ts's default rankers) learned on these sentences. */
export function linearWeights(ss: readonly Sentence[], seeds: number): Map<number, number> {
  const groups: Group[] = ss.flatMap((s) => s.cues.map((c) => ({ options: c.options })));
  const joint: JointSentence<number>[] = ss.map((s) => ({ cues: s.cues }));
  const w = new Map<number, number>();
  for (let k = 0; k < seeds; k++) {
    for (const [f, v] of trainRanker(groups, EPOCHS, SEED + k)) w.set(f, (w.get(f) ?? 0) + v / seeds);
    for (const [f, v] of trainJointRanker(joint, EPOCHS, SEED + k)) w.set(f, (w.get(f) ?? 0) + v / seeds);
  }
  return w;
}
export const scoreWith = (w: ReadonlyMap<number, number>, o: Option): number =>
  o.features.reduce((n, f) => n + (w.get(f) ?? 0), 0);
/**
 * Offline dev figure: per sentence, the candidates scoring above `t` selected as extraction
 * selects them; distinct golds found, predictions, and predictions the precision rule counts good.
 */
export function curve(
  ss: readonly Sentence[],
  score: readonly number[],
  t: number,
): { found: number; predicted: number; good: number } {
  let at = 0;
  let predicted = 0;
  let good = 0;
  const golds = new Set<string>();
  for (const s of ss) {
    const scored: { cue: number; item: Option; gain: number }[] = [];
    s.cues.forEach((c, k) =>
      c.options.forEach((o) => {
        const gain = score[at++]! - t;
        if (gain > 0) scored.push({ cue: k, item: o, gain });
      }),
    );
    for (const o of selectContents(scored)) {
      predicted++;
      good += o.good;
      if (o.gold >= 0) golds.add(`${s.art}:${o.gold}`);
    }
  }
  return { found: golds.size, predicted, good };
}

/** Found golds at the lowest threshold (of a sweep over the score's quantiles) keeping precision ≥ p. */
export function atPrecision(ss: readonly Sentence[], score: readonly number[], p: number): string {
  const sorted = [...score].sort((a, b) => a - b);
  let best = { found: 0, predicted: 0, good: 0, t: 0 };
  for (let q = 0.3; q < 0.99; q += 0.0025) {
    const t = sorted[Math.floor(q * sorted.length)]!;
    const r = curve(ss, score, t);
    if (r.good / r.predicted >= p && r.found > best.found) best = { ...r, t };
  }
  return `found ${best.found} predicted ${best.predicted} P ${(best.good / best.predicted).toFixed(4)} at ${best.t.toFixed(3)}`;
}
