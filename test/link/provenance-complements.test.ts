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

test('"stop", "remember", "forget", "regret": the gerund is an act before, the infinitive one after', () => {
  for (const [passage, said] of [
    ['We stopped buying coal from them.', 'We stopped to buy coal from them.'],
    ['I remember signing the treaty.', 'I remember to sign the treaty.'],
    ['We regret telling the families so late.', 'We regret to tell the families so late.'],
    ['I forgot to lock the depot.', 'I forgot locking the depot.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.tense-changed:')),
      r.reasons.join(' | '),
    );
  }
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

test('a verb rendered by a synonym and the object its definition names adds nothing', () => {
  // WordNet: {legislate, pass} "make laws, bills, etc.": the law was in the verb.
  const r = judge(
    'The council will not legislate on parking this year.',
    'The council will not pass a law on parking this year.',
  );
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
  // An object the definition does not name is a claim of the report's own.
  const other = judge(
    'The council will not legislate on parking this year.',
    'The council will not pass a tax on parking this year.',
  );
  assert.equal(other.verdict, 'altered', other.reasons.join(' | '));
});

test('"would rather" is the idiom of preference: "prefer" says it', () => {
  for (const [passage, said] of [
    ['We would rather wait for the audit.', 'We prefer to wait for the audit.'],
    [
      'Frankly I would rather close the road for a week than patch it every month.',
      'Frankly I prefer to close the road for a week than to patch it every month.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('an "-able" adjective says "can" and the verb it derives from, or a WordNet synonym of it', () => {
  for (const [passage, said] of [
    // {accept, live with}: "acceptable" is what one can live with.
    ['We want a plan that both unions can live with.', 'We want a plan acceptable to both unions.'],
    ['We need a rent that young families can afford.', 'We need a rent affordable to young families.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
  // An adjective of another verb is a word of the report's own.
  for (const [passage, said] of [
    ['We need a rent that young families can pay.', 'We need a rent affordable to young families.'],
    ['We want a plan that both unions can live with.', 'We want a plan desirable to both unions.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('a hedged infinitive with more after its "to", quoted as "will", drops the hedge', () => {
  const r = judge(
    'The harbour is closed, and I expect to be able to reopen it before the winter.',
    'will reopen it before the winter',
  );
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.hedge-dropped:')),
    r.reasons.join(' | '),
  );
  const wish = judge(
    'The harbour is closed, and we want to be able to reopen it before the winter.',
    'will reopen it before the winter',
  );
  assert.ok(
    wish.reasons.some((x) => x.startsWith('verdict.modality-changed:')),
    wish.reasons.join(' | '),
  );
});

test('a figure in words or a unit changed with no digit moved is a number change, named so', () => {
  const r = judge(
    'Thefts of bicycles have doubled in the city since May.',
    'Thefts of bicycles have tripled in the city since May.',
  );
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.number-changed:')),
    r.reasons.join(' | '),
  );
  const unit = judge(
    'The crews need a few hours to clear the line.',
    'The crews need a few minutes to clear the line.',
  );
  assert.equal(unit.verdict, 'altered', unit.reasons.join(' | '));
  assert.ok(
    unit.reasons.some((x) => x.startsWith('verdict.number-changed:')),
    unit.reasons.join(' | '),
  );
});
