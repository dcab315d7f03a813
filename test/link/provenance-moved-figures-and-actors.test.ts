import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/**
 * Verdict and alignment rules: a deadline carried onto the other clause's action, a body
 * named by a capitalised common noun swapped with another party, a third party opening the
 * passage's clause put as "we", and a repeated word aligned where the words keep step.
 */
const why = (r: { reasons: string[] }) => r.reasons.join(' | ');

test('a figure kept with its unit but moved onto the other clause, whose own figure differs, is a changed number', () => {
  const elliptic = judge(
    'Contractors will have to inspect the roof within ten days and repair any leak within three.',
    'ten days to repair any leak',
  );
  assert.equal(elliptic.verdict, 'altered', why(elliptic));
  assert.match(why(elliptic), /verdict\.number-changed: "three" → "ten days"/);
  const spelled = judge(
    'Tenants can appeal within six weeks, and the panel must decide within two weeks.',
    'the panel must decide within six weeks',
  );
  assert.equal(spelled.verdict, 'altered', why(spelled));
  // The figure stays on its own clause's action: faithful.
  const kept = judge(
    'Contractors will inspect the roof within ten days and repair any leak within three.',
    'inspect the roof within ten days',
  );
  assert.notEqual(kept.verdict, 'altered', why(kept));
  // The other clause counts something else: no deadline was moved.
  const otherCount = judge(
    'We hired ten nurses last spring and opened three clinics.',
    'ten nurses and opened clinics',
  );
  assert.notEqual(otherCount.verdict, 'altered', why(otherCount));
  // Both figures quoted: none was moved (a range; a whole and its part).
  const range = judge(
    'The dunes may retreat by between two and five yards a year.',
    'between two and five yards a year',
  );
  assert.equal(range.verdict, 'verbatim', why(range));
  const both = judge(
    'About thirty pupils fell ill, and four of them were kept in overnight.',
    'About thirty pupils fell ill, and four of them were kept in overnight.',
  );
  assert.equal(both.verdict, 'verbatim', why(both));
  // The other clause has no figure of its own.
  const none = judge(
    'We will inspect the roof within ten days, and the crew will repair any leak after that.',
    'ten days to repair any leak',
  );
  assert.notEqual(none.verdict, 'altered', why(none));
});

test('a body named by a capitalised common noun after a determiner swaps roles as a common noun does', () => {
  const swapped = judge(
    'That is a decision for this Board, not for the inspectors.',
    'is a decision for the inspectors, not for this Board.',
  );
  assert.equal(swapped.verdict, 'altered', why(swapped));
  assert.match(why(swapped), /verdict\.actors-swapped/);
  const listed = judge(
    'The Board and the inspectors signed the letter.',
    'The inspectors and the Board signed the letter.',
  );
  assert.notEqual(listed.verdict, 'altered', why(listed));
  const kept = judge(
    'That is a decision for this Board, not for the inspectors.',
    'a decision for this Board, not for the inspectors.',
  );
  assert.notEqual(kept.verdict, 'altered', why(kept));
});

test('a third party opening the clause, put as "we" opening the quote, changes the actor', () => {
  const changed = judge(
    'A contractor poured the slab without checking the mix, and the floor cracked within a week.',
    'We poured the slab without checking the mix.',
  );
  assert.equal(changed.verdict, 'altered', why(changed));
  assert.match(why(changed), /verdict\.actor-changed: "A contractor" → "We"/);
  // The speaker's own side, put as "we": the same actor.
  const own = judge(
    'Our engineers poured the slab without checking the mix.',
    'We poured the slab without checking the mix.',
  );
  assert.notEqual(own.verdict, 'altered', why(own));
  const same = judge(
    'We poured the slab without checking the mix.',
    'We poured the slab without checking the mix.',
  );
  assert.equal(same.verdict, 'verbatim', why(same));
});

test('a word the passage repeats is aligned where the quote’s words keep step with it', () => {
  const kept = judge(
    'That is not a call for me. It is for the trustees, and I hope the trustees read it.',
    'is for the trustees',
  );
  assert.equal(kept.verdict, 'verbatim', why(kept));
  // The words said apart are still a rendering, not word for word.
  const apart = judge('It is for us, and I hope the trustees read it.', 'is for the trustees');
  assert.notEqual(apart.verdict, 'verbatim', why(apart));
});
