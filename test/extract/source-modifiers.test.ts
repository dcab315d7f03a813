/**
 * An unnamed source keeps the modifier after it that names whom it belongs to or was made by
 * (src/extract/speakers/source-modifier.ts). Invented sentences; look-alikes keep their words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';

function quotesOf(text: string): Quote[] {
  const article = makeArticle('modifier', text);
  return extractQuotes(article, buildEntityIndex([article]), { indirect: true });
}

function speakerOf(text: string, words: string): string {
  const quotes = quotesOf(text);
  const q = quotes.find((x) => x.text.includes(words));
  const shown = quotes.map((x) => `${JSON.stringify(x.text)} by ${x.speaker?.name ?? 'nobody'}`).join('\n  ');
  assert.ok(q, `no quote with ${JSON.stringify(words)}:\n  ${shown}`);
  return q.speaker?.name ?? 'nobody';
}

test('a set-off participle phrase naming its maker stays with the source', () => {
  // A "that" clause: whether "finds X with Y" reports anything is the learned model's call.
  const text =
    'Tomas Weller leads the race in Linz. The survey, conducted by the Harlow Institute of Linz, finds that Weller holds a small lead.';
  assert.equal(speakerOf(text, 'small lead'), 'The survey, conducted by the Harlow Institute of Linz');
});

test('a prepositional phrase naming whom the source belongs to stays with it', () => {
  const text =
    'Tomas Weller spoke on Monday. The leaders of Osland and Varnia took turns rebutting Weller, saying the treaty “will hold.”';
  assert.match(speakerOf(text, 'will hold'), /^The leaders of Osland and Varnia|^The leaders of Osland/u);
});

test('a modifier naming no one, and a named source, are left as they are', () => {
  const text =
    'Tomas Weller spoke on Monday. The survey of local workers, released on Monday, finds that the mill would close.';
  assert.equal(speakerOf(text, 'mill would close'), 'The survey');
  assert.match(
    speakerOf('Tomas Weller of Linz spoke on Monday. Weller said the mill would close.', 'mill would close'),
    /^Tomas Weller$/u,
  );
});
