import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossReportView } from '../../src/link/provenance/cross-report.ts';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import type { Article } from '../../src/model/article.ts';
import type { Quote, Verdict } from '../../src/model/quote.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteIn, storyOf } from '../helpers/quote.ts';

/**
 * Realistic report/primary pairs for every verdict. The primary is an invented press-conference
 * transcript; each case is one outlet's quote of it, judged against it.
 */
const PRIMARY = [
  'Transcript of the press conference of Finance Minister Elena Varga, 3 March',
  'Question: Will the government raise the fuel tax this year?',
  'Elena Varga: We will not raise the fuel tax this year. The budget deficit fell to 2.1 percent of output in 2024, and we expect it to narrow further. Our priority remains the pension reform, which parliament will debate in May.',
  'Question: How will you answer the new tariffs on steel?',
  'Elena Varga: We regret this decision, which harms producers on both sides. We may respond with measures of our own, in accordance with trade rules and in proportion to the damage. We remain open to dialogue with our allies in Lisbon.',
  'Question: What about the rail strike?',
  'Elena Varga: The strike is regrettable, but the dispute can be settled by negotiation. The agreements signed last year remain in effect, and the ministry has offered to mediate. The unions are apparently willing to resume bargaining.',
  'Question: Is the ministry preparing penalties against the national airline?',
  'Elena Varga: We are not punishing the airline, and we are not freezing its accounts. Reports of a secret audit are inaccurate. The delay in its tax payments is unacceptable to us, and we have told the board so.',
  'Question: What about wages and pensions?',
  'Elena Varga: Talks were tough, but I think we can settle the matter by July. Public salaries will rise, if the unions accept the offer, by five percent. We intend to announce the new pension rules next week. Most pensioners will receive the payment in four instalments. The ministry should review the licence of the carrier. More than 40 schools will reopen in autumn. We have not yet agreed on the new tariffs.',
].join('\n');

/** A quote of `said` inside a report sentence, credited to `speaker`. */
function reportWith(
  id: string,
  said: string,
  speaker: string | null,
  lead = 'told reporters',
): { a: Article; q: Quote } {
  const text = `The minister ${lead} on Tuesday that “${said}” in a statement about the economy.`;
  return { a: makeArticle(id, text, { outlet: `Outlet ${id}` }), q: quoteIn(id, text, said, speaker) };
}

interface Case {
  name: string;
  said: string;
  speaker?: string | null;
  lead?: string;
  verdict: Verdict;
  /** A reason prefix that must be among the reasons. */
  reason?: string;
  /** Primary text the alignment must cover (each entry inside one aligned span). */
  spans?: string[];
}

