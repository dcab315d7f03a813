import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromeRuleFor } from '../../src/ingest/html-chrome.ts';
import { parseSource, prepareArticle } from '../../src/ingest/ingest.ts';

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
