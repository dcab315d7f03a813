/**
 * An imperative addresses the reader; it reports nobody's words (December 2026, issue #8): on
 * shopping guides and how-to pages the learned reader took "See it now: <shop>", "Learn more
 * about …" and "12. Seek advice" for reported speech with no source. Invented texts; the
 * look-alikes open a sentence with a noun or a headline's verb, or with "According to".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isImperative } from '../../src/extract/attribution/imperative.ts';
import { tokenize } from '../../src/nlp/tokens.ts';
import { quotesOf, showQuotes } from '../helpers/quotes-of.ts';

const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect');

test('imperatives opening a line, after a list number or a colon, are not reports', () => {
  const text = [
    'The best kettles of the year',
    'Marlow Rapid kettle for $45',
    'See it now: Kitchenly',
    'The Marlow boils a litre in two minutes and switches itself off.',
    'Brisk Mini travel kettle for $30',
    'See it now: Kitchenly',
    'Pro tip: Learn more about descaling before the first winter comes around.',
    '12. Seek advice',
    'Also: read our guide to toasters, which we update every spring.',
  ].join('\n\n');
  const quotes = indirect(text);
  assert.deepEqual(quotes, [], showQuotes(quotes));
});

test('look-alike: a sentence opening with a noun, a headline verb or "According to" keeps its report', () => {
  const text = [
    'Kettle makers face new rules',
    'According to the ministry, about a million old kettles are still in use across the country.',
    'The trade minister said that kettles sold after May must switch off on their own.',
  ].join('\n\n');
  const quotes = indirect(text);
  assert.ok(
    quotes.some((q) => q.text.includes('a million old kettles')),
    showQuotes(quotes),
  );
  assert.ok(
    quotes.some((q) => q.text.includes('kettles sold after May')),
    showQuotes(quotes),
  );
});

test('the imperative reading: a base form opening its sentence, not a noun or an inflected form', () => {
  const first = (text: string) =>
    isImperative(text, { start: 0, end: text.length, index: 0, tokens: tokenize(text) }, 0);
  assert.equal(first('See it now: Kitchenly'), true);
  assert.equal(first('Remember what the label says about water hardness.'), true);
  // A noun before "for" or a verb form, a headline's third person or participle: no imperative.
  assert.equal(first('Demand for kettles has doubled since the spring.'), false);
  assert.equal(first('Talk turned to the price of spare parts.'), false);
  assert.equal(first('Calls grow for a ban on plastic kettles.'), false);
  assert.equal(first('Railing against the new rules, the makers met in Lyon.'), false);
  assert.equal(first('According to the makers, prices will rise.'), false);
});
