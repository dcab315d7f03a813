/**
 * An unnamed plural joined by "and" to the role or group before the verb ("Many farm groups
 * and water experts say"): the source is the whole coordination, kept as words
 * (speakers/coordinated-subject.ts findCoordinatedGroup), not its last part. Invented sentences
 * read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('two unnamed plurals joined by "and": the whole coordination is the source', () => {
  const got = speakerOf(
    'The vote was close. Many farm groups and water experts would call the plan a failure.',
    'plan a failure',
  );
  assert.equal(got, 'Many farm groups and water experts');
});

test('a capitalised modifier inside the first part is kept', () => {
  const got = speakerOf(
    'The vote was close. Top Harlow donors and strategists said the plan was a failure.',
    'plan was a failure',
  );
  assert.equal(got, 'Top Harlow donors and strategists');
});

test('a plural after a verb is its object, not the first part of the subject', () => {
  const got = speakerOf(
    'The vote was close. The mayor met donors and officials said the plan was a failure.',
    'plan was a failure',
  );
  assert.doesNotMatch(got ?? '', /mayor|donors/u);
});

test('a name as the first part still heads the subject', () => {
  const got = speakerOf(
    'The vote was close. Weller and other security experts acknowledge that the flaw is real.',
    'flaw is real',
  );
  assert.match(got ?? '', /Weller/u);
});
