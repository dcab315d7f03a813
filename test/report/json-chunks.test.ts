import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Dossier } from '../../src/model/dossier.ts';
import { renderJson } from '../../src/report/json.ts';
import { renderJsonChunks } from '../../src/report/json-chunks.ts';

const joined = (d: unknown): string => [...renderJsonChunks(d as Dossier)].join('');

test('json chunks: the pieces join to the text renderJson writes', () => {
  const dossier = {
    version: 1,
    generator: { name: 'hearsay', version: '0.0.0' },
    articles: [
      { id: 'a.txt', title: 'Mayor "quoted"\nagain', text: 'Line one.\nLine two — “é”.', published: null },
    ],
    quotes: [],
    entities: [
      { id: 'e1', name: 'Ana Ruiz', aliases: ['Ruiz'], mentions: [{ article: 'a.txt', start: 0, end: 4 }] },
    ],
    stories: [],
    claims: [{ id: 'claim-1', statements: [{ value: 2.5, hedge: null }], agree: null }],
    positions: [],
    timeline: [],
    issues: [],
  } as unknown as Dossier;
  assert.equal(joined(dossier), renderJson(dossier));
});

test('json chunks: any object of lists and values gives JSON.stringify’s text, undefined and empty lists included', () => {
  const value = fc.oneof(
    fc.jsonValue(),
    fc.constant(undefined),
    fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))),
  );
  fc.assert(
    fc.property(fc.dictionary(fc.string(), value), (d) => {
      assert.equal(joined(d), `${JSON.stringify(d, null, 2)}\n`);
    }),
  );
});

test('json chunks: a large dossier comes in many pieces, none near its whole size', () => {
  const articles = Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}.txt`, text: 'word '.repeat(40) }));
  const pieces = [...renderJsonChunks({ version: 1, articles, issues: [] } as unknown as Dossier)];
  const total = pieces.reduce((n, p) => n + p.length, 0);
  assert.ok(pieces.length > 5);
  assert.ok(Math.max(...pieces.map((p) => p.length)) < total / 4);
  assert.equal(pieces.join(''), renderJson({ version: 1, articles, issues: [] } as unknown as Dossier));
});
