/**
 * Per-stage breakdown of one `analyze` run over the first N articles of the Reuters-21578 export
 * (`--limit N`, default all; an N past the corpus's 19k repeats it, each copy with new ids and a
 * line naming the copy, as `bench/run.ts`'s scaling series does): read, prepare (chrome,
 * metadata, hash), store, each pipeline stage of `STAGES`, render. Prints wall seconds and share
 * of the total, CPU seconds (the figure to compare on a loaded machine), heap and RSS after it per
 * stage, one line each, so `bench/run.ts` can quote them. Single thread: the stages as `--jobs 1`
 * runs them. Run with `node --expose-gc bench/stages.ts` to read the heap each stage leaves alive.
 */
import { readFileSync } from 'node:fs';
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
const corpus = requireShared('corpora/reuters21578.jsonl.gz');
/** Per stage: wall ms, CPU ms (user + system: the figure to compare on a loaded machine), heap and RSS after it. */
const times: [string, number, number, number, number][] = [];
const time = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await work();
  const c = process.cpuUsage(c0);
  // Under `node --expose-gc` the heap is read after a collection: what the stage left alive.
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  times.push([name, performance.now() - t0, (c.user + c.system) / 1000, heapUsed, rss]);
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
console.log(`${'stage'.padEnd(24)}   wall  share     cpu   heap GB after · rss GB after`);
for (const [name, ms, cpuMs, heap, rss] of times)
  console.log(
    `${name.padEnd(24)}${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%` +
      ` ${(cpuMs / 1000).toFixed(2).padStart(7)} s   ${gb(heap)} · ${gb(rss)}`,
  );
console.log(
  `${'total'.padEnd(24)}${(total / 1000).toFixed(2).padStart(7)} s → ${(mb / (total / 1000)).toFixed(2)} MB/s` +
    ` · cpu ${(cpu / 1000).toFixed(2)} s → ${(mb / (cpu / 1000)).toFixed(2)} MB/s per CPU-second` +
    ` · peak rss ${gb(process.resourceUsage().maxRSS * 1024)} GB`,
);
