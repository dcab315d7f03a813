/**
 * An infinitive speech verb inside an opening participle phrase ("After struggling to persuade
 * voters …,") has the main clause's subject for its doer (speaker.opening-clause-doer). Invented
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
