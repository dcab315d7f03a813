import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termize } from '../../src/link/provenance/terms.ts';
import { frameOf } from '../../src/link/provenance/verdict/verb-frame.ts';
import { judgeQuote } from '../helpers/judge-quote.ts';

/**
 * Tense, aspect and attempt read from the verb's frame in any inflection of its frame verb. Each
 * primary is an invented one-speaker transcript; the report quotes it directly.
 */
const judge = judgeQuote;

const PLANNED_DONE: [string, string][] = [
  [
    'We planned to close the coal plants by the end of the decade.',
    'We closed the coal plants by the end of the decade.',
  ],
  ['The region intended to hold a vote on the new charter.', 'The region held a vote on the new charter.'],
  ['They pledged to cut emissions from the steel mills.', 'They cut emissions from the steel mills.'],
  [
    'The ministry is preparing to release the report on rail safety.',
    'The ministry has released the report on rail safety.',
  ],
  ['The vote is scheduled to take place in the spring.', 'The vote took place in the spring.'],
];

test('a plan or commitment in any inflection, reported as done, changes the tense', () => {
  for (const [passage, said] of PLANNED_DONE) {
    const r = judge(passage, said);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.tense-changed:')),
      r.reasons.join(' | '),
    );
  }
});

test('an effort reported as achieved changes what was said, also against a bare past verb', () => {
  for (const [passage, said] of [
    ['We are working to lower the price of bread.', 'We have lowered the price of bread.'],
    [
      'We have worked to lower the cost of insulin for older people.',
      'We lowered the cost of insulin for older people.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('the past progressive was under way, not done', () => {
  const r = judge(
    'The plant was closing its doors when the storm hit.',
    'The plant closed its doors when the storm hit.',
  );
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.match(r.reasons.join(' | '), /verdict\.tense-changed: "was closing" → "closed"/);
});

test('a promise reported as a future, and a past reported as a perfect, keep their time', () => {
  for (const [passage, said] of [
    ['We promised to rebuild the harbour after the flood.', 'We will rebuild the harbour after the flood.'],
    ['The board agreed to fund the clinic.', 'The board has agreed to fund the clinic.'],
    ['We continued to invest in the railways.', 'We invested in the railways.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'paraphrase', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('an act weighed ("considering", "weighing", "exploring" + -ing) reported as decided or under way', () => {
  for (const [passage, said] of [
    [
      'We are considering raising the fee for foreign students.',
      'We will raise the fee for foreign students.',
    ],
    [
      'The board is weighing closing two of its northern plants.',
      'The board is closing two of its northern plants.',
    ],
    ['We are exploring selling the state airline.', 'We are selling the state airline.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.modality-changed:')),
      r.reasons.join(' | '),
    );
  }
  const kept = judge(
    'The council considered extending the curfew for another week.',
    'The council considered extending the curfew for another week.',
  );
  assert.equal(kept.verdict, 'verbatim', kept.reasons.join(' | '));
});

test('a modal before a perfect frames it: a past that could, should or would have been is not one that was', () => {
  for (const [passage, said] of [
    ['We could have won the vote in the upper house.', 'We won the vote in the upper house.'],
    ['The ministry would have signed the accord with Peru.', 'The ministry signed the accord with Peru.'],
    [
      'The guards should have stopped the convoy at the border.',
      'The guards stopped the convoy at the border.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.modality-changed:')),
      r.reasons.join(' | '),
    );
  }
});

test('the future perfect is done only by a time to come, in full or contracted', () => {
  for (const [passage, said] of [
    ['We will have finished the new runway by June.', 'We have finished the new runway by June.'],
    ["We'll have repaid the flood loans by the spring.", 'We repaid the flood loans by the spring.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.tense-changed:')),
      r.reasons.join(' | '),
    );
  }
});

test('a past habit ("used to") and a finite present after a pronoun keep their time', () => {
  for (const [passage, said] of [
    ['We used to fund the regional orchestras.', 'We fund the regional orchestras.'],
    ['They fund the night trains to the coast.', 'They funded the night trains to the coast.'],
    ['I opposed the pipeline through the wetlands.', 'I oppose the pipeline through the wetlands.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.tense-changed:')),
      r.reasons.join(' | '),
    );
  }
});

test('the passive of "use", a scheduled present and a coordinated bare verb are no change of time', () => {
  for (const [passage, said] of [
    ['The levy is used to fund the harbour police.', 'The levy is used to fund the harbour police.'],
    ['We meet the union leaders on Friday.', 'We will meet the union leaders on Friday.'],
    ['We fund the buses and we pay the drivers.', 'We fund the buses and pay the drivers.'],
  ]) {
    const r = judge(passage!, said!);
    assert.notEqual(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  }
});

test('"due to" and "ready to" + a verb are still to come', () => {
  for (const [passage, said] of [
    ['The agency is due to release the census in May.', 'The agency released the census in May.'],
    ['The crews are getting ready to repair the dam.', 'The crews have repaired the dam.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.tense-changed:')),
      r.reasons.join(' | '),
    );
  }
});

test('"would" under a condition is a hypothesis that "will" makes real; alone it may stay "would"', () => {
  const r = judge(
    'If the talks failed, the union would call a strike.',
    'If the talks fail, the union will call a strike.',
  );
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.match(r.reasons.join(' | '), /verdict\.modality-changed: "would call" → "will call"/);
  const fragment = judge('If the talks failed, the union would call a strike.', 'would call a strike');
  assert.notEqual(fragment.verdict, 'altered', fragment.reasons.join(' | '));
});

test('an effort named by a noun or a verb of contest, or a prospect "on track", reported as done', () => {
  for (const [passage, said] of [
    ['The city is in talks to buy the old depot.', 'The city has bought the old depot.'],
    ['We are fighting to keep the mill open.', 'We have kept the mill open.'],
    ['Crews are racing to restore the water supply.', 'Crews have restored the water supply.'],
    ['The region is on track to meet its housing goal.', 'The region has met its housing goal.'],
    ['The firm is on the verge of closing the deal.', 'The firm has closed the deal.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  }
  const kept = judge('We are fighting to keep the mill open.', 'We are fighting to keep the mill running.');
  assert.notEqual(kept.verdict, 'altered', kept.reasons.join(' | '));
});

test('a verb bounded in time replaced by the wider one drops the bound, unless the report says it', () => {
  const r = judge('We will pause the dredging of the harbour.', 'We will halt the dredging of the harbour.');
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.tense-changed:') && x.includes('only for a time')),
    r.reasons.join(' | '),
  );
  const kept = judge(
    'We will pause the dredging of the harbour.',
    'We will halt the dredging of the harbour for now.',
  );
  assert.notEqual(kept.reasons.join(' '), r.reasons.join(' '));
  assert.ok(!kept.reasons.some((x) => x.startsWith('verdict.tense-changed:')), kept.reasons.join(' | '));
  const plain = judge(
    'We will halt the dredging of the harbour.',
    'We will stop the dredging of the harbour.',
  );
  assert.equal(plain.verdict, 'paraphrase', plain.reasons.join(' | '));
});

test('a decision, an agreement or an order to act, reported as the act done, changes the tense', () => {
  for (const [passage, said] of [
    ['The council decided to sell the old depot.', 'The council sold the old depot.'],
    ['The unions agreed to end the strike in May.', 'The unions ended the strike in May.'],
    ['The port was ordered to close the east gate.', 'The port closed the east gate.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.tense-changed:')),
      r.reasons.join(' | '),
    );
  }
});

test('the past progressive reported as the present progressive moves it from then to now', () => {
  const r = judge('Rents were rising across the valley.', 'Rents are rising across the valley.');
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.tense-changed:')),
    r.reasons.join(' | '),
  );
  const same = judge('Rents were rising across the valley.', 'Rents were going up across the valley.');
  assert.ok(!same.reasons.some((x) => x.startsWith('verdict.tense-changed:')), same.reasons.join(' | '));
});

test('a forecast after "be", a plan with "was to", and a necessity moved in time are changes', () => {
  for (const [passage, said] of [
    ['Rents are expected to fall next spring.', 'Rents will fall next spring.'],
    ['The ferry was to sail in May.', 'The ferry sailed in May.'],
    ['We have had to close the clinic.', 'We will have to close the clinic.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  }
  for (const [passage, said] of [
    ['We were able to bring the crews home.', 'We managed to bring the crews home.'],
    ['We have got to stop the leak.', 'We have to stop the leak.'],
    ['We expect to sign the lease in May.', 'We expect to sign the lease in May, they said.'],
  ]) {
    const r = judge(passage!, said!);
    assert.ok(
      !r.reasons.some(
        (x) => x.startsWith('verdict.tense-changed:') || x.startsWith('verdict.modality-changed:'),
      ),
      `${said}: ${r.reasons.join(' | ')}`,
    );
  }
});

test('"about" before a noun is a preposition, no prospect: the verb group ends before it', () => {
  const frame = (sentence: string, verb: string) => {
    const terms = termize(sentence);
    return frameOf(
      terms,
      terms.findIndex((t) => t.norm === verb),
    );
  };
  // "trust" after "are about" is a noun, its "are" no tense of a verb a fragment could change.
  assert.deepEqual(frame('The new licences are about trust.', 'trust').words, []);
  assert.equal(frame('The new licences are about trust.', 'trust').time, null);
  // Before "to" it is the prospect it always was.
  assert.equal(frame('The board is about to approve the budget.', 'approve').time, 'future');
  assert.equal(frame('We are on the verge of signing.', 'signing').time, 'future');
});
