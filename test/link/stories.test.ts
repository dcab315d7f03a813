import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { clusterAverageLink } from '../../src/link/stories/average-link.ts';
import { EventContrast } from '../../src/link/stories/event-contrast.ts';
import {
  buildStory,
  clusterStories,
  cutStoryGraph,
  makeStoryId,
  StoryClusterer,
} from '../../src/link/stories/stories.ts';
import { collectVenues, getStoryFeatures } from '../../src/link/stories/story-features.ts';
import { getStorySimilarity, SHINGLE_SATURATION } from '../../src/link/stories/story-similarity.ts';
import { STORY_TUNING } from '../../src/link/stories/story-tuning.ts';
import { prepareArticle } from '../../src/ingest/ingest.ts';
import { readJsonLines } from '../../src/ingest/read-records.ts';
import { makeArticle } from '../helpers/article.ts';
import {
  ALL,
  EARTHQUAKE,
  EARTHQUAKE_2,
  OTHER_INTERVIEW,
  REPORT_A,
  KORSBY,
  REPORT_B,
  TRANSCRIPT,
  VELMAR,
  VELMAR_HEADLINE_RECORD,
} from './story-fixtures.ts';

const membersOf = (stories: { articles: string[] }[]) => stories.map((s) => s.articles).sort();

describe('clusterStories', () => {
  test('an interview transcript and its two reports form one story', () => {
    const stories = clusterStories(ALL);
    const interview = stories.find((s) => s.articles.includes(TRANSCRIPT.id));
    assert.deepEqual(interview?.articles, [REPORT_A.id, REPORT_B.id, TRANSCRIPT.id].sort());
  });

  test('a report of a different interview by the same speaker is a story of its own', () => {
    const stories = clusterStories(ALL);
    assert.deepEqual(stories.find((s) => s.articles.includes(OTHER_INTERVIEW.id))?.articles, [
      OTHER_INTERVIEW.id,
    ]);
  });

  test('two reports of an unrelated event group together, apart from the interview', () => {
    assert.deepEqual(membersOf(clusterStories(ALL)), [
      [EARTHQUAKE.id, EARTHQUAKE_2.id],
      [OTHER_INTERVIEW.id],
      [REPORT_A.id, REPORT_B.id, TRANSCRIPT.id].sort(),
    ]);
  });

  test('every article lands in exactly one story', () => {
    const ids = clusterStories(ALL).flatMap((s) => s.articles);
    assert.deepEqual([...ids].sort(), ALL.map((a) => a.id).sort());
  });

  test('shuffling the input gives identical stories (ids, titles, primaries)', () => {
    const expected = clusterStories(ALL);
    fc.assert(
      fc.property(fc.shuffledSubarray(ALL, { minLength: ALL.length, maxLength: ALL.length }), (order) => {
        assert.deepEqual(clusterStories(order), expected);
      }),
      { numRuns: 30 },
    );
  });

  test('the story is titled after its primary source', () => {
    const interview = clusterStories(ALL).find((s) => s.articles.includes(TRANSCRIPT.id))!;
    assert.equal(interview.title, 'Energy Minister Tomas Reyland’s interview with Nordic Daily');
  });

  test('an empty input gives no stories', () => {
    assert.deepEqual(clusterStories([]), []);
  });
});

describe('same-kind events', () => {
  const ids = (list: { id: string }[]) => list.map((a) => a.id).sort();

  test('two strikes at different ports on the same dates are two stories', () => {
    const stories = membersOf(clusterStories([...VELMAR, ...KORSBY]));
    assert.deepEqual(stories, [ids(KORSBY), ids(VELMAR)]);
  });

  test('one strike told by three outlets in their own words is one story', () => {
    for (const order of [[...VELMAR, ...KORSBY], [...KORSBY, ...VELMAR].reverse()]) {
      const story = clusterStories(order).find((s) => s.articles.includes(VELMAR[0]!.id));
      assert.deepEqual(story?.articles, ids(VELMAR));
    }
  });

  test('a title-only record comes in through the reader and joins its event', () => {
    const batch = readJsonLines('feed.jsonl', 'feed.jsonl', JSON.stringify(VELMAR_HEADLINE_RECORD), 'utf-8');
    assert.deepEqual(batch.issues, []);
    const headline = prepareArticle(batch.articles[0]!);
    assert.equal(headline.text, VELMAR_HEADLINE_RECORD.title);
    const story = clusterStories([...VELMAR, ...KORSBY, headline]).find((s) =>
      s.articles.includes(headline.id),
    );
    assert.deepEqual(story?.articles, [...ids(VELMAR), headline.id].sort());
  });
});

