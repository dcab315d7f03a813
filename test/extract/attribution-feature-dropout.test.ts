/** Feature dropout in the averaged perceptron's training (averaged-perceptron.ts) on invented groups. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featureDropout } from '../../src/extract/attribution/averaged-perceptron.ts';
import { type Group, trainRanker } from '../../src/extract/attribution/model.ts';

test('dropout leaves out about its rate of features, the same ones for the same seed and step', () => {
  const drop = featureDropout(0.2, 7);
  let dropped = 0;
  for (let f = 0; f < 1000; f++)
    for (let step = 1; step <= 10; step++) dropped += drop(f * 7919, step) ? 1 : 0;
  assert.ok(dropped > 1700 && dropped < 2300, String(dropped));
  assert.equal(drop(123, 4), featureDropout(0.2, 7)(123, 4));
  assert.ok(!featureDropout(0, 7)(123, 4), 'rate 0 drops nothing');
});

/** A cue's right content reads a word feature (1) and a class feature (2); a wrong one the class alone. */
const groups: Group<number>[] = Array.from({ length: 30 }, () => ({
  options: [
    { features: [1, 2], quality: 1 },
    { features: [2, 3], quality: 0 },
  ],
}));

test('a dropped feature is neither scored nor updated, and training stays deterministic', () => {
  const never1 = (f: number): boolean => f === 1;
  const w = trainRanker(groups, 3, 1, never1);
  assert.equal(w.get(1) ?? 0, 0, 'feature 1 never learns');
  assert.ok((w.get(2) ?? 0) > (w.get(3) ?? 0), 'the rest still tell right from wrong');
  const half = featureDropout(0.5, 3);
  assert.deepEqual([...trainRanker(groups, 3, 1, half)], [...trainRanker(groups, 3, 1, half)]);
});
