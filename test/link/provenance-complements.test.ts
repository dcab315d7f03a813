import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * Verb complements and modal idioms that say one thing in two forms, and the forms that do not.
 * Each primary is an invented one-speaker transcript; the report quotes it directly.
 */

test('a gerund and a to-infinitive after "like", "love", "prefer" are one meaning', () => {
  for (const [passage, said] of [
    ['Nobody in this town likes waiting for a bus.', 'Nobody in this town likes to wait for a bus.'],
    ['Most drivers like taking the night shift.', 'Most drivers like to take the night shift.'],
    ['The farmers prefer selling at the market.', 'The farmers prefer to sell at the market.'],
    ['The teachers love working with the new pupils.', 'The teachers love to work with the new pupils.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('"try" with a gerund (an experiment) and with a to-infinitive (an attempt) are two acts', () => {
  const r = judge('I tried calling the minister twice.', 'I tried to call the minister twice.');
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
});

test('"would" made "will" turns a conditional into a real prospect, unless it reported a future', () => {
  const r = judge(
    'The new contract would give every nurse a raise of four percent.',
    'The new contract will give every nurse a raise of four percent.',
  );
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.match(r.reasons.join(' | '), /verdict\.modality-changed: "would give" → "will give"/);
  // Backshift under the speaker's own past "said": the future it reported.
  const reported = judge(
    'We said in March that the clinic would open in the autumn.',
    'We said in March that the clinic will open in the autumn.',
  );
  assert.equal(reported.verdict, 'paraphrase', reported.reasons.join(' | '));
  // The report's own backshift ("will" → "would") is licensed by its past frame.
  const backshift = judge(
    'The new contract will give every nurse a raise of four percent.',
    'The new contract would give every nurse a raise of four percent.',
  );
  assert.equal(backshift.verdict, 'paraphrase', backshift.reasons.join(' | '));
});
