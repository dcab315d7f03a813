/**
 * Two subject readings: a gerund after a preposition ("an adviser to the council in supporting") is
 * that preposition's object, so the phrase before it ending in the preposition is no subject
 * (speakers/03-appositive.ts findRoleWithPhrase); and an owner written with a bare apostrophe
 * ("Voss’ campaign") is passed like "Lund's" when a later joined verb takes the sentence's
 * subject (speakers/sentence-subject.ts). Invented sentences read through the whole extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a gerund after a preposition: the clause subject, not the phrase before the preposition', () => {
  const got = speakerOf(
    'The vote was close. Ms. Cole has long been an adviser to the council in supporting a cut to the fuel tax.',
    'cut to the fuel tax',
  );
  assert.match(got ?? '', /Cole/u);
});

test('a bare-apostrophe owner before the subject noun: the joined verb keeps the owned noun', () => {
  const got = speakerOf(
    'The vote was close. Voss’ campaign opened an office in Harlow on Tuesday and said it would ask for a recount.',
    'ask for a recount',
  );
  assert.match(got ?? '', /Voss’ campaign/u);
});

test('an owner with "’s" before the subject noun still keeps the owned noun', () => {
  const got = speakerOf(
    'The vote was close. Weller’s campaign opened an office in Harlow on Tuesday and said it would ask for a recount.',
    'ask for a recount',
  );
  assert.match(got ?? '', /Weller’s campaign/u);
});
