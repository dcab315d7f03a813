/**
 * Per-stage breakdown of one `analyze` run over the first N articles of the Reuters-21578 export
 * (`--limit N`, default all; an N past the corpus's 19k repeats it, each copy with new ids and a
 * line naming the copy, as `bench/run.ts`'s scaling series does): read, prepare (chrome,
 * metadata, hash), store, each pipeline stage of `STAGES`, render. Prints wall seconds and share
 * of the total, CPU seconds (the figure to compare on a loaded machine), collector pauses (the
 * garbage it made), heap and RSS after it per stage, one line each, so `bench/run.ts` can quote
 * them. Single thread: the stages as `--jobs 1` runs them. Run with `node --expose-gc
 * bench/stages.ts` to read the heap each stage leaves alive.
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import { makeOptions } from '../src/model/options.ts';
import { dossierOf, initialState, STAGES } from '../src/pipeline.ts';
import { renderJsonChunks } from '../src/report/json-chunks.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { requireShared } from '../scripts/shared-data.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' } } });
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (!(limit > 0) || (limit !== Infinity && !Number.isInteger(limit))) {
  console.error(`bench/stages.ts: --limit ${values.limit} is not a whole number of articles ≥ 1`);
  process.exit(2);
}
const corpus = requireShared('corpora/reuters21578.jsonl.gz');
/**
 * Collector pauses as they happen: the garbage a stage makes shows as its GC time, which the heap
 * after it (read whenever the collector last ran) does not tell reliably.
 */
const pauses: { start: number; ms: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });
/** Per stage: wall ms, CPU ms (user + system: the figure to compare on a loaded machine), GC ms, heap and RSS after it. */
const times: [string, number, number, number, number, number][] = [];
const time = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await work();
  const c = process.cpuUsage(c0);
  const t1 = performance.now();
  // GC entries are delivered on a later turn of the event loop (a timer; an immediate is too soon).
  await new Promise((resolve) => setTimeout(resolve, 0));
  const gcMs = pauses.filter((p) => p.start >= t0 && p.start <= t1).reduce((n, p) => n + p.ms, 0);
  // Under `node --expose-gc` the heap is read after a collection: what the stage left alive.
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  times.push([name, t1 - t0, (c.user + c.system) / 1000, gcMs, heapUsed, rss]);
  return result;
};

const raw = await time('read', () => {
  const text = gunzipSync(readFileSync(corpus)).toString('utf8');
  const once = readJsonLines(corpus, 'reuters21578.jsonl', text, 'utf-8').articles;
  const count = Number.isFinite(limit) ? limit : once.length;
  return Array.from({ length: count }, (_, i) => {
    const a = once[i % once.length]!;
    const copy = Math.floor(i / once.length);
    return copy === 0
      ? a
      : { ...a, id: `${a.id}~${copy}`, text: `${a.text}\n(Copy ${copy} of this report.)` };
  });
});
const prepared = await time('prepare', () => raw.map(prepareArticle));
const articles = await time('store', async () => {
  const store = openSqliteStore(':memory:');
  await store.putArticles(prepared);
  const stored = await store.getArticles();
  await store.close();
  return stored;
});
const options = makeOptions({});
const state = initialState(articles);
for (const stage of STAGES) await time(`stage ${stage.name}`, () => stage.run(state, options));
// As the CLI writes it: in pieces, none kept.
await time('render json', () => {
  let chars = 0;
  for (const piece of renderJsonChunks(dossierOf(state, []))) chars += piece.length;
  return chars;
});

const total = times.reduce((n, [, ms]) => n + ms, 0);
const cpu = times.reduce((n, [, , ms]) => n + ms, 0);
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
const gb = (bytes: number): string => (bytes / 1e9).toFixed(2).padStart(5);
console.log(`articles        ${articles.length}, ${mb.toFixed(2)} MB of text`);
console.log(`${'stage'.padEnd(24)}   wall  share     cpu      gc   heap GB after · rss GB after`);
for (const [name, ms, cpuMs, gcMs, heap, rss] of times)
  console.log(
    `${name.padEnd(24)}${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%` +
      ` ${(cpuMs / 1000).toFixed(2).padStart(7)} s ${(gcMs / 1000).toFixed(2).padStart(5)} s   ${gb(heap)} · ${gb(rss)}`,
  );
console.log(
  `${'total'.padEnd(24)}${(total / 1000).toFixed(2).padStart(7)} s → ${(mb / (total / 1000)).toFixed(2)} MB/s` +
    ` · cpu ${(cpu / 1000).toFixed(2)} s → ${(mb / (cpu / 1000)).toFixed(2)} MB/s per CPU-second` +
    ` · peak rss ${gb(process.resourceUsage().maxRSS * 1024)} GB`,
);
gcObserver.disconnect();
