import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterStories, cutStoryGraph } from '../../src/link/stories/stories.ts';
import type { Article } from '../../src/model/article.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A press conference transcript, a wire report quoting a whole answer, and a tabloid that tells the
 * same answers in its own words, quoting only a clause or two: its vocabulary is far from the
 * transcript's, its quoted words are the transcript's. An earlier event of the same minister on the
 * same subject is the neighbour that must stay apart. All invented.
 */
const TRANSCRIPT = `Harbour Minister Ilse Vandermeer, press conference at Port Ostrand

REPORTER: Minister, when will the new container berth open?
ILSE VANDERMEER: The berth opens in September, three months early. We have hired 240 dock workers, and the cranes arrive from the yard at Kessel next month.
REPORTER: Local fishermen say the dredging is ruining their catch.
ILSE VANDERMEER: I hear them, and I will meet them on Thursday. The dredging stops every night so the fish can come back, and we pay compensation for every lost day at sea.
REPORTER: Will fees go up?
ILSE VANDERMEER: No. Harbour fees stay frozen until the spring of 2031, full stop.
`;
const WIRE = `Port Ostrand berth to open three months early, minister says

OSTRAND - The new container berth at Port Ostrand will open in September, three months ahead of schedule, Harbour Minister Ilse Vandermeer said on Tuesday.
"The berth opens in September, three months early. We have hired 240 dock workers, and the cranes arrive from the yard at Kessel next month," Vandermeer told reporters.
She said harbour fees would stay frozen until the spring of 2031.
`;
const TABLOID = `FISH FURY! Angry trawlermen get cash as port works wreck their nets

Furious skippers will be paid for every day they cannot go out, the minister in charge promised yesterday.
Vandermeer insisted she would "meet them on Thursday" and that crews get "compensation for every lost day at sea".
But one skipper told us: "Words don't fill the freezer."
`;
const OTHER_EVENT = `Minister opens ferry pier at Kessel

KESSEL - Harbour Minister Ilse Vandermeer opened a new ferry pier at Kessel on Friday, promising more sailings to the islands.
"Islanders deserve a ferry they can rely on," Vandermeer said at the ribbon cutting.
`;

const ANSWERS = [
  'The berth opens in September, three months early. We have hired 240 dock workers, and the cranes arrive from the yard at Kessel next month.',
  'I hear them, and I will meet them on Thursday. The dredging stops every night so the fish can come back, and we pay compensation for every lost day at sea.',
  'No. Harbour fees stay frozen until the spring of 2031, full stop.',
];

const TEXTS: Record<string, string> = {
  transcript: TRANSCRIPT,
  wire: WIRE,
  tabloid: TABLOID,
  'other-event': OTHER_EVENT,
};

/** A quote of `text` where it stands in the article (as the extractor gives its span). */
function quote(
  article: string,
  text: string,
  kind: Quote['kind'] = 'direct',
  speaker = 'Ilse Vandermeer',
  source = TEXTS[article]!,
): Quote {
  const start = source.indexOf(text);
  assert.ok(start >= 0, `${text} is in ${article}`);
  return {
    id: `${article}:${text.slice(0, 12)}`,
    article,
    text,
    kind,
    start,
    end: start + text.length,
    speaker: { name: speaker, entity: `person:${speaker.toLowerCase().replace(/\s+/gu, '-')}` },
    cue: null,
    venue: null,
    rule: 'test',
    speakerRule: null,
  };
}

function corpus(tabloidDay: string, tabloidText = TABLOID): Article[] {
  return [
    makeArticle('transcript', TRANSCRIPT, { published: '2026-05-12' }),
    makeArticle('wire', WIRE, { published: '2026-05-12' }),
    makeArticle('tabloid', tabloidText, { published: tabloidDay }),
    makeArticle('other-event', OTHER_EVENT, { published: '2026-04-24' }),
  ];
}

