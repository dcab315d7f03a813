/**
 * The ranker's threshold and the second-stage filter's cut (src/extract/attribution/filter.ts)
 * swept together on PolNeAR dev (never the held-out part): for each threshold, extraction runs
 * once with the filter open, each learned clause's filter score is kept, and every cut is scored
 * from them (the filter acts last, so a cut changes nothing else). Prints, per threshold, recall
 * (all, direct) and precision at each cut, and the cut with the best recall keeping P ≥ 0.85.
 *
 * `--train N --model PATH --filter PATH` sweeps train's first N articles instead, read by a model
 * and filter trained without them (LEAVE_OUT=N OUT=PATH node scripts/train-attribution.ts).
 *
 *   node eval/attribution-filter.ts [--from -18] [--to -14] [--step 0.4] [--cuts -3,-2,-1,0] [--all]
 */
import { readFileSync } from 'node:fs';
import { compileModel, type ModelFile, SHIPPED_MODEL } from '../src/extract/attribution/model.ts';
import {
  compileFilter,
  type FilterFile,
  filterScore,
  SHIPPED_FILTER,
} from '../src/extract/attribution/filter.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { type Gold, loadPolnearDev, loadPolnearTrainHead } from './polnear-dev-articles.ts';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const path = (name: string): string | undefined =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const FROM = arg('--from', -18);
const TO = arg('--to', -14);
const STEP = arg('--step', 0.4);
const TRAIN = arg('--train', 0);
const TARGET = arg('--target', 0.85);
const MODEL = path('--model');
const FILTER = path('--filter');
if (TRAIN > 0 && (!MODEL || !FILTER)) throw new Error('--train needs --model and --filter');
if (MODEL) Object.assign(SHIPPED_MODEL, compileModel(JSON.parse(readFileSync(MODEL, 'utf8')) as ModelFile));
const filter = FILTER
  ? compileFilter(JSON.parse(readFileSync(FILTER, 'utf8')) as FilterFile)
  : SHIPPED_FILTER;
const CUTS = (path('--cuts') ?? '-1e9,-3,-2.5,-2,-1.75,-1.5,-1.25,-1,-0.75,-0.5,-0.25,0,0.5')
  .split(',')
  .map(Number);
const open = compileFilter({ cut: -Infinity, features: [], weights: [] });

const { records, articles, entities } = TRAIN > 0 ? loadPolnearTrainHead(TRAIN, 0) : loadPolnearDev();

for (let t = FROM; t <= TO + 1e-9; t += STEP) {
  SHIPPED_MODEL.threshold = t;
  // Per gold: the highest filter score among the quotes finding it (Infinity: one the filter never
  // judges); per prediction: its filter score and whether it is right.
  const golds: { direct: boolean; survives: number }[] = [];
  const predictions: { right: boolean; score: number }[] = [];
  for (const article of articles) {
    const r = records.get(article.id);
    if (!r) continue;
    const prefix = new Int32Array(r.text.length + 1);
    for (let i = 0; i < r.text.length; i++)
      prefix[i + 1] = prefix[i]! + (/[\p{L}\p{N}]/u.test(r.text[i]!) ? 1 : 0);
    const count = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
    const inter = (g: Gold, s: number, e: number): number =>
      g.content.reduce((n, [a, b]) => n + count(Math.max(a, s), Math.min(b, e)), 0);
    const scores = new Map<string, number>();
    const quotes = extractQuotes(article, entities, {
      indirect: true,
      reportedFilter: open,
      observeReported: (c, features) => scores.set(`${c.start}-${c.end}`, filterScore(filter, features)),
    });
    const scoreOf = (q: { start: number; end: number; rule: string }): number =>
      q.rule === 'quote.indirect.learned' ? (scores.get(`${q.start}-${q.end}`) ?? Infinity) : Infinity;
    for (const g of r.attributions) {
      const size = g.content.reduce((n, [a, b]) => n + count(a, b), 0);
      if (size === 0) continue;
      let survives = -Infinity;
      for (const q of quotes)
        if (inter(g, q.start, q.end) >= 0.5 * size && count(q.start, q.end) <= 2 * size + 20)
          survives = Math.max(survives, scoreOf(q));
      golds.push({ direct: g.direct, survives });
    }
    for (const q of quotes) {
      const own = count(q.start, q.end);
      const right = own > 0 && r.attributions.some((g) => inter(g, q.start, q.end) >= 0.5 * own);
      predictions.push({ right, score: scoreOf(q) });
    }
  }
  let best = '';
  let bestRecall = -1;
  const lines: string[] = [];
  for (const cut of CUTS) {
    const found = golds.filter((g) => g.survives >= cut);
    const kept = predictions.filter((p) => p.score >= cut);
    const recall = found.length / golds.length;
    const direct = found.filter((g) => g.direct).length / golds.filter((g) => g.direct).length;
    const precision = kept.filter((p) => p.right).length / kept.length;
    const line =
      `threshold ${t.toFixed(2).padStart(6)}  cut ${String(cut).padStart(6)}  recall_all ${recall.toFixed(4)}  ` +
      `recall_direct ${direct.toFixed(4)}  precision ${precision.toFixed(4)}  predicted ${kept.length}`;
    lines.push(line);
    if (precision >= TARGET && recall > bestRecall) [best, bestRecall] = [line, recall];
  }
  if (process.argv.includes('--all')) for (const l of lines) console.log(l);
  console.log(`best ${best || `threshold ${t.toFixed(2)}: no cut keeps P ≥ ${TARGET}`}`);
}
