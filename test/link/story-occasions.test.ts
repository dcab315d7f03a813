import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterAverageLink, type SimilarityEdge } from '../../src/link/stories/average-link.ts';
import { getEventDay } from '../../src/link/stories/event-day.ts';
import { clusterStories } from '../../src/link/stories/stories.ts';
import { toDayNumber } from '../../src/link/stories/story-features.ts';
import { tokenize } from '../../src/nlp/tokens.ts';
import { makeArticle } from '../helpers/article.ts';

/** 2031-09-12 is a Friday. */
const FRIDAY = toDayNumber('2031-09-12')!;
const eventDayOf = (lead: string, published: number | null = FRIDAY) =>
  getEventDay(tokenize(lead), lead.length, published);

describe('getEventDay: the day a lead puts its event on', () => {
  test('a weekday is its latest occurrence on or before the publication day', () => {
    assert.equal(eventDayOf('The council voted on Wednesday to close the depot.'), FRIDAY - 2);
    assert.equal(eventDayOf('The mayor said Friday that the depot would close.'), FRIDAY);
    assert.equal(eventDayOf("Wednesday's vote left the depot without a budget."), FRIDAY - 2);
    assert.equal(eventDayOf('Last Friday the council met in private.'), FRIDAY - 7);
  });

  test('relative words: yesterday, last night, today, this morning', () => {
    assert.equal(eventDayOf('The depot closed yesterday after forty years.'), FRIDAY - 1);
    assert.equal(eventDayOf('Councillors walked out last night.'), FRIDAY - 1);
    assert.equal(eventDayOf('The depot closes today.'), FRIDAY);
    assert.equal(eventDayOf('As of this morning the depot is shut.'), FRIDAY);
  });

  test('a bound or a plan is not the event: since, until, by, next', () => {
    assert.equal(
      eventDayOf('Crews have worked since Monday night; the mayor spoke on Thursday.'),
      FRIDAY - 1,
    );
    assert.equal(eventDayOf('The depot stays open until Sunday, the mayor said.'), FRIDAY);
    assert.equal(eventDayOf('A vote is due next Tuesday.'), FRIDAY);
  });

  test('only the first time word of the lead counts, and only within the lead', () => {
    const lead = 'The mayor spoke on Thursday about the vote held on Monday.';
    assert.equal(eventDayOf(lead), FRIDAY - 1);
    assert.equal(getEventDay(tokenize(`No time word here. ${lead}`), 10, FRIDAY), FRIDAY);
  });

  test('an undated report has no event day', () => {
    assert.equal(eventDayOf('The council voted on Wednesday.', null), null);
  });
});

describe('clusterAverageLink: two groups naming two days are two occasions', () => {
  // Four reports all alike (0.9): two pairs, each pair close inside (1.0).
  const edges: SimilarityEdge[] = [
    { a: 0, b: 1, sim: 1 },
    { a: 2, b: 3, sim: 1 },
    { a: 0, b: 2, sim: 0.9 },
    { a: 0, b: 3, sim: 0.9 },
    { a: 1, b: 2, sim: 0.9 },
    { a: 1, b: 3, sim: 0.9 },
  ];
  const occasion = (eventDays: number[]) => ({
    days: [100, 101, 102, 103],
    windowDays: 1,
    cutFactor: 1,
    eventDays,
    distinctMinGap: 2,
    distinctMaxGap: 14,
    distinctMaxSpread: 1,
  });
  const cluster = (eventDays: number[]) => clusterAverageLink(4, edges, 0.5, 0, occasion(eventDays));

  test('each pair on its own day, two days apart: two stories', () => {
    assert.deepEqual(cluster([100, 100, 102, 102]), [
      [0, 1],
      [2, 3],
    ]);
  });

  test('consecutive days are one news cycle: one story', () => {
    assert.deepEqual(cluster([100, 100, 101, 101]), [[0, 1, 2, 3]]);
  });

  test('a group that does not agree on its day is not an occasion of its own', () => {
    assert.deepEqual(cluster([100, 103, 106, 106]), [[0, 1, 2, 3]]);
  });

  test('beyond the longest gap the pair similarities judge alone', () => {
    assert.deepEqual(cluster([100, 100, 130, 130]), [[0, 1, 2, 3]]);
  });

  test('a report alone is judged by similarity (a follow-up days later)', () => {
    const three = clusterAverageLink(
      3,
      edges.slice(0, 1).concat(edges.slice(2, 3), edges.slice(4, 5)),
      0.5,
      0,
      {
        ...occasion([100, 100, 105]),
        days: [100, 100, 105],
      },
    );
    assert.deepEqual(three, [[0, 1, 2]]);
  });
});

