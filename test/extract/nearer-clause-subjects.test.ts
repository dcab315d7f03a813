/**
 * A participle or coordinated verb with no subject of its own shares the subject of the nearest
 * clause joined before it ("…, and the union has sued the city, saying"), not the sentence's first
 * one (speakers/nearer-clause-subject.ts). Invented sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a participle after a joined clause takes that clause’s subject', () => {
  const got = speakerOf(
    'The quarry reopened in June. Residents say the blasting is too loud, and the Kelmore Valley Trust has gone to court over it, arguing that the permit was never valid.',
    'permit was never valid',
  );
  assert.equal(got, 'Kelmore Valley Trust');
});

test('a coordinated verb after a joined clause takes that clause’s subject', () => {
  const got = speakerOf(
    'The quarry reopened in June. Marta Oyelaran has visited the owners and Piet Vandersloot has inspected the dust, and vowed to close the pit within a year.',
    'close the pit',
  );
  assert.equal(got, 'Piet Vandersloot');
});

test('a bare "and" inside an earlier report joins what it reports, not a new speaker', () => {
  const got = speakerOf(
    'The quarry reopened in June. Marta Oyelaran said the owners had lied and Piet Vandersloot was wrong, adding that the pit would close within a year.',
    'pit would close',
  );
  assert.equal(got, 'Marta Oyelaran');
});

test('"and" between two subjects before any verb coordinates the subject', () => {
  const got = speakerOf(
    'The quarry reopened in June. Marta Oyelaran and several neighbours have gathered at the gate, insisting that the pit close within a year.',
    'pit close within a year',
  );
  assert.notEqual(got, 'several neighbours');
});
