import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ConfidenceInput, verdictConfidence } from '../../src/link/provenance/verdict/confidence.ts';
import { attachProvenance } from '../../src/link/provenance/provenance.ts';
import { UNSUPPORTED_COVERAGE } from '../../src/link/provenance/verdict/verdict.ts';
import type { Story } from '../../src/model/story.ts';
import { makeArticle } from '../helpers/article.ts';
import { quoteIn } from '../helpers/quote.ts';

/**
 * The ordering properties verdictConfidence is designed to (see confidence.ts): the values are not
 * measured probabilities, so the tests pin orders and ranges, not figures. Inputs are invented.
 */

const FLOOR = UNSUPPORTED_COVERAGE;

function input(over: Partial<ConfidenceInput>): ConfidenceInput {
  return {
    verdict: 'paraphrase',
    reasons: ['verdict.same-meaning: coverage 0.80'],
    substituted: [],
    added: [],
    dropped: [],
    coverage: 0.8,
    score: 0.8,
    threshold: FLOOR,
    ...over,
  };
}

const conf = (over: Partial<ConfidenceInput>) => verdictConfidence(input(over));

const verbatim = conf({ verdict: 'verbatim', reasons: ['verdict.word-for-word'], coverage: 1, score: 1 });
const altered = (reason: string, score = 0.9) => conf({ verdict: 'altered', reasons: [reason], score });
const paraphrase = (coverage: number, changes = 0) =>
  conf({
    verdict: 'paraphrase',
    coverage,
    score: coverage,
    substituted: Array.from({ length: changes }, (_, i): [string, string] => [`word${i}`, `other${i}`]),
  });
const unsupported = (coverage: number | null) =>
  conf({
    verdict: 'unsupported',
    reasons: ['verdict.below-coverage-floor: …'],
    coverage,
    score: coverage,
  });

test('every confidence is in [0, 1]', () => {
  const values = [
    verbatim,
    altered('verdict.number-changed: "12" → "20"'),
    altered('verdict.rule-nobody-knows: x', 0),
    paraphrase(FLOOR, 20),
    paraphrase(1),
    unsupported(0),
    unsupported(FLOOR),
    conf({
      verdict: 'no_primary',
      reasons: ['provenance.no-primary-in-the-set'],
      coverage: null,
      score: null,
    }),
    conf({
      verdict: 'no_primary',
      reasons: ['provenance.speaker-not-in-primary: "X"'],
      score: 2,
      threshold: 0.85,
    }),
  ];
  for (const v of values) assert.ok(v >= 0 && v <= 1, String(v));
});

test('an exact quote is surer than any paraphrase, and a close paraphrase than a loose one', () => {
  assert.ok(verbatim > paraphrase(1));
  assert.ok(verbatim >= 0.95);
  assert.ok(paraphrase(0.9) > paraphrase(0.9, 4), 'rewordings lower a paraphrase');
  assert.ok(paraphrase(0.95) > paraphrase(0.5, 3));
});

test('a verbatim quote stitched from several passages is less sure than a contiguous one, still sure', () => {
  const base = { verdict: 'verbatim' as const, reasons: ['verdict.word-for-word'], coverage: 1 };
  const stitched = conf({ ...base, score: 1, spans: 2 });
  const scattered = conf({ ...base, score: 0.7 });
  assert.ok(stitched < verbatim && scattered < verbatim);
  assert.ok(stitched >= 0.75 && scattered >= 0.75);
});

test('a paraphrase whose rewording touches a negation, a figure or a name is less sure', () => {
  const plain = conf({ coverage: 0.85, substituted: [['settled', 'resolved']] });
  for (const touched of [
    { substituted: [['untrue', 'not true']] as [string, string][] },
    { substituted: [['fourteen', '14 million']] as [string, string][] },
    { added: ['Brussels'] },
    { dropped: ['not'] },
  ]) {
    const c = conf({ coverage: 0.85, substituted: [['settled', 'resolved']], ...touched });
    assert.ok(c < plain, JSON.stringify(touched));
  }
  // A figure left out of an ellipsis is a selection, not a change.
  const left = conf({ coverage: 0.85, substituted: [['settled', 'resolved']], dropped: ['14 million'] });
  assert.ok(left > conf({ coverage: 0.85, substituted: [['settled', 'resolved']], dropped: ['not'] }));
});

