/**
 * "The chair of the board" is a person's office, as "the chairman" is: "she" after it takes it up.
 * Invented sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('"she" after a subject "the chair of …" takes up the chair', () => {
  const got = speakerOf(
    'Residents packed the hall on Monday night. The chair of the planning board told them the plans were incomplete. ' +
      '"We cannot approve a tower on those drawings," she said.',
    'cannot approve a tower',
  );
  assert.equal(got, 'The chair of the planning board');
});
