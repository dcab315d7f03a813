import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { REPO, runCli, withTempDir } from '../helpers/run-cli.ts';
import { schemaErrors } from '../helpers/schema.ts';

const VERSION = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version;

const TRANSCRIPT = `Minister Anna Kovacs’s interview with the Danube Courier
Question: Will the bridge treaty be extended?
Anna Kovacs: We are prepared to extend it for one more year, provided our neighbours do the same. So far there has been no formal reply.
Question: What about the frozen funds?
Anna Kovacs: Any confiscation would be a violation of international law, and we would respond appropriately.
`;
const REPORT = `Kovacs ready to extend bridge treaty

Foreign Minister Anna Kovacs said on Sunday that her government stood “prepared to extend it for one more year.”

She warned that confiscation of the frozen funds would be “a violation of international law.”
`;

test('--version and --help on every command', () => {
  const v = runCli(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), VERSION);
  for (const command of ['analyze', 'ingest', 'report', 'search']) {
    const h = runCli([command, '--help']);
    assert.equal(h.code, 0, command);
    assert.match(h.stdout, new RegExp(`Usage: hearsay ${command}`));
  }
  const main = runCli(['--help']);
  assert.equal(main.code, 0);
  assert.match(main.stdout, /Commands:/);
});

test('usage errors exit 2 with a message', () => {
  const cases: [string[], RegExp][] = [
    [[], /Usage/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['analyze'], /needs at least one input/],
    [['analyze', 'x.txt', '--format', 'pdf'], /--format must be one of md, json, html/],
    [['ingest', 'x.txt'], /needs --db/],
    [['report'], /needs --db/],
    [['analyze', 'x.txt', '--bogus'], /Unknown option '--bogus'/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stdout + r.stderr, message, args.join(' '));
  }
});

test('analyze --format json: schema-valid dossier whose text equals each file', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'transcript.txt'), TRANSCRIPT);
    writeFileSync(join(dir, 'report.txt'), REPORT);
    const r = runCli(['analyze', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const dossier = JSON.parse(r.stdout);
    assert.deepEqual(schemaErrors(dossier), []);
    const byId = Object.fromEntries(
      dossier.articles.map((a: { id: string; text: string }) => [a.id, a.text]),
    );
    assert.equal(byId['transcript.txt'], TRANSCRIPT);
    assert.equal(byId['report.txt'], REPORT);
    for (const q of dossier.quotes) {
      const text = byId[q.article];
      assert.equal(text.slice(q.start, q.end), q.text, `quote ${q.id} slices back to its text`);
    }
  });
});

test('markdown is the default and html renders a page', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'report.txt'), REPORT);
    const md = runCli(['analyze', join(dir, 'report.txt')]);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# Hearsay dossier/);
    assert.match(md.stdout, /report\.txt/);
    const out = join(dir, 'd.html');
    const html = runCli(['analyze', join(dir, 'report.txt'), '--format', 'html', '--out', out]);
    assert.equal(html.code, 0, html.stderr);
    assert.equal(html.stdout, '');
    const page = readFileSync(out, 'utf8');
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /Kovacs ready to extend bridge treaty/);
  });
});

test('stdin is read with -', () => {
  const r = runCli(['analyze', '-', '--format', 'json'], { input: REPORT });
  assert.equal(r.code, 0, r.stderr);
  const dossier = JSON.parse(r.stdout);
  assert.equal(dossier.articles.length, 1);
  assert.equal(dossier.articles[0].text, REPORT);
  assert.equal(dossier.articles[0].source, 'stdin');
});

test('ingest is idempotent: the same input again changes nothing', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'report.txt'), REPORT);
    writeFileSync(join(dir, 'transcript.txt'), TRANSCRIPT);
    const db = join(dir, 'store.db');
    const first = runCli(['ingest', dir, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    const snapshot = () => {
      const conn = new DatabaseSync(db, { readOnly: true });
      try {
        return JSON.stringify(conn.prepare('SELECT * FROM articles ORDER BY id').all());
      } finally {
        conn.close();
      }
    };
    const before = snapshot();
    const second = runCli(['ingest', dir, '--db', db]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(snapshot(), before);
    const report = runCli(['report', '--db', db, '--format', 'json']);
    assert.equal(report.code, 0, report.stderr);
    assert.equal(JSON.parse(report.stdout).articles.length, 2);
  });
});

