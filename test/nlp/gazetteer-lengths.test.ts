/**
 * gazetteerLengths names the n-gram lengths at a word whose look-up can find a gazetteer row, so
 * the recogniser looks up only those: every length lookupGazetteer answers must be among them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { gazetteerLengths, lookupGazetteer } from '../../src/nlp/gazetteer.ts';

const words = (s: string): { text: string }[] => s.split(' ').map((text) => ({ text }));

/** The lengths a look-up of every n-gram from `from` finds a row for, longest first. */
function foundLengths(ws: readonly { text: string }[], from: number, max: number): number[] {
  const out: number[] = [];
  for (let n = max; n >= 1; n--) {
    const surface = ws
      .slice(from, from + n)
      .map((w) => w.text)
      .join(' ');
    if (lookupGazetteer(surface) !== null) out.push(n);
  }
  return out;
}

test('gazetteerLengths: a country, a leading "the", spelling variants and an unknown tail', () => {
  const ws = words('the United States and Kiev talks');
  assert.ok(gazetteerLengths(ws, 0, 6).includes(3), 'the United States');
  assert.ok(gazetteerLengths(ws, 1, 5).includes(2), 'United States');
  assert.deepEqual(gazetteerLengths(words('Kiev talks'), 0, 2), [1]);
  assert.deepEqual(gazetteerLengths(words('Vessa Lindqvist'), 0, 2), []);
});

test('gazetteerLengths: every length a look-up finds is listed (invented word sequences)', () => {
  const vocabulary = [
    'the',
    'The',
    'United',
    'States',
    'Nations',
    'Kingdom',
    'of',
    'America',
    'Kyiv',
    'Kiev',
    'US',
    'us',
    'U.S.',
    'Reuters',
    'White',
    'House',
    'Vessa',
    '1987',
    'Bank',
    'European',
    'Union',
    'New',
    'York',
    'Times',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 8 }), (texts) => {
      const ws = texts.map((text) => ({ text }));
      const listed = gazetteerLengths(ws, 0, ws.length);
      for (const n of foundLengths(ws, 0, ws.length))
        assert.ok(listed.includes(n), `${texts.join(' ')}: ${n}`);
      assert.deepEqual(
        listed,
        [...listed].sort((a, b) => b - a),
      );
    }),
    { numRuns: 400, seed: 8 },
  );
});
