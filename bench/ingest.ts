/**
 * Ingest throughput: the Reuters-21578 export (19,043 articles, 16 MB of text) read, decoded,
 * chrome-scanned, deduplicated and stored in a fresh SQLite file, timed end to end.
 * Prints MB/s of article text and peak RSS. Goal (issue 2): ≥ 5 MB/s on one core, RSS < 500 MB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEAR_DUPLICATES } from '../src/ingest/dedupe.ts';
import { ingestSources } from '../src/ingest/ingest.ts';
import { readSources } from '../src/ingest/sources.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { requireShared } from '../scripts/shared-data.ts';

const corpus = requireShared('corpora/reuters21578.jsonl.gz');
const dir = mkdtempSync(join(tmpdir(), 'hearsay-bench-'));
try {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { articles, issues } = await ingestSources(readSources([corpus]));
  const t1 = performance.now();
  const store = openSqliteStore(join(dir, 'bench.db'), { copies: NEAR_DUPLICATES });
  const result = await store.putArticles(articles);
  const count = await store.countArticles();
  await store.close();
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const seconds = (t2 - t0) / 1000;
  const chrome = articles.reduce((n, a) => n + a.boilerplate.reduce((m, b) => m + b.end - b.start, 0), 0);
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const mb = bytes / 1e6;
  console.log(`corpus          ${corpus}`);
  console.log(
    `articles        ${articles.length} read, ${count} stored, ${result.duplicates.length} exact duplicates, ${result.syndicated.length} near-duplicate links, ${issues.filter((i) => i.severity === 'error').length} input errors`,
  );
  console.log(
    `text            ${mb.toFixed(2)} MB; ${((100 * chrome) / chars).toFixed(2)}% of characters marked as chrome`,
  );
  console.log(`read+prepare    ${((t1 - t0) / 1000).toFixed(2)} s`);
  console.log(`store           ${((t2 - t1) / 1000).toFixed(2)} s`);
  console.log(`throughput      ${(mb / seconds).toFixed(2)} MB/s of text by the wall clock (goal ≥ 5)`);
  console.log(
    `CPU time        ${cpuSeconds.toFixed(2)} s → ${(mb / cpuSeconds).toFixed(2)} MB/s per CPU-second (all threads; compare when the machine is busy)`,
  );
  console.log(`peak RSS        ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (goal < 500)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
