import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDir, withTempDirAsync } from '../helpers/run-cli.ts';

/** A second hostile trial of the CLI, on invented inputs generated in a temporary folder. */

const BIN = join(REPO, 'bin', 'hearsay.js');

/** Invented records whose JSON dossier is far larger than a pipe's buffer. */
function bigExport(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text =
      `Lighthouse keeper Ilse Brandt said on Friday that lamp ${i} "will shine again by May". `.repeat(12);
    lines.push(JSON.stringify({ id: `l${i}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

test('a reader that closes stdout early (| head -1) ends the run quietly, without a stack trace', async () => {
  await withTempDirAsync(async (dir) => {
    const file = join(dir, 'lamps.jsonl');
    writeFileSync(file, bigExport(60));
    const child = spawn(process.execPath, [BIN, 'analyze', file, '--format', 'json', '--quiet'], {
      cwd: REPO,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /, stderr);
  });
});

test('half a surrogate pair in a JSONL id or title is stored as U+FFFD; the batch is not lost', () => {
  withTempDir((dir) => {
    const file = join(dir, 'escapes.jsonl');
    const good = JSON.stringify({
      id: 'g1',
      text: 'Mayor Ansel Krug said on Sunday that the ferry "will run all winter".',
    });
    // Written by hand: JSON.stringify would escape the lone half itself, the same bytes.
    const lone =
      '{"id":"k\\ud800","title":"Pier \\udc00 news","text":"Councillor Rhea Lind said the pier \\"will reopen\\" soon."}';
    writeFileSync(file, `${good}\n${lone}\n`);
    const db = join(dir, 'store.db');
    const r = runCli(['ingest', file, '--db', db, '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, r.stderr);
    const report = runCli(['report', '--db', db, '--format', 'json', '--quiet']);
    const articles = JSON.parse(report.stdout).articles as { id: string; title: string | null }[];
    assert.deepEqual(
      articles.map((a) => [a.id, a.title]),
      [
        ['g1', null],
        ['k\ufffd', 'Pier \ufffd news'],
      ],
    );
  });
});

test('--jobs above the core count is lowered with a note; 1e3 and 0x4 are not whole numbers', () => {
  withTempDir((dir) => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Mayor Ansel Krug said on Sunday that the ferry "will run all winter".');
    const most = Math.max(2, availableParallelism());
    const r = runCli(['analyze', file, '--quiet', '--jobs', '500']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`--jobs 500 is more than this machine's \\d+ cores?; using ${most}`));
    assert.equal(r.stdout, runCli(['analyze', file, '--quiet', '--jobs', String(most)]).stdout);
    for (const bad of ['1e3', '0x4', '-1', ' ']) {
      const wrong = runCli(['analyze', file, '--quiet', `--jobs=${bad}`]);
      assert.equal(wrong.code, 2, bad);
      assert.match(wrong.stderr, /--jobs must be a whole number ≥ 1/);
    }
  });
});

