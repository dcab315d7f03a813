import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote } from '../helpers/judge-quote.ts';

/**
 * Scope and conditions: quantifiers over things and over occasions, shares of a whole, "all" put
 * where the passage had no definite article, and a condition cut at the edge of a quote given as a
 * whole sentence. Each primary is an invented one-speaker transcript.
 */
const judge = judgeQuote;

function assertScopeChanged(passage: string, said: string): void {
  const r = judge(passage, said);
  assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.scope-changed:')),
    `${said}: ${r.reasons.join(' | ')}`,
  );
}

test('an adverb of frequency of another rank widens or narrows the claim', () => {
  assertScopeChanged(
    'The inspectors sometimes find problems at the border.',
    'The inspectors always find problems at the border.',
  );
  assertScopeChanged('Prices usually rise before the holidays.', 'Prices always rise before the holidays.');
  assertScopeChanged('The ferry is often late in the winter.', 'The ferry is rarely late in the winter.');
});

test('a share of a whole cut from before the noun says it of the whole', () => {
  assertScopeChanged(
    'Much of the region is still without power tonight.',
    'The region is still without power tonight.',
  );
});

test('"all" in place of a word the rules do not rank, with no article before the noun, widens', () => {
  assertScopeChanged(
    'Certain states have refused to expand the program.',
    'All states have refused to expand the program.',
  );
});

