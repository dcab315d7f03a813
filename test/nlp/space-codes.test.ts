/** isSpaceCode is a regular expression's `\s`, code by code, over the whole Basic Multilingual Plane. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSpaceCode } from '../../src/nlp/space-codes.ts';

test('isSpaceCode holds exactly for the characters \\s matches', () => {
  const differ: string[] = [];
  for (let c = 0; c < 0x10000; c++)
    if (isSpaceCode(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c.toString(16));
  assert.deepEqual(differ, []);
});