test('a paraphrase matched out of order is less sure than one in order', () => {
  assert.ok(conf({ coverage: 0.95, unordered: 0.5 }) < conf({ coverage: 0.95, unordered: 0 }));
});

test('a figure changed digit for digit is surer than one read from number words', () => {
  assert.ok(
    altered('verdict.number-changed: "12" → "20"') > altered('verdict.number-changed: "42" → "forty"'),
  );
});

test('a paraphrase just above the floor is less sure than one far above it', () => {
  const near = paraphrase(FLOOR + 0.02);
  const far = paraphrase(FLOOR + 0.5);
  assert.ok(near < far);
  assert.ok(near < 0.55, `near the floor is close to a coin toss: ${near}`);
});

test('an unsupported far below the floor is sure; near it, not', () => {
  assert.ok(unsupported(0.05) > unsupported(FLOOR - 0.02));
  assert.ok(unsupported(null) >= unsupported(0.05), 'nothing retrieved at all is the surest');
  assert.ok(unsupported(0.02) >= 0.85);
  assert.ok(unsupported(FLOOR - 0.02) < 0.6);
});

test('an alteration with crisp evidence is surer than one resting on a wording change', () => {
  const crisp = [
    'verdict.negation-dropped: "not closing" → "closing"',
    'verdict.number-changed: "12" → "20"',
    'verdict.tense-changed: "intend to announce" → "have announced"',
    'verdict.modality-changed: "could" → "will"',
    'verdict.scope-changed: "some" → "all"',
    'verdict.condition-dropped: "if the unions accept" left out of the report',
  ].map((r) => altered(r));
  const soft = [
    'verdict.wording-changed: "skirmishes" → "war" (no evidence they mean the same)',
    'verdict.word-added: "alleged" (the primary does not say it)',
    'verdict.qualifier-added: "on an industrial scale" (beyond the primary passage)',
  ].map((r) => altered(r));
  assert.ok(Math.min(...crisp) > Math.max(...soft), `${crisp} vs ${soft}`);
  assert.ok(Math.min(...crisp) >= 0.8);
  assert.ok(Math.max(...soft) < 0.7);
});

test('an alteration is surer when it aligned firmly, and when a second rule agrees', () => {
  const reason = 'verdict.hedge-dropped: "may" left out of the report';
  assert.ok(altered(reason, 0.95) > altered(reason, FLOOR + 0.02));
  const two = conf({
    verdict: 'altered',
    reasons: [reason, 'verdict.modality-changed: "may consider" → "will consider"'],
    score: 0.9,
  });
  assert.ok(two > altered('verdict.modality-changed: "may consider" → "will consider"'));
  assert.ok(two > altered(reason));
});

test('no_primary: sure when nothing aligns, less so as the words come near the line it was drawn at', () => {
  const inSet = conf({
    verdict: 'no_primary',
    reasons: ['provenance.no-primary-in-the-set'],
    coverage: null,
    score: null,
  });
  const nothing = conf({
    verdict: 'no_primary',
    reasons: ['provenance.nothing-aligns-and-speaker-not-in-primary'],
    coverage: null,
    score: null,
  });
  const speaker = (score: number) =>
    conf({
      verdict: 'no_primary',
      reasons: ['provenance.speaker-not-in-primary: "Someone Else"'],
      coverage: score,
      score,
      threshold: 0.85,
    });
  assert.ok(inSet >= nothing);
  assert.ok(nothing >= 0.9);
  assert.ok(nothing > speaker(0.2));
  assert.ok(speaker(0.2) > speaker(0.8));
  assert.ok(speaker(0.8) < 0.65, 'nearly aligned: perhaps a misattributed quote of the primary');
  // The unattributed judgement is drawn on coverage, not score.
  const unattributed = (coverage: number) =>
    conf({
      verdict: 'no_primary',
      reasons: [`provenance.unattributed-and-weakly-aligned: ${coverage}`],
      coverage,
      score: 0.1,
      threshold: 0.5,
    });
  assert.ok(unattributed(0.1) > unattributed(0.45));
});

