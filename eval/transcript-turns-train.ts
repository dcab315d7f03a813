/**
 * Transcript turns found inside PolNeAR train's news articles (never its held-out tail): how many
 * `quote.transcript-turn` quotes a gold attribution finds (score_attribution.py's rule), and how
 * many of those golds have the turn's label as their source. `--show` prints each article's turns.
 *
 *   node eval/transcript-turns-train.ts [--show] [--train N]
 */
import { findTranscriptTurns } from '../src/extract/quotes/03-transcript-turns.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { loadPolnearTrainHead } from './polnear-dev-articles.ts';

const SHOW = process.argv.includes('--show');
const at = process.argv.indexOf('--train');
const N = at > 0 ? Number(process.argv[at + 1]) : 100_000;
const { records, articles, entities } = loadPolnearTrainHead(N, 0);

let turnQuotes = 0;
let found = 0;
let foundLabel = 0;
let inTurnGolds = 0;
let inTurnFound = 0;
let withTurns = 0;
for (const article of articles) {
  const record = records.get(article.id);
  if (!record) continue;
  const turns = findTranscriptTurns(article);
  if (turns.length === 0) continue;
  withTurns++;
  const { text } = record;
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + (/[\p{L}\p{N}]/u.test(text[i]!) ? 1 : 0);
  const count = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
  const finds = (g: (typeof record.attributions)[number], start: number, end: number): boolean => {
    const size = g.content.reduce((n, [s, e]) => n + count(s, e), 0);
    const inter = g.content.reduce((n, [s, e]) => n + count(Math.max(s, start), Math.min(e, end)), 0);
    return size > 0 && inter >= 0.5 * size && count(start, end) <= 2 * size + 20;
  };
  const quotes = extractQuotes(article, entities, { indirect: true });
  if (SHOW) console.log(`\n=== ${article.id} (${turns.length} turns)`);
  for (const q of quotes.filter((q) => q.rule === 'quote.transcript-turn')) {
    turnQuotes++;
    const turn = turns.find((t) => t.start <= q.start && q.end <= t.end);
    const golds = record.attributions.filter((g) => finds(g, q.start, q.end));
    const byLabel = golds.some(
      (g) => g.source && turn && g.source[0] < turn.labelSpan.end && turn.labelSpan.start < g.source[1],
    );
    if (golds.length > 0) found++;
    if (byLabel) foundLabel++;
    if (SHOW)
      console.log(
        `  ${byLabel ? 'OK ' : golds.length ? 'ok?' : 'XX '} [${turn?.label}] ${q.text.slice(0, 110).replace(/\s+/gu, ' ')}`,
      );
  }
  const spans = turns.map((t) => ({ start: t.labelSpan.start, end: t.end }));
  for (const g of record.attributions) {
    const lo = Math.min(...g.content.map(([s]) => s));
    if (!spans.some((s) => s.start <= lo && lo < s.end)) continue;
    inTurnGolds++;
    if (quotes.some((q) => finds(g, q.start, q.end))) inTurnFound++;
  }
}
const r = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');
console.log(`articles with turns: ${withTurns}`);
console.log(
  `turn quotes: ${turnQuotes}; a gold finds ${found} (precision ${r(found, turnQuotes)}); gold source is the label ${foundLabel} (${r(foundLabel, turnQuotes)})`,
);
console.log(
  `golds starting inside turns: ${inTurnGolds}; found ${inTurnFound} (${r(inTurnFound, inTurnGolds)})`,
);
