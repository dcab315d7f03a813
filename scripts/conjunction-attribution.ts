/**
 * Issue #8's cheaper non-linear arm: the perceptrons given explicit conjunctions chosen from the
 * boosted trees' splits (boosted-attribution.ts SAVE=…): two features a tree tests one under the
 * other (present both), and a tree-tested feature with the candidate's length in characters (the
 * column the trees split on most), log2-bucketed. Retrains the perceptrons on the dumped groups
 * with them and prints the offline figure beside the plain perceptrons' (cached by
 * boosted-attribution.ts): dev, and train's first fifth scored by rankers trained on the rest.
 *
 *   node scripts/conjunction-attribution.ts DUMP_DIR TREES_JSON   (env: SEEDS, MODE=pairs|length|both)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureOf } from '../src/extract/attribution/feature-hash.ts';
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
const treesPath = process.argv[3];
if (!treesPath) throw new Error('usage: see the header');
/** What is read of boosted-attribution.ts's SAVE file: split slots (null: a leaf) and children. */
interface SavedTrees {
  features: number[];
  trees: { split: (number | null)[]; left: number[] }[];
}
const trees = JSON.parse(readFileSync(treesPath, 'utf8')) as SavedTrees;
const SEEDS = Number(process.env.SEEDS ?? 4);
const MODE = process.env.MODE ?? 'both';
const FOLDS = 5;
const PAIR_TEMPLATE = 900;
const LENGTH_TEMPLATE = 901;

const pairs = new Map<number, number[]>();
const tested = new Set<number>();
for (const t of trees.trees)
  t.split.forEach((s, i) => {
    if (s === null || s < 0) return;
    const f = trees.features[s]!;
    tested.add(f);
    const child = t.split[t.left[i]!];
    if (child === null || child === undefined || child < 0) return;
    const list = pairs.get(f) ?? [];
    list.push(trees.features[child]!);
    pairs.set(f, list);
  });

const { train, dev } = loadDumps(dir);
for (const s of [...train, ...dev])
  for (const c of s.cues)
    for (const o of c.options) {
      const has = new Set(o.features);
      const added: number[] = [];
      const bucket = Math.min(10, Math.floor(Math.log2(Math.max(1, o.end - o.start))));
      for (const f of has) {
        if (MODE !== 'length')
          for (const g of pairs.get(f) ?? []) if (has.has(g)) added.push(featureOf(PAIR_TEMPLATE, f, g));
        if (MODE !== 'pairs' && tested.has(f)) added.push(featureOf(LENGTH_TEMPLATE, f, bucket));
      }
      o.features = [...o.features, ...added];
    }

const cached = JSON.parse(readFileSync(join(dir, `linear-${SEEDS}.json`), 'utf8')) as {
  train: number[];
  dev: number[];
};
const arts = Math.max(...train.map((s) => s.art)) + 1;
const inHead = (s: Sentence): boolean => Math.floor((s.art * FOLDS) / arts) === 0;
const headBase: number[] = [];
let at = 0;
for (const s of train)
  for (const c of s.cues)
    for (let i = 0; i < c.options.length; i++, at++) if (inHead(s)) headBase.push(cached.train[at]!);

const scoresOf = (w: ReadonlyMap<number, number>, ss: readonly Sentence[]): number[] =>
  ss.flatMap((s) => s.cues.flatMap((c) => c.options.map((o) => scoreWith(w, o))));
const T0 = -15.2;
for (const [name, set, base, fit] of [
  ['dev', dev, cached.dev, train],
  ['head', train.filter(inHead), headBase, train.filter((s) => !inHead(s))],
] as const) {
  const ref = curve(set, base, T0);
  const p0 = ref.good / ref.predicted;
  const scores = scoresOf(linearWeights(fit, SEEDS), set);
  for (const p of [p0 - 0.01, p0, p0 + 0.01]) {
    console.log(`${name} ${MODE} linear @P≥${p.toFixed(4)}: ${atPrecision(set, base, p)}`);
    console.log(`${name} ${MODE} conj   @P≥${p.toFixed(4)}: ${atPrecision(set, scores, p)}`);
  }
}
