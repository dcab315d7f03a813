import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateExpressions } from '../../src/analyze/dates/expressions.ts';
import { seasonYear } from '../../src/analyze/dates/seasons.ts';
import { buildTimeline } from '../../src/analyze/timeline.ts';
import type { Article } from '../../src/model/article.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';

/** Invented articles only: Harbour Council of Velmora, its director Ilsa Varn, its canal locks. */
function article(id: string, text: string, published: string | null): Article {
  return makeArticle(id, text, { published, title: null });
}

const datesOf = (text: string, published: string | null): string[] =>
  buildTimeline([article('a.txt', text, published)], []).map((t) => t.date);

test('timeline: absolute dates at day, month and year precision', () => {
  const text =
    'The Velmora locks closed on March 14, 2023 for repairs. ' +
    'The harbour council approved the budget in October 2024. ' +
    'The canal was first dug in 1911 by hand.';
  assert.deepEqual(datesOf(text, null), ['1911', '2023-03-14', '2024-10']);
});

test('timeline: each entry points at the clause that states it, with the date inside', () => {
  const text = 'Ilsa Varn said the Velmora locks closed on March 14, 2023 for repairs.';
  const [item] = buildTimeline([article('a.txt', text, null)], []);
  assert.ok(item);
  const [ev] = item.evidence;
  assert.ok(ev);
  assert.equal(ev.text, text.slice(ev.start, ev.end));
  assert.match(item.label, /locks closed on March 14, 2023/);
  assert.equal(ev.article, 'a.txt');
});

test('timeline: "last week" in an article dated the 2nd falls in the month before', () => {
  assert.deepEqual(datesOf('The council met last week to vote on tolls.', '2026-03-02'), ['2026-02']);
});

test('timeline: "in December" in an article dated January 3 is the December before', () => {
  const dates = datesOf('The harbour council voted in December to raise tolls.', '2027-01-03');
  assert.deepEqual(dates, ['2026-12']);
});

test('timeline: "last month" crosses the year boundary', () => {
  assert.deepEqual(datesOf('Tolls rose last month, the council said.', '2027-01-10'), ['2026-12']);
});

test('timeline: "on Sunday" in an article dated on a Wednesday is the Sunday before', () => {
  // 2026-04-01 is a Wednesday; the Sunday before is 2026-03-29, across the month boundary.
  assert.deepEqual(datesOf('On Sunday, Ilsa Varn opened the locks.', '2026-04-01'), ['2026-03-29']);
});

test('timeline: relative dates are skipped when the article has no date', () => {
  assert.deepEqual(datesOf('On Sunday, Ilsa Varn opened the locks last month.', null), []);
});

test('timeline: the modal "may", the verb "march" and "2,000" are no dates', () => {
  const text =
    'The council may raise tolls. May they reconsider? Dockers march on the harbour, ' +
    'some 2,000 of them. The harbour handled 2050 ships.';
  assert.deepEqual(datesOf(text, '2026-04-01'), []);
});

test('timeline: "in the spring" is the spring already begun, at year precision', () => {
  assert.deepEqual(datesOf('Talks took place in the spring.', '2026-11-09'), ['2026']);
  assert.equal(seasonYear(2026, 1, 3, ''), 2025);
  assert.equal(seasonYear(2026, 1, 3, 'next'), 2026);
  assert.equal(seasonYear(2026, 7, 6, 'last'), 2025);
});

test('timeline: a duration before a date resolves to the date it is anchored to', () => {
  const found = findDateExpressions('Tolls stay frozen for one year after May 5, 2027.', null);
  assert.deepEqual(
    found.map((f) => [f.text, f.date]),
    [['May 5, 2027', '2027-05-05']],
  );
});

test('timeline: dates inside chrome ranges are ignored', () => {
  const text = 'Read next: 12 March 2025 ferry timetable\n\nThe locks closed in June 2024.';
  const a = makeArticle('a.txt', text, {
    published: null,
    boilerplate: [{ start: 0, end: 40, kind: 'related-rail', rule: 'test' }],
  });
  assert.deepEqual(
    buildTimeline([a], []).map((t) => t.date),
    ['2024-06'],
  );
});

test('timeline: one event told by two articles is one entry with evidence from each', () => {
  const a = article('a.txt', 'The Velmora locks were rebuilt in 1998 after the flood.', null);
  const b = article('b.txt', 'Engineers recall that the Velmora locks were rebuilt in 1998.', null);
  const c = article('c.txt', 'A new mayor was elected in 1998.', null);
  const timeline = buildTimeline([b, c, a], []);
  const locks = timeline.filter((t) => /locks/.test(t.label));
  assert.equal(locks.length, 1);
  assert.deepEqual(locks[0]!.evidence.map((e) => e.article).sort(), ['a.txt', 'b.txt']);
  assert.equal(timeline.length, 2);
  assert.deepEqual(buildTimeline([a, b, c], []), timeline, 'order of input does not matter');
});

test('timeline: each story is an event at its earliest article date, labelled by its title', () => {
  const a = makeArticle('a.txt', 'Harbour tolls rise\n\nTolls rose on Monday.', {
    title: 'Harbour tolls rise',
    published: '2026-05-06T10:00:00Z',
  });
  const b = makeArticle('b.txt', 'Tolls up again\n\nThe council raised tolls.', {
    title: 'Tolls up again',
    published: '2026-05-05',
  });
  const story: Story = {
    id: 'story-1',
    title: 'Harbour tolls rise',
    articles: ['a.txt', 'b.txt'],
    primary: null,
    primaryConfidence: 1,
  };
  const timeline = buildTimeline([a, b], [story]);
  const event = timeline.find((t) => t.label === 'Harbour tolls rise');
  assert.ok(event);
  assert.equal(event.date, '2026-05-05');
  assert.deepEqual(
    event.evidence.map((e) => [e.article, e.text]),
    [
      ['a.txt', 'Harbour tolls rise'],
      ['b.txt', 'Tolls up again'],
    ],
  );
  // "on Monday" in the article dated Wednesday 2026-05-06 is 2026-05-04.
  assert.ok(timeline.some((t) => t.date === '2026-05-04'));
  const sorted = [...timeline].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  assert.deepEqual(timeline, sorted);
});

test('timeline: a report joins the earliest event of its date it shares two words with, not a later one', () => {
  // The second clause shares one word with the first ("locks"), so it is another event; the third
  // shares two with the first and four with the second, yet joins the first, as a scan in order would.
  const first = article('a.txt', 'On March 14, 2023 the Velmora locks stopped the ferry.', null);
  const second = article('b.txt', 'On March 14, 2023 engineers inspected the locks gates and ramps.', null);
  const third = article(
    'c.txt',
    'On March 14, 2023 engineers inspected gates as locks held the ferry.',
    null,
  );
  const other = article('d.txt', 'On March 14, 2023 the council voted tolls.', null);
  const items = buildTimeline([first, second, third, other], []);
  const day = items.filter((t) => t.date === '2023-03-14');
  assert.equal(day.length, 3);
  const joined = day.find((t) => t.evidence.some((e) => e.article === 'c.txt'))!;
  assert.deepEqual(
    joined.evidence.map((e) => e.article),
    ['a.txt', 'c.txt'],
  );
});
