/**
 * Figures in words a report may write another way: hundreds below a thousand ("one thousand six
 * hundred"), a fortnight as two weeks, and a share with the thing it counts between its two counts
 * ("one tenant in four").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readNumberExpression } from '../../src/nlp/number-words.ts';

function read(text: string, at = 0) {
  return readNumberExpression(text.split(' '), at);
}

test('hundreds after "thousand" without "and" are part of the figure', () => {
  assert.equal(read('one thousand six hundred dollars')?.value, 1600);
  assert.equal(read('three thousand two hundred and ten seats')?.value, 3210);
  // With "and" the hundreds are a second figure, as in a range.
  assert.equal(read('two thousand and three hundred')?.value, 2000);
});

test('a fortnight is the figure two with the unit "weeks"', () => {
  assert.deepEqual(read('fortnight'), { length: 1, value: 2, unit: '', impliedUnit: 'weeks' });
});

test('a share may name what it counts between its two counts', () => {
  assert.equal(read('one tenant in four says')?.value, 25);
  assert.equal(read('one tenant in four says')?.counted, 1);
  // A plural after the whole names another thing: a place, not a share.
  assert.equal(read('one depot in five towns'), null);
  // A unit of time between them is a rate, not a share.
  assert.equal(read('one day in ten'), null);
});
