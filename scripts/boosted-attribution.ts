/**
 * Issue #8's non-linear experiment: gradient-boosted trees over the attribution model's candidate
 * groups (dumped by scripts/dump-attribution-groups.ts), stacked on the two perceptrons' summed
 * score, cross-fitted over train's folds. Reports, offline on dev's dumped candidates, how many
 * distinct golds the sentence selection (select.ts) finds at each precision, for the perceptrons
 * alone and with the trees, so a learner is screened before it is wired into extraction.
 *
 *   node scripts/boosted-attribution.ts DUMP_DIR
 *
 * env: SEEDS (perceptron shuffles averaged, 4), TREES (200), DEPTH (4), ETA (0.1),
 * LOSS=softmax|logistic (logistic), T0 (the linear threshold whose offline precision is the
 * reference, -15.2), HEAD=1 (fit on train's folds 1-4, report on fold 0 instead of dev), SAVE=path
 * (write the trees, features by hash, for conjunction-attribution.ts). Deterministic.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Booster, type Samples, trainBooster, boosterScore } from './boosted-trees.ts';
import {
  atPrecision,
  curve,
  linearWeights,
  loadDumps,
  scoreWith,
  type Sentence,
} from './attribution-dump.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: see the header');
const SEEDS = Number(process.env.SEEDS ?? 4);
const FOLDS = 5;
const { train, dev } = loadDumps(dir);

// Linear scores: cross-fitted on train (each fold scored by rankers trained on the others), and on
// dev by rankers trained on all of train. Cached per SEEDS: the rankers take minutes.
const cache = join(dir, `linear-${SEEDS}.json`);
let linear: { train: number[]; dev: number[] };
if (existsSync(cache)) linear = JSON.parse(readFileSync(cache, 'utf8')) as typeof linear;
else {
  const arts = Math.max(...train.map((s) => s.art)) + 1;
  const foldOf = (art: number): number => Math.floor((art * FOLDS) / arts);
  const trainScores: number[][] = train.map((s) => s.cues.flatMap((c) => c.options.map(() => 0)));
  for (let k = 0; k < FOLDS; k++) {
    const w = linearWeights(
      train.filter((s) => foldOf(s.art) !== k),
      SEEDS,
    );
    train.forEach((s, i) => {
      if (foldOf(s.art) === k) trainScores[i] = s.cues.flatMap((c) => c.options.map((o) => scoreWith(w, o)));
    });
    console.error(`fold ${k} done`);
  }
  const w = linearWeights(train, SEEDS);
  linear = {
    train: trainScores.flat(),
    dev: dev.flatMap((s) => s.cues.flatMap((c) => c.options.map((o) => scoreWith(w, o)))),
  };
  writeFileSync(cache, JSON.stringify(linear));
}

/** Candidates as the booster reads them: sparse feature ids, dense columns, groups by cue. */
function samplesOf(
  ss: readonly Sentence[],
  lin: readonly number[],
  ids: Map<number, number>,
  grow: boolean,
): Samples {
  const rows: Int32Array[] = [];
  const dense: number[][] = [];
  const groups: number[] = [];
  const labels: number[] = [];
  const targets: number[] = [];
  let at = 0;
  for (const s of ss) {
    const cueCount = s.cues.length;
    for (const c of s.cues) {
      const scores = c.options.map((_, i) => lin[at + i]!);
      const top = Math.max(...scores);
      const best = Math.max(0, ...c.options.map((o) => o.quality));
      c.options.forEach((o, i) => {
        const row: number[] = [];
        for (const f of o.features) {
          let id = ids.get(f);
          if (id === undefined && grow) ids.set(f, (id = ids.size));
          if (id !== undefined) row.push(id);
        }
        rows.push(Int32Array.from(new Set(row)).sort());
        const v = scores[i]!;
        const rank = scores.filter((x) => x > v).length;
        dense.push([v, top - v, rank, c.options.length, cueCount, o.end - o.start]);
        groups.push(groups.length === 0 ? 0 : i === 0 ? groups.at(-1)! + 1 : groups.at(-1)!);
        labels.push(o.quality > 0 ? 1 : 0);
        targets.push(best > 0 && o.quality >= 0.97 * best ? 1 : 0);
      });
      at += c.options.length;
    }
  }
  return { rows, dense, groups, labels, targets, base: dense.map((d) => d[0]!) };
}
// HEAD=1: the trees learn on folds 1-4 and are scored on fold 0 (train's first fifth), whose
// linear scores come from rankers that never saw it: a second figure beside dev.
const HEAD = process.env.HEAD === '1';
const arts = Math.max(...train.map((s) => s.art)) + 1;
const inHead = (s: Sentence): boolean => Math.floor((s.art * FOLDS) / arts) === 0;
const linearOf = (ss: readonly Sentence[], all: readonly Sentence[], scores: readonly number[]): number[] => {
  const wanted = new Set(ss);
  const out: number[] = [];
  let at = 0;
  for (const s of all)
    for (const c of s.cues)
      for (let i = 0; i < c.options.length; i++, at++) if (wanted.has(s)) out.push(scores[at]!);
  return out;
};
const fitOn = HEAD ? train.filter((s) => !inHead(s)) : train;
const testOn = HEAD ? train.filter(inHead) : dev;
const testLinear = HEAD ? linearOf(testOn, train, linear.train) : linear.dev;
const ids = new Map<number, number>();
const trainSamples = samplesOf(fitOn, HEAD ? linearOf(fitOn, train, linear.train) : linear.train, ids, true);
const devSamples = samplesOf(testOn, testLinear, ids, false);

