import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { Source } from '../../src/ingest/sources.ts';
import type { Article } from '../../src/model/article.ts';
import { JOB_ARTICLES, startArticleThreads } from '../../src/run/article-threads.ts';
import { ingestInBatches } from '../../src/run/ingest-batches.ts';
import { startWorkerPool } from '../../src/run/worker-pool.ts';
import { makeArticle } from '../helpers/article.ts';
import { withTempDirAsync } from '../helpers/run-cli.ts';

const PROGRESS = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'run', 'item-progress.ts')).href;

/**
 * A worker that doubles numbers, spins for ever on a negative one (a document that would hold the
 * run), and waits `setUpMs` before each job as if loading modules (no document's time).
 */
function writeWorker(dir: string, setUpMs = 0): URL {
  const module = join(dir, 'doubling-worker.mjs');
  writeFileSync(
    module,
    `import { parentPort } from 'node:worker_threads';
import { workerItemProgress } from ${JSON.stringify(PROGRESS)};
const progress = workerItemProgress();
parentPort.on('message', ({ id, items }) => {
  const until = Date.now() + ${setUpMs};
  while (Date.now() < until);
  progress.started(id);
  const results = items.map((n) => {
    if (n < 0) for (;;);
    progress.itemDone();
    return n * 2;
  });
  parentPort.postMessage({ id, results });
});
`,
  );
  return pathToFileURL(module);
}

const overBudget = (n: number): string => `over budget: ${n}`;

test(
  'an item over its budget is answered as such, its job-mates keep their answers, in order',
  { timeout: 30_000 },
  async () => {
    await withTempDirAsync(async (dir) => {
      const pool = startWorkerPool<number, number | string>(writeWorker(dir), 2, 'doubling worker', {
        ms: 300,
        overBudget,
      });
      try {
        const jobs = [pool.run([1, 2, -3, 4]), pool.run([5, 6]), pool.run([-7]), pool.run([8])];
        assert.deepEqual(await Promise.all(jobs), [
          [2, 4, 'over budget: -3', 8],
          [10, 12],
          ['over budget: -7'],
          [16],
        ]);
        // The stopped threads were replaced: the pool still has two.
        assert.deepEqual(await pool.run([9, 10]), [18, 20]);
        assert.equal((await pool.heapStatistics()).length, 2);
      } finally {
        await pool.close();
      }
    });
  },
);

test(
  'a thread setting up for a job (loading, reading shared data) is not stopped for it',
  { timeout: 30_000 },
  async () => {
    await withTempDirAsync(async (dir) => {
      const pool = startWorkerPool<number, number | string>(writeWorker(dir, 700), 1, 'slow set-up', {
        ms: 200,
        overBudget,
      });
      try {
        assert.deepEqual(await pool.run([1, 2, 3]), [2, 4, 6]);
      } finally {
        await pool.close();
      }
    });
  },
);

test(
  'a long document read on a thread is stopped at the budget: skipped with the reason, not hung on',
  { timeout: 60_000 },
  async () => {
    // A page large enough to be read on a thread even as the first job, and far slower than 5 ms.
    const paragraphs = Array.from(
      { length: 5000 },
      (_, i) => `<p>Councillor Mara Olsen said the ferry ${i} "will run" when the harbour reopens.</p>`,
    );
    const page = `<html><head><title>Ferries</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
    const source: Source = {
      origin: 'ferries.html',
      name: 'ferries.html',
      bytes: new TextEncoder().encode(page),
      format: 'html',
    };
    async function* one(): AsyncGenerator<Source> {
      yield source;
    }
    const issues = [];
    let articles = 0;
    for await (const batch of ingestInBatches(one(), { jobs: 2, documentBudgetMs: 5 })) {
      issues.push(...batch.issues);
      articles += batch.articles.length;
    }
    assert.equal(articles, 0);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.code, 'HEARSAY_E_TIME_BUDGET');
    assert.equal(issues[0]!.input.origin, 'ferries.html');
    assert.match(issues[0]!.detail, /stopped after \d+ ms, over the 5 ms per-document budget; skipped/);
  },
);

test(
  'an analysis pass over the budget on a thread leaves the article without its findings, reported',
  { timeout: 60_000 },
  async () => {
    const long = Array.from(
      { length: 40000 },
      (_, i) => `Minister Ilse Markov said the bridge ${i} "will open in May", officials in Nordby said.`,
    ).join('\n\n');
    // Two articles of seconds of work among short ones of milliseconds: enough articles for the threads.
    const articles: Article[] = Array.from({ length: JOB_ARTICLES + 4 }, (_, i) =>
      makeArticle(`bridge-${i}.txt`, i === 3 || i === 30 ? long : 'Mayor Piet Saar opened a bridge.', {
        title: 'Bridges',
      }),
    );
    const failures: string[] = [];
    const threads = startArticleThreads(
      2,
      (article, pass, message) => failures.push(`${article.id} ${pass}: ${message}`),
      800,
    );
    try {
      const results = await threads.map('mentions', articles, null);
      assert.equal(results.length, articles.length);
      assert.ok(failures.length > 0);
      for (const f of failures)
        assert.match(
          f,
          /^bridge-(3|30)\.txt mentions: stopped after \d+ ms, over the 800 ms per-document budget$/,
        );
    } finally {
      await threads.close();
    }
  },
);
