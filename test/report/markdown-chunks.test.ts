import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown, renderMarkdownChunks } from '../../src/report/markdown.ts';
import { briefDossier } from './brief-fixture.ts';

test('markdown chunks: one piece per section, the article texts and the quotes in pieces of their own', () => {
  const dossier = briefDossier();
  const pieces = [...renderMarkdownChunks(dossier)];
  assert.equal(pieces.join(''), renderMarkdown(dossier));
  const holding = (heading: string) => pieces.filter((p) => p.includes(heading));
  assert.equal(holding('## Articles').length, 1);
  assert.equal(holding('## Who said what').length, 1);
  assert.notEqual(holding('## Articles')[0], holding('## Who said what')[0]);
  // Every piece after the first starts a new line of the text, as the sections' lines joined would.
  for (const piece of pieces.slice(1)) assert.ok(piece.startsWith('\n'), JSON.stringify(piece.slice(0, 40)));
});