test('bad inputs: one line each on stderr, the rest processed, exit 1, store untouched', () => {
  withTempDir((dir) => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, REPORT);
    const db = join(dir, 'store.db');
    assert.equal(runCli(['ingest', good, '--db', db]).code, 0);

    const bad = {
      missing: join(dir, 'nope.txt'),
      empty: join(dir, 'empty.txt'),
      binary: join(dir, 'image.png'),
      huge: join(dir, 'huge.txt'),
      utf8: join(dir, 'broken-utf8.txt'),
      jsonl: join(dir, 'records.jsonl'),
      html: join(dir, 'malformed.html'),
    };
    writeFileSync(bad.empty, '');
    writeFileSync(
      bad.binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    );
    writeFileSync(bad.huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    writeFileSync(
      bad.utf8,
      Buffer.concat([
        Buffer.from('The envoy said “yes” — '),
        Buffer.from([0xe2, 0x28, 0xa1]),
        Buffer.from(' then left.'),
      ]),
    );
    writeFileSync(
      bad.jsonl,
      [
        JSON.stringify({ id: 'j1', title: 'Fine', text: 'A good record about the port strike.' }),
        '{"id": "j2", "text": ',
        JSON.stringify({ id: 'j3' }),
      ].join('\n'),
    );
    writeFileSync(
      bad.html,
      '<html><body><div><p>The delegation arrived on Monday and talks began at once, officials said, adding that a statement was expected later in the week.<p>Second paragraph without closing tags <b>bold',
    );
    const second = join(dir, 'second.txt');
    writeFileSync(second, TRANSCRIPT);

    const r = runCli(['ingest', ...Object.values(bad), second, '--db', db]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    const expectLine = (path: string, pattern: RegExp) =>
      assert.ok(
        lines.some((l) => l.startsWith(path) && pattern.test(l)),
        `${path} ${pattern} in:\n${r.stderr}`,
      );
    expectLine(bad.missing, /HEARSAY_E_NOT_FOUND/);
    expectLine(bad.empty, /HEARSAY_E_EMPTY/);
    expectLine(bad.binary, /HEARSAY_E_BINARY/);
    expectLine(bad.huge, /HEARSAY_E_TOO_LARGE.*50\.0 MB/);
    expectLine(
      bad.utf8,
      new RegExp(`HEARSAY_W_REPLACED_BYTES.*at byte ${Buffer.byteLength('The envoy said “yes” — ')}`),
    );
    expectLine(`${bad.jsonl}:2`, /HEARSAY_E_JSON_RECORD/);
    expectLine(`${bad.jsonl}:3`, /HEARSAY_E_NO_TEXT/);

    const dossier = JSON.parse(runCli(['report', '--db', db, '--format', 'json']).stdout);
    const ids = dossier.articles.map((a: { id: string }) => a.id).sort();
    assert.deepEqual(ids, ['broken-utf8.txt', 'good.txt', 'j1', 'malformed.html', 'second.txt']);
    assert.equal(dossier.articles.find((a: { id: string }) => a.id === 'good.txt').text, REPORT);
  });
});

test('--primary is persisted in the store', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'transcript.txt'), TRANSCRIPT);
    writeFileSync(join(dir, 'report.txt'), REPORT);
    const db = join(dir, 'store.db');
    assert.equal(runCli(['ingest', dir, '--db', db]).code, 0);
    const set = runCli(['report', '--db', db, '--format', 'json', '--primary', 'report.txt']);
    assert.equal(set.code, 0, set.stderr);
    const again = JSON.parse(runCli(['report', '--db', db, '--format', 'json']).stdout);
    const story = again.stories.find((s: { articles: string[] }) => s.articles.includes('report.txt'));
    assert.equal(story.primary, 'report.txt');
    const unknown = runCli(['report', '--db', db, '--primary', 'nope.txt']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no such article/);
  });
});

test('search finds stored passages with their offsets', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'transcript.txt'), TRANSCRIPT);
    writeFileSync(join(dir, 'report.txt'), REPORT);
    const db = join(dir, 'store.db');
    assert.equal(runCli(['ingest', dir, '--db', db]).code, 0);
    const r = runCli(['search', 'frozen', 'funds', '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const hits = JSON.parse(r.stdout) as { article: string; start: number; end: number; snippet: string }[];
    assert.ok(hits.length >= 1);
    for (const h of hits) {
      const text = h.article === 'report.txt' ? REPORT : TRANSCRIPT;
      assert.equal(text.slice(h.start, h.end), h.snippet);
      assert.match(h.snippet, /frozen funds/);
    }
    assert.equal(runCli(['search', 'frozen', '--db', db, '--limit', 'x']).code, 2);
  });
});