const CASES: Case[] = [
  {
    name: "a contraction is the same words (will not → won't)",
    said: "We won't raise the fuel tax this year.",
    verdict: 'verbatim',
  },
  {
    name: 'what a figure counts changed (four instalments → four months)',
    said: 'Most pensioners will receive the payment in four months.',
    verdict: 'altered',
    reason: 'verdict.number-counts-changed',
  },
  {
    name: 'two actors swapped',
    said: 'We remain open to dialogue with our allies in Lisbon, not in Vienna',
    verdict: 'altered',
  },
  {
    name: 'another actor put in by a pronoun (we → they)',
    said: 'They remain open to dialogue with our allies in Lisbon',
    verdict: 'altered',
    reason: 'verdict.actor-changed',
  },
  {
    name: "a figure's bound dropped (more than 40 → 40)",
    said: 'Some 40 schools will reopen in autumn.',
    verdict: 'altered',
    reason: 'verdict.number-bound-changed',
  },
  {
    name: 'a focus word removed within the quotation (not yet → not)',
    said: 'We have not agreed on the new tariffs.',
    verdict: 'altered',
    reason: 'verdict.qualifier-dropped',
  },
  {
    name: 'epistemic hedge omitted within the quotation (I think)',
    said: 'Talks were tough, but we can settle the matter by July.',
    verdict: 'altered',
    reason: 'verdict.hedge-dropped',
  },
  {
    name: 'condition removed within the quotation',
    said: 'Public salaries will rise by five percent.',
    verdict: 'altered',
    reason: 'verdict.condition-dropped',
  },
  {
    name: 'a plan reported as done (intend to announce → have announced)',
    said: 'We have announced the new pension rules',
    verdict: 'altered',
    reason: 'verdict.tense-changed',
  },
  {
    name: 'scope widened (most → all)',
    said: 'All pensioners will receive the payment in four instalments.',
    verdict: 'altered',
    reason: 'verdict.scope-changed',
  },
  {
    name: 'number written another way is a paraphrase (four → 4)',
    said: 'Most pensioners will receive the payment in 4 instalments.',
    verdict: 'paraphrase',
  },
  {
    name: 'advice made an obligation (should → must)',
    said: 'The ministry must review the licence of the carrier.',
    verdict: 'altered',
    reason: 'verdict.modality-changed',
  },
  {
    name: 'a word put inside an otherwise exact quote',
    said: 'Reports of a secret military audit are inaccurate.',
    verdict: 'altered',
    reason: 'verdict.word-added',
  },
  {
    name: 'a word swapped for one with no synonymy evidence',
    said: 'We regret this decision, which ruins producers on both sides.',
    verdict: 'altered',
    reason: 'verdict.wording-changed',
  },
  {
    name: 'verbatim sentence',
    said: 'We will not raise the fuel tax this year.',
    verdict: 'verbatim',
    spans: ['We will not raise the fuel tax this year'],
  },
  {
    name: 'verbatim fragment, case and punctuation differ',
    said: 'remain open to dialogue with our allies in Lisbon',
    verdict: 'verbatim',
  },
  {
    name: 'translation variance (in force / in effect)',
    said: 'the agreements signed last year remain in force',
    verdict: 'paraphrase',
    spans: ['remain in effect'],
  },
  {
    name: 'single-word synonyms only WordNet knows (harms / hurts, producers / manufacturers)',
    said: 'We regret this decision, which hurts manufacturers on both sides.',
    verdict: 'paraphrase',
    spans: ['which harms producers on both sides'],
  },
  {
    name: 'reworded word, then a qualifier added (settled → ended)',
    said: 'the dispute can be ended by negotiation on terms the unions dictate',
    verdict: 'altered',
    reason: 'verdict.qualifier-added',
  },
  {
    name: 'reordered clauses',
    said: 'In May, parliament will debate the pension reform, which remains our priority.',
    verdict: 'paraphrase',
    spans: ['pension reform'],
  },
  {
    name: 'stitched from non-adjacent answers',
    said: 'We will not raise the fuel tax this year. The dispute can be settled by negotiation.',
    verdict: 'verbatim',
    spans: ['We will not raise the fuel tax this year', 'the dispute can be settled by negotiation'],
  },
  {
    name: 'dropped negation',
    said: 'We will raise the fuel tax this year.',
    verdict: 'altered',
    reason: 'verdict.negation-dropped',
  },
  {
    name: 'second of two negations dropped, first kept',
    said: 'We are not punishing the airline, but we are freezing its accounts.',
    verdict: 'altered',
    reason: 'verdict.negation-dropped: "not freezing" → "freezing"',
  },
  {
    name: 'both negations kept, the second as "nor"',
    said: 'We are not punishing the airline, nor are we freezing its accounts.',
    verdict: 'paraphrase',
  },
  {
    name: 'prefix negation rendered with "not" (inaccurate / not accurate)',
    said: 'Reports of a secret audit are not accurate.',
    verdict: 'paraphrase',
    spans: ['Reports of a secret audit are inaccurate'],
  },
  {
    name: 'prefix negation dropped (unacceptable → acceptable)',
    said: 'The delay in its tax payments is acceptable to us',
    verdict: 'altered',
    reason: 'verdict.negation-dropped: "unacceptable" → "acceptable"',
  },
  {
    name: 'negation moved to another word (will not raise any tax / will raise no tax)',
    said: 'We will raise no fuel tax this year.',
    verdict: 'paraphrase',
  },
  {
    name: 'changed number',
    said: 'The budget deficit fell to 3.5 percent of output in 2024',
    verdict: 'altered',
    reason: 'verdict.number',
  },
  {
    name: 'changed year',
    said: 'The budget deficit fell to 2.1 percent of output in 2023',
    verdict: 'altered',
    reason: 'verdict.number',
  },
  {
    name: 'hardened verb and intensifier',
    said: 'retaliate decisively',
    lead: 'said the government would',
    verdict: 'altered',
    reason: 'verdict.wording-hardened',
  },
  {
    name: 'hedge dropped (may → will)',
    said: 'We will respond with measures of our own',
    verdict: 'altered',
    reason: 'verdict.wording-hardened',
  },
  {
    name: 'hedge dropped (apparently)',
    said: 'the unions are willing to resume bargaining',
    verdict: 'altered',
    reason: 'verdict.hedge-dropped',
  },
  {
    name: 'intensifier added',
    said: 'We deeply regret this decision',
    verdict: 'altered',
    reason: 'verdict.intensifier-added',
  },
  {
    name: 'qualifier added past the source sentence',
    said: 'the ministry has offered to mediate between the unions and the state railway',
    verdict: 'altered',
    reason: 'verdict.qualifier-added',
  },
  {
    name: 'loaded word put in her mouth',
    said: 'our allies in Lisbon are puppets',
    verdict: 'altered',
    reason: 'verdict.loaded-word-added',
  },
  {
    name: 'near-miss: shares words, says something else',
    said: 'The fuel shortage will force parliament to cancel the summer holidays.',
    verdict: 'unsupported',
  },
  {
    name: 'nothing like it in the transcript',
    said: 'Our army is ready to defend every village.',
    verdict: 'unsupported',
  },
  {
    name: 'speaker the primary does not cover',
    said: 'The strike will continue until our demands are met.',
    speaker: 'Tomas Brandt',
    verdict: 'no_primary',
  },
];

