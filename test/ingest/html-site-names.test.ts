/**
 * Site names and bylines as real page heads write them (December 2026, issue #8), in heads written
 * for the test: a section or country in og:site_name, an address there, a byline labelled "By".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from '../../src/ingest/html/html.ts';

function page(head: string): string {
  const filler = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the harbour report follows the pier's repair from the first survey to the day the council reopened it to walkers.</p>`,
  ).join('\n');
  return `<html><head>${head}</head><body><article>${filler}</article></body></html>`;
}

test('a country in og:site_name is a section, not the publisher: the next source names the outlet', () => {
  const result = extractHtml(
    page(
      '<meta property="og:site_name" content="U.S."><meta property="og:url" content="https://www.harbourwire.example/a">',
    ),
  );
  assert.equal(result.outlet, 'harbourwire.example');
});

test('look-alike: a site name that is no place stays the outlet', () => {
  const result = extractHtml(page('<meta property="og:site_name" content="Harbour Wire">'));
  assert.equal(result.outlet, 'Harbour Wire');
});

test('an address in og:site_name names the outlet by its host', () => {
  const result = extractHtml(
    page('<meta property="og:site_name" content="https://www.harbourwire.example">'),
  );
  assert.equal(result.outlet, 'harbourwire.example');
  assert.equal(result.rules.outlet, 'html.og');
});

test('a byline labelled "By" loses the label', () => {
  const result = extractHtml(page('<meta name="author" content="By ORLA BRANDT, Harbour Writer">'));
  assert.equal(result.byline, 'ORLA BRANDT, Harbour Writer');
});

test('look-alike: a name that only starts with "By" keeps it', () => {
  const result = extractHtml(page('<meta name="author" content="Byron Vale">'));
  assert.equal(result.byline, 'Byron Vale');
});

test('a byline labelled with a field word ("Text:") loses the label', () => {
  const result = extractHtml(page('<meta name="author" content="Text: Orla Brandt">'));
  assert.equal(result.byline, 'Orla Brandt');
});

test('a byline of one lower-case word is an account or a button, no name', () => {
  assert.equal(extractHtml(page('<meta name="author" content="admin">')).byline, null);
  assert.equal(extractHtml(page('<meta name="author" content="follow">')).byline, null);
});

test('look-alike: a name after a colon-less label, a handle with a mark and an uncased script stay', () => {
  assert.equal(
    extractHtml(page('<meta name="author" content="Orla Brandt: Harbour Desk">')).byline,
    'Orla Brandt: Harbour Desk',
  );
  assert.equal(extractHtml(page('<meta name="author" content="orla_brandt">')).byline, 'orla_brandt');
  assert.equal(extractHtml(page('<meta name="author" content="山田太郎">')).byline, '山田太郎');
});
