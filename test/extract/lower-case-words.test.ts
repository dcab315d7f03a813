import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LOWER_CASE_WORD, scanLowerCaseWords } from '../../src/extract/entities/lower-case-words.ts';

function scanned(text: string): string[] {
  const out: string[] = [];
  scanLowerCaseWords(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

function matched(text: string): string[] {
  return text.match(new RegExp(LOWER_CASE_WORD.source, 'gu')) ?? [];
}

test('lower-case words are read with the boundaries the pattern keeps', () => {
  assert.deepEqual(scanned("The well-known firm's chief won't sell, Acme-owned units x2 ab-Cd _id."), [
    'well-known',
    "firm's",
    'chief',
    "won't",
    'sell',
    'owned',
    'units',
    'ab-',
  ]);
});

test('the character scan finds what the pattern finds, on plain ASCII and on any text', () => {
  const ascii = fc.string({
    unit: fc.constantFrom(...'abcxyzABCXYZ019_\'- .,;\n"('.split('')),
    maxLength: 60,
  });
  fc.assert(
    fc.property(ascii, (text) => assert.deepEqual(scanned(text), matched(text))),
    { numRuns: 3000 },
  );
  const any = fc.string({ unit: fc.constantFrom(..."abAB1_'’- éÉßж.".split('')), maxLength: 40 });
  fc.assert(fc.property(any, (text) => assert.deepEqual(scanned(text), matched(text))));
});