const primary = makeArticle('primary.txt', PRIMARY, { outlet: 'Ministry of Finance' });
const primaryQuote: Quote = {
  id: 'p-q1',
  article: 'primary.txt',
  start: PRIMARY.indexOf('We will not'),
  end: PRIMARY.indexOf('\nQuestion: How'),
  text: '',
  kind: 'transcript',
  speaker: { name: 'Elena Varga', entity: null },
  cue: null,
  venue: null,
  rule: 'test',
  speakerRule: null,
};
primaryQuote.text = PRIMARY.slice(primaryQuote.start, primaryQuote.end);

function judge(c: Case) {
  const { a, q } = reportWith(
    'report.txt',
    c.said,
    c.speaker === undefined ? 'Elena Varga' : c.speaker,
    c.lead,
  );
  const story: Story = {
    id: 's',
    title: '',
    articles: ['primary.txt', 'report.txt'],
    primary: 'primary.txt',
    primaryConfidence: 1,
  };
  const out = attachProvenance([primaryQuote, q], [primary, a], [story]);
  return { own: out[0]!, quote: out[1]! };
}

for (const c of CASES) {
  test(`provenance case: ${c.name}`, () => {
    const { quote } = judge(c);
    const p = quote.provenance;
    assert.ok(p, `${c.name}: no provenance`);
    assert.equal(p.verdict, c.verdict, `${c.name}: ${JSON.stringify(p)}`);
    if (c.reason)
      assert.ok(
        p.reasons.some((r) => r.startsWith(c.reason!)),
        `${c.name}: reasons ${p.reasons.join(' | ')}`,
      );
    for (const span of c.spans ?? []) {
      assert.ok(
        p.primary.some((s) => s.text.toLowerCase().includes(span.toLowerCase())),
        `${c.name}: no aligned span holds "${span}": ${JSON.stringify(p.primary)}`,
      );
    }
    for (const s of p.primary)
      assert.equal(PRIMARY.slice(s.start, s.end), s.text, `${c.name}: span does not slice back`);
  });
}

test('the primary article’s own quotes get no provenance', () => {
  const { own } = judge(CASES[0]!);
  assert.equal(own.provenance, undefined);
});

test('a stitched quote reports each aligned passage separately', () => {
  const { quote } = judge(CASES.find((c) => c.name.startsWith('stitched'))!);
  assert.equal(quote.provenance!.primary.length, 2);
});

test('altered explanations list what changed', () => {
  const { quote } = judge(CASES.find((c) => c.name.startsWith('hardened'))!);
  const p = quote.provenance!;
  assert.ok(
    p.substituted.some(([from, to]) => from === 'respond' && to === 'retaliate'),
    JSON.stringify(p.substituted),
  );
  const q = judge(CASES.find((c) => c.name.startsWith('qualifier'))!).quote.provenance!;
  assert.ok(
    q.added.some((w) => w.includes('unions')),
    JSON.stringify(q.added),
  );
});

