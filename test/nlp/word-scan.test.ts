import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { WordScanner } from '../../src/nlp/word-scan.ts';

const PLAIN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const WITH_ACRONYMS = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function byRegex(pattern: RegExp, text: string, from: number): [number, number][] {
  const re = new RegExp(pattern);
  re.lastIndex = from;
  const out: [number, number][] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function byScanner(text: string, from: number, acronyms: boolean): [number, number][] {
  const scan = new WordScanner(text, from, acronyms);
  const out: [number, number][] = [];
  while (scan.next()) out.push([scan.start, scan.end]);
  return out;
}

/** Characters where the ASCII path and the pattern could part: capitals, dots, both apostrophes, non-ASCII letters, digits and marks, an astral letter. */
const CHARACTERS = [
  'a',
  'z',
  'A',
  'S',
  'U',
  '0',
  '9',
  '.',
  "'",
  '’',
  ' ',
  '-',
  ',',
  '\n',
  'É',
  'é',
  'ß',
  'Ж',
  '٣',
  '\u0301',
  '𝐀',
  '😀',
  '_',
];

const texts = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((cs) => cs.join(''));

test('the scanner finds exactly the plain word pattern’s matches', () => {
  fc.assert(
    fc.property(texts, fc.nat(), (text, at) => {
      const from = text.length === 0 ? 0 : at % (text.length + 1);
      assert.deepEqual(byScanner(text, from, false), byRegex(PLAIN, text, from));
    }),
    { numRuns: 3000 },
  );
});

test('the scanner finds exactly the acronym pattern’s matches', () => {
  fc.assert(
    fc.property(texts, fc.nat(), (text, at) => {
      const from = text.length === 0 ? 0 : at % (text.length + 1);
      assert.deepEqual(byScanner(text, from, true), byRegex(WITH_ACRONYMS, text, from));
    }),
    { numRuns: 3000 },
  );
});

test('dotted acronyms, inner apostrophes and non-ASCII words', () => {
  const text = "U.S. talks, O'Brien's 'quote' Žižek’s U.K.x A.B don't5 Ж.Ж.";
  const words = (acronyms: boolean): string[] =>
    byScanner(text, 0, acronyms).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(words(true), [
    'U.S.',
    'talks',
    "O'Brien's",
    'quote',
    'Žižek’s',
    'U.K.',
    'x',
    'A',
    'B',
    "don't",
    '5',
    'Ж.Ж.',
  ]);
  assert.deepEqual(words(false).slice(0, 4), ['U', 'S', 'talks', "O'Brien's"]);
});