test('"all" or "every" before a noun the passage gave with "the" widens nothing', () => {
  for (const [passage, said] of [
    [
      'We will publish the details of the contract next week.',
      'We will publish every detail of the contract next week.',
    ],
    [
      'We have answered the questions of the committee.',
      'We have answered all the questions of the committee.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('two frequency adverbs of one rank are a paraphrase', () => {
  const r = judge(
    'Talks frequently stall over the price of gas.',
    'Talks often stall over the price of gas.',
  );
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
});

test('a quote made a whole sentence where its source went on to a condition, or opened on one, drops it', () => {
  for (const [passage, said] of [
    ['We will lower the tax provided that the budget allows it.', 'We will lower the tax.'],
    ['We will sign the deal as long as the border stays open.', 'We will sign the deal.'],
    ['Assuming the weather holds, the launch is on Friday.', 'The launch is on Friday.'],
    ['We will reopen the mine subject to a safety review.', 'We will reopen the mine.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.condition-dropped:')),
      r.reasons.join(' | '),
    );
  }
});

test('a lower-case fragment may leave the condition as context, even with the full stop inside its mark', () => {
  const r = judge('We will lower the tax provided that the budget allows it.', 'we will lower the tax.');
  assert.equal(r.verdict, 'verbatim', r.reasons.join(' | '));
});

test('plural partitives ("parts of", "portions of") name some pieces of a whole, and cutting them widens', () => {
  assertScopeChanged(
    'The fever has spread to parts of the eastern valley.',
    'The fever has spread to the eastern valley.',
  );
  assertScopeChanged(
    'Portions of the coastal road are closed until Sunday.',
    'The coastal road is closed until Sunday.',
  );
  // The singular "part of" is as often membership: joining it is no share.
  const member = judge(
    'Norway will become part of the new fishing pact.',
    'Norway will become part of the new fishing pact.',
  );
  assert.equal(member.verdict, 'verbatim', member.reasons.join(' | '));
});

test('a small or large share put before the noun ("a couple of", "the bulk of") is a quantifier', () => {
  assertScopeChanged(
    'A couple of senators wanted to delay the hearing.',
    'The senators wanted to delay the hearing.',
  );
  assertScopeChanged(
    'The bulk of the grain went to the southern ports.',
    'All of the grain went to the southern ports.',
  );
});

test('"most of" for "the bulk of" is one share, not an added intensifier', () => {
  const r = judge(
    'The bulk of the grain went to the southern ports.',
    'Most of the grain went to the southern ports.',
  );
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
});

test('"all" for a part of a definite whole ("half of the", "one of the") widens it', () => {
  assertScopeChanged('At least half of the barges were damaged.', 'All of the barges were damaged.');
  assertScopeChanged('One of the reactors was shut down.', 'All of the reactors were shut down.');
});

test('a part with its size ("a large part of") is a share; cutting it says it of the whole', () => {
  assertScopeChanged(
    'The hail destroyed a large part of the vineyards.',
    'The hail destroyed the vineyards.',
  );
});

test('a universal before a definite noun ("the whole", "all of the") adds nothing a cut could narrow', () => {
  for (const passage of [
    'The whole valley is without water tonight.',
    'The entire valley is without water tonight.',
  ]) {
    const r = judge(passage, 'The valley is without water tonight.');
    assert.equal(r.verdict, 'paraphrase', `${passage}: ${r.reasons.join(' | ')}`);
  }
  assertScopeChanged('Most of the valley is without water tonight.', 'The valley is without water tonight.');
});

test('a quantifier floated after the auxiliary counts the subject the passage counted alike', () => {
  for (const [passage, said] of [
    ['All of the clinics will open on Monday.', 'The clinics will all open on Monday.'],
    ['The clinics will all open on Monday.', 'All of the clinics will open on Monday.'],
    ['Both unions have signed the new contract.', 'The unions have both signed the new contract.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('a floated quantifier of another rank, or where the passage counted nothing, still widens', () => {
  assertScopeChanged('Most of the clinics will open on Monday.', 'The clinics will all open on Monday.');
  assertScopeChanged('The clinics will open on Monday.', 'The clinics will all open on Monday.');
  assertScopeChanged(
    'Some of the nurses said the clinics will open on Monday.',
    'The nurses said the clinics will all open on Monday.',
  );
});

test('a phrase of place cut silently after a kept noun widens what is said of it', () => {
  const r = judge('The orchards in the south lost their harvest.', 'The orchards lost their harvest.');
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.qualifier-dropped:') && x.includes('in the south')),
    r.reasons.join(' | '),
  );
  // Cut openly, or an aside between commas, it is no silent restriction.
  const open = judge('The orchards in the south lost their harvest.', 'The orchards … lost their harvest.');
  assert.ok(!open.reasons.some((x) => x.startsWith('verdict.qualifier-dropped:')), open.reasons.join(' | '));
  const aside = judge('The orchards, in the end, lost their harvest.', 'The orchards lost their harvest.');
  assert.ok(
    !aside.reasons.some((x) => x.startsWith('verdict.qualifier-dropped:')),
    aside.reasons.join(' | '),
  );
});

test('a phrase of place after a singular noun says which one is meant: cut, the claim is no wider', () => {
  const r = judge(
    'The clinic on Mill Street is forty years old, and it must close.',
    'The clinic is forty years old, and it must close.',
  );
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
  const plural = judge('The clinics on Mill Street are forty years old.', 'The clinics are forty years old.');
  assert.equal(plural.verdict, 'altered', plural.reasons.join(' | '));
});

test('"every one of" the towns is each of them, no figure; "every one" before a noun still counts', () => {
  const r = judge('Each of the towns has a clinic now.', 'Every one of the towns has a clinic now.');
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
  const figure = judge(
    'For every new rule we will remove two old ones.',
    'For every one new rule we will remove two old ones.',
  );
  assert.ok(
    figure.reasons.some((x) => x.startsWith('verdict.number-not-in-primary:')),
    figure.reasons.join(' | '),
  );
});

test('a share in words is the same figure in percent; "one and a half million" is 1.5 million', () => {
  for (const [passage, said] of [
    ['Half the grants went to the villages.', '50 percent of the grants went to the villages.'],
    ['Three quarters of the wells are dry.', '75% of the wells are dry.'],
    ['We planted one and a half million trees.', 'We planted 1.5 million trees.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
  const other = judge('A quarter of the wells are dry.', 'Half of the wells are dry.');
  assert.equal(other.verdict, 'altered', other.reasons.join(' | '));
});

test('"if" told as "when" before a future clause takes the condition for granted', () => {
  for (const [passage, said] of [
    [
      'If the pier closes, the ferry will stop at Dunlow instead.',
      'When the pier closes, the ferry will stop at Dunlow instead.',
    ],
    [
      'I know it is hard. If the grant ends, we won’t leave the clubs without help.',
      'When the grant ends, we won’t leave the clubs without help.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.condition-made-certain:')),
      r.reasons.join(' | '),
    );
  }
});

test('"when" for "if" in a general statement in the present keeps the condition', () => {
  const r = judge(
    'If the tide is high, the boats leave early.',
    'When the tide is high, the boats leave early.',
  );
  assert.notEqual(r.verdict, 'altered', r.reasons.join(' | '));
});
