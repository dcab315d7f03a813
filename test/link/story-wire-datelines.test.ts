import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterAverageLink, type SameOccasion } from '../../src/link/stories/average-link.ts';
import { datelineMonthDay } from '../../src/nlp/dateline.ts';

/**
 * One wire's reports filed on two occasions: pasted without their metadata they are undated, and
 * the wire's template, byline and cast make them closer to each other than to their own events'
 * reports; their datelines' days say they are two occasions. Every name and sentence is invented
 * for these tests.
 */
test('a dateline gives its month, day and wire', () => {
  const text =
    'Port council meets\n\nBy Ann Vole\n\nREYKJAVIK, Oct. 15 (Harbour Press Agency) - A council met.';
  assert.deepEqual(datelineMonthDay(text), { month: 10, day: 15, wire: 'harbour press agency' });
});

function occasion(datelines: SameOccasion['datelines']): SameOccasion {
  return { days: [null, null], windowDays: 1, cutFactor: 1, datelines, freshDays: 4 };
}

test('two reports of one wire whose datelines are months apart stay apart, however alike', () => {
  const edges = [{ a: 0, b: 1, sim: 1 }];
  const apart = clusterAverageLink(
    2,
    edges,
    0.65,
    0.5,
    occasion([
      { day: 111, wire: 'harbour press agency' },
      { day: 288, wire: 'harbour press agency' },
    ]),
  );
  assert.deepEqual(apart, [[0], [1]]);
  // Filed within the window of fresh coverage (across a year's end too), they may be one story.
  const near = clusterAverageLink(
    2,
    edges,
    0.65,
    0.5,
    occasion([
      { day: 363, wire: 'harbour press agency' },
      { day: 2, wire: 'harbour press agency' },
    ]),
  );
  assert.deepEqual(near, [[0, 1]]);
  // Two wires' datelines are left to similarity: another wire's sequel may follow the story.
  const wires = clusterAverageLink(
    2,
    edges,
    0.65,
    0.5,
    occasion([
      { day: 111, wire: 'harbour press agency' },
      { day: 288, wire: 'coast wire' },
    ]),
  );
  assert.deepEqual(wires, [[0, 1]]);
});
