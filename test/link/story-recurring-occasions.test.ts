import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterAverageLink } from '../../src/link/stories/average-link.ts';
import { clusterStories } from '../../src/link/stories/stories.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A recurring occasion (a monthly figure, a monthly meeting) reported by one outlet in one template
 * month after month: the outlet's two reports, each naming its own day, are two occasions however
 * many weeks apart, while isDistinctOccasion's longest gap still lets other outlets' sequels of a
 * broad story be judged by similarity.
 */
describe('clusterAverageLink: one outlet naming two days weeks apart', () => {
  const pair = (outlets: string[], eventDays: number[]) =>
    clusterAverageLink(2, [{ a: 0, b: 1, sim: 1 }], 0.5, 0, {
      days: eventDays,
      windowDays: 1,
      cutFactor: 1,
      eventDays,
      eventDaysStated: [true, true],
      outlets,
      distinctMinGap: 2,
      distinctMaxGap: 14,
      distinctMaxSpread: 1,
    });

  test('four weeks apart, one outlet: two occasions', () => {
    assert.deepEqual(pair(['wire', 'wire'], [100, 128]), [[0], [1]]);
  });

  test('four weeks apart, two outlets: judged by similarity', () => {
    assert.deepEqual(pair(['wire', 'courier'], [100, 128]), [[0, 1]]);
  });
});

/** Invented: a statistics office's monthly retail figure, two months running, two outlets each. */
const report = (id: string, published: string, outlet: string, text: string) =>
  makeArticle(id, text, { published, outlet, title: text.split('\n')[0]! });

const MAY = [
  report(
    'may-wire',
    '2031-06-10',
    'Velmark Wire',
    `Velmark retail sales rise 1.2 percent in May

ORSBY (VW) - Velmark's retail sales rose 1.2 percent in May from April, the Velmark Statistics Bureau said on Tuesday, the strongest month since the autumn.
Clothing and garden centres led the gains. Economists polled by the wire had expected a rise of 0.6 percent. Sales were 3.1 percent higher than a year earlier.`,
  ),
  report(
    'may-herald',
    '2031-06-10',
    'Orsby Herald',
    `Sunshine sends shoppers back to the high street

Garden centres and clothes shops had their best May in years as warm weather brought shoppers out, the statistics bureau's retail figures showed, a rise of 1.2 percent on April.`,
  ),
];

const JUNE = [
  report(
    'june-wire',
    '2031-07-08',
    'Velmark Wire',
    `Velmark retail sales fall 0.8 percent in June

ORSBY (VW) - Velmark's retail sales fell 0.8 percent in June from May, the Velmark Statistics Bureau said on Tuesday, the weakest month since the winter.
Furniture and electrical goods led the falls. Economists polled by the wire had expected a rise of 0.2 percent. Sales were 1.9 percent higher than a year earlier.`,
  ),
  report(
    'june-herald',
    '2031-07-08',
    'Orsby Herald',
    `Sofa and fridge buyers stay away as spending slips

Shops selling furniture and electrical goods had a dismal June, the statistics bureau's retail figures showed, with spending down 0.8 percent on May as households held back on big purchases.`,
  ),
];

describe('clusterStories: one outlet reports a monthly figure two months running', () => {
  test('the two months are two stories', () => {
    const stories = clusterStories([...MAY, ...JUNE]).map((s) => [...s.articles].sort());
    assert.deepEqual(
      stories.sort((p, q) => (p[0]! < q[0]! ? -1 : 1)),
      [
        ['june-herald', 'june-wire'],
        ['may-herald', 'may-wire'],
      ],
    );
  });
});
