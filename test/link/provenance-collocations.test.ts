import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote } from '../helpers/judge-quote.ts';

/**
 * Multi-word expressions WordNet lists whole (phrasal verbs, verb idioms, adverbs) are judged as
 * one unit on either side of a rewording, in any inflection, by the same evidence as single words.
 * Each primary is an invented one-speaker transcript; the report swaps one expression.
 */
const judge = judgeQuote;

/** [speaker's words, report's words, sentence with {} where they stand]. */
type Swap = [string, string, string];
const put = ([said, reported, frame]: Swap): [string, string] => [
  frame.replace('{}', said),
  frame.replace('{}', reported),
];

test('a phrasal verb or idiom and its WordNet synonym are a paraphrase, in any inflection', () => {
  const swaps: Swap[] = [
    ['set up', 'established', 'The ministry {} a hotline for tenants.'],
    ['setting up', 'establishing', 'The ministry is {} a hotline for tenants.'],
    ['called off', 'cancelled', 'The union {} the strike at the docks.'],
    ['cancelled', 'called off', 'The union {} the strike at the docks.'],
    ['looking into', 'investigating', 'The regulator is {} the complaints.'],
    ['investigated', 'looked into', 'The regulator {} the complaints.'],
    ['took part', 'participated', 'Four hundred farmers {} in the march.'],
    ['did away with', 'abolished', 'The council {} the parking fee.'],
    ['no longer', 'not any more', 'The mill is {} buying grain.'],
    ['deteriorating', 'getting worse', 'Conditions in the shelters are {} by the day.'],
  ];
  for (const swap of swaps) {
    const [passage, said] = put(swap);
    const r = judge(passage, said);
    assert.equal(r.verdict, 'paraphrase', `${swap[0]} → ${swap[1]}: ${r.reasons.join(' | ')}`);
  }
});

test('the reason names the whole collocation and its evidence', () => {
  const r = judge(
    'The union called off the strike at the docks.',
    'The union cancelled the strike at the docks.',
  );
  assert.match(r.reasons.join(' | '), /reworded "called off" → "cancelled" \(WordNet: near-synonyms\)/);
  const idiom = judge('The council did away with the parking fee.', 'The council abolished the parking fee.');
  assert.match(
    idiom.reasons.join(' | '),
    /"did away with" → "abolished" \(WordNet: one defined by the other\)/,
  );
});

test('a phrasal verb split by its object in the speaker’s words is looked up whole', () => {
  const r = judge(
    'The union called the strike off after the vote.',
    'The union cancelled the strike after the vote.',
  );
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
  assert.match(r.reasons.join(' | '), /"called … off" → "cancelled"/);
});

test('a look-alike collocation that means something else stays altered', () => {
  const swaps: Swap[] = [
    ['called off', 'postponed', 'The union {} the strike at the docks.'],
    ['set up', 'expanded', 'The ministry {} a hotline for tenants.'],
    ['look into', 'condemn', 'The regulator will {} the complaints.'],
    ['pulled out of', 'fled', 'The company {} the town before the floods.'],
    ['put off', 'cancelled', 'The league {} the vote on the stadium.'],
    ['took part', 'led', 'Four hundred farmers {} in the march.'],
    ['deteriorating', 'getting better', 'Conditions in the shelters are {} by the day.'],
  ];
  for (const swap of swaps) {
    const [passage, said] = put(swap);
    const r = judge(passage, said);
    assert.equal(r.verdict, 'altered', `${swap[0]} → ${swap[1]}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.wording-changed:')),
      `${swap[0]} → ${swap[1]}: ${r.reasons.join(' | ')}`,
    );
  }
});

test('the words of a collocation are not compared apart: "look into" is not "see"', () => {
  const r = judge('The inspector will look into the leaks.', 'The inspector will see the leaks.');
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.match(r.reasons.join(' | '), /"look into" → "see"/);
});

test('"no longer" (once, not now) put as "never" (at no time) is a change', () => {
  const r = judge(
    'The mill no longer buys grain from the valley.',
    'The mill never buys grain from the valley.',
  );
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.match(r.reasons.join(' | '), /verdict\.wording-changed: "no longer" → "never"/);
});

test('a kept verb whose particle changed or was cut is another verb', () => {
  for (const [passage, said] of [
    ['We will not give up to the landlords.', 'We will not give in to the landlords.'],
    ['The regulator looked into the complaints.', 'The regulator looked at the complaints.'],
  ] as const) {
    const r = judge(passage, said);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('the same phrasal verb in another inflection is no change', () => {
  const r = judge('We are setting up a fund for the farms.', 'We set up a fund for the farms.');
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.wording-changed:')), r.reasons.join(' | '));
});