describe('StoryClusterer (incremental)', () => {
  test('adding articles one by one in any order ends with the batch result', () => {
    const expected = clusterStories(ALL);
    for (const order of [
      ALL,
      [...ALL].reverse(),
      [EARTHQUAKE_2, TRANSCRIPT, OTHER_INTERVIEW, REPORT_B, EARTHQUAKE, REPORT_A],
    ]) {
      const clusterer = new StoryClusterer();
      for (const a of order) clusterer.add(a);
      assert.deepEqual(clusterer.stories(), expected);
    }
  });

  test('add returns the id of the story the article joined', () => {
    const clusterer = new StoryClusterer();
    for (const a of [TRANSCRIPT, EARTHQUAKE, EARTHQUAKE_2, OTHER_INTERVIEW]) clusterer.add(a);
    const joined = clusterer.add(REPORT_A);
    const story = clusterer.stories().find((s) => s.id === joined);
    assert.ok(story?.articles.includes(TRANSCRIPT.id), 'the report joins the transcript’s story');
    assert.equal(clusterer.storyOf(REPORT_A.id), joined);
    assert.equal(clusterer.storyOf('never-added'), null);
  });

  test('a new article on a new event starts a story', () => {
    const clusterer = new StoryClusterer();
    for (const a of [TRANSCRIPT, REPORT_A, REPORT_B]) clusterer.add(a);
    const id = clusterer.add(EARTHQUAKE);
    assert.deepEqual(clusterer.stories().find((s) => s.id === id)?.articles, [EARTHQUAKE.id]);
  });
});

describe('story ids', () => {
  test('depend on the members only, not their order', () => {
    assert.equal(makeStoryId(['b', 'a', 'c']), makeStoryId(['c', 'b', 'a']));
    assert.notEqual(makeStoryId(['a', 'b']), makeStoryId(['a', 'c']));
    assert.match(makeStoryId(['a']), /^story-[0-9a-f]{16}$/);
  });
});

