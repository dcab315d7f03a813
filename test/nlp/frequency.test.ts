/** Frequencies read to occurrences per day, so that a restated frequency is the same figure. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frequenciesIn, sameFrequency } from '../../src/nlp/frequency.ts';

const perYear = (text: string) => frequenciesIn(text).map((f) => Math.round(f * 365.25 * 100) / 100);

test('"every N units" and "N times a unit" read to one rate', () => {
  assert.deepEqual(perYear('the boilers are checked every four months'), [3]);
  assert.deepEqual(perYear('checked three times a year'), [3]);
  assert.deepEqual(perYear('once every two years'), [0.5]);
  assert.deepEqual(perYear('the van calls every week'), [52.18]);
  assert.deepEqual(perYear('a week in Lisbon'), []);
  assert.deepEqual(perYear('every one of the depots'), []);
});

test('rates rounded across weeks and months are one; a third more is another', () => {
  const [monthly] = frequenciesIn('twice a month');
  const [fortnightly] = frequenciesIn('every two weeks');
  assert.ok(sameFrequency(monthly!, fortnightly!));
  const [quarterly] = frequenciesIn('every three months');
  const [thrice] = frequenciesIn('three times a year');
  assert.ok(!sameFrequency(quarterly!, thrice!));
});
