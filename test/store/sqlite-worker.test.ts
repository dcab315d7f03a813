import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NEAR_DUPLICATES } from '../../src/ingest/dedupe.ts';
import { openSqliteStoreInWorker } from '../../src/store/sqlite-worker.ts';
import { HARBOUR_VOTE, makeArticle } from './fixtures.ts';
import { runStoreContract } from './store-contract.ts';

runStoreContract('sqlite in a worker thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-store-worker-'));
  const path = join(dir, 'hearsay.db');
  return {
    store: await openSqliteStoreInWorker(path, { copies: NEAR_DUPLICATES }),
    reopen: () => openSqliteStoreInWorker(path, { copies: NEAR_DUPLICATES }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('sqlite store in a worker thread', () => {
  it('keeps the error class across the thread boundary', async () => {
    const store = await openSqliteStoreInWorker(':memory:');
    try {
      await assert.rejects(store.setPrimary('story', 'missing'), (error) => error instanceof RangeError);
    } finally {
      await store.close();
    }
  });

  it('answers calls in the order they were made, even when not awaited one by one', async () => {
    const store = await openSqliteStoreInWorker(':memory:');
    try {
      const put = store.putArticles([makeArticle('a', HARBOUR_VOTE)]);
      const count = store.countArticles();
      assert.deepEqual((await put).added, ['a']);
      assert.equal(await count, 1);
    } finally {
      await store.close();
    }
  });

  it('rejects calls after close, and a failed open', async () => {
    const store = await openSqliteStoreInWorker(':memory:');
    await store.close();
    await store.close();
    await assert.rejects(store.countArticles(), /closed/);
    await assert.rejects(openSqliteStoreInWorker('/nonexistent-folder/x/hearsay.db'), /unable to open/i);
  });
});
