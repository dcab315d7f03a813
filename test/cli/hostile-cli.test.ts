import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, runCli, withTempDir } from '../helpers/run-cli.ts';

/** The CLI's error and limit paths, on invented inputs: one clear line, the right exit code, the rest done. */

const STATEMENT =
  'The transport minister, Elena Varga, spoke in parliament on Tuesday. "The rubber tariff will go," Varga said.';
const OTHER = 'Oil prices rose on Wednesday as traders weighed new supply cuts, analysts said.';
const THIRD = 'Gas and oil exports fell in March, the statistics office said on Thursday.';

function noStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at /, `a stack trace in:\n${stderr}`);
}

test('--out into a missing folder: one line, exit 1, and the inputs were still processed', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'a.txt'), STATEMENT);
    const db = join(dir, 'store.db');
    const r = runCli(['analyze', join(dir, 'a.txt'), '--db', db, '--out', join(dir, 'missing', 'x.md')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /cannot write --out .*missing.*x\.md: its folder does not exist/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    const report = runCli(['report', '--db', db, '--format', 'json']);
    assert.deepEqual(
      JSON.parse(report.stdout).articles.map((a: { id: string }) => a.id),
      ['a.txt'],
    );
  });
});

test('a mistyped --db for report or search is an error and creates no store', () => {
  withTempDir((dir) => {
    const typo = join(dir, 'stroe.db');
    for (const args of [
      ['report', '--db', typo],
      ['search', 'budget', '--db', typo],
    ]) {
      const r = runCli(args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /stroe\.db: no such store/);
      noStackTrace(r.stderr);
      assert.equal(existsSync(typo), false);
    }
  });
});

test('search reads word* as a prefix and -word as an exclusion', () => {
  withTempDir((dir) => {
    const db = join(dir, 'store.db');
    writeFileSync(join(dir, 'a.txt'), STATEMENT);
    writeFileSync(join(dir, 'b.txt'), OTHER);
    writeFileSync(join(dir, 'c.txt'), THIRD);
    assert.equal(runCli(['ingest', dir, '--db', db]).code, 0);
    const ids = (args: string[]) => {
      const r = runCli(['search', ...args, '--db', db, '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout)
        .map((h: { article: string }) => h.article)
        .sort();
    };
    assert.deepEqual(ids(['rub*']), ['a.txt']);
    assert.deepEqual(ids(['oil']), ['b.txt', 'c.txt']);
    assert.deepEqual(ids(['oil', '-gas']), ['b.txt']);
    assert.deepEqual(ids(['tariff*']), ['a.txt']);
    const only = runCli(['search', '-gas', '--db', db]);
    assert.equal(only.code, 2);
    assert.match(only.stderr, /only excluded words/);
  });
});

test('an unreadable sub-folder is one error line; the good files are processed, exit 1', () => {
  withTempDir((dir) => {
    const inbox = join(dir, 'inbox');
    mkdirSync(join(inbox, 'locked'), { recursive: true });
    writeFileSync(join(inbox, 'good.txt'), STATEMENT);
    writeFileSync(join(inbox, 'locked', 'secret.txt'), OTHER);
    chmodSync(join(inbox, 'locked'), 0o000);
    try {
      // Root reads any folder: run the CLI as an unprivileged user then.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      chmodSync(dir, 0o777);
      const r = spawnSync(
        process.execPath,
        [join(REPO, 'bin', 'hearsay.js'), 'analyze', inbox, '--format', 'json'],
        {
          cwd: REPO,
          encoding: 'utf8',
          ...asUser,
        },
      );
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /locked: error HEARSAY_E_UNREADABLE: permission denied/);
      noStackTrace(r.stderr);
      assert.deepEqual(
        JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id),
        ['good.txt'],
      );
    } finally {
      chmodSync(join(inbox, 'locked'), 0o755);
    }
  });
});

test('--max-bytes refuses a larger document and reads the rest', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'short.txt'), OTHER);
    writeFileSync(join(dir, 'long.txt'), `${STATEMENT}\n\n`.repeat(50));
    const r = runCli(['analyze', dir, '--max-bytes', '2000', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /long\.txt: error HEARSAY_E_TOO_LARGE/);
    assert.deepEqual(
      JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id),
      ['short.txt'],
    );
    assert.equal(runCli(['analyze', dir, '--max-bytes', 'lots']).code, 2);
  });
});

test('--doc-timeout-ms skips a document over the budget, named, and reads the rest', () => {
  withTempDir((dir) => {
    // A page with thousands of paragraphs takes far more than 1 ms to read; a short text does not reach HTML reading.
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>${STATEMENT} Paragraph ${i}.</p>`).join('');
    writeFileSync(join(dir, 'big.html'), `<html><body><article>${paragraphs}</article></body></html>`);
    const r = runCli(['analyze', join(dir, 'big.html'), '--doc-timeout-ms', '1', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    // A page this large is read on a worker thread even alone, and stopped there at the budget.
    assert.match(
      r.stderr,
      /big\.html: error HEARSAY_E_TIME_BUDGET: reading was stopped after \d+ ms, over the 1 ms/,
    );
    assert.deepEqual(JSON.parse(r.stdout).articles, []);
  });
});

test('zero-width and bidi characters do not change who a quote is attributed to, and spans stay exact', () => {
  withTempDir((dir) => {
    const clean = [
      'Foreign Minister Anna Berg met her counterpart Jonas Vik in Oslo on Monday.',
      '"We will not accept any delay in the talks," Berg said after the meeting.',
      'Vik was more cautious. "There is still a lot of work to do," he told reporters.',
    ].join('\n\n');
    const dirty = clean
      .replace('Berg said', 'Be\u200drg\u200f said')
      .replace('Jonas Vik', 'Jonas \u2066Vik\u2069')
      .replace('Vik was', 'V\u200cik was')
      .replace('"There', '\u200b"There')
      .replace('work to', 'wo\u00adrk to');
    writeFileSync(join(dir, 'clean.txt'), clean);
    writeFileSync(join(dir, 'dirty.txt'), dirty);
    const quotesOf = (file: string) => {
      const r = runCli(['analyze', join(dir, file), '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      const dossier = JSON.parse(r.stdout);
      const text: string = dossier.articles[0].text;
      assert.equal(text, file === 'clean.txt' ? clean : dirty);
      return dossier.quotes.map(
        (q: { start: number; end: number; text: string; speaker: { name: string } | null }) => {
          assert.equal(text.slice(q.start, q.end), q.text);
          return [q.text.replace(/\p{Default_Ignorable_Code_Point}/gu, ''), q.speaker?.name ?? null];
        },
      );
    };
    const expected = quotesOf('clean.txt');
    assert.ok(expected.length >= 2 && expected.every(([, speaker]: [string, string | null]) => speaker));
    assert.deepEqual(quotesOf('dirty.txt'), expected);
  });
});
