import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote, type Setting } from '../helpers/judge-quote.ts';

/**
 * Spoken, unscripted remarks (a gaggle): false starts, repeated words, comma splices, hedges that
 * open a sentence, and reports that join two remarks. Each primary is an invented one-speaker
 * transcript; the report quotes it directly.
 */
const GAGGLE: Setting = {
  header: 'Gaggle with Mayor Lena Ortiz',
  speaker: 'Lena Ortiz',
  report: (said) => `The mayor told reporters on the ferry that “${said}” before landing.`,
};

function judge(passage: string, said: string): ReturnType<typeof judgeQuote> {
  return judgeQuote(passage, said, GAGGLE);
}

const SESSION =
  'Well, it’s — I guess we had — everyone is saying it was the most productive session that anyone can recall.';

test('"most" before an adjective, quoted without its article, is the superlative, not a quantifier', () => {
  assert.equal(judge(SESSION, 'most productive session').verdict, 'verbatim');
  const cut = judge('Most schools will reopen in the fall.', 'Schools will reopen in the fall.');
  assert.equal(cut.verdict, 'altered');
  assert.ok(
    cut.reasons.some((r) => r.startsWith('verdict.scope-changed')),
    cut.reasons.join(' | '),
  );
});

test('a word moved within its clause as a synonym is no addition; a new word is', () => {
  const passage = 'I don’t know, really, what right the board has to the land, but it would be unwise.';
  const moved = judge(passage, 'I don’t know what right the board actually has to the land.');
  assert.equal(moved.verdict, 'paraphrase', moved.reasons.join(' | '));
  const added = judge(passage, 'I don’t know what right the greedy board has to the land.');
  assert.equal(added.verdict, 'altered', added.reasons.join(' | '));
});

test('a comma splice is two clauses: the "not" of the first does not reach the second', () => {
  const passage = 'It’s not for them; it’s for the whole region.';
  assert.notEqual(judge(passage, 'It is not for them, it is for the whole region').verdict, 'altered');
  const flipped = judge(passage, 'It is for them, it is for the whole region');
  assert.equal(flipped.verdict, 'altered');
  assert.ok(
    flipped.reasons.some((r) => r.startsWith('verdict.negation-dropped')),
    flipped.reasons.join(' | '),
  );
});

test('light words closing a quote are anchored right after its last content word, not further on', () => {
  const passage =
    'We signed the papers today, and they paid for them, and, you know, they’ve been waiting for them for years.';
  assert.equal(judge(passage, 'We signed the papers today, and they paid for them,').verdict, 'verbatim');
});

test('a hedge opening the later of two joined sentences is cut from inside the quote', () => {
  const hedged = 'I think the pier will be finished by spring.  I think we’re going to open it.';
  const r = judge(hedged, 'The pier will be finished by spring. We’re going to open it,');
  assert.equal(r.verdict, 'altered');
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.hedge-dropped')),
    r.reasons.join(' | '),
  );
  const plain = 'The pier will be finished by spring.  We’re going to open it.';
  assert.equal(
    judge(plain, 'The pier will be finished by spring. We’re going to open it,').verdict,
    'verbatim',
  );
});

test('a quote opening as a sentence drops the hedge its source sentence opened on; a fragment does not', () => {
  const passage = 'And, well, I think the council will pass it next week.';
  const whole = judge(passage, 'The council will pass it next week.');
  assert.equal(whole.verdict, 'altered');
  assert.ok(
    whole.reasons.some((x) => x.startsWith('verdict.hedge-dropped')),
    whole.reasons.join(' | '),
  );
  assert.equal(judge(passage, 'the council will pass it').verdict, 'verbatim');
  assert.equal(
    judge('So the council will pass it next week.', 'The council will pass it next week.').verdict,
    'verbatim',
  );
});

test('a sentence said minutes earlier, rendered whole, is the passage even when a near one shares words', () => {
  const passage =
    'I have spoken to many builders about the pier. So, we’ll make a choice over the next 60 days or so. ' +
    'The council met twice last week. They asked about the budget. The engineers wrote a long report. ' +
    'And I’d make that choice over the next — probably over the next 20 days. ' +
    'If we could keep the pier, I think it would be a good thing.';
  const said =
    'So, we’ll make a choice over the next 60 days or so.\n\n“If we could keep the pier, I think it would be a good thing,';
  assert.equal(judge(passage, said).verdict, 'verbatim');
});

test('disfluencies the report tidies away (a repeated word, a restarted phrase) are no alteration', () => {
  const passage = 'I — I think the, the harbor will be rebuilt by — by the end of the year.';
  assert.notEqual(
    judge(passage, 'I think the harbor will be rebuilt by the end of the year.').verdict,
    'altered',
  );
  const again = 'We’re going to build a — a very big plant in the valley.';
  assert.notEqual(judge(again, 'We’re going to build a very big plant in the valley.').verdict, 'altered');
});

test('a quote re-cut as a sentence inside the speaker’s clause is tidied; one cut after a pause or a conjunction is not', () => {
  const recut = judge(
    'And I don’t know.  It’s something has to change, but it’s really a ruin right now.',
    'Something has to change, but it’s really a ruin right now,',
  );
  assert.equal(recut.verdict, 'paraphrase', recut.reasons.join(' | '));
  assert.ok(
    recut.reasons.some((r) => r.includes('opens as a sentence inside a clause')),
    recut.reasons.join(' | '),
  );
  const dash = judge(
    'It’s very — it’s — the valley is totally reliant on us.',
    'The valley is totally reliant on us.',
  );
  assert.equal(dash.verdict, 'verbatim');
  assert.equal(
    judge('And I’d like the towns to take part.', 'I’d like the towns to take part.').verdict,
    'verbatim',
  );
});

test('a figure corrected mid-phrase keeps the bound said before the first try', () => {
  const passage = 'And we’ll have about 40 — 45 nurses working out of that clinic.';
  assert.notEqual(
    judge(passage, 'We’ll have about 45 nurses working out of that clinic.').verdict,
    'altered',
  );
  const bare = judge(passage, 'We’ll have 45 nurses working out of that clinic.');
  assert.equal(bare.verdict, 'altered');
  assert.ok(
    bare.reasons.some((r) => r.startsWith('verdict.number-bound-changed')),
    bare.reasons.join(' | '),
  );
});

test('words the speaker echoed and answered "no" to at once are not his statement', () => {
  const echoed = judge('Close the depot?  No.  We are keeping it open.', 'Close the depot');
  assert.equal(echoed.verdict, 'altered');
  assert.ok(
    echoed.reasons.some((r) => r.startsWith('verdict.negation-dropped')),
    echoed.reasons.join(' | '),
  );
  const dashed = judge('Sell the ferry line — no, we’re not going to do that.', 'Sell the ferry line');
  assert.equal(dashed.verdict, 'altered');
  assert.equal(
    judge('We will finish the road.  No question about it.', 'We will finish the road.').verdict,
    'verbatim',
  );
  assert.equal(judge('Is that fair?  No, it is not.', 'Is that fair?').verdict, 'verbatim');
});
