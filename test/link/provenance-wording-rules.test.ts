import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote } from '../helpers/judge-quote.ts';

/**
 * Rules that read what a report cut or swapped inside a quote: a conjunct or a restrictive
 * modifier cut silently, and adjectives of one WordNet cluster. Each primary is an invented
 * one-speaker transcript; the report quotes it directly.
 */
const judge = judgeQuote;

const FLEET = 'The province has received about 300 buses and trams from the federal fund this spring.';
const PORTS =
  'Any company that trades with sanctioned Iranian ports, shippers, or brokers risks losing its licence.';

test('a conjunct removed within the quotation narrows what the figure counts', () => {
  const r = judge(FLEET, 'The province has received about 300 buses from the federal fund this spring.');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.conjunct-cut: "and trams"')),
    r.reasons.join(' | '),
  );
});

test('the tail of a list cut after a comma is a conjunct cut', () => {
  const r = judge(PORTS, 'Any company that trades with sanctioned Iranian ports risks losing its licence.');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.conjunct-cut: "shippers, or brokers"')),
    r.reasons.join(' | '),
  );
});

test('a restrictive modifier cut silently widens the claim', () => {
  const r = judge(
    PORTS,
    'Any company that trades with Iranian ports, shippers, or brokers risks losing its licence.',
  );
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.qualifier-dropped: "sanctioned"')),
    r.reasons.join(' | '),
  );
});

test('a classifying adjective cut narrows; a describing one may go', () => {
  const r = judge(
    'Inspectors will visit the nuclear plants in the north next month.',
    'Inspectors will visit the plants in the north next month.',
  );
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.qualifier-dropped: "nuclear"')),
    r.reasons.join(' | '),
  );
  assert.equal(
    judge(
      'We built a great team of engineers in the new plant this year.',
      'We built a team of engineers in the new plant this year.',
    ).verdict,
    'paraphrase',
  );
});

test('an adjunct left out, or a cut shown by an ellipsis, is not a narrowed claim', () => {
  assert.equal(
    judge(FLEET, 'The province has received about 300 buses and trams this spring.').verdict,
    'paraphrase',
  );
  assert.equal(
    judge(FLEET, 'The province has received about 300 buses … from the federal fund').verdict,
    'paraphrase',
  );
});

test('a coordinated clause is not a conjunct of a noun phrase', () => {
  const r = judge(
    'We visited the plant in March and we will visit the port in May to meet the dockers.',
    'We visited the plant in March to meet the dockers.',
  );
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.conjunct-cut')), r.reasons.join(' | '));
});

const NIGHTS = 'The nights here are chilly in the winter months.';

test('two adjectives of one WordNet cluster and one grade are a paraphrase', () => {
  assert.equal(
    judge(
      'The cracks in the wall are tiny and pose no risk.',
      'The cracks in the wall are minute and pose no risk.',
    ).verdict,
    'paraphrase',
  );
  assert.equal(judge(NIGHTS, 'The nights here are cold in the winter months.').verdict, 'paraphrase');
});

test('the extreme of the same cluster is a hardening', () => {
  const r = judge(NIGHTS, 'The nights here are frigid in the winter months.');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.wording-hardened: "chilly" → "frigid"')),
    r.reasons.join(' | '),
  );
});

const EXPORTS = 'Exports to the region fell in March after the new tariffs.';

test('a verb the dictionary defines as another done to the extreme hardens the report', () => {
  const r = judge(EXPORTS, 'Exports to the region plummeted in March after the new tariffs.');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.wording-hardened: "plummeted"')),
    r.reasons.join(' | '),
  );
  const storm = judge(
    'The storm damaged the harbour and two bridges last night.',
    'The storm devastated the harbour and two bridges last night.',
  );
  assert.ok(
    storm.reasons.some((x) => x.startsWith('verdict.wording-hardened: "devastated"')),
    storm.reasons.join(' | '),
  );
});

test('a word of the same strength, or a word mostly used as a noun, is not a hardening', () => {
  assert.equal(
    judge(EXPORTS, 'Exports to the region dropped in March after the new tariffs.').verdict,
    'paraphrase',
  );
  const r = judge(
    'Officials said the rain came with thunder over the coast today.',
    'Officials said the storm came with thunder over the coast today.',
  );
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.wording-hardened')), r.reasons.join(' | '));
});

test('a hedge of the speaker’s own expectation removed within the quotation is dropped', () => {
  const r = judge(
    'The board will, we expect, approve the plan in May.',
    'The board will approve the plan in May.',
  );
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.hedge-dropped: "we expect"')),
    r.reasons.join(' | '),
  );
});

test('an action begun is under way, not done', () => {
  const passage = 'The government has begun to cut the number of permits.';
  const r = judge(passage, 'The government has cut the number of permits.');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.tense-changed: "has begun to cut"')),
    r.reasons.join(' | '),
  );
  assert.notEqual(judge(passage, 'The government is cutting the number of permits.').verdict, 'altered');
});

test('an attempt reported as a certainty changes the modality', () => {
  const r = judge(
    'We will try to reduce the waiting lists by half.',
    'We will reduce the waiting lists by half.',
  );
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.modality-changed: "will try to reduce"')),
    r.reasons.join(' | '),
  );
});

test('WordNet defining a word by a list of synonyms is evidence they mean the same', () => {
  const passage = 'The president wants to end the strike as quickly as possible.';
  assert.equal(
    judge(passage, 'The president wants to end the strike as fast as possible.').verdict,
    'paraphrase',
  );
  assert.equal(
    judge(passage, 'The president wants to end the strike as slowly as possible.').verdict,
    'altered',
  );
});

