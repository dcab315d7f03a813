import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ordinalDayWord, readNumberExpression } from '../../src/nlp/number-words.ts';

const read = (phrase: string) => readNumberExpression(phrase.split(' '), 0);

test('number words: every kind of opening word still starts an expression', () => {
  // One row per way an expression may begin: each must pass the opening-word test.
  const rows: [string, { length: number; value: number; unit: string }][] = [
    ['12 million people', { length: 2, value: 12e6, unit: '' }],
    ['seven hundred jobs', { length: 2, value: 700, unit: '' }],
    ['forty two percent', { length: 3, value: 42, unit: '%' }],
    ['a third of voters', { length: 2, value: 100 / 3, unit: '%' }],
    ['half of the funds', { length: 1, value: 50, unit: '%' }],
    ['three quarters of the vote', { length: 2, value: 75, unit: '%' }],
    ['one point four billion', { length: 4, value: 1.4e9, unit: '' }],
    ['half a million', { length: 3, value: 5e5, unit: '' }],
    ['a fifth of a million', { length: 5, value: 2e5, unit: '' }],
    ['three quarters of a billion', { length: 5, value: 7.5e8, unit: '' }],
    ['decade of war', { length: 1, value: 10, unit: 'y' }],
    ['hundreds of homes', { length: 1, value: 100, unit: 's' }],
    ['dozens of villages', { length: 1, value: 12, unit: 's' }],
    ['one in five', { length: 3, value: 20, unit: '%' }],
    ['ten years', { length: 2, value: 10, unit: 'y' }],
  ];
  for (const [phrase, expected] of rows) assert.deepEqual(read(phrase), expected, phrase);
});

test('number words: other words start none', () => {
  for (const phrase of ['the ministry said', 'thousand', 'percent of it', 'constructor of', 'toString'])
    assert.equal(read(phrase), null, phrase);
  assert.equal(readNumberExpression(['two'], 1), null);
});

test('number words: a fraction of one point of a rate is that fraction, the unit words left to follow', () => {
  const rows: [string, { length: number; value: number; unit: string }][] = [
    ['a tenth of a percentage point', { length: 4, value: 0.1, unit: '' }],
    ['half a point higher', { length: 2, value: 0.5, unit: '' }],
    ['three quarters of a basis point', { length: 4, value: 0.75, unit: '' }],
    ['a quarter of point', { length: 3, value: 0.25, unit: '' }],
  ];
  for (const [phrase, expected] of rows) assert.deepEqual(read(phrase), expected, phrase);
  // A fraction of something else is a share; a third has no exact decimal.
  assert.deepEqual(read('a quarter of the vote'), { length: 2, value: 25, unit: '%' });
  assert.notDeepEqual(read('a third of a percentage point'), { length: 4, value: 1 / 3, unit: '' });
});

test('ordinal day words: first to thirty-first, nothing past a month', () => {
  assert.equal(ordinalDayWord('first'), 1);
  assert.equal(ordinalDayWord('twelfth'), 12);
  assert.equal(ordinalDayWord('twenty-third'), 23);
  assert.equal(ordinalDayWord('thirty-first'), 31);
  assert.equal(ordinalDayWord('thirty-second'), null);
  assert.equal(ordinalDayWord('firstly'), null);
});