const T0 = Number(process.env.T0 ?? -15.2);
const base = curve(testOn, testLinear, T0);
const p0 = base.good / base.predicted;
console.log(`linear at ${T0}: found ${base.found} predicted ${base.predicted} P ${p0.toFixed(4)}`);
for (const p of [p0 - 0.01, p0, p0 + 0.01])
  console.log(`  linear @P≥${p.toFixed(4)}: ${atPrecision(testOn, testLinear, p)}`);

const booster: Booster = trainBooster(trainSamples, {
  trees: Number(process.env.TREES ?? 200),
  depth: Number(process.env.DEPTH ?? 4),
  eta: Number(process.env.ETA ?? 0.1),
  loss: (process.env.LOSS ?? 'logistic') as 'logistic' | 'softmax',
  features: ids.size,
  log: (m) => console.error(m),
  valid: devSamples,
});
const boosted = boosterScore(booster, devSamples);
for (const p of [p0 - 0.01, p0, p0 + 0.01])
  console.log(`  boosted @P≥${p.toFixed(4)}: ${atPrecision(testOn, boosted, p)}`);

// SAVE=path: the trees with their features by hash (slots of `features`; a negative split is dense
// column -1 - split, tested value <= cut), as conjunction-attribution.ts reads them. Commit 3bca5d9's
// src/extract/attribution/boosted.ts scored them inside extraction.
if (process.env.SAVE) {
  const hashOf: number[] = [];
  for (const [f, id] of ids) hashOf[id] = f;
  const used = [
    ...new Set(booster.trees.flatMap((t) => t.split.filter((x): x is number => x !== null && x >= 0))),
  ].sort((x, y) => hashOf[x]! - hashOf[y]!);
  const slot = new Map(used.map((id, k) => [id, k]));
  const round = (v: number): number => Math.round(v * 1e5) / 1e5;
  writeFileSync(
    process.env.SAVE,
    JSON.stringify({
      a: booster.a,
      b: booster.b,
      threshold: Number(process.env.THRESHOLD ?? 0),
      features: used.map((id) => hashOf[id]!),
      trees: booster.trees.map((t) => ({
        split: t.split.map((x) => (x === null ? null : x >= 0 ? slot.get(x)! : x)),
        cut: t.cut,
        left: t.left,
        right: t.right,
        value: t.value.map(round),
      })),
    }),
  );
}
