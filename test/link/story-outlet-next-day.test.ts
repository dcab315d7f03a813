import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterAverageLink, type SimilarityEdge } from '../../src/link/stories/average-link.ts';

describe('clusterAverageLink: one outlet names two consecutive days', () => {
  // 0, 1: the Monday signing's reports (0 by the wire, naming Monday); 2, 3: the Tuesday deal's
  // reports (2 by the wire, naming Tuesday). Same minister, same capital: the words join them.
  const edges: SimilarityEdge[] = [
    { a: 0, b: 1, sim: 1.2 },
    { a: 2, b: 3, sim: 1.2 },
    { a: 0, b: 2, sim: 1.0 },
    { a: 1, b: 3, sim: 0.9 },
    { a: 0, b: 3, sim: 0.9 },
    { a: 1, b: 2, sim: 0.9 },
  ];
  const cluster = (outlets: (string | null)[], stated: boolean[]) =>
    clusterAverageLink(4, edges, 0.65, 0, {
      days: [100, 100, 101, 101],
      windowDays: 1,
      cutFactor: 0.85,
      eventDays: [100, 100, 101, 101],
      eventDaysStated: stated,
      outlets,
      distinctMinGap: 2,
      distinctMaxGap: 14,
      distinctMaxSpread: 1,
    });

  test("the wire's Monday and its Tuesday are two occasions", () => {
    assert.deepEqual(cluster(['wire', 'paper', 'wire', 'tv'], [true, false, true, false]), [
      [0, 1],
      [2, 3],
    ]);
  });

  test('two outlets naming consecutive days are one news cycle: they merge', () => {
    assert.deepEqual(cluster(['wire', 'paper', 'agency', 'tv'], [true, false, true, false]), [[0, 1, 2, 3]]);
  });

  test('a day taken from publication, not named, says nothing', () => {
    assert.deepEqual(cluster(['wire', 'paper', 'wire', 'tv'], [true, false, false, false]), [[0, 1, 2, 3]]);
  });
});