test('a verdict against the primary of another story is less sure than the same against its own', () => {
  const own = paraphrase(0.9);
  const other = conf({
    verdict: 'paraphrase',
    coverage: 0.9,
    score: 0.9,
    reasons: ['verdict.same-meaning: coverage 0.90', 'provenance.primary-of-another-story: t.txt'],
  });
  assert.ok(other < own);
});

/** An invented briefing and one report quoting it several ways, through the real judge. */
const BRIEFING = [
  'Briefing by Harbour Commissioner Tomas Rell, 9 May',
  'Question: When will the northern quay reopen?',
  'Tomas Rell: The northern quay will reopen in September, after the dredging is finished. We have set aside 14 million for the repairs, and the ferries will keep their winter timetable until then.',
  'Question: What about the fishing fleet?',
  'Tomas Rell: The fleet may move to the southern basin for the summer. We are not charging the fishermen for the berths, and we will review the fees next year.',
].join('\n');

function reportQuoting(id: string, said: string) {
  const text = `The commissioner told reporters on Friday that “${said}” in a statement about the port.`;
  return { a: makeArticle(id, text, { outlet: `Outlet ${id}` }), q: quoteIn(id, text, said, 'Tomas Rell') };
}

test('through the judge: every provenance has a confidence; exact above loose, crisp above soft', () => {
  const said = {
    exact: 'The northern quay will reopen in September, after the dredging is finished.',
    loose: 'the ferries keep to the winter schedule until the quay is back',
    number: 'We have set aside 40 million for the repairs',
  };
  const reports = Object.entries(said).map(([k, s]) => reportQuoting(`${k}.txt`, s));
  const briefing = makeArticle('briefing.txt', BRIEFING);
  const story: Story = {
    id: 's',
    title: '',
    articles: ['briefing.txt', ...reports.map((r) => r.a.id)],
    primary: 'briefing.txt',
    primaryConfidence: 1,
  };
  const out = attachProvenance(
    reports.map((r) => r.q),
    [briefing, ...reports.map((r) => r.a)],
    [story],
  );
  const by = (id: string) => out.find((q) => q.article === id)!.provenance!;
  for (const q of out) {
    const c = q.provenance!.confidence;
    assert.ok(typeof c === 'number' && c >= 0 && c <= 1, `${q.text}: ${c}`);
  }
  assert.equal(by('exact.txt').verdict, 'verbatim');
  assert.equal(by('number.txt').verdict, 'altered');
  assert.ok(by('exact.txt').confidence > by('loose.txt').confidence, JSON.stringify(by('loose.txt')));
  assert.ok(by('number.txt').confidence > by('loose.txt').confidence);
});

test('a quote with no primary in the set is a sure no_primary', () => {
  const { a, q } = reportQuoting('alone.txt', 'We are not charging the fishermen for the berths');
  const story: Story = { id: 's', title: '', articles: ['alone.txt'], primary: null, primaryConfidence: 0 };
  const [out] = attachProvenance([q], [a], [story]);
  assert.equal(out!.provenance!.verdict, 'no_primary');
  assert.ok(out!.provenance!.confidence >= 0.95);
});

test('a hardening read off a WordNet definition is less sure than one from the hardening table', () => {
  const table = altered('verdict.wording-hardened: "respond" → "retaliate"');
  const gloss = altered('verdict.wording-hardened: "fell" → "plummeted" (WordNet: "drop sharply")');
  assert.ok(gloss < table, `${gloss} < ${table}`);
  assert.ok(altered('verdict.conjunct-cut: "and trams" left out') > altered('verdict.word-added: "alleged"'));
});
