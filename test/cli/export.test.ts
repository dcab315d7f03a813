import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, withTempDir } from '../helpers/run-cli.ts';

/** `hearsay export` and --out's extension, through the real binary, on invented articles. */

const TRANSCRIPT = `Remarks of Mayor Petra Lunde to the Valmo Herald, 2 June 2031
Question: Will the tram line open this year?
Petra Lunde: We expect the tram line to open in October, at a cost of about 80 million crowns.
`;
const REPORT = `Lunde: tram by October, "on budget"
Mayor Petra Lunde said the city expects “the tram line to open in October,” adding that costs, "rising" or not, were fine.
“=HYPERLINK("http://evil.example","click") is what vandals painted on the depot,” she said on 3 June 2031.
`;

/** An RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the last record ends with CRLF');
  return rows;
}

/** `fn(inputs, outputs)`: the articles in one folder, and a folder outside it to write to. */
function withArticles(fn: (dir: string, outDir: string) => void): void {
  withTempDir((outDir) => {
    const dir = join(outDir, 'in');
    mkdirSync(dir);
    writeFileSync(join(dir, 'remarks.txt'), TRANSCRIPT);
    writeFileSync(join(dir, 'report.txt'), REPORT);
    fn(dir, outDir);
  });
}

test('export quotes as CSV: a header, one record per quote, fields round-trip through RFC 4180', () => {
  withArticles((dir) => {
    const r = runCli(['export', '--what', 'quotes', dir]);
    assert.equal(r.code, 0, r.stderr);
    const [header, ...records] = parseCsv(r.stdout);
    assert.deepEqual(header!.slice(0, 5), ['id', 'article', 'start', 'end', 'text']);
    assert.ok(records.length > 0);
    for (const rec of records) assert.equal(rec.length, header!.length);
    const text = Object.fromEntries([
      ['remarks.txt', TRANSCRIPT],
      ['report.txt', REPORT],
    ]);
    for (const rec of records) {
      const [, article, start, end, quoted] = rec as [string, string, string, string, string];
      assert.equal(text[article]!.slice(Number(start), Number(end)), quoted.replace(/^'(?=[=+\-@])/, ''));
    }
    assert.ok(records.some((rec) => rec[4]!.includes('tram line to open in October,')));
  });
});

test('export neutralises spreadsheet formulas in text fields, not in numbers', () => {
  const csv = (rows: string) => parseCsv(rows);
  withArticles((dir) => {
    const r = runCli(['export', '--what', 'quotes', dir]);
    assert.equal(r.code, 0, r.stderr);
    const cells = csv(r.stdout).flat();
    assert.ok(!cells.some((c) => /^[=+@]/.test(c)), cells.join('\n'));
    assert.ok(cells.some((c) => c.startsWith(`'=HYPERLINK("http://evil.example","click")`)));
    assert.ok(
      cells.every((c) => !/^'-?\d/.test(c)),
      'numbers are left alone',
    );
  });
});

test('export --format jsonl: one JSON object per line with the CSV columns', () => {
  withArticles((dir) => {
    const csv = runCli(['export', '--what', 'claims', dir]);
    const jsonl = runCli(['export', '--what', 'claims', '--format', 'jsonl', dir]);
    assert.equal(jsonl.code, 0, jsonl.stderr);
    const lines = jsonl.stdout.split('\n');
    assert.equal(lines.pop(), '');
    const objects = lines.map((l) => JSON.parse(l));
    const [header, ...records] = parseCsv(csv.stdout);
    assert.equal(objects.length, records.length);
    assert.ok(objects.length > 0, 'the invented articles state figures');
    for (const o of objects) assert.deepEqual(Object.keys(o), header);
    assert.ok(objects.every((o) => typeof o.start === 'number'));
  });
});

test('export reads a store with --db; format from --out; usage errors exit 2', () => {
  withArticles((dir, outDir) => {
    const db = join(outDir, 'store.db');
    assert.equal(runCli(['ingest', dir, '--db', db]).code, 0);
    const out = join(outDir, 'quotes.jsonl');
    const r = runCli(['export', '--what', 'quotes', '--db', db, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0]!);
    assert.equal(typeof first.article, 'string');
    const help = runCli(['export', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: hearsay export/);
    assert.match(runCli(['--help']).stdout, /export {2,}one table/);
    const cases: [string[], RegExp][] = [
      [['export', dir], /needs --what/],
      [['export', '--what', 'speeches', dir], /--what must be one of quotes, claims, positions, timeline/],
      [['export', '--what', 'quotes'], /needs inputs to analyse or --db/],
      [['export', '--what', 'quotes', '--format', 'md', dir], /--format must be one of csv, jsonl/],
      [['export', '--what', 'quotes', '--format', 'csv', '--out', join(dir, 'q.jsonl'), dir], /contradicts/],
      [['export', '--what', 'quotes', '--out', join(dir, 'q.html'), dir], /not one of csv, jsonl/],
      [['analyze', dir, '--what', 'quotes'], /--what belongs to export/],
      [['export', '--what', 'quotes', '--primary', 'nope.txt', dir], /--primary nope\.txt: no such article/],
    ];
    for (const [args, message] of cases) {
      const bad = runCli(args);
      assert.equal(bad.code, 2, args.join(' '));
      assert.match(bad.stderr, message, args.join(' '));
    }
  });
});

test('analyze --out x.html writes HTML, x.json JSON; a contradicting --format is refused', () => {
  withArticles((dir, outDir) => {
    const html = join(outDir, 'brief.html');
    assert.equal(runCli(['analyze', dir, '--out', html]).code, 0);
    assert.match(readFileSync(html, 'utf8'), /^<!doctype html>/);
    const json = join(outDir, 'brief.json');
    assert.equal(runCli(['analyze', dir, '--out', json]).code, 0);
    assert.equal(JSON.parse(readFileSync(json, 'utf8')).version, 1);
    const txt = join(outDir, 'brief.txt');
    assert.equal(runCli(['analyze', dir, '--out', txt, '--format', 'json']).code, 0);
    assert.equal(JSON.parse(readFileSync(txt, 'utf8')).version, 1);
    const clash = runCli(['analyze', dir, '--out', html, '--format', 'md']);
    assert.equal(clash.code, 2);
    assert.match(clash.stderr, /--format md contradicts --out .*brief\.html/);
  });
});