test('WordNet synonyms are reported word for word as rewordings, not as one reworded stretch', () => {
  const c = CASES.find((x) => x.name.startsWith('single-word synonyms'))!;
  const p = judge(c).quote.provenance!;
  assert.deepEqual(
    p.substituted.filter(([from]) => from === 'harms' || from === 'producers'),
    [
      ['harms', 'hurts'],
      ['producers', 'manufacturers'],
    ],
    JSON.stringify(p.substituted),
  );
});

test('quotes in a story without a primary are no_primary', () => {
  const { a, q } = reportWith('other.txt', 'We will not raise the fuel tax this year.', 'Elena Varga');
  const out = attachProvenance(
    [q],
    [a],
    [{ id: 't', title: '', articles: ['other.txt'], primary: null, primaryConfidence: 0 }],
  );
  assert.equal(out[0]!.provenance?.verdict, 'no_primary');
});

/** A report in its own story (the clusterer kept it apart) quoting the primary of another story. */
function judgeInOtherStory(said: string, speaker: string, words = 0) {
  const padding =
    words > 0 ? ` ${'Officials also discussed the harbour and the rail timetable. '.repeat(words / 9)}` : '';
  const { a: base, q } = reportWith('elsewhere.txt', said, speaker);
  const a = { ...base, text: base.text + padding };
  const stories: Story[] = [
    { id: 's', title: '', articles: ['primary.txt'], primary: 'primary.txt', primaryConfidence: 1 },
    { id: 't', title: '', articles: ['elsewhere.txt'], primary: null, primaryConfidence: 0 },
  ];
  return attachProvenance([primaryQuote, q], [primary, a], stories)[1]!.provenance!;
}

test('a quote found in the primary of another story is checked against it, and says so', () => {
  const p = judgeInOtherStory('We will not raise the fuel tax this year.', 'Elena Varga');
  assert.equal(p.verdict, 'verbatim');
  assert.ok(p.reasons.some((r) => r.startsWith('provenance.primary-of-another-story: primary.txt')));
});

test('unsupported words of the speaker in a long report of another event are no_primary', () => {
  const said = 'The harbour strike will end by Friday, and the port will reopen.';
  assert.equal(judgeInOtherStory(said, 'Elena Varga').verdict, 'unsupported');
  assert.equal(judgeInOtherStory(said, 'Elena Varga', 180).verdict, 'no_primary');
});

test("words only a reporter's question holds are not the primary's", () => {
  const p = judge({
    name: 'question',
    said: 'Will the government raise the fuel tax this year?',
    verdict: 'no_primary',
  });
  assert.notEqual(p.quote.provenance?.verdict, 'verbatim');
});

test('words only carried over to the speaker, found nowhere, are no_primary, not unsupported', () => {
  const { a, q } = reportWith(
    'report.txt',
    'The harbour strike will end by Friday, and the port will reopen.',
    'Elena Varga',
  );
  const carried: Quote = { ...q, speakerRule: 'speaker.carry-over' };
  const story: Story = {
    id: 's',
    title: '',
    articles: ['primary.txt', 'report.txt'],
    primary: 'primary.txt',
    primaryConfidence: 1,
  };
  assert.equal(
    attachProvenance([primaryQuote, q], [primary, a], [story])[1]!.provenance?.verdict,
    'unsupported',
  );
  assert.equal(
    attachProvenance([primaryQuote, carried], [primary, a], [story])[1]!.provenance?.verdict,
    'no_primary',
  );
});

test('an unattributed quote that aligns firmly is judged; a loose one is no_primary', () => {
  const verbatim = CASES.find((c) => c.name === 'verbatim sentence')!;
  assert.equal(judge({ ...verbatim, speaker: null }).quote.provenance?.verdict, 'verbatim');
  const nearMiss = CASES.find((c) => c.name.startsWith('near-miss'))!;
  assert.equal(judge({ ...nearMiss, speaker: null }).quote.provenance?.verdict, 'no_primary');
});

