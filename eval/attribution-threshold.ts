/**
 * The attribution model's threshold swept on PolNeAR dev (only dev: the held-out part is never
 * tuned on): for each threshold, recall (all and direct) and precision by score_attribution.py's
 * rules, computed in-process on `extractQuotes` with reported speech on. The shipped threshold is
 * the lowest whose precision stays ≥ 0.85 (scripts/train-attribution.ts); `npm run
 * eval:attribution` confirms it through the CLI and the data's own scorer.
 *
 * `--train N [--skip M] --model PATH` sweeps PolNeAR train's first N articles instead, scored by a
 * model trained without them (LEAVE_OUT=N OUT=PATH node scripts/train-attribution.ts): a second
 * set a change can be measured on, larger than dev and never tuned on, where dev alone moves by
 * more than most changes between retrains.
 *
 *   node eval/attribution-threshold.ts [--from -4] [--to 0] [--step 0.25] [--train N [--skip M] --model PATH]
 */
import { readFileSync } from 'node:fs';
import { compileModel, type ModelFile, SHIPPED_MODEL } from '../src/extract/attribution/model.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { type Gold, loadPolnearDev, loadPolnearTrainHead } from './polnear-dev-articles.ts';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const FROM = arg('--from', -4);
const TO = arg('--to', 0);
const STEP = arg('--step', 0.25);
const TRAIN = arg('--train', 0);
const MODEL = process.argv.includes('--model')
  ? process.argv[process.argv.indexOf('--model') + 1]
  : undefined;
if (TRAIN > 0 && !MODEL)
  throw new Error('--train needs --model: the shipped model learned on those articles');
if (MODEL) Object.assign(SHIPPED_MODEL, compileModel(JSON.parse(readFileSync(MODEL, 'utf8')) as ModelFile));

const { records, articles, entities } =
  TRAIN > 0 ? loadPolnearTrainHead(TRAIN, arg('--skip', 0)) : loadPolnearDev();
const shipped = SHIPPED_MODEL.threshold;

for (let t = FROM; t <= TO + 1e-9; t += STEP) {
  SHIPPED_MODEL.threshold = t;
  let gold = 0;
  let found = 0;
  let direct = 0;
  let directFound = 0;
  let predicted = 0;
  let good = 0;
  for (const article of articles) {
    const r = records.get(article.id);
    if (!r) continue;
    const prefix = new Int32Array(r.text.length + 1);
    for (let i = 0; i < r.text.length; i++)
      prefix[i + 1] = prefix[i]! + (/[\p{L}\p{N}]/u.test(r.text[i]!) ? 1 : 0);
    const count = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
    const inter = (g: Gold, s: number, e: number): number =>
      g.content.reduce((n, [a, b]) => n + count(Math.max(a, s), Math.min(b, e)), 0);
    const golds = r.attributions
      .map((g) => ({ g, size: g.content.reduce((n, [a, b]) => n + count(a, b), 0) }))
      .filter((x) => x.size > 0);
    const quotes = extractQuotes(article, entities, { indirect: true });
    for (const { g, size } of golds) {
      gold++;
      direct += g.direct ? 1 : 0;
      if (
        quotes.some((q) => inter(g, q.start, q.end) >= 0.5 * size && count(q.start, q.end) <= 2 * size + 20)
      ) {
        found++;
        directFound += g.direct ? 1 : 0;
      }
    }
    for (const q of quotes) {
      predicted++;
      const own = count(q.start, q.end);
      if (own > 0 && golds.some(({ g }) => inter(g, q.start, q.end) >= 0.5 * own)) good++;
    }
  }
  console.log(
    `threshold ${t.toFixed(2).padStart(6)}  recall_all ${(found / gold).toFixed(4)}  recall_direct ${(directFound / direct).toFixed(4)}  precision ${(good / predicted).toFixed(4)}  predicted ${predicted}`,
  );
}
SHIPPED_MODEL.threshold = shipped;
