import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * Rules found on a Sunday panel look-alike case (test/fixtures/invented-cases/
 * sunday-roundtable-tariffs-2026): subtle changes inside long spoken sentences. The sentences here
 * are new.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

test('confidence short of certainty, cut from inside a sentence, is a hedge dropped', () => {
  for (const [passage, said] of [
    [
      "The depot will reopen by June, I'm fairly confident about it, and the buses will run again in July.",
      'The depot will reopen by June, and the buses will run again in July.',
    ],
    [
      "We will finish the bridge this year, I'm pretty sure, and the tolls will stop the day it opens.",
      'We will finish the bridge this year, and the tolls will stop the day it opens.',
    ],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
  }
  // Look-alike: a comment clause that hedges nothing ("as I told the council") may go.
  const kept = judge(
    'The depot will reopen by June, as I told the council, and the buses will run again in July.',
    'The depot will reopen by June, and the buses will run again in July.',
  );
  assert.notEqual(kept.verdict, 'altered', why(kept));
});

test('a time set relative to now, moved to another ("next year" → "this year"), is altered', () => {
  for (const [passage, said] of [
    [
      'The new terminal should open before the close of next year.',
      'The new terminal should open before the close of this year.',
    ],
    ['We closed the last of the old wards last month.', 'We closed the last of the old wards this month.'],
    ['The levy will be reviewed this spring.', 'The levy will be reviewed next spring.'],
  ]) {
    const r = judge(passage!, said!);
    assert.equal(r.verdict, 'altered', `${said}: ${why(r)}`);
    assert.ok(
      r.reasons.some((x) => x.startsWith('verdict.time-changed')),
      why(r),
    );
  }
  // Look-alike: the same placing word kept, the sentence cut around it.
  const kept = judge(
    'The new terminal should open before the close of next year, all being well.',
    'open before the close of next year',
  );
  assert.equal(kept.verdict, 'verbatim', why(kept));
});

test('a placing word of the same time ("last" / "previous", "next" / "coming") is a paraphrase', () => {
  for (const [passage, said] of [
    [
      'Exports fell by a third compared with last season.',
      'Exports fell by a third compared with the previous season.',
    ],
    ['We will hire forty nurses next year.', 'We will hire forty nurses in the coming year.'],
  ]) {
    const r = judge(passage!, said!);
    assert.ok(!r.reasons.some((x) => x.startsWith('verdict.time-changed')), why(r));
  }
});

test('a quote stopping before a phrase the speaker repeats cut no subject out', () => {
  const r = judge(
    'When a shop closes on the high street, it normally takes a couple of years to fill it again, if you fill it again at all.',
    'When a shop shuts on the high street, it normally takes a couple of years to fill it again,',
  );
  assert.notEqual(r.verdict, 'altered', why(r));
  // Look-alike: a cut that ends on another clause's subject still gives its deed to the word before.
  const cut = judge(
    'Advisers drafted the harbour plan, but I approved it in March.',
    'Advisers approved it in March.',
  );
  assert.equal(cut.verdict, 'altered', why(cut));
});
