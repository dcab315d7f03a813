import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterAverageLink, type SimilarityEdge } from '../../src/link/stories/average-link.ts';
import { readEventDay } from '../../src/link/stories/event-day.ts';
import { clusterStories } from '../../src/link/stories/stories.ts';
import { toDayNumber } from '../../src/nlp/day-number.ts';
import { tokenize } from '../../src/nlp/tokens.ts';
import { makeArticle } from '../helpers/article.ts';

/** 2031-09-12 is a Friday. */
const FRIDAY = toDayNumber('2031-09-12')!;
const eventDayOf = (lead: string, published: number | null = FRIDAY) =>
  readEventDay(tokenize(lead), lead.length, published).day;

describe('readEventDay: the day a lead puts its event on', () => {
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

  test("a possessive names the same day: yesterday's, today's, tonight's", () => {
    assert.equal(eventDayOf("The depot's fate was sealed in yesterday's council vote."), FRIDAY - 1);
    assert.equal(eventDayOf("Today's vote decides the depot."), FRIDAY);
    assert.equal(eventDayOf("Tonight's meeting is the depot's last chance."), FRIDAY);
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
    assert.equal(readEventDay(tokenize(`No time word here. ${lead}`), 10, FRIDAY).day, FRIDAY);
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

  test('days named by two leads on each side count when an unnamed headline spreads a group', () => {
    // 0, 1: the second debate's reports, naming day 107; 2, 3: the first's, naming day 100;
    // 4: a headline of the first (published day 100, no time word); 5: an undated column on the
    // second. 4 and 5 pair off, join the second debate, and spread its days from 100 to 107.
    const six: SimilarityEdge[] = [
      { a: 0, b: 1, sim: 1 },
      { a: 2, b: 3, sim: 1 },
      { a: 4, b: 5, sim: 0.95 },
      { a: 0, b: 5, sim: 0.9 },
      { a: 1, b: 5, sim: 0.9 },
      { a: 0, b: 4, sim: 0.6 },
      { a: 1, b: 4, sim: 0.6 },
      { a: 2, b: 4, sim: 0.8 },
      { a: 3, b: 4, sim: 0.8 },
      { a: 2, b: 5, sim: 0.6 },
      { a: 3, b: 5, sim: 0.6 },
      { a: 0, b: 2, sim: 0.7 },
      { a: 0, b: 3, sim: 0.7 },
      { a: 1, b: 2, sim: 0.7 },
      { a: 1, b: 3, sim: 0.7 },
    ];
    const debates = (stated: boolean[]) =>
      clusterAverageLink(6, six, 0.5, 0, {
        ...occasion([107, 107, 100, 100, 100]),
        days: [108, 108, 101, 100, 100, null],
        eventDays: [107, 107, 100, 100, 100, null],
        eventDaysStated: stated,
      });
    assert.deepEqual(debates([true, true, true, true, false, false]), [
      [0, 1, 4, 5],
      [2, 3],
    ]);
    assert.deepEqual(debates([true, false, true, true, false, false]), [[0, 1, 2, 3, 4, 5]]);
  });

  test('one outlet naming two days for two reports keeps them apart; two outlets do not', () => {
    const pair = (outlets: (string | null)[], stated = [true, true]) =>
      clusterAverageLink(2, [{ a: 0, b: 1, sim: 1 }], 0.5, 0, {
        ...occasion([100, 108]),
        days: [101, 109],
        eventDaysStated: stated,
        outlets,
      });
    assert.deepEqual(pair(['mercury', 'mercury']), [[0], [1]]);
    assert.deepEqual(pair(['mercury', 'courier']), [[0, 1]]);
    assert.deepEqual(pair([null, null]), [[0, 1]]);
    assert.deepEqual(pair(['mercury', 'mercury'], [true, false]), [[0, 1]]);
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

Annika Sollberg, chair of the Orsen River Authority, said on Thursday that the Kelby dam levy would bring in 3 million crowns annually, and that repair work would start in the spring.
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

At her news conference on Thursday, Orsen River Authority chair Annika Sollberg put a figure on the Kelby dam levy, the 12 crowns a year on every household approved by 7 votes to 4, at last: 3 million crowns a year. Work starts in spring, the shortlist comes in November, and Pavel Dunmore, who lost Tuesday's vote, is off to the regional court.
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

/**
 * Invented: the Brackwater ferry board raises fares on Tuesday 2031-09-09 and drops the rise on
 * Thursday 2031-09-18. A wire and a national paper report each; the town's own paper writes its
 * local angle on both, with the same townspeople each time.
 */
const mercury = (id: string, published: string, text: string) =>
  makeArticle(id, text, { published, title: text.split('\n')[0]!, outlet: 'Brackwater Mercury' });
const FARE_RISE = [
  report(
    'rise-wire',
    '2031-09-09',
    `Island ferry fares to rise 15 percent from October

The Selwick Ferry Board voted on Tuesday to raise fares on the island crossing by 15 percent from October, board chair Matthias Orrin said, blaming fuel costs.
"We run the boats at a loss every winter," Orrin said. The board's four island members voted against.
`,
  ),
  report(
    'rise-national',
    '2031-09-10',
    `Ferry board backs 15 percent fare rise despite island anger

The Selwick Ferry Board approved a 15 percent rise in crossing fares yesterday, with chair Matthias Orrin saying the boats "run at a loss every winter". The rise starts in October; island members of the board voted against it.
`,
  ),
  mercury(
    'rise-local',
    '2031-09-10',
    `What the ferry fare rise means for Brackwater

Yesterday's vote on the ferry will cost Brackwater families dearly. Harbourmaster Ilse Tamm said commuters who cross daily will pay about 40 crowns more a month from October.
Café owner Bruno Fenwick, whose trade depends on day visitors from the island, said: "Every crown on the ticket is a crown not spent on the quay."
The Selwick Ferry Board's 15 percent rise, which chair Matthias Orrin said was needed because "we run the boats at a loss every winter", starts in October. Councillor Hedda Lorne said Brackwater would ask for a discount for residents.
`,
  ),
];
const FARE_DROP = [
  report(
    'drop-wire',
    '2031-09-18',
    `Ferry board scraps fare rise after nine days

The Selwick Ferry Board dropped its planned 15 percent fare rise on Thursday after the regional government offered a fuel subsidy, board chair Matthias Orrin said.
"The subsidy changes the sums, so the rise goes," Orrin said.
`,
  ),
  report(
    'drop-national',
    '2031-09-19',
    `Fuel subsidy ends ferry fare row

A regional fuel subsidy persuaded the Selwick Ferry Board to abandon its 15 percent fare rise yesterday. Matthias Orrin, the chair, said the subsidy "changes the sums".
`,
  ),
  mercury(
    'drop-local',
    '2031-09-19',
    `Brackwater cheers as ferry fare rise is dropped

Brackwater commuters celebrated last night once the ferry fare rise was abandoned. Harbourmaster Ilse Tamm said the 40 crowns a month families feared would now stay in their pockets.
Café owner Bruno Fenwick said: "Every crown on the ticket is a crown not spent on the quay, and today the quay won."
The Selwick Ferry Board dropped its 15 percent rise after a regional fuel subsidy; chair Matthias Orrin said the subsidy "changes the sums". Councillor Hedda Lorne said the residents' discount campaign would go on.
`,
  ),
];

describe('clusterStories: one outlet names two days for its two reports', () => {
  test("a local paper's angles on a fare rise and on its reversal stay with their own events", () => {
    const groups = clusterStories([...FARE_RISE, ...FARE_DROP])
      .map((s) => s.articles)
      .sort();
    assert.deepEqual(groups, [FARE_DROP.map((a) => a.id).sort(), FARE_RISE.map((a) => a.id).sort()].sort());
  });
});

/**
 * Invented: both candidates for mayor of Corvale debate on the radio on Tuesday 2031-09-02 and
 * on television on Tuesday 2031-09-09. Each debate's reports name its day; a feed's headline of
 * the first and an undated column on the second name none.
 */
const RADIO_DEBATE = [
  report(
    'radio-wire',
    '2031-09-02',
    `Corvale mayoral rivals clash over parking charges

CORVALE, Sept 2 - Both candidates for mayor of Corvale clashed on Tuesday over parking charges in the first debate of the race, on Corvale Radio.
Mirelle Dax promised to scrap evening parking charges in the town centre. Oskar Pym said the charges paid for the night buses and called the promise "a hole in the budget with a ribbon on it".
`,
  ),
  report(
    'radio-local',
    '2031-09-03',
    `Parking row dominates first Corvale mayoral debate

Parking charges dominated the first mayoral debate on Corvale Radio last night. Mirelle Dax would scrap evening charges; Oskar Pym called that "a hole in the budget with a ribbon on it" and said the charges fund the night buses.
`,
  ),
  makeArticle('radio-feed', 'Dax and Pym clash on parking charges in radio debate', {
    published: '2031-09-02',
    title: 'Dax and Pym clash on parking charges in radio debate',
  }),
];
const TV_DEBATE = [
  report(
    'tv-national',
    '2031-09-10',
    `Paper mill site splits Corvale mayoral candidates in TV debate

The future of the closed Corvale paper mill split the town's mayoral candidates in a television debate last night. Oskar Pym wants 2,000 homes built there; Mirelle Dax wants it kept for industry. "Homes without work make a dormitory," Dax said.
`,
  ),
  report(
    'tv-local',
    '2031-09-10',
    `Mill site row in mayoral TV debate

Mirelle Dax and Oskar Pym argued over the old paper mill in last night's television debate. Pym's plan for 2,000 homes on the mill site would, Dax said, make Corvale "a dormitory". Pym said she stood in the way of housing for young families.
`,
  ),
  makeArticle(
    'tv-column',
    `Dax asked the right question

Oskar Pym had the sharper lines in Tuesday's television debate. Mirelle Dax won the argument: homes without work make a dormitory, and the paper mill site should keep its jobs. Pym's 2,000 homes on the mill site would suit young families who work elsewhere; the closed paper mill could give them work in Corvale.
Dax and Pym clash on parking charges every time they meet, and on parking charges Pym is right: scrapping them is a hole in the budget with a ribbon on it.
`,
    { title: 'Dax asked the right question' },
  ),
];

describe('clusterStories: two debates whose reports name two days', () => {
  test('a headline and an undated column do not bridge the two debates', () => {
    const stories = clusterStories([...RADIO_DEBATE, ...TV_DEBATE]).map((s) => s.articles);
    const radio = stories.find((s) => s.includes('radio-wire'))!;
    const tv = stories.find((s) => s.includes('tv-national'))!;
    assert.notEqual(radio, tv);
    assert.ok(radio.includes('radio-local') && tv.includes('tv-local'));
  });
});
