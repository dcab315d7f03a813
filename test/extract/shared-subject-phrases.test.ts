/**
 * A cue after "and" or in a participle phrase shares the main clause's subject; when that subject
 * is a phrase no rule ties to anyone (an owner's relative, a quantity, a group), the reported
 * clause takes the phrase in its own words (attribution/shared-subject-phrase.ts). Invented
 * sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a verb after ", and" shares an owned subject phrase', () => {
  const got = speakerOf(
    'The ferry stopped running in March. Halvorsen’s eldest daughter worked on the boats for a decade, and told reporters that the crossing had never been safer.',
    'crossing had never been safer',
  );
  assert.equal(got, 'Halvorsen’s eldest daughter');
});

test('a progressive coordinated verb shares an owned subject phrase', () => {
  const got = speakerOf(
    'The ferry stopped running in March. Halvorsen’s eldest daughter is breaking her silence and warning that the crossing will close for good.',
    'close for good',
  );
  assert.equal(got, 'Halvorsen’s eldest daughter');
});

test('a participle and a coordinated verb share a quantity subject', () => {
  const got = speakerOf(
    'The ferry stopped running in March. Some boatmen want to be paid off, dreading the winter, and argue that the crossing will never reopen.',
    'crossing will never reopen',
  );
  assert.equal(got, 'Some boatmen');
});

test('after a copula the participles modify its complement, not the subject', () => {
  const got = speakerOf(
    'The ferry stopped running in March. Among the casualties are harbour rules limiting fares, capping crews and requiring that every crossing carry a pilot.',
    'every crossing carry a pilot',
  );
  assert.equal(got, null);
});

test('an opening participle clause shares the main clause’s owned subject phrase', () => {
  const got = speakerOf(
    'The ferry stopped running in March. Recognizing the anger on the quay, Halvorsen’s closest advisers believe that the crossing must reopen by summer.',
    'the anger on the quay',
  );
  assert.equal(got, 'Halvorsen’s closest advisers');
});

test('an owner pronoun before a noun cue stands for the clause’s unresolved subject', () => {
  const got = speakerOf(
    'The ferry stopped running in March. Even Kelmore boatmen have been scathing in their criticism of the plan to sell the quay.',
    'sell the quay',
  );
  assert.equal(got, 'Kelmore boatmen');
});
