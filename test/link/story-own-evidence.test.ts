import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cutStoryGraph } from '../../src/link/stories/stories.ts';
import { STORY_EDGES, STORY_IDS } from '../helpers/story-graph.ts';

/**
 * A story of four reports and a next-day column with one link at the cut, to the one member that
 * names what the column names: average linkage leaves it out, and one link alone is not enough
 * (story-lone-reports.test.ts). A name or a figure that only the column and that story name (a
 * judge's name, "sixty-one percent"), within one news cycle, makes the link the story's own.
 */
describe('cutStoryGraph: one link at the cut backed by a name or figure no other story names', () => {
  const ids = [...STORY_IDS];
  const story = STORY_EDGES;
  const edges = [...story, { a: 0, b: 4, sim: 0.9 }];
  const occasion = { days: [9, 9, 9, 9, 10, 9, 9], windowDays: 1, cutFactor: 1 };
  const cut = (evidence: string[][], more: typeof edges = []) =>
    cutStoryGraph({ ids, edges: [...edges, ...more], occasion, evidence }, 0.65, 0);
  const none: string[] = [];

  test("the judge's name, named by the column and that member only, brings it in", () => {
    const evidence = [['ravell', 'capital'], none, none, none, ['ravell', 'capital'], ['capital'], none];
    assert.deepEqual(cut(evidence), [
      ['a', 'b', 'c', 'd', 's'],
      ['x', 'y'],
    ]);
  });

  test('a name another story names too is no evidence: the column stays alone', () => {
    const evidence = [['capital'], none, none, none, ['capital'], ['capital'], none];
    assert.deepEqual(cut(evidence), [['a', 'b', 'c', 'd'], ['s'], ['x', 'y']]);
  });

  test('an unbacked link at the cut to another story does not stop it', () => {
    const evidence = [['#43', 'capital'], none, none, none, ['#43', 'capital'], ['capital'], none];
    assert.deepEqual(cut(evidence, [{ a: 4, b: 5, sim: 0.7 }]), [
      ['a', 'b', 'c', 'd', 's'],
      ['x', 'y'],
    ]);
  });

  test('backed links to two stories leave it alone', () => {
    const evidence = [['#43'], none, none, none, ['#43', 'ravell'], ['ravell'], none];
    assert.deepEqual(cut(evidence, [{ a: 4, b: 5, sim: 0.7 }]), [['a', 'b', 'c', 'd'], ['s'], ['x', 'y']]);
  });

  test('a weekday or a month both name is no evidence: it says when, not which event', () => {
    const evidence = [['thursday', 'june'], none, none, none, ['thursday', 'june'], none, none];
    assert.deepEqual(cut(evidence), [['a', 'b', 'c', 'd'], ['s'], ['x', 'y']]);
  });

  test('a report outside the news cycle (days later) stays alone', () => {
    const evidence = [['ravell'], none, none, none, ['ravell'], none, none];
    const later = { ...occasion, days: [9, 9, 9, 9, 15, 9, 9] };
    assert.deepEqual(cutStoryGraph({ ids, edges, occasion: later, evidence }, 0.65, 0), [
      ['a', 'b', 'c', 'd'],
      ['s'],
      ['x', 'y'],
    ]);
  });

  test('an undated column is judged as before', () => {
    const evidence = [['ravell'], none, none, none, ['ravell'], none, none];
    const undated = { ...occasion, days: [9, 9, 9, 9, null, 9, 9] };
    assert.deepEqual(cutStoryGraph({ ids, edges, occasion: undated, evidence }, 0.65, 0), [
      ['a', 'b', 'c', 'd'],
      ['s'],
      ['x', 'y'],
    ]);
  });

  test("a report whose lead tells another day than the member's is another occasion: it stays alone", () => {
    const evidence = [['ravell'], none, none, none, ['ravell'], none, none];
    const told = (stated: boolean) => ({
      ...occasion,
      eventDays: [10, 10, 10, 10, 9, 9, 9],
      eventDaysStated: [true, false, false, false, stated, false, false],
    });
    assert.deepEqual(cutStoryGraph({ ids, edges, occasion: told(true), evidence }, 0.65, 0), [
      ['a', 'b', 'c', 'd'],
      ['s'],
      ['x', 'y'],
    ]);
    // Look-alike: a day read from its date line alone, not told by its lead, is judged as before.
    assert.deepEqual(cutStoryGraph({ ids, edges, occasion: told(false), evidence }, 0.65, 0), [
      ['a', 'b', 'c', 'd', 's'],
      ['x', 'y'],
    ]);
  });
});