describe('story features', () => {
  test('interview venues, by how the article names them', () => {
    const rows: [string, [string, string][]][] = [
      ['In an interview with Radio Aurora, the mayor said', [['radio aurora', 'interview']]],
      ['she told Le Quotidien in an interview published Monday', [['le quotidien', 'interview']]],
      ['“No,” he told Channel Nine.', [['channel nine', 'told']]],
      [
        'In an interview on Sunday he clashed with Channel Nine host Petra Lind',
        [['channel nine', 'interview']],
      ],
      ['the Oscars host was named on Friday', []],
      ['Radio Ostrava anchor Mila Dvorak asked', [['radio ostrava', 'told']]],
      [
        'Speaking to Radio Ostrava, she agreed; talking to Kanal Sever, he did not',
        [['kanal sever', 'told']],
      ],
      ['speaking to Radio Ostrava', [['radio ostrava', 'told']]],
      ['Radio Ostrava host\nMila Dvorak', []],
    ];
    for (const [text, expected] of rows) assert.deepEqual([...collectVenues(text)], expected, text);
  });

  test('speakers come from speech verbs and transcript labels, not from weekdays', () => {
    const f = getStoryFeatures(
      makeArticle(
        'x',
        'The mayor said Friday the plan was off.\nAnna Berg: We will appeal.\nJonas Eklund said he disagreed.',
      ),
    );
    assert.ok(f.speakers.has('berg'));
    assert.ok(f.speakers.has('eklund'));
    assert.ok(!f.speakers.has('friday'));
  });

  test('a venue credited by two reports links them only through a speaker who is not that venue', () => {
    const lead = new Set<string>();
    const report = (id: string, body: string) => ({ ...getStoryFeatures(makeArticle(id, body)), lead });
    const outletOnly = [
      report(
        'a',
        'Harbour fees rose. Insider said the docks were quiet. One pilot told Harbour Insider the fee hurt.',
      ),
      report(
        'b',
        'Ski passes got dearer. Insider said the slopes were busy. One skier told Harbour Insider prices hurt.',
      ),
    ] as const;
    assert.equal(getStorySimilarity(outletOnly[0], outletOnly[1], 0, 0), 0);
    const person = [
      report('c', 'Harbour fees rose. Ana Lund told Harbour Insider the fee would hurt the port.'),
      report('d', 'The port union met. Ana Lund told Harbour Insider the union would strike.'),
    ] as const;
    assert.ok(getStorySimilarity(person[0], person[1], 0, 0) > 0);
  });

  test('boilerplate is not content', () => {
    const text = 'Subscribe to our newsletter for pipeline news\nThe council approved the budget.';
    const f = getStoryFeatures(
      makeArticle('x', text, { boilerplate: [{ start: 0, end: 45, kind: 'subscription', rule: 't' }] }),
    );
    assert.ok(!f.terms.has('pipeline'));
    assert.ok(f.terms.has('council'));
  });
});

describe('the clock of an undated report against a dated one', () => {
  const dated = getStoryFeatures(
    makeArticle('dated', 'The harbour authority opened the new ferry terminal.', { published: '2019-05-02' }),
  );
  const undated = (text: string) => getStoryFeatures(makeArticle('undated', text));
  const sim = (text: string) => getStorySimilarity(undated(text), dated, 0.5, 0);

  test('years all far from the other report’s publication year weaken the pair', () => {
    assert.equal(
      sim('The ferry terminal opened in 2011, after the 2009 vote.'),
      0.5 * STORY_TUNING.yearConflictFactor,
    );
    assert.equal(
      sim('The ferry terminal opened in 2011, after the 2009 vote.'),
      sim('The terminal was built in 2024.'),
    );
  });

  test('a year near the publication, or no year at all, is no evidence', () => {
    assert.equal(sim('The ferry terminal opened in 2019, after the 2009 vote.'), 0.5);
    assert.equal(sim('The terminal, planned in 2018, opened on Thursday.'), 0.5);
    assert.equal(sim('The ferry terminal opened on Thursday.'), 0.5);
    assert.equal(sim('The ferry carried 1200 passengers on its first day.'), 0.5);
  });

  test('two undated reports, or two dated ones, are not judged by the years they name', () => {
    const other = undated('The ferry terminal opened in 2011.');
    const plain = getStoryFeatures(makeArticle('plain', 'The ferry terminal opened on Thursday in 2003.'));
    assert.equal(getStorySimilarity(other, plain, 0.5, 0), 0.5);
    const datedOld = getStoryFeatures(
      makeArticle('old', 'The ferry terminal opened in 2011.', { published: '2019-05-03' }),
    );
    assert.equal(getStorySimilarity(datedOld, dated, 0.5, 0), 0.5);
  });

  // 2019-05-02, the dated report's publication day, was a Thursday.
  test('a lead naming only other weekdays than the dated report’s weakens the pair', () => {
    assert.equal(sim('The ferry terminal opened on Sunday.'), 0.5 * STORY_TUNING.weekdayConflictFactor);
    assert.equal(
      sim('The ferry terminal, planned since 2011, opened on Sunday.'),
      0.5 * STORY_TUNING.weekdayConflictFactor * STORY_TUNING.yearConflictFactor,
    );
  });

  test('the publication day, the day before, or a weekday of the dated lead agree', () => {
    assert.equal(sim('The ferry terminal opened on Wednesday.'), 0.5);
    assert.equal(sim('The ferry terminal opened on Sunday and on Thursday.'), 0.5);
    const datedSunday = getStoryFeatures(
      makeArticle('dated', 'The ferry terminal that opened on Sunday is busy.', { published: '2019-05-02' }),
    );
    const sunday = undated('The ferry terminal opened on Sunday.');
    assert.equal(getStorySimilarity(sunday, datedSunday, 0.5, 0), 0.5);
  });

  test('a whole passage in common outweighs the clock (a transcript and a report quoting it)', () => {
    const sunday = undated('The ferry terminal opened on Sunday, in 2011.');
    const wednesday = undated('The ferry terminal opened on Wednesday, in 2019.');
    const whole = SHINGLE_SATURATION;
    assert.equal(
      getStorySimilarity(sunday, dated, 0.5, whole),
      getStorySimilarity(wednesday, dated, 0.5, whole),
    );
    assert.ok(
      getStorySimilarity(sunday, dated, 0.5, whole - 1) <
        getStorySimilarity(wednesday, dated, 0.5, whole - 1),
    );
  });

  test('weekdays past the lead, or between two undated reports, are no evidence', () => {
    const background = `The ferry terminal opened. ${'The harbour has grown for decades. '.repeat(15)}It closed on Sunday.`;
    assert.equal(sim(background), 0.5);
    const monday = undated('The ferry terminal opened on Monday.');
    assert.equal(getStorySimilarity(monday, undated('The ferry terminal opened on Sunday.'), 0.5, 0), 0.5);
  });
});

