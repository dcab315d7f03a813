import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sniffFormat } from '../../src/ingest/sniff.ts';

const b = (s: string) => new TextEncoder().encode(s);

const CASES: [string, string, string][] = [
  ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'page.txt', 'html'],
  ['  \n<html lang="en"><head>', 'noext', 'html'],
  ['<?xml version="1.0"?>\n<rss version="2.0"><channel>', 'feed', 'rss'],
  ['<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">', 'a.xml', 'atom'],
  ['<rdf:RDF xmlns:rdf="x"><channel>', 'r.rdf', 'rss'],
  ['{"id": "1", "text": "a"}\n{"id": "2", "text": "b"}\n', 'x.jsonl', 'jsonl'],
  ['{"id": "1", "text": "a"}\n', 'x.txt', 'jsonl'],
  ['[{"id": "1", "text": "a"}]', 'x.json', 'json'],
  ['{\n  "id": "1",\n  "text": "a"\n}\n', 'x.json', 'json'],
  ['{broken\n{"id":2,"text":"b"}', 'x.jsonl', 'jsonl'],
  ['Minister says talks go on\n\nThe minister said…', 'x.html', 'text'],
  ['<b>not really</b> a page, a sentence with a tag', 'x.txt', 'text'],
];

for (const [content, name, expected] of CASES) {
  test(`sniff ${name}: ${JSON.stringify(content.slice(0, 30))} → ${expected}`, () => {
    assert.equal(sniffFormat(b(content), name), expected);
  });
}

test('gzip magic is recognised whatever the name', () => {
  assert.equal(sniffFormat(new Uint8Array([0x1f, 0x8b, 8, 0]), 'x.txt'), 'gzip');
});
