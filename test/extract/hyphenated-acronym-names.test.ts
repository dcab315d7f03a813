/**
 * Two acronyms joined by a hyphen ("ABC-TV", "UAW-CIO") are one name, as two capitalised words so
 * joined are ("Anne-Marie"); an acronym and a word ("NATO-Russia") stay two (entities/runs.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a federation named by two hyphened acronyms speaks under its whole name', () => {
  const got = speakerOf(
    'The strike ended on Friday. The TWU-ILA said it would back the new contract for dock workers.',
    'back the new contract',
  );
  assert.equal(got, 'TWU-ILA');
});

test('an acronym hyphened to a word is no single name', () => {
  const got = speakerOf(
    'The strike ended on Friday. Jonas Aberg said the NATO-Kelmore pact would hold for another decade.',
    'pact would hold',
  );
  assert.equal(got, 'Jonas Aberg');
});
