import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { startWorkerPool } from '../../src/run/worker-pool.ts';
import { withTempDirAsync } from '../helpers/run-cli.ts';

test(
  'closing the pool settles a job whose thread never answers (a stop mid-document does not wait for it)',
  { timeout: 20_000 },
  async () => {
    await withTempDirAsync(async (dir) => {
      const module = join(dir, 'stuck-worker.mjs');
      // A thread busy for as long as it takes: a hostile document that would hold the run for minutes.
      writeFileSync(
        module,
        "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { for (;;); });\n",
      );
      const pool = startWorkerPool<number, number>(pathToFileURL(module), 1, 'stuck worker');
      const job = pool.run([1]);
      const queued = pool.run([2]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = performance.now();
      const settled = Promise.all([
        assert.rejects(job, /worker pool closed/),
        assert.rejects(queued, /worker pool closed/),
      ]);
      await pool.close();
      await settled;
      assert.ok(performance.now() - started < 10_000);
    });
  },
);
