/**
 * A quantifier opening its clause before a past form of a speech verb ("Some said", "and many
 * wrote") stands alone as the verb's subject, not as a determiner of a noun; after a subject it only
 * floats ("Lund and Berg both warned") and names no one (speakers/02-said-verb.ts, isNounUse).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a quantifier opening the sentence is the subject of the past form after it', () => {
  const got = speakerOf(
    'Fans waved scarves outside the stadium gates. Some chanted “We want our club back!” Hundreds more waited by the car park.',
    'We want our club back',
  );
  assert.equal(got, 'Some');
});

test('a quantifier floating after the subject is no subject of its own', () => {
  const got = speakerOf(
    'The vote was close. Councillors Ida Marsh and Tomas Weller both warned that the stadium deal would collapse.',
    'stadium deal would collapse',
  );
  assert.notEqual(got, 'both');
});
