import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrossReportRow } from '../../src/link/provenance/cross-report.ts';
import { selectCrossReportRows } from '../../src/report/cross-report-rows.ts';
import { anchorOf, escapeMarkdown } from '../../src/report/escape.ts';
import { renderHtml } from '../../src/report/html.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { positionMatrix } from '../../src/report/position-matrix.ts';
import { segmentText } from '../../src/report/segments.ts';
import { briefDossier, POSITIONS } from './brief-fixture.ts';

/** The brief's order, content and escaping, on an invented dossier built by hand. */

function section(text: string, heading: string): string {
  const start = text.indexOf(heading);
  assert.ok(start >= 0, `no ${heading}`);
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

test('markdown leads with what matters, in order', () => {
  const md = renderMarkdown(briefDossier());
  const order = [
    '## Stories and how they were reported',
    '## Positions',
    '## Claims',
    '## Timeline',
    '## Speakers',
    '## Articles',
  ].map((h) => md.indexOf(h));
  assert.ok(
    order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)),
    String(order),
  );
});

test('markdown stories: the primary named, altered and unsupported first, the original beside the report', () => {
  const stories = section(renderMarkdown(briefDossier()), '## Stories and how they were reported');
  assert.match(
    stories,
    /Primary source: \*\*Statement of Harbour Commissioner Ilse Marren\*\* — Harbour Authority/,
  );
  const rows = stories
    .split('\n')
    .filter((l) => /^\| (altered|unsupported|paraphrase|verbatim|no_primary) \|/.test(l));
  assert.deepEqual(
    rows.map((r) => r.split(' | ')[0]!.slice(2)),
    ['altered', 'unsupported', 'verbatim'],
  );
  assert.match(
    rows[0]!,
    /close the north quay for good.*\| “We will reopen the north quay in September\.” \(statement\.txt@/,
  );
  assert.match(rows[0]!, /negation-flipped/);
  assert.match(rows[0]!, /\| 80% \|/);
  // The outlet with the most unfaithful reports heads the tally.
  const tally = stories.split('\n').filter((l) => /^\| (Gull|Coast)/.test(l));
  assert.match(tally[0]!, /^\| Gull/);
  // Columns in VERDICT_ORDER: altered, unsupported, paraphrase, supported, verbatim, no_primary.
  assert.match(tally[0]!, /^\| Gull \\<i\\>Daily\\<\/i\\> \| 1 \| 1 \| 0 \| 0 \| 0 \| 0 \|$/);
});

test('positions matrix: actors × issues, stances in date order, a change over time marked', () => {
  const m = positionMatrix(POSITIONS);
  assert.deepEqual(m.actors, ['Ilse Marren', 'Port Union']);
  const md = section(renderMarkdown(briefDossier()), '## Positions');
  const row = md.split('\n').find((l) => l.startsWith('| Ilse Marren |'))!;
  assert.match(row, /offer 2031-05-03 → red line 2031-11-20/);
  const union = md.split('\n').find((l) => l.startsWith('| Port Union |'))!;
  assert.doesNotMatch(union, /→/);
  assert.match(md, /no sharing \\<b\\>at all\\<\/b\\>/);
  const html = renderHtml(briefDossier());
  assert.match(html, /<span class="badge stance-red-line"[^>]*>red line<\/span>/);
  assert.match(html, /red line<\/span> <small>2031-11-20<\/small>/);
  assert.match(html, /<\/small> → <span/);
});

test('a single stance, or undated positions, is not a change', () => {
  const same = positionMatrix([
    { ...POSITIONS[0]!, date: '2031-01-01' },
    { ...POSITIONS[0]!, date: '2031-06-01' },
    { ...POSITIONS[0]!, stance: 'rejection', date: null },
  ]);
  assert.equal([...same.cells.values()][0]!.changed, false);
});

test('claims: conflicts first, each statement with its source', () => {
  const claims = section(renderMarkdown(briefDossier()), '## Claims');
  const rows = claims.split('\n').filter((l) => /^\| (conflict|agree|single source) \|/.test(l));
  assert.deepEqual(
    rows.map((r) => r.split(' | ')[0]!.slice(2)),
    ['conflict', 'single source'],
  );
  assert.match(
    rows[0]!,
    /about 12 million crowns” \(Ilse Marren, statement\.txt@.*30 million crowns” \(narration, hostile\.txt@/,
  );
});

test('timeline oldest first; speakers with their verdicts', () => {
  const md = renderMarkdown(briefDossier());
  const dates = [...section(md, '## Timeline').matchAll(/^\| (\d{4}[-\d]*) \|/gm)].map((m) => m[1]);
  assert.deepEqual(dates, ['2031-05-03', '2031-09']);
  assert.match(
    section(md, '## Speakers'),
    /\| Ilse Marren \| 3 \| 3 \| 0 \| 0 \| 2 \| 1 altered, 1 unsupported, 1 verbatim \|/,
  );
});

test('markdown neutralises raw HTML and images from article text', () => {
  const md = renderMarkdown(briefDossier());
  // Every `<` from the data is backslash-escaped, so no renderer reads it as a tag.
  assert.doesNotMatch(md, /(?<!\\)</);
  assert.doesNotMatch(md, /!\[pixel\]\(/);
  assert.match(md, /\\<script\\>alert\(1\)\\<\/script\\>/);
});

test('html escapes article text and metadata; no script, no external reference', () => {
  const html = renderHtml(briefDossier());
  assert.doesNotMatch(html, /<script|<img|<i>|<b>at/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;/);
  assert.match(html, /Gull &lt;i&gt;Daily&lt;\/i&gt;/);
  assert.doesNotMatch(html, /\b(src|href)="(?!#)/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
});

test('html: a contents list linking every section, in reading order', () => {
  const html = renderHtml(briefDossier());
  const toc = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
  const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  assert.deepEqual(targets.slice(0, 6), [
    'calls-to-check',
    'stories',
    'positions',
    'claims',
    'timeline',
    'speakers',
  ]);
  for (const id of targets) assert.match(html, new RegExp(`<h2 id="${id}"`), id);
  assert.match(html, /@media print/);
});

test('a long story lists its unfaithful reports first, folds rows past 25, counts those past 30', () => {
  const d = briefDossier();
  const base = d.quotes[0]!;
  for (let i = 0; i < 40; i++) d.quotes.push({ ...base, id: `copy-${i}`, start: base.start + i });
  const html = renderHtml(d);
  assert.match(html, /<details><summary>5 more rows<\/summary>/);
  assert.match(
    html,
    /13 more reports \(13 verbatim\) not listed here: <code>hearsay export --what quotes<\/code>/,
  );
  const md = section(renderMarkdown(d), '## Stories and how they were reported');
  assert.equal(md.split('\n').filter((l) => /^\| (altered|unsupported|verbatim) \|/.test(l)).length, 30);
  assert.match(md, /^\| altered \|/m);
  assert.match(md, /13 more reports \(13 verbatim\) not listed here/);
});

test('the same dossier renders byte for byte the same', () => {
  assert.equal(renderHtml(briefDossier()), renderHtml(briefDossier()));
  assert.equal(renderMarkdown(briefDossier()), renderMarkdown(briefDossier()));
});

test('segmentText labels each piece with the ranges covering it, in input order', () => {
  const segments = segmentText(10, [
    { start: 2, end: 8, label: 'b' },
    { start: 0, end: 4, label: 'a' },
    { start: 5, end: 5, label: 'empty' },
    { start: 6, end: 20, label: 'c' },
  ]);
  assert.deepEqual(
    segments.map((s) => [s.start, s.end, s.labels.join('+')]),
    [
      [0, 2, 'a'],
      [2, 4, 'b+a'],
      [4, 5, 'b'],
      [5, 6, 'b'],
      [6, 8, 'b+c'],
      [8, 10, 'c'],
    ],
  );
});

test('report by report: sentences some outlet altered are kept first under the cap, in primary order', () => {
  const row = (start: number, verdict: 'verbatim' | 'altered') =>
    ({
      primary: { article: 'p', start, end: start + 1, text: 'x' },
      renderings: [{ verdict }],
    }) as unknown as CrossReportRow;
  const rows = [row(0, 'verbatim'), row(10, 'altered'), row(20, 'verbatim'), row(30, 'altered')];
  const { shown, hidden } = selectCrossReportRows(rows, 3);
  assert.deepEqual(
    shown.map((r) => r.primary.start),
    [0, 10, 30],
  );
  assert.equal(hidden, 1);
});

test('markdown escaping: tags, images, code, emphasis and entities neutralised; plain words left readable', () => {
  assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '\\<img src=x onerror=alert(1)\\>');
  assert.equal(escapeMarkdown('![p](http://x.example/p.png)'), '!\\[p\\](http://x.example/p.png)');
  assert.equal(
    escapeMarkdown('_stress_ and *stress* and `code`'),
    '\\_stress\\_ and \\*stress\\* and \\`code\\`',
  );
  assert.equal(escapeMarkdown('&lt;script&gt; and Q&A'), '\\&lt;script\\&gt; and Q&A');
  assert.equal(escapeMarkdown('a|b\nc'), 'a\\|b c');
  assert.equal(escapeMarkdown('report_2031_v2.txt'), 'report_2031_v2.txt');
});

test('article anchors are valid ids and never collide', () => {
  const ids = ['a b.txt', 'a_b.txt', 'a_20_b.txt', 'ä.txt'].map(anchorOf);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^article-[A-Za-z0-9._-]+$/);
});