test('a negation just outside the quote marks governs the quote', () => {
  const text = 'The minister said the ministry would not be “freezing its accounts” for now.';
  const q = quoteIn('lead.txt', text, 'freezing its accounts', 'Elena Varga');
  const story = storyOf('primary.txt', ['lead.txt']);
  const a = makeArticle('lead.txt', text, { outlet: 'Outlet lead' });
  const out = attachProvenance([primaryQuote, q], [primary, a], [story]);
  const p = out[1]!.provenance!;
  assert.notEqual(p.verdict, 'altered', JSON.stringify(p));
});

test('semantic re-ranking is refused by the synchronous entry point', () => {
  assert.throws(() => attachProvenance([], [], [], { semantic: true }), /attachProvenanceAsync/);
});

test('cross-report view puts each outlet’s rendering under the primary sentence', () => {
  const story: Story = {
    id: 's',
    title: '',
    articles: ['primary.txt', 'r1.txt', 'r2.txt'],
    primary: 'primary.txt',
    primaryConfidence: 1,
  };
  const one = reportWith('r1.txt', 'We will not raise the fuel tax this year.', 'Elena Varga');
  const two = reportWith('r2.txt', 'We will raise the fuel tax this year.', 'Elena Varga');
  const quotes = attachProvenance([primaryQuote, one.q, two.q], [primary, one.a, two.a], [story]);
  const rows = crossReportView(quotes, [primary, one.a, two.a]);
  const row = rows.find((r) => r.primary.text.startsWith('Elena Varga: We will not raise'));
  assert.ok(row, JSON.stringify(rows.map((r) => r.primary.text)));
  assert.deepEqual(
    row.renderings.map((r) => [r.article, r.verdict]),
    [
      ['r1.txt', 'verbatim'],
      ['r2.txt', 'altered'],
    ],
  );
});

/** A second invented briefing, for quotes that summarise several neighbouring sentences. */
const BRIEFING = [
  'Transcript of the briefing of Transport Minister Paul Okafor, 9 June',
  'Question: Will the ministry change the rail timetable?',
  'Paul Okafor: The new timetable is simple to apply. It will not need any extra staff. So we do not plan long consultations on it. We have no intention of lobbying anyone. We think the timetable serves commuters and freight operators alike.',
  'Question: What about the port?',
  'Paul Okafor: The harbour works continue. The dredging will finish in autumn. The pier will reopen in May. Meanwhile, several shipping firms are attempting to lobby the regional council to cancel the fees the ministry imposed.',
].join('\n');

function judgeBriefing(said: string) {
  const briefing = makeArticle('briefing.txt', BRIEFING, { outlet: 'Ministry of Transport' });
  const { a, q } = reportWith('report.txt', said, 'Paul Okafor');
  const story: Story = {
    id: 's',
    title: '',
    articles: ['briefing.txt', 'report.txt'],
    primary: 'briefing.txt',
    primaryConfidence: 1,
  };
  return attachProvenance([q], [briefing, a], [story])[0]!.provenance!;
}

test('a clause is not pulled onto a far sentence that shares only a couple of its words', () => {
  // "not trying to lobby" renders the nearby "no intention of lobbying", not the port answer's
  // "attempting to lobby", so no negation is reported as added.
  const p = judgeBriefing(
    'It will not need extra staff. The ministry is not trying to lobby the regulator—the timetable serves commuters and freight operators alike.',
  );
  assert.equal(p.verdict, 'paraphrase', JSON.stringify(p));
  assert.ok(!p.primary.some((s) => s.text.includes('attempting')), JSON.stringify(p.primary));
});

test('a sentence summarising neighbouring sentences is not an added sentence; an invented one is', () => {
  const summary = judgeBriefing(
    'We have no intention of lobbying anyone. Applying the new scheme is effortless, recruiting staff is unnecessary and lengthy consultations are pointless.',
  );
  assert.ok(
    !summary.reasons.some((r) => r.startsWith('verdict.sentence-added')),
    summary.reasons.join(' | '),
  );
  const invented = judgeBriefing(
    'We have no intention of lobbying anyone. Fares will double for pensioners next spring.',
  );
  assert.equal(invented.verdict, 'altered');
  assert.ok(
    invented.reasons.some((r) => r.startsWith('verdict.sentence-added')),
    invented.reasons.join(' | '),
  );
});
