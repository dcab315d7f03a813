import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findWord, type WordHit } from '../../src/nlp/word-scan.ts';

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const WORDS_AND_ACRONYMS = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function scanned(text: string, acronyms: boolean): string[] {
  const pattern = new RegExp((acronyms ? WORDS_AND_ACRONYMS : WORDS).source, 'gu');
  const hit: WordHit = { start: 0, end: 0 };
  const out: string[] = [];
  for (let at = 0; findWord(text, at, text.length, pattern, acronyms, hit); at = hit.end)
    out.push(text.slice(hit.start, hit.end));
  return out;
}

function matched(text: string, acronyms: boolean): string[] {
  return [...text.matchAll(new RegExp((acronyms ? WORDS_AND_ACRONYMS : WORDS).source, 'gu'))].map(
    (m) => m[0],
  );
}

test('words keep inner apostrophes, not a trailing one or a following number', () => {
  assert.deepEqual(scanned("the mayor’s plan, O'Neil's view, the players' 3rd'9 goal", false), [
    'the',
    'mayor’s',
    'plan',
    "O'Neil's",
    'view',
    'the',
    'players',
    '3rd',
    '9',
    'goal',
  ]);
});

test('dotted acronyms are one word only when asked for, and a capital outside ASCII may continue one', () => {
  assert.deepEqual(scanned('the U.S. and U.K. talks', true), ['the', 'U.S.', 'and', 'U.K.', 'talks']);
  assert.deepEqual(scanned('the U.S. talks', false), ['the', 'U', 'S', 'talks']);
  assert.deepEqual(scanned('in É.U. and A.É.', true), ['in', 'É.U.', 'and', 'A.É.']);
  assert.deepEqual(scanned('J. Smith', true), ['J', 'Smith']);
});

test('letters outside ASCII stay inside their word', () => {
  assert.deepEqual(scanned('Zürich’s Straße — café 12€', false), ['Zürich’s', 'Straße', 'café', '12']);
});

test('the scan finds what the pattern finds, on any mix of letters, marks and punctuation', () => {
  const piece = fc.constantFrom(
    'a',
    'Z',
    'U',
    '.',
    "'",
    '’',
    ' ',
    '7',
    'é',
    'É',
    'ß',
    '—',
    '”',
    '\u00a0',
    '\n',
    'Ж',
    '٣',
    '\u0301',
    '😀',
    's',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), fc.boolean(), (pieces, acronyms) => {
      const text = pieces.join('');
      assert.deepEqual(scanned(text, acronyms), matched(text, acronyms));
    }),
    { numRuns: 3000 },
  );
});
