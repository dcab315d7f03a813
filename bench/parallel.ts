/**
 * How much of `analyze` runs in parallel, measured in CPU seconds rather than wall time (which a
 * shared machine inflates): the pipeline's stages over the first N Reuters-21578 articles
 * (`--limit N`, default 5000), once per `--jobs` value (default `1,2`). Per stage it prints the
 * CPU of the per-article passes and of the corpus part on the main thread, and the CPU the other
 * threads spent (the workers, and V8's garbage collector and compiler, busy even with one job).
 * From the one-thread run: the serial share and the speed-up Amdahl allows on 2 and 4 cores (a
 * floor: some corpus parts run while passes do); from each other run, the most its CPU allows on
 * idle cores (a ceiling); then the wall ratio of the runs against the one-thread run, with the load average
 * beside it (a wall ratio is only meaningful on an idle machine).
 *
 *   node bench/parallel.ts --limit 5000 --jobs 1,2
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import type { Article } from '../src/model/article.ts';
import { makeOptions } from '../src/model/options.ts';
import { initialState, STAGES } from '../src/pipeline.ts';
import { type ArticleThreads, startArticleThreads } from '../src/run/article-threads.ts';
import { requireShared } from '../scripts/shared-data.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' }, jobs: { type: 'string' } } });
const limit = Number(values.limit ?? 5000);
const jobsList = (values.jobs ?? '1,2').split(',').map(Number);
if (!Number.isInteger(limit) || limit < 1 || jobsList.some((j) => !Number.isInteger(j) || j < 1)) {
  console.error('bench/parallel.ts: --limit N (whole, ≥ 1) --jobs J,K,… (whole, ≥ 1)');
  process.exit(2);
}

const corpus = requireShared('corpora/reuters21578.jsonl.gz');
const once = readJsonLines(
  corpus,
  'reuters21578.jsonl',
  gunzipSync(readFileSync(corpus)).toString('utf8'),
  'utf-8',
).articles;
const articles: Article[] = Array.from({ length: limit }, (_, i) => {
  const a = once[i % once.length]!;
  const copy = Math.floor(i / once.length);
  return copy === 0 ? a : { ...a, id: `${a.id}~${copy}`, text: `${a.text}\n(Copy ${copy} of this report.)` };
}).map(prepareArticle);

/** CPU ms of this thread, and of the whole process (every thread). */
const threadMs = (): number => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
const processMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface StageCost {
  name: string;
  wallMs: number;
  /** Main-thread CPU inside the per-article passes (the work itself with one thread; cloning and merging with more). */
  passMs: number;
  /** Main-thread CPU outside them: the corpus part. */
  corpusMs: number;
  /** CPU of the other threads: the workers, and V8's own (garbage collector, compiler) with any `--jobs`. */
  workersMs: number;
}

/**
 * Wraps the passes to add their main-thread CPU to `spent.ms`: the synchronous part of `map`,
 * which is the whole pass on one thread, and serialising the shared data and the first jobs with
 * more (later jobs are sent and results taken in as they come, within whatever stage runs then).
 */
function timedThreads(threads: ArticleThreads, spent: { ms: number }): ArticleThreads {
  return {
    map(pass, list, shared, ownOf, take) {
      const t0 = threadMs();
      const out = threads.map(pass, list, shared, ownOf, take);
      spent.ms += threadMs() - t0;
      return out;
    },
    heapStatistics: () => threads.heapStatistics(),
    close: () => threads.close(),
  };
}

async function run(jobs: number): Promise<{ costs: StageCost[]; wallMs: number }> {
  const options = makeOptions({});
  const state = initialState(articles);
  const threads = startArticleThreads(jobs);
  const costs: StageCost[] = [];
  const started = performance.now();
  try {
    for (const stage of STAGES) {
      const spent = { ms: 0 };
      const [w0, t0, p0] = [performance.now(), threadMs(), processMs()];
      await stage.run(state, options, timedThreads(threads, spent));
      const [w1, t1, p1] = [performance.now(), threadMs(), processMs()];
      costs.push({
        name: stage.name,
        wallMs: w1 - w0,
        passMs: spent.ms,
        corpusMs: t1 - t0 - spent.ms,
        workersMs: Math.max(0, p1 - p0 - (t1 - t0)),
      });
    }
  } finally {
    await threads.close();
  }
  return { costs, wallMs: performance.now() - started };
}

const s = (ms: number): string => (ms / 1000).toFixed(2).padStart(7);
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
console.log(
  `articles ${articles.length}, ${mb.toFixed(2)} MB of text; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const walls = new Map<number, number>();
/** CPU ms of all threads in the `--jobs 1` run, for the bound of each run with more. */
let oneThreadCpuMs: number | null = null;
for (const jobs of jobsList) {
  const { costs, wallMs } = await run(jobs);
  walls.set(jobs, wallMs);
  console.log(
    `\n--jobs ${jobs}: seconds per stage: wall; CPU of the main thread (per-article passes, corpus part) and of the other threads (workers, GC, compiler)`,
  );
  console.log(`${'stage'.padEnd(20)}   wall  main:pass  main:corpus   others`);
  for (const c of costs)
    console.log(
      `${c.name.padEnd(20)}${s(c.wallMs)}    ${s(c.passMs)}      ${s(c.corpusMs)}  ${s(c.workersMs)}`,
    );
  const sum = (f: (c: StageCost) => number): number => costs.reduce((n, c) => n + f(c), 0);
  const [pass, serial, workers] = [sum((c) => c.passMs), sum((c) => c.corpusMs), sum((c) => c.workersMs)];
  console.log(`${'total'.padEnd(20)}${s(wallMs)}    ${s(pass)}      ${s(serial)}  ${s(workers)}`);
  if (jobs === 1) {
    oneThreadCpuMs = pass + serial + workers;
    const share = serial / (serial + pass);
    const bound = (cores: number): string => (1 / (share + (1 - share) / cores)).toFixed(2);
    console.log(
      `serial share ${(100 * share).toFixed(1)}% of the main thread's CPU → Amdahl bound ${bound(2)}× on 2 cores, ${bound(4)}× on 4, if no corpus part overlapped a pass`,
    );
  } else if (oneThreadCpuMs !== null) {
    // On an idle machine a run takes at least its CPU over the cores, and at least the main
    // thread's own CPU: the one-thread run's CPU over the larger is the most it can gain.
    const floor = Math.max((serial + pass + workers) / jobs, serial + pass);
    console.log(
      `CPU bound on ${jobs} idle cores: ${(oneThreadCpuMs / floor).toFixed(2)}× (one-thread CPU ${s(oneThreadCpuMs).trim()} s; this run's ${s(serial + pass + workers).trim()} s, ${s(serial + pass).trim()} s of it on the main thread)`,
    );
  }
}
const one = walls.get(1);
if (one !== undefined)
  for (const [jobs, ms] of walls)
    if (jobs !== 1)
      console.log(
        `wall, --jobs ${jobs} against --jobs 1: ${(one / ms).toFixed(2)}× (load average ${loadavg()[0]!.toFixed(2)})`,
      );