test('search: a --limit past 2^53 and a query with no word are usage errors, not a crash or silence', () => {
  withTempDir((dir) => {
    const db = join(dir, 'store.db');
    writeFileSync(
      join(dir, 'a.txt'),
      'Mayor Ansel Krug said on Sunday that the ferry "will run all winter".',
    );
    assert.equal(runCli(['ingest', join(dir, 'a.txt'), '--db', db, '--quiet']).code, 0);
    const huge = runCli(['search', 'ferry', '--db', db, '--limit', '99999999999999999999']);
    assert.equal(huge.code, 2, huge.stderr);
    assert.match(huge.stderr, /--limit must be a whole number ≥ 1/);
    for (const words of [[''], ['*', '"'], ['-ferry']]) {
      const r = runCli(['search', ...words, '--db', db]);
      assert.equal(r.code, 2, `${words.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
    }
    const found = runCli(['search', 'ferry', '--db', db, '--limit', '9007199254740991']);
    assert.equal(found.code, 0, found.stderr);
    assert.match(found.stdout, /^a\.txt@/);
  });
});

test('--out naming the store or an input is refused before anything is written', () => {
  withTempDir((dir) => {
    const input = join(dir, 'a.txt');
    const text = 'Mayor Ansel Krug said on Sunday that the ferry "will run all winter".';
    writeFileSync(input, text);
    const db = join(dir, 'store.db');
    assert.equal(runCli(['ingest', input, '--db', db, '--quiet']).code, 0);
    const storeBytes = readFileSync(db);
    symlinkSync(input, join(dir, 'link.txt'));
    for (const args of [
      ['report', '--db', db, '--out', db],
      ['analyze', input, '--db', db, '--out', `${db}-wal`],
      ['export', '--what', 'quotes', '--db', db, '--out', join(dir, '.', 'store.db')],
      ['search', 'ferry', '--db', db, '--out', db],
      ['analyze', input, '--out', input],
      ['analyze', input, '--out', join(dir, 'link.txt')],
      ['analyze', dir, '--out', input],
    ]) {
      const r = runCli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /--out .* (is the store|is read as an input)/);
    }
    assert.equal(readFileSync(input, 'utf8'), text);
    assert.deepEqual(readFileSync(db), storeBytes);
    assert.equal(runCli(['report', '--db', db, '--quiet']).code, 0);
  });
});

/**
 * Makes `file` unwritable: by mode, or (as root, whom modes do not stop) with the immutable flag.
 * Returns how to undo it, or null when neither works here.
 */
function makeReadOnly(file: string): (() => void) | null {
  const writable = (): boolean => {
    try {
      closeSync(openSync(file, 'r+'));
      return true;
    } catch {
      return false;
    }
  };
  chmodSync(file, 0o444);
  if (!writable()) return () => chmodSync(file, 0o644);
  if (spawnSync('chattr', ['+i', file]).status === 0 && !writable())
    return () => {
      spawnSync('chattr', ['-i', file]);
      chmodSync(file, 0o644);
    };
  chmodSync(file, 0o644);
  return null;
}

test('ingest into a read-only store: one line and exit 1, no stack trace; what it held is kept', (t) => {
  withTempDir((dir) => {
    const db = join(dir, 'store.db');
    const first = join(dir, 'a.txt');
    writeFileSync(first, 'Mayor Ansel Krug said on Sunday that the ferry "will run all winter".');
    assert.equal(runCli(['ingest', first, '--db', db, '--quiet']).code, 0);
    const second = join(dir, 'b.txt');
    writeFileSync(second, 'Councillor Rhea Lind said on Monday that the pier "will reopen in June".');
    const undo = makeReadOnly(db);
    if (!undo) {
      t.skip('cannot make a file read-only here');
      return;
    }
    try {
      const r = runCli(['ingest', second, '--db', db, '--quiet']);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /cannot write to .*store\.db: attempt to write a readonly database/);
      assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
      const report = runCli(['report', '--db', db, '--format', 'json', '--quiet']);
      assert.deepEqual(
        JSON.parse(report.stdout).articles.map((a: { id: string }) => a.id),
        ['a.txt'],
      );
    } finally {
      undo();
    }
  });
});

test('a --db that is a folder or in a missing folder names the problem', () => {
  withTempDir((dir) => {
    const input = join(dir, 'a.txt');
    writeFileSync(input, 'Mayor Ansel Krug said on Sunday that the ferry "will run all winter".');
    const folder = runCli(['ingest', input, '--db', dir, '--quiet']);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /cannot open store .*: it is a folder/);
    const missing = runCli(['ingest', input, '--db', join(dir, 'nope', 's.db'), '--quiet']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot open store .*s\.db: its folder does not exist/);
  });
});

test('--max-bytes applies to each JSONL record: the large one is refused by line, the rest stored', () => {
  withTempDir((dir) => {
    const file = join(dir, 'export.jsonl');
    const text = 'Mayor Ansel Krug said on Sunday that the ferry "will run all winter". ';
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'small', text }),
        JSON.stringify({ id: 'large', text: text.repeat(100) }),
        JSON.stringify({ id: 'small2', text: `${text} Twice.` }),
      ].join('\n'),
    );
    const db = join(dir, 'store.db');
    const r = runCli(['ingest', file, '--db', db, '--quiet', '--max-bytes', '2000']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      /export\.jsonl:2: error HEARSAY_E_TOO_LARGE: a record of .* limit for one document/,
    );
    const report = runCli(['report', '--db', db, '--format', 'json', '--quiet']);
    assert.deepEqual(
      JSON.parse(report.stdout).articles.map((a: { id: string }) => a.id),
      ['small', 'small2'],
    );
  });
});

test('stdout on a full disk: one line naming the problem, exit 1, no stack trace', (t) => {
  if (!existsSync('/dev/full')) {
    t.skip('no /dev/full here');
    return;
  }
  withTempDir((dir) => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Mayor Ansel Krug said on Sunday that the ferry "will run all winter".');
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'analyze', file, '--quiet'], {
        cwd: REPO,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /^hearsay: cannot write the output to stdout: ENOSPC/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    } finally {
      closeSync(full);
    }
  });
});

test('a page with no text that is also over the time budget gets one error line, not two', () => {
  withTempDir((dir) => {
    const page = join(dir, 'empty-page.html');
    writeFileSync(
      page,
      `<html><head><title>Nothing</title></head><body>${'<div><span></span></div>'.repeat(20000)}</body></html>`,
    );
    // Read on this thread (--jobs 1) it is measured when done: its own error is the one line.
    const r = runCli(['analyze', page, '--quiet', '--doc-timeout-ms', '1', '--jobs', '1']);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(
      r.stderr
        .trim()
        .split('\n')
        .map((line) => line.split(': ')[1]),
      ['error HEARSAY_E_HTML'],
    );
    // On a thread it is stopped before its emptiness is known: the budget is the one line.
    const threaded = runCli(['analyze', page, '--quiet', '--doc-timeout-ms', '1', '--jobs', '2']);
    assert.equal(threaded.code, 1, threaded.stderr);
    assert.deepEqual(
      threaded.stderr
        .trim()
        .split('\n')
        .map((line) => line.split(': ')[1]),
      ['error HEARSAY_E_TIME_BUDGET'],
    );
  });
});

test('terminal escapes in a file name, a record id or a text never reach the terminal raw', () => {
  withTempDir((dir) => {
    const title = '\u001b]0;owned\u0007';
    const file = join(dir, 'feed.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: `k${title}`, title: `Ferry\u001b[2J`, text: 'Mayor Ansel Krug said \u001b[31mtoday\u001b[0m that the ferry "will run all winter".' })}\n`,
    );
    writeFileSync(join(dir, `empty\n\u001b[31m.txt`), '');
    const db = join(dir, 'store.db');
    const r = runCli(['analyze', dir, '--db', db, '--quiet']);
    assert.equal(r.code, 1, r.stderr);
    for (const output of [r.stdout, r.stderr]) assert.doesNotMatch(output, /[\u0007\u001b]/);
    assert.match(r.stdout, /k␛\\\]0;owned␇/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /empty␤␛\[31m\.txt: error HEARSAY_E_EMPTY/);
    const search = runCli(['search', 'ferry', '--db', db]);
    assert.equal(search.code, 0, search.stderr);
    assert.doesNotMatch(search.stdout, /[\u0007\u001b]/);
    assert.match(search.stdout, /^k␛\]0;owned␇@/);
  });
});
