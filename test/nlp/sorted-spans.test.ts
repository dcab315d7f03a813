import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overlapsSortedSpans } from '../../src/nlp/sorted-spans.ts';

const SPANS = [
  { start: 2, end: 5 },
  { start: 10, end: 12 },
  { start: 20, end: 30 },
];

test('a range overlapping any of the sorted spans is found; one touching an edge or in a gap is not', () => {
  assert.equal(overlapsSortedSpans(SPANS, 4, 6), true);
  assert.equal(overlapsSortedSpans(SPANS, 11, 12), true);
  assert.equal(overlapsSortedSpans(SPANS, 0, 31), true);
  assert.equal(overlapsSortedSpans(SPANS, 5, 10), false);
  assert.equal(overlapsSortedSpans(SPANS, 0, 2), false);
  assert.equal(overlapsSortedSpans(SPANS, 30, 40), false);
  assert.equal(overlapsSortedSpans([], 0, 1), false);
});

test('a one-character range asks whether a position lies inside a span', () => {
  assert.equal(overlapsSortedSpans(SPANS, 2, 3), true);
  assert.equal(overlapsSortedSpans(SPANS, 29, 30), true);
  assert.equal(overlapsSortedSpans(SPANS, 12, 13), false);
});
