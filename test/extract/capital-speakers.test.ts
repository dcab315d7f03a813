import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A capital that speaks ("Moscow dismissed …") stands for its government: the seat the article
 * names for it (the Kremlin, the White House), else the capital itself. Invented sentences; the
 * capitals and seats are the lexicon's.
 */
function speakersOf(text: string): [string, string | null][] {
  const article = makeArticle('cap', text);
  return extractQuotes(article, buildEntityIndex([article])).map((q) => [q.text, q.speaker?.name ?? null]);
}

test('a capital as speaker is the government seat the article names for that country', () => {
  const text =
    'The Kremlin has kept silent about the new pipeline for a week.\n\n' +
    'On Friday Moscow dismissed the reports as “idle talk from abroad.”';
  assert.deepEqual(speakersOf(text), [['idle talk from abroad.', 'Kremlin']]);
});

test('another country’s seat does not answer for the capital', () => {
  const text =
    'The White House has kept silent about the new pipeline for a week.\n\n' +
    'On Friday Moscow dismissed the reports as “idle talk from abroad.”';
  assert.deepEqual(speakersOf(text), [['idle talk from abroad.', 'Moscow']]);
});

test('a seat standing for one ministry (the Pentagon) does not answer for the capital', () => {
  const text =
    'The Pentagon has kept silent about the new base for a week.\n\n' +
    'On Friday Washington dismissed the reports as “idle talk from abroad.”';
  assert.deepEqual(speakersOf(text), [['idle talk from abroad.', 'Washington']]);
});

test('with no seat named, the capital stays the speaker', () => {
  const text = 'On Friday Moscow dismissed the reports as “idle talk from abroad.”';
  assert.deepEqual(speakersOf(text), [['idle talk from abroad.', 'Moscow']]);
});
