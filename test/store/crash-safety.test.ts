import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { NEAR_DUPLICATES } from '../../src/ingest/dedupe.ts';
import { BATCH_ARTICLES } from '../../src/run/ingest-batches.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { REPO, runCli, withTempDirAsync } from '../helpers/run-cli.ts';
// The trainer's seeded generator: a failure can be replayed from its seed.
import { mulberry32 as seededRandom } from '../../src/extract/attribution/averaged-perceptron.ts';

/**
 * `hearsay ingest` killed by SIGKILL at random points, five times, then run to completion, must
 * leave the store an uninterrupted run makes: nothing lost, nothing twice, no half-written article
 * or link, and a sound database file.
 */

const ARTICLES = 5000;
const KILLS = 5;

const SPEAKERS = ['Anna Berg', 'Jonas Vik', 'Elena Varga', 'Marta Ilves', 'Tomas Reinholt'];
const LONG_BODY = Array.from(
  { length: 12 },
  (_, i) =>
    `Delegates from district ${i} argued over the harbour budget, the ferry timetable and the school roof for most of the afternoon.`,
).join(' ');

/** Short distinct records, with every 100th followed by a one-word edit of itself (a syndicated copy). */
function generateRecords(): string {
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const speaker = SPEAKERS[i % SPEAKERS.length];
    let text = `Council report ${i}. "We will decide on item ${i} soon," ${speaker} said on day ${(i % 28) + 1}. The vote on measure ${(i * 7919) % 10007} was postponed.`;
    if (i % 100 === 0) text = `${text} ${LONG_BODY} Item ${i}.`;
    if (i % 100 === 1) text = `Council report ${i - 1}. ${LONG_BODY.replace('ferry', 'bus')} Item ${i - 1}.`;
    lines.push(JSON.stringify({ id: `item-${i}`, title: `Council item ${i}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

function countArticles(db: string): number {
  try {
    const conn = new DatabaseSync(db, { readOnly: true, timeout: 1000 });
    try {
      return Number(conn.prepare('SELECT count(*) AS n FROM articles').get()!.n);
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or its schema not yet written
  }
}

/** Starts an ingest and SIGKILLs it once `shouldKill` says so (polled), or lets it finish. */
function ingestUntilKilled(
  inputs: string,
  db: string,
  shouldKill: (elapsedMs: number) => boolean,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'hearsay.js'), 'ingest', inputs, '--db', db], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const started = performance.now();
    const poll = setInterval(() => {
      if (shouldKill(performance.now() - started)) child.kill('SIGKILL');
    }, 15);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve(true);
      else if (code === 0) resolve(false);
      else reject(new Error(`ingest exited ${code}: ${stderr}`));
    });
  });
}

function snapshot(db: string) {
  const conn = new DatabaseSync(db, { readOnly: true });
  try {
    const rows = (sql: string) =>
      conn
        .prepare(sql)
        .all()
        .map((r) => ({ ...r }));
    return {
      integrity: rows('PRAGMA integrity_check'),
      signatures: rows(
        'SELECT a.id, s.scheme, hex(s.minhash) AS h FROM signatures s JOIN articles a USING (seq) ORDER BY a.id',
      ),
      links: rows(
        'SELECT a.id, l.other_id, l.similarity FROM article_links l JOIN articles a ON a.seq = l.article_seq ORDER BY a.id, l.other_id',
      ),
      hits: rows(
        "SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH 'harbour' ORDER BY a.id",
      ),
    };
  } finally {
    conn.close();
  }
}

test(
  'ingest killed five times at random points, then rerun, equals an uninterrupted ingest',
  { timeout: 240_000 },
  async () => {
    await withTempDirAsync(async (dir) => {
      const inputs = join(dir, 'feed.jsonl');
      writeFileSync(inputs, generateRecords());
      const reference = join(dir, 'reference.db');
      assert.equal(runCli(['ingest', inputs, '--db', reference]).code, 0);

      const random = seededRandom(20261206);
      const db = join(dir, 'killed.db');
      // One kill by time (start-up, schema creation), the others once a random share of the articles is in.
      const targets = [
        null,
        ...Array.from({ length: KILLS - 1 }, () => Math.floor(random() * ARTICLES * 0.9)),
      ].sort((a, b) => (a ?? -1) - (b ?? -1));
      let killed = 0;
      for (const target of targets) {
        const delayMs = random() * 40;
        let reachedAt: number | null = null;
        const wasKilled = await ingestUntilKilled(inputs, db, (elapsed) => {
          if (target === null) return elapsed > 100 + delayMs * 10;
          if (reachedAt === null && countArticles(db) >= target) reachedAt = elapsed;
          return reachedAt !== null && elapsed - reachedAt >= delayMs;
        });
        if (wasKilled) killed++;
        const stored = countArticles(db);
        assert.ok(
          stored % BATCH_ARTICLES === 0 || stored === ARTICLES,
          `${stored} articles: a batch was half-written`,
        );
      }
      assert.ok(killed >= KILLS - 1, `only ${killed} of the runs were killed mid-ingest`);
      assert.equal(await ingestUntilKilled(inputs, db, () => false), false);

      const [expected, actual] = [reference, db].map((path) =>
        openSqliteStore(path, { copies: NEAR_DUPLICATES }),
      );
      try {
        const [want, got] = await Promise.all([expected!.getArticles(), actual!.getArticles()]);
        assert.equal(got.length, ARTICLES);
        assert.deepEqual(got, want);
        assert.ok(
          got.some((a) => a.syndicated.length > 0),
          'the generated copies were linked',
        );
      } finally {
        await expected!.close();
        await actual!.close();
      }
      const [want, got] = [snapshot(reference), snapshot(db)];
      assert.deepEqual(got.integrity, [{ integrity_check: 'ok' }]);
      assert.deepEqual(got, want);
    });
  },
);