/**
 * Invented: a river authority's board votes on a dam levy on Tuesday; on Thursday its chair holds
 * a press conference about the levy. Three outlets report each, with the same people and subject.
 */
const report = (id: string, published: string, text: string) =>
  makeArticle(id, text, { published, title: text.split('\n')[0]! });

const VOTE = [
  report(
    'vote-wire',
    '2031-09-09',
    `Orsen river board approves dam levy

The Orsen River Authority board voted 7 to 4 on Tuesday to approve a levy of 12 crowns a year on every household in the valley to repair the Kelby dam, board chair Annika Sollberg said.
"The dam is ninety years old and it will not mend itself," Sollberg said after the vote. Farmers' representative Pavel Dunmore voted against, calling the levy "a tax on the people the dam protects."
`,
  ),
  report(
    'vote-local',
    '2031-09-10',
    `Valley households to pay 12 crowns for Kelby dam repairs

Households across the Orsen valley will pay a levy of 12 crowns a year after the river authority's board approved the Kelby dam repair plan yesterday by 7 votes to 4.
Board chair Annika Sollberg said the dam "will not mend itself". Pavel Dunmore, who speaks for valley farmers on the board, voted no, calling the levy a tax on the people the dam protects.
`,
  ),
  report(
    'vote-blog',
    '2031-09-09',
    `Sollberg wins dam levy vote, Dunmore cries foul

The Orsen River Authority board approved its Kelby dam levy on Tuesday, 7 votes to 4. Chair Annika Sollberg said the 12-crown levy on every household in the valley was the only way to repair a ninety-year-old dam that "will not mend itself"; Pavel Dunmore called it a tax on the people the dam protects.
`,
  ),
];
const PRESS = [
  report(
    'press-wire',
    '2031-09-11',
    `Orsen river board chair says Kelby dam levy on valley households will raise 3 million

Annika Sollberg, chair of the Orsen River Authority, said on Thursday that the Kelby dam levy would raise 3 million crowns a year and that repair work would start in the spring.
Speaking at a news conference in Orsen, two days after the board approved the 12-crown household levy by 7 votes to 4, Sollberg said the authority would publish the contractor shortlist in November. Pavel Dunmore, the farmers' representative on the board who called the levy "a tax on the people the dam protects", said he would ask the regional court to review the levy.
The board voted on Tuesday to charge every household in the Orsen valley 12 crowns a year to repair the ninety-year-old Kelby dam.
`,
  ),
  report(
    'press-local',
    '2031-09-12',
    `Kelby dam repairs to begin in spring as valley households pay 12-crown levy, Sollberg says

Repairs to the Kelby dam will begin in the spring, Orsen River Authority chair Annika Sollberg told a news conference yesterday, with the 12-crown household levy the board approved by 7 votes to 4 on Tuesday raising 3 million crowns a year.
Pavel Dunmore said farmers would take the levy to the regional court. The contractor shortlist is due in November.
Valley households will pay the levy of 12 crowns a year from January after Tuesday's board vote on the Kelby dam repair plan, which Sollberg won 7 votes to 4.
`,
  ),
  report(
    'press-blog',
    '2031-09-11',
    `Sollberg: 3 million a year from Orsen valley dam levy, Dunmore heads to court

At her news conference on Thursday, Orsen River Authority chair Annika Sollberg put a figure on the Kelby dam levy, the 12 crowns a year on every household approved by 7 votes to 4, for the first time: 3 million crowns a year. Work starts in spring, the shortlist comes in November, and Pavel Dunmore, who lost Tuesday's vote, is off to the regional court.
Every household in the Orsen valley pays the 12-crown levy, which the board approved 7 votes to 4, to keep the Kelby dam standing; Dunmore still calls it a tax on the people the dam protects.
`,
  ),
];

describe('clusterStories: a vote and the press conference two days later', () => {
  test('reports of each occasion stay together and apart from the other', () => {
    const groups = clusterStories([...VOTE, ...PRESS])
      .map((s) => s.articles)
      .sort();
    assert.deepEqual(groups, [PRESS.map((a) => a.id).sort(), VOTE.map((a) => a.id).sort()].sort());
  });
});
