/**
 * What PolNeAR dev's false positives are (dev only: held-out predictions are never looked at). A
 * predicted quote is a false positive when under half of its letters and digits lie in any gold
 * content (score_attribution.py's precision rule). Each is put in one bucket:
 *
 * - `no-overlap`: it shares no letter with any gold content (an act PolNeAR does not annotate, or
 *   a cue word read as a verb where it is a noun or a name);
 * - `too-long`: a gold content starts at or before it (within a few characters) and ends inside it:
 *   a shorter closing would have found the gold ("attacked Machado | in early-morning tweets");
 * - `starts-inside`: a gold content starts inside it;
 * - `other`: it overlaps a gold content some other way.
 *
 * Per rule, and for the learned reported speech per candidate shape (direction/opening/closing)
 * and per cue word (the CUE_WORDS with most false positives), it prints the true and false
 * positives: where the precision the threshold guards is lost, and so what removing a kind of
 * false positive would let the threshold buy back. `--train N [--skip M]` reads PolNeAR train's
 * first articles instead (capped before its held-out tail; the model learned on them, so they
 * flatter it).
 *
 * `--threshold T` reads them at another threshold than the shipped one (to see what a lower one
 * would let in).
 *
 *   node eval/attribution-false-positives.ts [--examples N] [--threshold T] [--train N [--skip M]]
 */
import { readCandidates } from '../src/extract/attribution/reported.ts';
import { SHIPPED_MODEL } from '../src/extract/attribution/model.ts';
import { analyzeArticle, extractQuotes } from '../src/extract/quotes.ts';
import { type Gold, loadPolnearDev, loadPolnearTrainHead } from './polnear-dev-articles.ts';

const argOf = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const EXAMPLES = Number(argOf('--examples') ?? 3);
const TRAIN = argOf('--train');
/** Characters a gold content may start after the prediction and still count as starting with it. */
const SAME_START_SLACK = 3;
/** Cue words printed: those with the most false positives. */
const CUE_WORDS = 25;

if (argOf('--threshold') !== undefined) SHIPPED_MODEL.threshold = Number(argOf('--threshold'));

const { records, articles, entities } = TRAIN
  ? loadPolnearTrainHead(Number(TRAIN), Number(argOf('--skip') ?? 0))
  : loadPolnearDev();

/** True and false positives of one key, with a few false-positive examples. */
interface Tally {
  good: number;
  bad: number;
  examples: string[];
}
const byRule = new Map<string, Tally>();
const byShape = new Map<string, Tally>();
const byCue = new Map<string, Tally>();
const byBucket = new Map<string, Tally>();
const count = (m: Map<string, Tally>, key: string, good: boolean, example: string): void => {
  const t = m.get(key) ?? { good: 0, bad: 0, examples: [] };
  if (good) t.good++;
  else {
    t.bad++;
    if (t.examples.length < EXAMPLES) t.examples.push(example);
  }
  m.set(key, t);
};

for (const article of articles) {
  const record = records.get(article.id);
  if (!record) continue;
  const { text } = record;
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + (/[\p{L}\p{N}]/u.test(text[i]!) ? 1 : 0);
  const letters = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
  const inter = (g: Gold, s: number, e: number): number =>
    g.content.reduce((n, [a, b]) => n + letters(Math.max(a, s), Math.min(b, e)), 0);
  // The shape of each learned content, by its span (the one the extractor emitted).
  const shapes = new Map<string, string>();
  const cueWords = new Map<string, string>();
  for (const { read } of readCandidates(analyzeArticle(article, entities), [], SHIPPED_MODEL.isCueWord))
    for (const { candidate: c } of read) {
      shapes.set(`${c.start}:${c.end}`, `${c.direction}/${c.opening}/${c.closing}`);
      cueWords.set(`${c.start}:${c.end}`, c.sentence.tokens[c.token]!.norm);
    }
  for (const q of extractQuotes(article, entities, { indirect: true })) {
    const own = letters(q.start, q.end);
    const good = own > 0 && record.attributions.some((g) => inter(g, q.start, q.end) >= 0.5 * own);
    const example = `${article.id} ${q.rule} “${text.slice(q.start, Math.min(q.end, q.start + 160)).replace(/\s+/gu, ' ')}”`;
    count(byRule, `${q.kind} ${q.rule}`, good, example);
    const shape = q.rule === 'quote.indirect.learned' ? shapes.get(`${q.start}:${q.end}`) : undefined;
    if (shape) count(byShape, shape, good, example);
    const cue = cueWords.get(`${q.start}:${q.end}`);
    if (shape && cue) count(byCue, cue, good, example);
    if (!good) count(byBucket, bucketOf(record.attributions, q, inter), false, example);
  }
}

/** The bucket of a false positive by how the gold contents it touches lie against it. */
function bucketOf(
  golds: readonly Gold[],
  q: { start: number; end: number },
  inter: (g: Gold, s: number, e: number) => number,
): string {
  const touched = golds.filter((g) => inter(g, q.start, q.end) > 0);
  if (touched.length === 0) return 'no-overlap';
  for (const g of touched) {
    const start = Math.min(...g.content.map(([s]) => s));
    const end = Math.max(...g.content.map(([, e]) => e));
    if (start <= q.start + SAME_START_SLACK && end < q.end) return 'too-long';
    if (start > q.start + SAME_START_SLACK) return 'starts-inside';
  }
  return 'other';
}

const print = (title: string, m: Map<string, Tally>, withExamples: boolean, limit = Infinity): void => {
  console.log(`${title}:`);
  for (const [key, t] of [...m].sort((x, y) => y[1].bad - x[1].bad).slice(0, limit)) {
    const scored =
      t.good > 0 ? ` good ${String(t.good).padStart(4)}  P ${(t.good / (t.good + t.bad)).toFixed(3)}` : '';
    console.log(`  ${key.padEnd(44)} false ${String(t.bad).padStart(4)}${scored}`);
    if (withExamples) for (const e of t.examples) console.log(`      ${e}`);
  }
};
print('false positives by bucket', byBucket, true);
print('by rule', byRule, false);
print('learned reported speech by shape', byShape, false);
print('learned reported speech by cue word', byCue, true, CUE_WORDS);
