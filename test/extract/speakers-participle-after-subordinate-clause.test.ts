/**
 * A participle or coordinated verb continues its main clause's act, not one inside an opening
 * subordinate clause ("When X asked …, Y seized on it, repeating …"), and a joined clause's
 * subject may carry an appositive before its verb ("…, while X, the former mayor, proposed … and
 * said"). Invented sentences read through the whole quote extractor (02-said-verb.ts,
 * sentence-subject.ts mainClauseStart, nearer-clause-subject.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a participle after a "when" clause is the main subject’s', () => {
  const got = speakerOf(
    'The quarry reopened in June. When Tom Verbeek pointed out that the owners call it "a quiet pit," Ida Marsh seized on the phrase, repeating her claim that the blasting had cracked six houses.',
    'blasting had cracked six houses',
  );
  assert.equal(got, 'Ida Marsh');
});

test('a participle after a main clause with no speech verb is its subject’s', () => {
  const got = speakerOf(
    'The quarry reopened in June. When Tom Verbeek warned that the owners would sue, Ida Marsh shook her head, pointing to the six cracked houses in the village.',
    'six cracked houses',
  );
  assert.equal(got, 'Ida Marsh');
});

test('a joined clause’s subject with an appositive is its coordinated verb’s', () => {
  const got = speakerOf(
    'The quarry reopened in June. Councillor Ida Marsh on Monday signed an order to halt the blasting, while Tom Verbeek, the former county engineer, visited the pit and said the permit should be withdrawn.',
    'permit should be withdrawn',
  );
  assert.equal(got, 'Tom Verbeek');
});
