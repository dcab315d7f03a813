/**
 * "He" after a sentence whose subject is a definite role phrase ("The farm official said …") takes
 * up that role phrase; where the sentence before it named a person as its subject, the role phrase
 * is that person's second mention, and the quote is theirs. Invented sentences read through the
 * whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a role phrase right after a named subject passes the name on to the next "he"', () => {
  const got = speakerOf(
    'Deputy Trade Minister Karel Vostrak said the tariff talks would resume in March. ' +
      'The trade official said the delegations had agreed on a timetable. ' +
      'Asked about the steel quota, he said, "We are not there yet, but we are close."',
    'not there yet',
  );
  assert.equal(got, 'Karel Vostrak');
});

test('a role phrase with no named person before it stays the speaker', () => {
  const got = speakerOf(
    'The talks resumed on Monday. The British delegate wants the quota halved. ' +
      '"We cannot accept the present figure," he said.',
    'cannot accept the present figure',
  );
  assert.equal(got, 'The British delegate');
});
