/**
 * Figures in words that go on below a scale word ("three hundred and twelve"): read to one value,
 * so that a report spelling out a figure keeps it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readNumberExpression } from '../../src/nlp/number-words.ts';

function read(text: string, at = 0): number | undefined {
  return readNumberExpression(text.split(' '), at)?.value;
}

test('the part below "hundred" is added, with or without "and"', () => {
  assert.equal(read('three hundred and twelve lorries'), 312);
  assert.equal(read('three hundred twelve lorries'), 312);
  assert.equal(read('one hundred and sixty seven'), 167);
});

test('the part below "thousand" is added, and a larger scale multiplies the whole', () => {
  assert.equal(read('nine thousand and forty'), 9040);
  assert.equal(read('four hundred and eighty million'), 480e6);
  assert.equal(read('six hundred and three thousand'), 603e3);
});

test('a second figure of the same scale after "and" is not read into the first', () => {
  assert.equal(read('between four hundred and six hundred', 1), 400);
  assert.equal(read('eight thousand and nine thousand'), 8000);
});
