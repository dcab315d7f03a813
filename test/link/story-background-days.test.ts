import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterAverageLink, type SimilarityEdge } from '../../src/link/stories/average-link.ts';
import { readEventDay } from '../../src/link/stories/event-day.ts';
import { toDayNumber } from '../../src/nlp/day-number.ts';
import { tokenize } from '../../src/nlp/tokens.ts';

/** 2031-09-12 is a Friday. */
const FRIDAY = toDayNumber('2031-09-12')!;
const read = (lead: string) => readEventDay(tokenize(lead), lead.length, FRIDAY, lead);

describe('readEventDay: a day the lead sets apart as background', () => {
  test('a fronted scene clause names the earlier day, the main clause the event', () => {
    const day = read(
      'Having opened the new depot on Monday, the mayor went on Thursday to close the old one.',
    );
    assert.deepEqual(day, { day: FRIDAY - 1, stated: true, background: FRIDAY - 4 });
    const after = read('After Tuesday’s walkout at the depot, drivers returned to work on Thursday.');
    assert.equal(after.day, FRIDAY - 1);
    const days = read('Two days after the depot vote on Tuesday, the council sold the site on Thursday.');
    assert.equal(days.day, FRIDAY - 1);
    assert.equal(days.background, FRIDAY - 3);
  });

  test('a clause after its comma is the main clause again', () => {
    // "After the storm," closes the scene; "on Monday" tells the event.
    assert.deepEqual(read('After the storm, the depot closed on Monday.'), {
      day: FRIDAY - 4,
      stated: true,
      background: null,
    });
  });

  test('sentences that each open on a day tell a sequence: the latest is the event', () => {
    const day = read('On Tuesday the mayor promised the depot would stay. On Thursday he sold it.');
    assert.deepEqual(day, { day: FRIDAY - 1, stated: true, background: FRIDAY - 3 });
    assert.equal(read('Yesterday the talks failed. Today the drivers walked out.').day, FRIDAY);
  });

  test('a day inside a sentence is not a sequence: the first time word still counts', () => {
    const day = read('The mayor spoke on Thursday about the depot vote held on Monday.');
    assert.deepEqual(day, { day: FRIDAY - 1, stated: true, background: null });
    // One opening day and a later one in the middle of a sentence: the opening day.
    assert.equal(read('On Tuesday the mayor said the depot would close on Thursday.').day, FRIDAY - 3);
  });

  test('without the text the first time word counts, as before', () => {
    const lead = 'On Tuesday the mayor promised the depot would stay. On Thursday he sold it.';
    assert.equal(readEventDay(tokenize(lead), lead.length, FRIDAY).day, FRIDAY - 3);
  });
});

describe('clusterAverageLink: a report that tells the earlier occasion as background', () => {
  // 0, 1: the Thursday event's reports (1 sets Monday apart as background); 2: a report of the
  // Monday event, its lead naming Monday; 3: a headline of the Monday event (no time word).
  const edges: SimilarityEdge[] = [
    { a: 0, b: 1, sim: 1.2 },
    { a: 0, b: 2, sim: 1.1 },
    { a: 1, b: 2, sim: 0.8 },
    { a: 2, b: 3, sim: 0.5 },
  ];
  const cluster = (backgroundDays: (number | null)[]) =>
    clusterAverageLink(4, edges, 0.65, 0, {
      days: [103, 104, 100, 100],
      windowDays: 1,
      cutFactor: 0.85,
      eventDays: [103, 103, 100, 100],
      eventDaysStated: [true, true, true, false],
      backgroundDays,
      distinctMinGap: 2,
      distinctMaxGap: 14,
      distinctMaxSpread: 1,
    });

  test('the Monday report stays out of the Thursday group whose member told Monday apart', () => {
    assert.deepEqual(cluster([null, 100, null, null]), [[0, 1], [2], [3]]);
  });

  test('without the background day the words carry it in', () => {
    assert.deepEqual(cluster([null, null, null, null]), [[0, 1, 2], [3]]);
  });

  test('a background day on the group’s own day (one news cycle) keeps nothing apart', () => {
    assert.deepEqual(
      clusterAverageLink(3, edges.slice(0, 3), 0.65, 0, {
        days: [101, 101, 100],
        windowDays: 1,
        cutFactor: 0.85,
        eventDays: [101, 101, 100],
        eventDaysStated: [true, true, true],
        backgroundDays: [null, 100, null],
        distinctMinGap: 2,
        distinctMaxGap: 14,
        distinctMaxSpread: 1,
      }),
      [[0, 1, 2]],
    );
  });
});
