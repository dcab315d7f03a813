import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cutStoryGraph } from '../../src/link/stories/stories.ts';
import { STORY_EDGES, STORY_IDS } from '../helpers/story-graph.ts';

/**
 * A story of four reports, tight among themselves, and a report close to two of them but far from
 * the two one-line briefs: average linkage leaves it out (its mean link to the four is under the
 * cut). Links at the cut to two or more members of one story, and to no other, bring it in, when
 * the report and those members are dated.
 */
describe('cutStoryGraph: a report left alone with links at the cut to one story', () => {
  const ids = [...STORY_IDS];
  const story = STORY_EDGES;

  test('two links at the cut to one story bring it in', () => {
    const edges = [...story, { a: 0, b: 4, sim: 0.9 }, { a: 1, b: 4, sim: 0.7 }];
    assert.deepEqual(cutStoryGraph({ ids, edges }, 0.65, 0), [
      ['a', 'b', 'c', 'd', 's'],
      ['x', 'y'],
    ]);
  });

  test('one link at the cut is not enough', () => {
    const edges = [...story, { a: 0, b: 4, sim: 0.9 }, { a: 1, b: 4, sim: 0.5 }];
    assert.deepEqual(cutStoryGraph({ ids, edges }, 0.65, 0), [['a', 'b', 'c', 'd'], ['s'], ['x', 'y']]);
  });

  test('links at the cut to two stories leave it alone', () => {
    const edges = [...story, { a: 0, b: 4, sim: 0.9 }, { a: 1, b: 4, sim: 0.7 }, { a: 4, b: 5, sim: 0.66 }];
    assert.deepEqual(cutStoryGraph({ ids, edges }, 0.65, 0), [['a', 'b', 'c', 'd'], ['s'], ['x', 'y']]);
  });

  test('an undated report, or links to undated members, bring nothing in', () => {
    const edges = [...story, { a: 0, b: 4, sim: 0.9 }, { a: 1, b: 4, sim: 0.7 }];
    const dated = (days: (number | null)[]) => ({ days, windowDays: 1, cutFactor: 1 });
    assert.deepEqual(cutStoryGraph({ ids, edges, occasion: dated([9, 9, 9, 9, null, 9, 9]) }, 0.65, 0), [
      ['a', 'b', 'c', 'd'],
      ['s'],
      ['x', 'y'],
    ]);
    assert.deepEqual(cutStoryGraph({ ids, edges, occasion: dated([9, null, 9, 9, 9, 9, 9]) }, 0.65, 0), [
      ['a', 'b', 'c', 'd'],
      ['s'],
      ['x', 'y'],
    ]);
    assert.deepEqual(cutStoryGraph({ ids, edges, occasion: dated([9, 9, 9, 9, 9, 9, 9]) }, 0.65, 0), [
      ['a', 'b', 'c', 'd', 's'],
      ['x', 'y'],
    ]);
  });
});
