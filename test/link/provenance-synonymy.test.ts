import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote } from '../helpers/judge-quote.ts';

/**
 * Evidence that a reworded word means the same, beyond a shared WordNet synset. Each primary is an
 * invented one-speaker transcript; the report quotes it directly with one word changed.
 */
const judge = judgeQuote;

test('nouns of two synonymous adjectives are a paraphrase, and the reason names the adjectives', () => {
  const r = judge(
    'The valley has known real prosperity since the railway came through it.',
    'The valley has known real affluence since the railway came through it.',
  );
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
  assert.match(
    r.reasons.join(' | '),
    /"prosperity" → "affluence" \(WordNet: nouns of "prosperous" \/ "affluent"\)/,
  );
});

test('a noun defined as the extreme of its neighbour hardens the report, however near in WordNet', () => {
  for (const [plain, extreme] of [
    ['anger', 'fury'],
    ['sadness', 'grief'],
  ]) {
    const r = judge(
      `There was some ${plain} among the traders when the port closed for the winter.`,
      `There was some ${extreme} among the traders when the port closed for the winter.`,
    );
    assert.equal(r.verdict, 'altered', `${plain} → ${extreme}: ${r.reasons.join(' | ')}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.wording-hardened:')),
      r.reasons.join(' | '),
    );
  }
});

test('a plain noun for a plain noun of one grade stays a paraphrase', () => {
  const r = judge(
    'There was some worry among the traders when the port closed for the winter.',
    'There was some concern among the traders when the port closed for the winter.',
  );
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
});

test('a narrower verb put for the speaker’s says more; a wider one is a paraphrase', () => {
  for (const [passage, said] of [
    ['The senator criticized the budget for the navy.', 'The senator attacked the budget for the navy.'],
    [
      'We discussed the price of gas with the neighbours.',
      'We negotiated the price of gas with the neighbours.',
    ],
    ['The firm told its clients about the outage.', 'The firm warned its clients about the outage.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
    assert.match(r.reasons.join(' | '), /verdict\.wording-changed: .* is a way of /);
  }
  const wider = judge(
    'We launched a review of the pension system.',
    'We started a review of the pension system.',
  );
  assert.equal(wider.verdict, 'paraphrase', wider.reasons.join(' | '));
});

test('words that state two figures are two values, though WordNet clusters them', () => {
  for (const [passage, said] of [
    ['Our heating bills have doubled since the spring.', 'Our heating bills have tripled since the spring.'],
    ['We saw a twofold rise in the orders.', 'We saw a threefold rise in the orders.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${r.reasons.join(' | ')}`);
  }
  const same = judge('We saw a twofold rise in the orders.', 'We saw a double rise in the orders.');
  assert.equal(same.verdict, 'paraphrase', same.reasons.join(' | '));
});

test('an irregular participle is read as its verb: "swollen" is "swell", the wider "expand" a paraphrase', () => {
  const r = judge(
    'The waiting lists have swollen this winter.',
    'The waiting lists have expanded this winter.',
  );
  assert.equal(r.verdict, 'paraphrase', r.reasons.join(' | '));
  const shrank = judge('The fleet shrank this winter.', 'The fleet contracted this winter.');
  assert.equal(shrank.verdict, 'paraphrase', shrank.reasons.join(' | '));
});

test('a wider class of people put for a plural of people says it of others; a synonym does not', () => {
  const wider = judge(
    'Our workers have lost a season to the storms.',
    'Our people have lost a season to the storms.',
  );
  assert.equal(wider.verdict, 'altered', wider.reasons.join(' | '));
  assert.ok(
    wider.reasons.some((x) => x.startsWith('verdict.scope-changed:') && x.includes('wider group of people')),
    wider.reasons.join(' | '),
  );
  const same = judge(
    'The soldiers will come home in the spring.',
    'The troops will come home in the spring.',
  );
  assert.equal(same.verdict, 'paraphrase', same.reasons.join(' | '));
  const one = judge('The senator has called for an inquiry.', 'The lawmaker has called for an inquiry.');
  assert.equal(one.verdict, 'paraphrase', one.reasons.join(' | '));
});

test('an extreme word for one of the same strength is no hardening; for a plain one it is', () => {
  for (const [passage, said] of [
    ['Rents in the valley have surged this year.', 'Rents in the valley have soared this year.'],
    ['Rents in the valley have skyrocketed.', 'Rents in the valley have soared.'],
  ]) {
    const r = judge(passage!, said!);
    assert.ok(
      !r.reasons.some((x) => x.startsWith('verdict.wording-hardened:')),
      `${said}: ${r.reasons.join(' | ')}`,
    );
  }
  const hard = judge('Rents in the valley have risen.', 'Rents in the valley have soared.');
  assert.ok(
    hard.reasons.some((x) => x.startsWith('verdict.wording-hardened:')),
    hard.reasons.join(' | '),
  );
});

test('a verb of arrival with "back" and a goal is "come back": a return, never a recovery', () => {
  const returns: [string, string][] = [
    [
      'The ferry crews will get back to the island before the storm.',
      'The ferry crews will return to the island before the storm.',
    ],
    [
      'Most of the miners got back into the valley by Sunday.',
      'Most of the miners returned to the valley by Sunday.',
    ],
    ['The inspectors returned to the plant on Tuesday.', 'The inspectors got back to the plant on Tuesday.'],
  ];
  for (const [spoken, reported] of returns) {
    const r = judge(spoken, reported);
    assert.equal(r.verdict, 'paraphrase', `${reported}: ${r.reasons.join(' | ')}`);
    assert.match(r.reasons.join(' | '), /read as "come back"/);
  }
  // With an object "get back" is to recover; "return" the deposit is to give it back.
  const r = judge(
    'The tenants will get back the deposit they paid last spring.',
    'The tenants will return the deposit they paid last spring.',
  );
  assert.equal(r.verdict, 'altered', r.reasons.join(' | '));
});

test('a figure may count the same things by a noun listed in the main sense of the other', () => {
  const same = judge(
    'We have restored heating to about 40,000 households since Monday.',
    'We have restored heating to about 40,000 homes since Monday.',
  );
  assert.equal(same.verdict, 'paraphrase', same.reasons.join(' | '));
  // Two units of one measure are two quantities: "tonnes" is no main-sense synonym of "tons".
  const unit = judge('The barge carried 300 tonnes of grain.', 'The barge carried 300 tons of grain.');
  assert.equal(unit.verdict, 'altered', unit.reasons.join(' | '));
  assert.match(unit.reasons.join(' | '), /number-counts-changed/);
});

test('a figure counting a noun of state counts what its adjective describes', () => {
  const same = judge(
    'The hospital still has about 300 vacancies on its night shifts.',
    'The hospital still has about 300 vacant posts on its night shifts.',
  );
  assert.equal(same.verdict, 'paraphrase', same.reasons.join(' | '));
  // An adjective the noun does not name is another count.
  const other = judge(
    'The hospital still has about 300 vacancies on its night shifts.',
    'The hospital still has about 300 nurses on its night shifts.',
  );
  assert.equal(other.verdict, 'altered', other.reasons.join(' | '));
});
