import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { chromeRuleFor } from '../../src/ingest/html/chrome.ts';
import { hasCrowdedTag } from '../../src/ingest/html/depth.ts';
import { parseSource, prepareArticle } from '../../src/ingest/ingest.ts';
import { DEFAULT_SOURCE_LIMITS, fromBytes } from '../../src/ingest/sources.ts';

/** Invented inputs of a second hostile trial of the readers: each is read or refused, quickly. */

const PARAGRAPH =
  'The harbour board met on Monday to debate the dredging bill. "We will not dredge on credit," the chair said after the vote.';

function readPage(html: string): { ms: number; texts: string[] } {
  const started = performance.now();
  const parsed = parseSource({
    origin: 'page.html',
    name: 'page.html',
    bytes: new TextEncoder().encode(html),
    format: 'html',
  });
  const texts = parsed.raw.map((raw) => prepareArticle(raw).text);
  return { ms: performance.now() - started, texts };
}

test('a page holding one 300,000-letter token is read in seconds, not minutes', () => {
  for (const token of ['x'.repeat(300_000), 'a.'.repeat(150_000), '-'.repeat(300_000)]) {
    const { ms, texts } = readPage(
      `<html><body><article><p>${PARAGRAPH}</p><p>${token}</p></article></body></html>`,
    );
    // Each took 6 minutes (an e-mail pattern tried from every position of the token).
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
    assert.equal(texts.length, 1);
  }
});

test('a short line with a reporter e-mail is still a contact line', () => {
  const context = { title: null, byline: null };
  assert.equal(chromeRuleFor('Write to the reporter at o.vask+news@example.org', context), 'chrome.contact');
  assert.equal(chromeRuleFor('Follow her on twitter.com/ovask', context), 'chrome.contact');
  assert.equal(chromeRuleFor(PARAGRAPH, context), null);
});

test('a file that is only a byte-order mark (or one and white space) is empty, not an article', () => {
  const inputs: [string, number[]][] = [
    ['utf8-bom.txt', [0xef, 0xbb, 0xbf]],
    ['utf8-bom-spaces.txt', [0xef, 0xbb, 0xbf, 0x20, 0x0a, 0x09]],
    ['utf16le-bom.txt', [0xff, 0xfe]],
    ['utf16le-bom-space.txt', [0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]],
    ['utf16be-bom.txt', [0xfe, 0xff]],
    ['two-boms.txt', [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]],
  ];
  for (const [name, bytes] of inputs) {
    const parsed = parseSource({ origin: name, name, bytes: new Uint8Array(bytes), format: 'text' });
    assert.deepEqual(parsed.raw, [], name);
    assert.deepEqual(
      parsed.issues.map((i) => i.code),
      ['HEARSAY_E_EMPTY'],
      name,
    );
  }
});

test('a tag crowded with 100,000 attributes is read flattened, in seconds, with a warning', () => {
  const attributes = Array.from({ length: 100_000 }, (_, i) => `data-a${i}="1"`).join(' ');
  const html = `<html><head><title>Dredging</title></head><body><article ${attributes}><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
  const started = performance.now();
  const parsed = parseSource({
    origin: 'crowded.html',
    name: 'crowded.html',
    bytes: new TextEncoder().encode(html),
    format: 'html',
  });
  const ms = performance.now() - started;
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`); // 15 s and 500 MB before
  assert.deepEqual(
    parsed.issues.map((i) => [i.code, i.detail]),
    [
      [
        'HEARSAY_W_FLATTENED_HTML',
        'an element with over 1000 attributes; the text was read without the markup',
      ],
    ],
  );
  assert.equal(parsed.raw.length, 1);
  assert.match(parsed.raw[0]!.text, /We will not dredge on credit/);
  // A long quoted value with spaces (a JSON blob in an attribute) is one attribute, not thousands.
  const blob = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ k: i }))).replace(/,/g, ', ');
  assert.equal(hasCrowdedTag(`<div data-props='${blob}'><p>${PARAGRAPH}</p></div>`), false);
});

test('HTML nested 2,000 deep inside a JSONL record is read flattened, with a warning naming the line', () => {
  const html = `<html><body>${'<div><span>'.repeat(2000)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${'</span></div>'.repeat(2000)}</body></html>`;
  const lines = `${JSON.stringify({ id: 'r1', text: PARAGRAPH })}\n${JSON.stringify({ id: 'r2', html })}\n`;
  const started = performance.now();
  const parsed = parseSource({
    origin: 'deep.jsonl',
    name: 'deep.jsonl',
    bytes: new TextEncoder().encode(lines),
    format: 'jsonl',
  });
  const ms = performance.now() - started;
  assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  assert.deepEqual(
    parsed.issues.map((i) => [i.code, i.input.line]),
    [['HEARSAY_W_FLATTENED_HTML', 2]],
  );
  assert.deepEqual(
    parsed.raw.map((r) => r.id),
    ['r1', 'r2'],
  );
});

