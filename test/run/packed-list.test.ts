import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PackedList } from '../../src/run/packed-list.ts';

test('packed values read back equal, in order, maps and sets included, however often', () => {
  const list = new PackedList<{ terms: Map<string, number>; names: Set<string>; at: number[] }>();
  const values = Array.from({ length: 500 }, (_, i) => ({
    terms: new Map([
      [`harbour${i}`, i],
      ['quota', 2],
    ]),
    names: new Set([`Vennik${i % 7}`]),
    at: [i, i + 1],
  }));
  for (const v of values) list.push(v);
  assert.equal(list.length, values.length);
  assert.deepEqual(list.get(123), values[123]);
  assert.deepEqual(list.get(123), values[123]);
  assert.deepEqual(list.unpack(), values);
});

test('a value larger than a buffer gets one of its own; the neighbours stay intact', () => {
  const list = new PackedList<string>();
  const big = 'x'.repeat(5 * 2 ** 20);
  list.push('before');
  list.push(big);
  list.push('after');
  assert.deepEqual(list.unpack(), ['before', big, 'after']);
});

test('asking for a value that is not there is a RangeError naming it', () => {
  const list = new PackedList<number>();
  list.push(1);
  assert.throws(() => list.get(1), /no packed value 1 of 1/);
  assert.throws(() => list.get(-1), RangeError);
});
