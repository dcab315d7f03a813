/**
 * The cue prior (src/extract/attribution/cue-prior.ts): a cue word's stem, counted as a head of
 * annotated cues against its occurrences, read as bucketed features. Counts are set here by hand;
 * ../shared is not needed.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import shipped from '../../src/extract/attribution/cue-priors.json' with { type: 'json' };
import {
  cuePriorFeatures,
  cuePriorOf,
  priorOfCounts,
  useCuePriors,
} from '../../src/extract/attribution/cue-prior.ts';
import { inflectionStem } from '../../src/nlp/stem.ts';

/** Counts keyed as training keys them: by the inflection stem of a word. */
function counts(...rows: [string, number, number][]): Map<string, [number, number]> {
  return new Map(rows.map(([word, cue, seen]) => [inflectionStem(word), [cue, seen]]));
}

// The shipped counts are put back after the tests that replace them.
after(() => useCuePriors(new Map(Object.entries(shipped.stems) as [string, [number, number]][])));

test('a stem that heads no cue has no prior, whatever its count', () => {
  assert.deepEqual(priorOfCounts(0, 500), priorOfCounts(0, 3));
});

test('the share bucket tells a mostly-cue stem from a mostly-other one', () => {
  assert.notEqual(priorOfCounts(40, 50).share, priorOfCounts(40, 4000).share);
  assert.equal(priorOfCounts(40, 50).share, priorOfCounts(6, 10).share);
});

test('a high share seen once is not read as the same evidence as one seen thirty times', () => {
  assert.equal(priorOfCounts(1, 2).share, priorOfCounts(30, 60).share);
  assert.notEqual(priorOfCounts(1, 2).shareAndCount, priorOfCounts(30, 60).shareAndCount);
});

test('a share is bounded: more cue heads than occurrences reads as all of them', () => {
  assert.deepEqual(priorOfCounts(5, 3), priorOfCounts(5, 5));
});

test('every form of a stem reads its prior, counted once per stem', () => {
  useCuePriors(counts(['beseech', 12, 20]));
  const prior = cuePriorOf('beseeched');
  assert.deepEqual(cuePriorOf('beseeches'), prior);
  assert.deepEqual(cuePriorOf('beseeching'), prior);
  assert.deepEqual(prior, priorOfCounts(12, 20));
  assert.deepEqual(cuePriorOf('teapot'), priorOfCounts(0, 0));
});

test('replacing the counts forgets the priors remembered from the old ones', () => {
  useCuePriors(counts(['grumble', 9, 10]));
  const high = cuePriorOf('grumbled');
  useCuePriors(counts(['grumble', 1, 400]));
  assert.notDeepEqual(cuePriorOf('grumbled'), high);
});

test('the features differ by prior and by direction, not by the form of the word', () => {
  useCuePriors(counts(['grumble', 9, 10], ['table', 1, 400]));
  const [a, share] = cuePriorFeatures('grumbled', 1);
  assert.deepEqual(cuePriorFeatures('grumbles', 1), [a, share]);
  assert.notEqual(cuePriorFeatures('tabled', 1)[0], a);
  assert.notEqual(cuePriorFeatures('grumbled', 2)[0], a);
  assert.equal(cuePriorFeatures('grumbled', 2)[1], share);
});
