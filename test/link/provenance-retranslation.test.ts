import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote } from '../helpers/judge-quote.ts';

/**
 * Re-translated quotes: a report that translated the speaker's words into another language and an
 * English desk that translated them back rewords freely, and each rewording needs evidence; a
 * change of meaning inside such a rendering is still caught. Each primary is an invented one-speaker
 * transcript.
 */
const judge = judgeQuote;

const RETRANSLATED: [string, string][] = [
  ['We will not allow anyone to divide our country.', 'We will not let anybody split our nation.'],
  [
    'We are ready to continue the negotiations with our partners.',
    'We are prepared to continue the talks with our partners.',
  ],
  // A phrasal verb split by its object is looked up whole: "bring back" is "return", "take away" is "remove".
  [
    'We will do everything to return our sailors home.',
    'We will do everything to bring our sailors back home.',
  ],
  [
    'The army will remove the mines from the orchards.',
    'The army will take the mines away from the orchards.',
  ],
  // "everything possible" is all one can: no hedge, and "can" before "to" frames nothing.
  ['We are doing everything possible to free the hostages.', 'We are doing all we can to free the hostages.'],
  ['It is impossible to negotiate with the kidnappers.', 'One cannot negotiate with the kidnappers.'],
  ['Our exports are growing despite the blockade.', 'Our exports keep growing despite the blockade.'],
  ['The fishing ban will enter into force on Monday.', 'The fishing ban will take effect on Monday.'],
  ['This is a blow to all of the region.', 'This is a blow to the whole of the region.'],
];

test('a re-translation that rewords with evidence is a paraphrase', () => {
  for (const [passage, said] of RETRANSLATED) {
    const r = judge(passage, said);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('a change of meaning inside a re-translation is still caught', () => {
  for (const [passage, said] of [
    ['The enemy is trying to destroy our power stations.', 'The enemy has destroyed our power stations.'],
    ['We may receive the first tanks in the spring.', 'We will receive the first tanks in the spring.'],
    ['Our exports are growing despite the blockade.', 'Our exports grew despite the blockade.'],
    ['It is possible to make peace with the clans.', 'We will make peace with the clans.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('a particle put after a verb the speaker used makes another verb, with no evidence', () => {
  // "give … up" is WordNet's "give up" (surrender), not "give".
  const r = judge('We will give the land to the farmers.', 'We will give the land up to the farmers.');
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.match(r.reasons.join(' | '), /verdict\.wording-changed: "give" → "give … up"/);
});

test('"few" after "next" measures a span, not a share', () => {
  const r = judge('We expect the verdict in the next days.', 'We expect the verdict in the next few days.');
  assert.ok(!r.reasons.some((x) => x.startsWith('verdict.scope-changed:')), r.reasons.join(' | '));
});

test('words after an ellipsis that a nearby sentence says are a cut to it, not words run on', () => {
  const passage = 'The levy will help bakers. It will help grocers. And it will help the markets.';
  const cut = judge(passage, 'The levy will help bakers … grocers … and the markets.');
  assert.equal(cut.verdict, 'paraphrase', cut.reasons.join(' | '));
  const added = judge(passage, 'The levy will help bakers … and the ports.');
  assert.equal(added.verdict, 'altered', added.reasons.join(' | '));
});