test('a JSONL record over the one-document limit is refused by line; the other records are read', () => {
  const big = PARAGRAPH.repeat(Math.ceil((11 * 1024 * 1024) / PARAGRAPH.length));
  const lines = [
    JSON.stringify({ id: 'r1', text: PARAGRAPH }),
    JSON.stringify({ id: 'r2', text: big }),
    JSON.stringify({ id: 'r3', text: `${PARAGRAPH} Again.` }),
  ].join('\n');
  const parsed = parseSource({
    origin: 'export.jsonl',
    name: 'export.jsonl',
    bytes: new TextEncoder().encode(lines),
    format: 'jsonl',
  });
  assert.deepEqual(
    parsed.raw.map((r) => r.id),
    ['r1', 'r3'],
  );
  assert.deepEqual(
    parsed.issues.map((i) => [i.code, i.input.line]),
    [['HEARSAY_E_TOO_LARGE', 2]],
  );
  assert.match(parsed.issues[0]!.detail, /a record of 11\.\d MB is over the 10\.0 MB limit for one document/);
  // The limit is the caller's (--max-bytes): a larger one lets the record through.
  const roomy = parseSource(
    { origin: 'export.jsonl', name: 'export.jsonl', bytes: new TextEncoder().encode(lines), format: 'jsonl' },
    64 * 1024 * 1024,
  );
  assert.equal(roomy.raw.length, 3);
});

test('a record of a JSON array over the one-document limit is refused by item; the others are read', () => {
  const records = [
    { id: 'a1', text: PARAGRAPH },
    { id: 'a2', html: `<p>${PARAGRAPH.repeat(2000)}</p>` },
    { id: 'a3', text: `${PARAGRAPH} Again.` },
  ];
  const parsed = parseSource(
    {
      origin: 'export.json',
      name: 'export.json',
      bytes: new TextEncoder().encode(JSON.stringify(records)),
      format: 'json',
    },
    100_000,
  );
  assert.deepEqual(
    parsed.raw.map((r) => r.id),
    ['a1', 'a3'],
  );
  assert.deepEqual(
    parsed.issues.map((i) => [i.code, i.input.item]),
    [['HEARSAY_E_TOO_LARGE', 2]],
  );
});

test('a .jsonl that is one pretty-printed JSON document is read as one, not as an error per line', () => {
  const one = JSON.stringify({ id: 'p1', title: 'Dredging', text: PARAGRAPH }, null, 2);
  const many = JSON.stringify(
    [
      { id: 'p1', text: PARAGRAPH },
      { id: 'p2', text: `${PARAGRAPH} Again.` },
    ],
    null,
    2,
  );
  for (const [json, ids] of [
    [one, ['p1']],
    [many, ['p1', 'p2']],
  ] as const) {
    const parsed = parseSource({
      origin: 'export.jsonl',
      name: 'export.jsonl',
      bytes: new TextEncoder().encode(json),
      format: 'jsonl',
    });
    assert.deepEqual(parsed.issues, []);
    assert.deepEqual(
      parsed.raw.map((r) => r.id),
      ids,
    );
  }
  // A real JSONL file with a broken first line is still read line by line.
  const broken = `{"id": "b1", "text": oops\n${JSON.stringify({ id: 'b2', text: PARAGRAPH })}\n`;
  const lines = parseSource({
    origin: 'b.jsonl',
    name: 'b.jsonl',
    bytes: new TextEncoder().encode(broken),
    format: 'jsonl',
  });
  assert.deepEqual(
    lines.raw.map((r) => r.id),
    ['b2'],
  );
  assert.deepEqual(
    lines.issues.map((i) => [i.code, i.input.line]),
    [['HEARSAY_E_JSON_RECORD', 1]],
  );
});

test('a gzip of nothing is empty once unzipped, not "white space"', () => {
  const items = [
    ...fromBytes('none.txt.gz', 'none.txt.gz', gzipSync(new Uint8Array(0)), DEFAULT_SOURCE_LIMITS),
  ];
  assert.deepEqual(
    items.map((i) => ('code' in i ? [i.code, i.detail] : i.name)),
    [['HEARSAY_E_EMPTY', 'the input is empty (0 bytes once unzipped)']],
  );
});
