import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeQuote as judge } from '../helpers/judge-quote.ts';

/** A short quote whose one content word two sentences share is aligned to the one that says it as a run. */
test('a short quote is read where its words stand together, not where only its content word is', () => {
  const passage =
    'What we want is a deal that is fair to tenants and to owners. The rent that is on offer is a fair one, and it would keep most flats open.';
  const r = judge(passage, 'a fair one');
  assert.equal(r.verdict, 'verbatim', r.reasons.join(' | '));
  // The other order of the sentences: the run decides, not the position.
  const swapped = judge(
    'The rent that is on offer is a fair one, and it would keep most flats open. What we want is a deal that is fair to tenants.',
    'a fair one',
  );
  assert.equal(swapped.verdict, 'verbatim', swapped.reasons.join(' | '));
  // Said nowhere as a run, it is still judged against the nearest rendering.
  const moved = judge(passage, 'a fair rent');
  assert.notEqual(moved.verdict, 'verbatim', moved.reasons.join(' | '));
});
