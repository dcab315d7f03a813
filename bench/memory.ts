/**
 * Where `hearsay analyze` holds memory: the Reuters-21578 export repeated to N articles (`--limit N`,
 * each copy with new ids and a line naming the copy, as bench/run.ts's scaling series builds it),
 * run through the CLI's own steps — ingest in batches into a store (`--store memory` as before, or
 * `--store file`, the temporary file store analyze uses without --db), load the articles, each
 * pipeline stage, the JSON dossier written to a file — printing after each phase the live heap,
 * external memory and RSS (after a collection when run with `node --expose-gc`) and the peak RSS so
 * far, and each analysis worker thread's heap (used/total MB, as the stage starts: a pass left
 * running shows its live work). Live sizes are what a phase leaves behind; the peak is what the
 * run needed. Run:
 *
 *   node --expose-gc bench/memory.ts --limit 20000
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type HeapInfo, writeHeapSnapshot } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import { NEAR_DUPLICATES } from '../src/ingest/dedupe.ts';
import { readSources } from '../src/ingest/sources.ts';
import { makeOptions } from '../src/model/options.ts';
import { analyzeArticles } from '../src/pipeline.ts';
import { renderJsonChunks } from '../src/report/json-chunks.ts';
import { limitHeapGrowth } from '../src/run/heap-growth.ts';
import { ingestInBatches } from '../src/run/ingest-batches.ts';
import { openSqliteStore, openTemporarySqliteStore } from '../src/store/sqlite.ts';
import { requireShared } from '../scripts/shared-data.ts';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    store: { type: 'string' },
    jobs: { type: 'string' },
    'write-corpus': { type: 'string' },
    // Stage names (comma-separated): a heap snapshot as each starts, into the working directory
    // (read with bench/heap-holders.ts).
    'snapshot-at': { type: 'string' },
  },
});
const limit = Number(values.limit ?? 20_000);
const storeKind = values.store ?? 'file';
if (!Number.isInteger(limit) || limit < 1 || (storeKind !== 'file' && storeKind !== 'memory')) {
  console.error('usage: node --expose-gc bench/memory.ts [--limit N] [--store file|memory] [--jobs N]');
  process.exit(2);
}
const jobs = Number(values.jobs ?? 2);
const snapshotAt = new Set((values['snapshot-at'] ?? '').split(',').filter((n) => n !== ''));
// As the CLI does before any command.
limitHeapGrowth();

interface CorpusRecord {
  id: string;
  text: string;
}
/** The corpus of `limit` articles, written to `path`: in a child process, whose memory is not measured. */
function writeCorpus(path: string): void {
  const records = gunzipSync(readFileSync(requireShared('corpora/reuters21578.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusRecord);
  const lines = Array.from({ length: limit }, (_, i) => {
    const r = records[i % records.length]!;
    const copy = Math.floor(i / records.length);
    return JSON.stringify(
      copy === 0 ? r : { ...r, id: `${r.id}~${copy}`, text: `${r.text}\n(Copy ${copy} of this report.)` },
    );
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
}
if (values['write-corpus'] !== undefined) {
  writeCorpus(values['write-corpus']);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'hearsay-memory-'));
const corpusPath = join(dir, 'corpus.jsonl');
const child = spawnSync(
  process.execPath,
  [import.meta.filename, '--limit', String(limit), '--write-corpus', corpusPath],
  {
    stdio: 'inherit',
  },
);
if (child.status !== 0) throw new Error(`writing the corpus failed (exit ${child.status})`);

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0).padStart(6);
/** Peak RSS of this process so far (the kernel's high-water mark). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
console.log(`${limit} articles, store: ${storeKind}, jobs ${jobs}`);
console.log(
  `${'after'.padEnd(25)}  heap MB  heap total  external  arrayBuf    rss MB  peak rss  workers' heaps used/total`,
);
const mark = (name: string, workers: HeapInfo[] = []): void => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const heaps = workers
    .map((w) => `${mb(w.used_heap_size).trim()}/${mb(w.total_heap_size).trim()}`)
    .join(' ');
  console.log(
    `${name.padEnd(25)} ${mb(m.heapUsed)}   ${mb(m.heapTotal)}     ${mb(m.external)}  ${mb(m.arrayBuffers)}    ${mb(m.rss)}    ${mb(peakRss())}  ${heaps}`,
  );
};

try {
  mark('start');
  const store =
    storeKind === 'file'
      ? openTemporarySqliteStore({ copies: NEAR_DUPLICATES })
      : openSqliteStore(':memory:', { copies: NEAR_DUPLICATES });
  for await (const batch of ingestInBatches(readSources([corpusPath], {}), { jobs }))
    await store.putArticles(batch.articles);
  mark('ingest');
  const articles = await store.getArticles();
  mark('getArticles');
  const options = { ...makeOptions({}), primaryOverrides: await store.getPrimaryOverrides() };
  // As the CLI does: the store is closed before the stages run.
  await store.close();
  mark('store closed');
  let previous = 'prepare views';
  const dossier = await analyzeArticles(articles, options, [], {
    jobs,
    onStage: async (name, _index, _count, threads) => {
      mark(previous, await threads.heapStatistics());
      previous = `stage ${name}`;
      if (snapshotAt.has(name))
        console.log(`snapshot: ${writeHeapSnapshot(`memory-${limit}-${name}.heapsnapshot`)}`);
    },
  });
  mark(previous);
  const out = createWriteStream(join(dir, 'dossier.json'));
  for (const piece of renderJsonChunks(dossier))
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve) => out.end(() => resolve()));
  mark('render json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
