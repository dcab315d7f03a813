/**
 * Who does an infinitive speech verb. Inside an opening participle phrase ("After struggling to
 * persuade voters …,") the main clause's subject (speaker.opening-clause-doer); after a name right
 * before "to" ("led Weller to warn") that name, but not after one set off by commas. Invented
 * sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('an infinitive in an opening participle phrase takes the main clause subject', () => {
  const got = speakerOf(
    'The hearing ran late. After struggling to persuade voters that she shares the hopes and fears of people in many rural counties, Ida Cole said she meets with farmers every week.',
    'hopes and fears',
  );
  assert.equal(got, 'Ida Cole');
});

test('an opening phrase with a subject of its own gives the infinitive no later name', () => {
  const got = speakerOf(
    'The network was sold. After the sale its hosts began to report that the storm was a hoax, while Ida Cole stayed silent.',
    'storm was a hoax',
  );
  assert.notEqual(got, 'Ida Cole');
});

test('a name set off by commas before "to" is no object led to speak', () => {
  const got = speakerOf(
    'The board met on Monday. Ms. Ida Cole spoke up, breaking with the board’s chairman, Tomas Weller, to argue that the plan was too costly.',
    'plan was too costly',
  );
  assert.equal(got, 'Ida Cole');
});

test('a name right before "to" is still the one led to speak', () => {
  const got = speakerOf(
    'The board met on Monday. The vote led the treasurer Tomas Weller to warn that the plan was too costly.',
    'plan was too costly',
  );
  assert.equal(got, 'Tomas Weller');
});
