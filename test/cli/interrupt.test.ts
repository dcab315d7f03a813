import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO, runCli, withTempDirAsync } from '../helpers/run-cli.ts';

/** Invented records, all different, enough for several store batches. */
function records(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = `Harbour master Oona Vask said on Monday that pier ${i} would get ${(i % 40) + 2} new bollards "by the spring". Dockers in shed ${i} welcomed it.`;
    lines.push(JSON.stringify({ id: `p${i}`, title: `Pier ${i}`, published: '2033-05-02', text }));
  }
  return `${lines.join('\n')}\n`;
}

function storedRows(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const handle = new DatabaseSync(db, { readOnly: true });
    try {
      return (handle.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      handle.close();
    }
  } catch {
    return 0; // not created yet
  }
}

function dumpArticles(db: string): string[] {
  const handle = new DatabaseSync(db, { readOnly: true });
  try {
    return handle
      .prepare('SELECT id, content_hash FROM articles ORDER BY id')
      .all()
      .map((r) => JSON.stringify(r));
  } finally {
    handle.close();
  }
}

test('Ctrl-C stops ingest after a stored batch; the same command resumes to the store of an uninterrupted run', async () => {
  await withTempDirAsync(async (dir) => {
    const feed = join(dir, 'piers.jsonl');
    writeFileSync(feed, records(6000));
    const db = join(dir, 'cut.db');
    const child = spawn(
      process.execPath,
      [join(REPO, 'bin', 'hearsay.js'), 'ingest', feed, '--db', db, '--quiet'],
      {
        cwd: REPO,
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let running = true;
    void exited.then(() => (running = false));
    while (running && storedRows(db) === 0) await sleep(50);
    child.kill('SIGINT');
    const code = await exited;
    assert.equal(code, 130, stderr);
    assert.match(
      stderr,
      /interrupted; \d+ articles stored in .*cut\.db: run the same command again to resume/,
    );
    const partial = storedRows(db);
    assert.ok(partial > 0 && partial < 6000, `${partial} stored before the interruption`);

    assert.equal(runCli(['ingest', feed, '--db', db, '--quiet']).code, 0);
    const whole = join(dir, 'whole.db');
    assert.equal(runCli(['ingest', feed, '--db', whole, '--quiet']).code, 0);
    assert.deepEqual(dumpArticles(db), dumpArticles(whole));
  });
});
