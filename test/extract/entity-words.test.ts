import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexWordsByStart, type Word, wordsOf } from '../../src/extract/entities/words.ts';

const TEXT = 'Mayor Lena Ostrova said. The mayor’s office\nREAD NEXT\nTalks resume';

test('entity words: sentence starts after full stops and line breaks, not after a space', () => {
  const words = wordsOf(TEXT, 0, TEXT.length);
  const starts = words.filter((w) => w.sentenceStart).map((w) => w.text);
  assert.deepEqual(starts, ['Mayor', 'The', 'READ', 'Talks']);
  const mayor = words.find((w) => w.norm === 'mayor' && !w.cap)!;
  assert.equal(mayor.possessive, true);
  assert.equal(TEXT.slice(mayor.start, mayor.end), 'mayor');
  assert.deepEqual(
    words.filter((w) => w.upper).map((w) => w.text),
    ['READ', 'NEXT'],
  );
});

test('entity words: found by start offset; offsets inside or between words find none', () => {
  const words = wordsOf(TEXT, 0, TEXT.length);
  const byStart = indexWordsByStart(words);
  words.forEach((w, i) => assert.equal(byStart.get(w.start), i));
  assert.equal(byStart.get(1), undefined);
  assert.equal(byStart.get(words[0]!.end), undefined);
  assert.equal(byStart.get(TEXT.length + 5), undefined);
  assert.equal(indexWordsByStart([]).get(0), undefined);
});

test('entity words: a list out of text order is still indexed, the last word at an offset winning', () => {
  const word = (start: number, text: string): Word => ({
    start,
    end: start + text.length,
    text,
    norm: text.toLowerCase(),
    cap: false,
    upper: false,
    gap: ' ',
    sentenceStart: false,
    possessive: false,
    headline: false,
  });
  const byStart = indexWordsByStart([word(10, 'b'), word(0, 'a'), word(10, 'c')]);
  assert.equal(byStart.get(0), 1);
  assert.equal(byStart.get(10), 2);
});

test('entity words: capitals and all-capital words outside ASCII, and headline lines, read as in ASCII', () => {
  const text =
    'Émile Ørsted met officials of the ÉTAT agency, their ÜBER partners\nNew Trade Talks Open Today In Vessa\nthe talks resume';
  const words = wordsOf(text, 0, text.length);
  const by = (t: string): Word => words.find((w) => w.text === t)!;
  assert.equal(by('Émile').cap, true);
  assert.equal(by('Émile').upper, false);
  assert.equal(by('ÉTAT').upper, true);
  assert.equal(by('ÜBER').upper, true);
  assert.equal(by('officials').cap, false);
  // The second line is title case (a headline); the first (3 of 7 long words capitalised) and last are prose.
  assert.deepEqual(
    [...new Set(words.filter((w) => w.headline).map((w) => w.text))],
    ['New', 'Trade', 'Talks', 'Open', 'Today', 'In', 'Vessa'],
  );
});
