import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge, why } from '../helpers/judge-quote.ts';

/**
 * Verdict rules the tenth round of invented cases exposed (eval/invented-cases.ts). The sentences
 * are written for these tests.
 */

test('a figure opening the quote stands in the place of the passage’s figure before the first anchor', () => {
  // The report's figure is elsewhere in the primary, so only its place tells it was changed.
  for (const [passage, said] of [
    [
      'Two clinics on the coast will stay open late. Three others will close at six.',
      'Three clinics on the coast will stay open late.',
    ],
    [
      'Nine wells had run dry by August. Another three were close to it.',
      'Three wells had run dry by August.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.number-changed:')),
      `${said}: ${why(r)}`,
    );
  }
  // The same figure, or a quote opening past the figure, changes none.
  for (const [passage, said] of [
    ['Nine wells had run dry by August.', 'Nine wells had run dry by August.'],
    ['Nine wells had run dry by August.', 'wells had run dry by August.'],
  ]) {
    const r = judge(passage!, said!);
    assert.notEqual(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
});