test('a verb coordinated after "and" shares the frame of the verb before it', () => {
  const passage = 'I have said many times that this war has to end, and it has to end soon.';
  assert.equal(
    judge(passage, 'I have said many times this war must end, and end soon.').verdict,
    'paraphrase',
  );
  assert.equal(judge(passage, 'I have said many times this war will end, and end soon.').verdict, 'altered');
});

test('a quantifier after "next" or "first" measures a span, not a share', () => {
  const r = judge(
    'We think the numbers will get better in the next few months.',
    'We think the numbers will get better in the coming months.',
  );
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.scope-changed')), r.reasons.join(' | '));
  const most = judge(
    'Most schools in the north will reopen in May.',
    'Schools in the north will reopen in May.',
  );
  assert.ok(
    most.reasons.some((x) => x.startsWith('verdict.scope-changed')),
    most.reasons.join(' | '),
  );
});

test('a long hedge set inside the verb group is dropped, and does not break the frame', () => {
  const r = judge(
    'The outbreak is, as far as we can tell, contained in the two districts.',
    'The outbreak is contained in the two districts.',
  );
  assert.deepEqual(
    r.reasons.map((x) => x.split(':')[0]),
    ['verdict.hedge-dropped'],
    r.reasons.join(' | '),
  );
});

test('"per cent" in two words is the same figure as "percent"', () => {
  assert.equal(
    judge(
      'The deficit fell by 12 percent last year, the biggest drop in a decade.',
      'The deficit fell by twelve per cent last year, the biggest drop in a decade.',
    ).verdict,
    'paraphrase',
  );
});

test('a quantifier and its "of" just before the quote still count the noun it opens on', () => {
  const r = judge('Some of our allies have doubts about the plan.', 'Our allies have doubts about the plan.');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.scope-changed: "some"')),
    r.reasons.join(' | '),
  );
});

test('a capitalised relational adjective cut silently restricts like any other', () => {
  const r = judge(
    'We will work closely with our European partners on this.',
    'We will work closely with our partners on this.',
  );
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.qualifier-dropped: "European"')),
    r.reasons.join(' | '),
  );
});

test('"both" counts two', () => {
  const passage = 'Both sides agreed to meet again in the autumn.';
  assert.equal(judge(passage, 'The two sides agreed to meet again in the autumn.').verdict, 'paraphrase');
  assert.equal(judge(passage, 'The three sides agreed to meet again in the autumn.').verdict, 'altered');
});

test('a negation of the verb stays in force across a parenthetical, and cutting it is caught', () => {
  for (const said of ['We will … close the mine.', 'We will close the mine.']) {
    const r = judge('We will not, under any circumstances, close the mine.', said);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.negation-dropped:')),
      r.reasons.join(' | '),
    );
  }
  // A bare "No," answers the question and governs nothing after it.
  const answer = judge('No, the mine will close in the spring.', 'the mine will close in the spring');
  assert.equal(answer.verdict, 'verbatim', answer.reasons.join(' | '));
});

test('a capital put for the country the speaker named is the same government; another capital is not', () => {
  for (const said of ['Ottawa will answer these tariffs.', 'We will answer Ottawa on the tariffs.']) {
    const passage = said.startsWith('Ottawa')
      ? 'Canada will answer these tariffs.'
      : 'We will answer Canada on the tariffs.';
    const r = judge(passage, said);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
  const other = judge('We will answer Canada on the tariffs.', 'We will answer Tokyo on the tariffs.');
  assert.equal(other.verdict, 'altered', other.reasons.join(' | '));
  const wrong = judge('Canada will answer these tariffs.', 'Tokyo will answer these tariffs.');
  assert.equal(wrong.verdict, 'altered', wrong.reasons.join(' | '));
});

test('a contrast set off by commas (", not cut,") negates only its own words', () => {
  const passage = 'We will widen, not close, the road to the harbour.';
  const cut = judge(passage, 'We will widen … the road to the harbour.');
  assert.equal(cut.verdict, 'paraphrase', cut.reasons.join(' | '));
  const flipped = judge(passage, 'We will close the road to the harbour.');
  assert.equal(flipped.verdict, 'altered', flipped.reasons.join(' | '));
  assert.ok(
    flipped.reasons.some((x) => x.startsWith('verdict.negation-dropped:')),
    flipped.reasons.join(' | '),
  );
});

test('a frame verb put before a noun is a word added; before its verb it is the frame rule’s', () => {
  const r = judge(
    'The new line helped families in the valley.',
    'The new line helped struggling families in the valley.',
  );
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.word-added:') && x.includes('struggling')),
    r.reasons.join(' | '),
  );
});

const BARRED = 'Drivers who skip a safety check will not be permitted to race for thirty days.';

test('"never" for "not" makes a negation for a while one of every time', () => {
  const r = judge(BARRED, 'Drivers who skip a safety check will never be permitted to race,');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.negation-hardened: "not" → "never"')),
    r.reasons.join(' | '),
  );
});

test('"never" is no hardening where the passage says "never" itself', () => {
  const r = judge(
    "I don't believe the ferry is a luxury, and I never have. We will fund it.",
    'I have never believed the ferry is a luxury.',
  );
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.negation-hardened')), r.reasons.join(' | '));
});
