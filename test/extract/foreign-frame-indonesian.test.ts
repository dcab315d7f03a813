/**
 * An Indonesian report's frame before a quotation names its speaker ("<name> mengatakan, “…”";
 * December 2026, issue #8): the verb of saying does not inflect, and the English rules read none
 * of it. Invented texts; the look-alike is the same sentence without a verb of saying.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteHolding, quotesOf, showQuotes } from '../helpers/quotes-of.ts';

test('an Indonesian verb of saying before the quotation gives its speaker', () => {
  const quotes = quotesOf(
    'Kemarin, Arif Wirasena mengatakan, “Pelabuhan baru akan dibuka bulan depan untuk kapal nelayan.”',
  );
  const q = quoteHolding(quotes, 'Pelabuhan baru', 'direct');
  assert.equal(q.speaker?.name, 'Arif Wirasena', showQuotes(quotes));
});

test('look-alike: a name before a quotation without a verb of saying is no frame', () => {
  const quotes = quotesOf(
    'Kemarin, Arif Wirasena membaca papan, “Pelabuhan baru akan dibuka bulan depan untuk kapal nelayan.”',
  );
  const q = quoteHolding(quotes, 'Pelabuhan baru', 'direct');
  assert.notEqual(q.speakerRule, 'speaker.foreign-frame', showQuotes(quotes));
});
