/**
 * Quotations printed with two apostrophes (''…'', as some papers print them) open sentences as
 * curly marks do: a reported clause before one ends at its sentence instead of running on over
 * the quotation, and the quotation keeps its own speaker. Invented sentences read through the
 * whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteHolding, quotesOf } from '../helpers/quotes-of.ts';

const TEXT =
  "The talks stalled in May. But aides said Ida Cole simply believed in airing differences openly. ''This was never the basis of our policy,'' Mr. Weller said. ''The basis was trade.''";

test("a reported clause before a ''…'' quotation ends at its own sentence", () => {
  const reported = quoteHolding(quotesOf(TEXT), 'airing differences', 'indirect');
  assert.doesNotMatch(reported.text, /basis of our policy/u);
});

test("the ''…'' quotation keeps its own speaker", () => {
  const direct = quoteHolding(quotesOf(TEXT), 'basis of our policy', 'direct');
  assert.match(direct.speaker?.name ?? '', /Weller/u);
  const first = quotesOf(TEXT).find((q) => q.text.includes('basis of our policy'));
  assert.match(first?.speaker?.name ?? '', /Weller/u);
});