describe('cutStoryGraph', () => {
  // A transcript (t) quoted by four reports on different angles: each report is close to the
  // transcript and far from the others, so the average link leaves the last one out.
  const ids = ['r1', 'r2', 'r3', 'r4', 't', 'x'];
  const hub = (report: number, sharedPassage: boolean) => ({ a: report, b: 4, sim: 2, sharedPassage });
  const edges = [
    hub(0, true),
    hub(1, true),
    hub(2, true),
    { a: 0, b: 1, sim: 0.5 },
    { a: 0, b: 2, sim: 0.4 },
    { a: 1, b: 2, sim: 0.4 },
    { a: 3, b: 4, sim: 1.5 },
  ];

  test('a report left alone that quotes one story word for word joins it', () => {
    const with4 = [...edges.slice(0, -1), { ...edges.at(-1)!, sharedPassage: true }];
    assert.deepEqual(cutStoryGraph({ ids, edges: with4 }, 0.65, 0), [['r1', 'r2', 'r3', 'r4', 't'], ['x']]);
  });

  test('without a shared passage it stays alone', () => {
    assert.deepEqual(cutStoryGraph({ ids, edges }, 0.65, 0), [['r1', 'r2', 'r3', 't'], ['r4'], ['x']]);
  });
});

describe('clusterAverageLink', () => {
  test('merges by average similarity and stops at the threshold', () => {
    const edges = [
      { a: 0, b: 1, sim: 0.9 },
      { a: 1, b: 2, sim: 0.8 },
      { a: 0, b: 2, sim: 0.1 }, // average of {0,1}–2 is 0.45
      { a: 3, b: 4, sim: 0.7 },
    ];
    assert.deepEqual(clusterAverageLink(5, edges, 0.5), [[0, 1], [2], [3, 4]]);
    assert.deepEqual(clusterAverageLink(5, edges, 0.4), [
      [0, 1, 2],
      [3, 4],
    ]);
  });

  test('edges given in any order give the same groups', () => {
    const edges = [
      { a: 0, b: 1, sim: 0.6 },
      { a: 1, b: 2, sim: 0.6 },
      { a: 2, b: 3, sim: 0.6 },
      { a: 0, b: 3, sim: 0.2 },
    ];
    const sorted = (g: number[][]) => [...g].sort((p, q) => p[0]! - q[0]!);
    const expected = sorted(clusterAverageLink(4, edges, 0.5));
    assert.deepEqual(sorted(clusterAverageLink(4, [...edges].reverse(), 0.5)), expected);
  });

  describe('same occasion', () => {
    // Two invented halves of one press event (a check-in and the statement after it): tight
    // inside, 0.58 across, under the 0.65 cut but above 0.85 × 0.65.
    const edges = [
      { a: 0, b: 1, sim: 0.9 },
      { a: 2, b: 3, sim: 0.9 },
      { a: 0, b: 2, sim: 0.58 },
      { a: 0, b: 3, sim: 0.58 },
      { a: 1, b: 2, sim: 0.58 },
      { a: 1, b: 3, sim: 0.58 },
    ];
    const occasion = (days: (number | null)[]) => ({ days, windowDays: 1, cutFactor: 0.85 });
    const split = [
      [0, 1],
      [2, 3],
    ];

    test('groups published the same or next day merge at the lower cut', () => {
      assert.deepEqual(clusterAverageLink(4, edges, 0.65, 0.5, occasion([100, 100, 101, 101])), [
        [0, 1, 2, 3],
      ]);
    });

    test('groups published days apart stay apart', () => {
      assert.deepEqual(clusterAverageLink(4, edges, 0.65, 0.5, occasion([100, 100, 104, 104])), split);
    });

    test('undated or half-dated groups keep the full cut', () => {
      assert.deepEqual(clusterAverageLink(4, edges, 0.65, 0.5, occasion([null, null, 100, 100])), split);
      assert.deepEqual(clusterAverageLink(4, edges, 0.65, 0.5, occasion([100, null, 100, 100])), split);
    });

    test('below the lower cut nothing merges, whatever the days', () => {
      const loose = edges.map((e) => (e.sim < 0.9 ? { ...e, sim: 0.5 } : e));
      assert.deepEqual(clusterAverageLink(4, loose, 0.65, 0.5, occasion([100, 100, 100, 100])), split);
    });
  });

  describe('unknown occasion', () => {
    // Two invented pairs, tight inside, 0.75 across: above the 0.65 cut, below 1.3 × 0.65.
    const edges = [
      { a: 0, b: 1, sim: 0.9 },
      { a: 2, b: 3, sim: 0.9 },
      { a: 0, b: 2, sim: 0.75 },
      { a: 0, b: 3, sim: 0.75 },
      { a: 1, b: 2, sim: 0.75 },
      { a: 1, b: 3, sim: 0.75 },
    ];
    const occasion = (days: (number | null)[]) => ({
      days,
      windowDays: 1,
      cutFactor: 0.85,
      unknownCutFactor: 1.3,
      unknownMinSize: 2,
    });
    const split = [
      [0, 1],
      [2, 3],
    ];

    test('an undated pair and a dated pair need the higher cut', () => {
      assert.deepEqual(clusterAverageLink(4, edges, 0.65, 0.5, occasion([null, null, 100, 130])), split);
    });

    test('a group with under a third of its reports dated counts as undated; half dated does not', () => {
      // Four tight reports (0–3) and two (4, 5), 0.75 across.
      const wide = [];
      for (let a = 0; a < 6; a++)
        for (let b = a + 1; b < 6; b++) wide.push({ a, b, sim: a < 4 === b < 4 ? 0.9 : 0.75 });
      const apart = [
        [0, 1, 2, 3],
        [4, 5],
      ];
      assert.deepEqual(
        clusterAverageLink(6, wide, 0.65, 0.5, occasion([null, null, null, 90, 100, 101])),
        apart,
      );
      assert.deepEqual(clusterAverageLink(6, wide, 0.65, 0.5, occasion([null, null, 90, 91, 100, 101])), [
        [0, 1, 2, 3, 4, 5],
      ]);
    });

    test('the higher cut is met: they merge', () => {
      const close = edges.map((e) => ({ ...e, sim: 0.9 }));
      assert.deepEqual(clusterAverageLink(4, close, 0.65, 0.5, occasion([null, null, 100, 130])), [
        [0, 1, 2, 3],
      ]);
    });

    test('both dated, both undated, or a lone report on either side: the usual cut', () => {
      const merged = [[0, 1, 2, 3]];
      assert.deepEqual(clusterAverageLink(4, edges, 0.65, 0.5, occasion([100, 100, 100, 130])), merged);
      assert.deepEqual(clusterAverageLink(4, edges, 0.65, 0.5, occasion([null, null, null, null])), merged);
      const lone = [
        { a: 0, b: 1, sim: 0.75 },
        { a: 0, b: 2, sim: 0.75 },
        { a: 1, b: 2, sim: 0.9 },
      ];
      assert.deepEqual(clusterAverageLink(3, lone, 0.65, 0.5, occasion([null, 100, 100])), [[0, 1, 2]]);
      // … and so is a lone dated report against an undated pair.
      assert.deepEqual(clusterAverageLink(3, lone, 0.65, 0.5, occasion([100, null, null])), [[0, 1, 2]]);
    });
  });
});

