/**
 * Quote-extraction throughput: the Reuters-21578 export (19,043 articles) read and prepared as by ingest,
 * the entity index built over all of them, then `extractQuotes` over each, timed separately.
 * Prints MB/s of article text and the quote count. Goal (issue "Who said what"): ≥ 1 MB/s on one
 * core for entities + quotes, with reported speech on as `hearsay analyze` has it by default;
 * `--no-indirect` leaves it out (`--indirect`, the old switch, changes nothing).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildEntityIndex } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import type { Article } from '../src/model/article.ts';
import { requireShared } from '../scripts/shared-data.ts';

const corpus = requireShared('corpora/reuters21578.jsonl.gz');
const indirect = !process.argv.includes('--no-indirect');
const text = gunzipSync(readFileSync(corpus)).toString('utf8');
// The library's own reading path, so the bench measures what `hearsay analyze` runs; preparing
// (chrome, metadata, hash) happens before the clock starts.
const articles: Article[] = readJsonLines(corpus, 'reuters21578.jsonl', text, 'utf-8').articles.map(
  prepareArticle,
);

// CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
const c0 = process.cpuUsage();
const t0 = performance.now();
const entities = buildEntityIndex(articles);
const t1 = performance.now();
const c1 = process.cpuUsage();
let quotes = 0;
const byKind = new Map<string, number>();
let attributed = 0;
for (const a of articles) {
  for (const q of extractQuotes(a, entities, { indirect })) {
    quotes++;
    byKind.set(q.kind, (byKind.get(q.kind) ?? 0) + 1);
    if (q.speaker) attributed++;
  }
}
const t2 = performance.now();
const c2 = process.cpuUsage();
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
const rate = (ms: number): string => (mb / (ms / 1000)).toFixed(2);
console.log(`corpus          ${corpus}`);
console.log(`articles        ${articles.length}, ${mb.toFixed(2)} MB of text`);
console.log(`entities        ${((t1 - t0) / 1000).toFixed(2)} s (${rate(t1 - t0)} MB/s)`);
console.log(`quotes          ${((t2 - t1) / 1000).toFixed(2)} s (${rate(t2 - t1)} MB/s)`);
console.log(
  `found           ${quotes} quotes (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}), ${attributed} with a speaker`,
);
console.log(`throughput      ${rate(t2 - t0)} MB/s of text, entities + quotes (goal ≥ 1)`);
const cpuMs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage): number =>
  (b.user + b.system - a.user - a.system) / 1000;
console.log(
  `cpu time        entities ${rate(cpuMs(c0, c1))} MB/s, quotes ${rate(cpuMs(c1, c2))} MB/s, ` +
    `both ${rate(cpuMs(c0, c2))} MB/s (reported speech ${indirect ? 'on' : 'off'})`,
);
