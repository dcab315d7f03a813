import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/** A short quote whose one content word two sentences share is aligned to the one that says it as a run. */
test('a short quote is read where its words stand together, not where only its content word is', () => {
  const passage =
    'What we seek is a price that is fair to growers and to buyers. The price they propose is a fair one, since it would keep most farms going.';
  const r = judge(passage, 'a fair one');
  assert.equal(r.verdict, 'verbatim', r.reasons.join(' | '));
  // The other order of the sentences: the run decides, not the position.
  const swapped = judge(
    'The price they propose is a fair one, since it would keep most farms going. What we seek is a price that is fair to growers.',
    'a fair one',
  );
  assert.equal(swapped.verdict, 'verbatim', swapped.reasons.join(' | '));
  // Said nowhere as a run, it is still judged against the nearest rendering.
  const moved = judge(passage, 'a fair price');
  assert.notEqual(moved.verdict, 'verbatim', moved.reasons.join(' | '));
});
