/**
 * Subject readings of titles and labels (speakers/nearer-clause-subject.ts, sentence-subject.ts,
 * 02-said-verb.ts): a joined clause's subject with a bracketed party label before its verb, a name
 * titled by a lower-case person noun WordNet knows, an infinitive after a programme named as a
 * preposition's object, and an inverted title joined by "of" ("said former secretary of state X").
 * Invented sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a joined clause’s subject with a bracketed label is the participle’s doer', () => {
  const got = speakerOf(
    'The quarry reopened in June. The dispute recalled one from May, when Ida Marsh first testified before the council on the blasting in Harlow, and Sen. Tom Verbeek (R-Ohio) kept asking her why the permit had been granted.',
    'why the permit had been granted',
  );
  assert.equal(got, 'Tom Verbeek');
});

test('a person noun between capitals and a name titles the name', () => {
  const got = speakerOf(
    'The quarry reopened in June. Retired surveyor Tom Verbeek went to the hearing to argue that the permit was sound.',
    'permit was sound',
  );
  assert.equal(got, 'Tom Verbeek');
});

test('a verb phrase before a person noun is no title', () => {
  const got = speakerOf(
    'The quarry reopened in June. Councillor Ida Marsh used to support fellow engineer Tom Verbeek, but now said the permit was unsound.',
    'permit was unsound',
  );
  assert.equal(got, 'Ida Marsh');
});

test('a programme after a preposition does not control the infinitive', () => {
  const got = speakerOf(
    'The quarry reopened in June. Tom Verbeek went on Harlow Radio’s Morning Hour to argue that the permit was sound.',
    'permit was sound',
  );
  assert.equal(got, 'Tom Verbeek');
});

test('an inverted title joined by "of" may run a word longer before the name', () => {
  const got = speakerOf(
    'The quarry reopened in June. “The permit was never valid,” said former secretary of state Ida Marsh, who signed the first one.',
    'permit was never valid',
    { kind: 'direct' },
  );
  assert.equal(got, 'Ida Marsh');
});
