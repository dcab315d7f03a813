import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAltered, judgeQuote, why } from '../helpers/judge-quote.ts';

/**
 * A quote that runs on from one sentence of the speaker into the next, with no ellipsis, where
 * the end of the first sentence was left out: the quote closes a sentence the speaker went on
 * with, so it is not verbatim (a later sentence entered midway is a stitch, as said); and where what
 * was cut limited the claim (a time limit, an alternative end, a fronted "where" condition), the
 * rules that read cuts name it.
 */

const FERRY =
  'The new ferry will carry 400 cars a day on the island route, weather permitting, in most weeks of the year. After that, the old boat will be sold. Fares will stay the same.';

test('two sentences joined across a cut at the first one’s end are not verbatim', () => {
  const r = judgeQuote(FERRY, 'The old boat will be sold. Fares will stay the same');
  assert.equal(r.verdict, 'verbatim', why(r));
  const cut = judgeQuote(
    'Our depot will close at the end of June for the busy months. The staff will move to the new site in Kelbridge.',
    'Our depot will close at the end of June. The staff will move to the new site in Kelbridge',
  );
  assert.notEqual(cut.verdict, 'verbatim', why(cut));
});

test('a time limit cut at a sentence’s end before the next quoted sentence is a qualifier dropped', () => {
  assertAltered(
    'The levy will cost the region about 300 jobs in the short term. After that, we expect the new plant to hire more than it loses.',
    'The levy will cost the region about 300 jobs. After that, we expect the new plant to hire more than it loses',
    'verdict.qualifier-dropped:',
  );
});

test('an alternative end ("or until …") cut before the next sentence is a condition dropped', () => {
  assertAltered(
    'The free bus pass is valid until 31 August, or until the fund of two million pounds is spent. Drivers have been told to accept it on every route.',
    'The free bus pass is valid until 31 August. Drivers have been told to accept it on every route',
    'verdict.condition-dropped:',
  );
});

test('a "where" clause fronted after "but" is a condition; cut, the main clause reads as sure', () => {
  assertAltered(
    'We would rather warn the anglers than fine them, but where someone fishes without a licence, we will act.',
    'We would rather warn the anglers than fine them, but we will act',
    'verdict.condition-dropped:',
  );
});

test('"where" after a noun only relates: cut with its clause it sets no condition', () => {
  const r = judgeQuote(
    'We visited the town where the river floods every spring, and we will fund the new barrier.',
    'We visited the town, and we will fund the new barrier',
  );
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.condition-dropped')), why(r));
});