describe('event contrast', () => {
  // Six reports, tight in threes and close across (one subject): 0–2 name one mayor, city and
  // toll, 3–5 another's; every report also names the subject's words.
  const edges: { a: number; b: number; sim: number }[] = [];
  for (let a = 0; a < 6; a++)
    for (let b = a + 1; b < 6; b++) edges.push({ a, b, sim: a < 3 === b < 3 ? 0.95 : 0.8 });
  const subject = ['flood', 'council', 'river'];
  const first = [...subject, 'okafor', 'brennholt', '#14', 'dunmere', 'lisko'];
  const second = [...subject, 'vantanen', 'corriby', '#3', 'halse', 'ostrand'];
  const contrast = (evidence: string[][], minExclusive = 5) =>
    new EventContrast({ evidence, coreShare: 0.75, minExclusive, minGroupSize: 3 });

  test('two groups each agreeing on names the other never mentions stay apart', () => {
    const evidence = [first, first, first, second, second, second];
    assert.deepEqual(clusterAverageLink(6, edges, 0.65, 0.5, undefined, contrast(evidence)), [
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  test('groups that share their names merge as before', () => {
    const evidence = [first, first, first, first, first, second];
    assert.deepEqual(clusterAverageLink(6, edges, 0.65, 0.5, undefined, contrast(evidence)), [
      [0, 1, 2, 3, 4, 5],
    ]);
  });

  test('too few exclusive names, or a name only one member gives, is no evidence', () => {
    const evidence = [first, first, first, second, second, second];
    assert.deepEqual(clusterAverageLink(6, edges, 0.65, 0.5, undefined, contrast(evidence, 6)), [
      [0, 1, 2, 3, 4, 5],
    ]);
    const scattered = [first, subject, subject, second, subject, subject];
    assert.deepEqual(clusterAverageLink(6, edges, 0.65, 0.5, undefined, contrast(scattered)), [
      [0, 1, 2, 3, 4, 5],
    ]);
  });

  test('pairs are left to the similarity cut', () => {
    const pairEdges = [
      { a: 0, b: 1, sim: 0.95 },
      { a: 2, b: 3, sim: 0.95 },
      { a: 0, b: 2, sim: 0.8 },
      { a: 0, b: 3, sim: 0.8 },
      { a: 1, b: 2, sim: 0.8 },
      { a: 1, b: 3, sim: 0.8 },
    ];
    const evidence = [first, first, second, second];
    assert.deepEqual(clusterAverageLink(4, pairEdges, 0.65, 0.5, undefined, contrast(evidence)), [
      [0, 1, 2, 3],
    ]);
  });
});

test('a story without a headline is titled by its first line of a few words, never a menu', () => {
  const text =
    'HARBOUR HERALD\nPorts  ·  Ferries  ·  Fisheries  ·  Weather\n\nMinister signs the northern ferry contract\n\nThe minister signed the contract on Monday.';
  const article = { ...makeArticle('menu.txt', text), title: null };
  const story = buildStory(['menu.txt'], new Map([['menu.txt', article]]));
  assert.equal(story.title, 'Minister signs the northern ferry contract');
});
