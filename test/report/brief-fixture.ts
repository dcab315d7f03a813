import type { Claim, TimelineItem } from '../../src/model/analysis.ts';
import type { Dossier } from '../../src/model/dossier.ts';
import type { Quote, Verdict } from '../../src/model/quote.ts';
import type { PositionLike } from '../../src/report/position-matrix.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * An invented dossier for the brief's tests, built by hand: a harbour authority's statement (the
 * primary), two outlets' reports of it (one faithful, one not), hostile markup in a report, a
 * positions list in the shape `{actor, issue, stance, summary, date, evidence}`, claims and a
 * timeline.
 */
export const PRIMARY = `Statement of Harbour Commissioner Ilse Marren, 3 May 2031
We will reopen the north quay in September. Dredging will cost about 12 million crowns.
We are ready to share the fishing grounds if the permits are renewed.`;

export const FAITHFUL = `Marren promises quay by September
Commissioner Ilse Marren said: “We will reopen the north quay in September.”`;

export const HOSTILE = `Marren threatens fishermen <script>alert(1)</script>
Marren said “We will close the north quay for good.”
She added dredging would cost “30 million crowns <img src=x onerror=alert(2)> ![pixel](http://tracker.example/p.png)”.`;

function span(article: string, text: string, said: string) {
  const start = text.indexOf(said);
  if (start < 0) throw new Error(`fixture: "${said}" not in ${article}`);
  return { article, start, end: start + said.length, text: said };
}

function quote(
  id: string,
  article: string,
  text: string,
  said: string,
  verdict: Verdict,
  original: string | null,
): Quote {
  const at = span(article, text, said);
  return {
    id,
    ...at,
    kind: 'direct',
    speaker: { name: 'Ilse Marren', entity: 'ilse-marren' },
    cue: null,
    venue: null,
    rule: 'test',
    speakerRule: null,
    provenance: {
      verdict,
      primary: original ? [span('statement.txt', PRIMARY, original)] : [],
      score: verdict === 'verbatim' ? 1 : 0.6,
      added: [],
      dropped: [],
      substituted: [],
      reasons: verdict === 'altered' ? ['verdict.negation-flipped: "reopen" → "close … for good"'] : [],
      confidence: verdict === 'verbatim' ? 1 : 0.8,
    },
  };
}

export const POSITIONS: PositionLike[] = [
  {
    actor: 'Ilse Marren',
    issue: 'fishing grounds',
    stance: 'offer',
    summary: 'ready to share the grounds if permits are renewed',
    date: '2031-05-03',
    evidence: [
      span('statement.txt', PRIMARY, 'We are ready to share the fishing grounds if the permits are renewed.'),
    ],
  },
  {
    actor: 'Ilse Marren',
    issue: 'fishing grounds',
    stance: 'red_line',
    summary: 'no sharing <b>at all</b>',
    date: '2031-11-20',
    evidence: [],
  },
  {
    actor: 'Port Union',
    issue: 'north quay',
    stance: 'demand',
    summary: 'reopen before the season',
    date: null,
    evidence: [],
  },
];

export function briefDossier(): Dossier {
  const quotes = [
    quote(
      'f1',
      'faithful.txt',
      FAITHFUL,
      'We will reopen the north quay in September.',
      'verbatim',
      'We will reopen the north quay in September.',
    ),
    quote(
      'h1',
      'hostile.txt',
      HOSTILE,
      'We will close the north quay for good.',
      'altered',
      'We will reopen the north quay in September.',
    ),
    quote(
      'h2',
      'hostile.txt',
      HOSTILE,
      '30 million crowns <img src=x onerror=alert(2)> ![pixel](http://tracker.example/p.png)',
      'unsupported',
      null,
    ),
  ];
  const claims: Claim[] = [
    {
      id: 'claim-single',
      subject: 'quay opening',
      kind: 'date',
      statements: [
        {
          ...span('faithful.txt', FAITHFUL, 'September'),
          value: '2031-09',
          unit: 'date',
          hedge: null,
          subject: 'quay',
        },
      ],
      agree: null,
    },
    {
      id: 'claim-cost',
      subject: 'cost of dredging',
      kind: 'money',
      statements: [
        {
          ...span('statement.txt', PRIMARY, 'about 12 million crowns'),
          value: 12e6,
          unit: 'crowns',
          hedge: 'about',
          subject: 'dredging',
          speaker: 'Ilse Marren',
        },
        {
          ...span('hostile.txt', HOSTILE, '30 million crowns'),
          value: 30e6,
          unit: 'crowns',
          hedge: null,
          subject: 'dredging',
        },
      ],
      agree: false,
    },
  ];
  const timeline: TimelineItem[] = [
    {
      date: '2031-09',
      label: 'The north quay reopens',
      evidence: [span('statement.txt', PRIMARY, 'We will reopen the north quay in September.')],
    },
    {
      date: '2031-05-03',
      label: 'The commissioner’s statement',
      evidence: [span('statement.txt', PRIMARY, '3 May 2031')],
    },
  ];
  return {
    version: 1,
    generator: { name: 'hearsay', version: 'test' },
    articles: [
      makeArticle('statement.txt', PRIMARY, {
        outlet: 'Harbour Authority',
        title: 'Statement of Harbour Commissioner Ilse Marren',
      }),
      makeArticle('faithful.txt', FAITHFUL, { outlet: 'Coast Wire' }),
      makeArticle('hostile.txt', HOSTILE, {
        outlet: 'Gull <i>Daily</i>',
        title: 'Marren threatens fishermen <script>alert(1)</script>',
      }),
    ],
    quotes,
    entities: [],
    stories: [
      {
        id: 'story-quay',
        title: 'The north quay statement',
        articles: ['statement.txt', 'faithful.txt', 'hostile.txt'],
        primary: 'statement.txt',
        primaryConfidence: 0.9,
      },
    ],
    claims,
    // The shape the positions stage writes (stance, summary, date); read structurally.
    positions: POSITIONS as unknown as Dossier['positions'],
    timeline,
    issues: [],
  };
}