const BASE_QUOTES = [
  ...ANSWERS.map((a) => quote('transcript', a, 'transcript')),
  quote('wire', ANSWERS[0]!.slice(0, -1)),
  quote('other-event', 'Islanders deserve a ferry they can rely on'),
];
const TABLOID_QUOTES = [
  quote('tabloid', 'meet them on Thursday'),
  quote('tabloid', 'compensation for every lost day at sea'),
];

const groups = (articles: Article[], quotes: Quote[]) =>
  clusterStories(articles, { quotes })
    .map((s) => [...s.articles].sort())
    .sort();

describe('a report quoting a clause or two of a transcript', () => {
  test('joins the transcript’s story, and the earlier event stays apart', () => {
    assert.deepEqual(groups(corpus('2026-05-13'), [...BASE_QUOTES, ...TABLOID_QUOTES]), [
      ['other-event'],
      ['tabloid', 'transcript', 'wire'],
    ]);
  });

  test('its words alone, without its quotes read, leave it apart (the vocabulary differs)', () => {
    assert.deepEqual(groups(corpus('2026-05-13'), BASE_QUOTES), [
      ['other-event'],
      ['tabloid'],
      ['transcript', 'wire'],
    ]);
  });

  test('a single four-word clause in common is not enough', () => {
    assert.deepEqual(groups(corpus('2026-05-13'), [...BASE_QUOTES, TABLOID_QUOTES[0]!]), [
      ['other-event'],
      ['tabloid'],
      ['transcript', 'wire'],
    ]);
  });

  test('published weeks later, the same words are no sign of the same occasion', () => {
    assert.deepEqual(groups(corpus('2026-06-20'), [...BASE_QUOTES, ...TABLOID_QUOTES]), [
      ['other-event'],
      ['tabloid'],
      ['transcript', 'wire'],
    ]);
  });

  test('words of a speaker known only by a role (no entity) are no link', () => {
    const unnamed = TABLOID_QUOTES.map((q) => ({ ...q, speaker: { name: 'a port official', entity: null } }));
    assert.deepEqual(groups(corpus('2026-05-13'), [...BASE_QUOTES, ...unnamed]), [
      ['other-event'],
      ['tabloid'],
      ['transcript', 'wire'],
    ]);
  });

  test('words given to another speaker are not the minister’s', () => {
    const text = TABLOID.replace('Vandermeer insisted she', 'Union boss Aldo Brink insisted he');
    const quotes = TABLOID_QUOTES.map((q) => quote(q.article, q.text, 'direct', 'Aldo Brink', text));
    assert.deepEqual(groups(corpus('2026-05-13', text), [...BASE_QUOTES, ...quotes]), [
      ['other-event'],
      ['tabloid'],
      ['transcript', 'wire'],
    ]);
  });
});

describe('cutStoryGraph with quote links', () => {
  // A transcript (t) and a report (r1) that quote each other at length, a report (r2) with no
  // weight to either but a quote link to t, and a report (x) linked to nothing.
  const ids = ['r1', 'r2', 't', 'x'];
  const edges = [{ a: 0, b: 2, sim: 2, sharedPassage: true }];

  test('a report left alone with a quote link to one story joins it, whatever its weight', () => {
    const linked = [...edges, { a: 1, b: 2, sim: 0, quoteLink: true }];
    assert.deepEqual(cutStoryGraph({ ids, edges: linked }, 0.65, 0), [['r1', 'r2', 't'], ['x']]);
  });

  test('quote links to two stories leave it alone', () => {
    const linked = [
      ...edges,
      { a: 1, b: 2, sim: 0, quoteLink: true },
      { a: 1, b: 3, sim: 0, quoteLink: true },
      { a: 3, b: 4, sim: 2 },
    ];
    assert.deepEqual(cutStoryGraph({ ids: [...ids, 'y'], edges: linked }, 0.65, 0), [
      ['r1', 't'],
      ['r2'],
      ['x', 'y'],
    ]);
  });
});
