/**
 * A restrictive relative clause cut from after a noun a universal determiner counts ("any boat
 * that carries more than twelve passengers must …" → "any boat must …"), found by the thirteenth
 * case round (issue #7). Sentences written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAltered, judgeQuote, why } from '../helpers/judge-quote.ts';

test('a counted noun loses the clause that said which of them: the claim now covers all', () => {
  for (const [passage, said] of [
    [
      'Any boat that carries more than twelve passengers at a time must have a licence by June.',
      'Any boat must have a licence by June.',
    ],
    ['Every pupil who lives over three miles away will get a bus pass.', 'Every pupil will get a bus pass.'],
    ['Each clinic that opens after eight will need a second nurse.', 'Each clinic will need a second nurse.'],
  ]) {
    assertAltered(passage!, said!, 'verdict.qualifier-dropped:');
  }
});

test('look-alikes: a describing clause set off by commas, or a singular with "the", may go', () => {
  for (const [passage, said] of [
    ['Every pupil, who will be told by letter, will get a bus pass.', 'Every pupil will get a bus pass.'],
    ['The skipper who found the wreck will give evidence in May.', 'The skipper will give evidence in May.'],
  ]) {
    const r = judgeQuote(passage!, said!);
    assert.notEqual(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
});
