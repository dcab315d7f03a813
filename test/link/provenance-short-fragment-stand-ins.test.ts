import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasStandInRun, hasWordRun } from '../../src/link/provenance/alignment/word-run.ts';
import { termize } from '../../src/link/provenance/terms.ts';
import { judgeQuote, why } from '../helpers/judge-quote.ts';

/**
 * A very short quote with one slot changed (a hedge hardened, a figure replaced) is found where its
 * words stand together and in order with the changed slot, not at a lone shared word elsewhere in
 * the turn (alignment/word-run.ts, verdict/figure-slots.ts). Invented examples.
 */
test('a run with a figure or hedge changed in its slot is a stand-in run, not a word run', () => {
  const run = (sentence: string, quote: string) => [
    hasWordRun(termize(sentence), termize(quote)),
    hasStandInRun(termize(sentence), termize(quote)),
  ];
  assert.deepEqual(run('She sailed the ferry for nine years.', 'for twelve years'), [false, true]);
  assert.deepEqual(run('Possibly not, in my judgement.', 'Definitely not'), [false, true]);
  assert.deepEqual(run('Definitely not, in my judgement.', 'Perhaps not'), [false, true]);
  // The very words are a word run; a figure of another unit, or no word kept, stands in nowhere.
  assert.deepEqual(run('She sailed the ferry for nine years.', 'for nine years'), [true, false]);
  assert.deepEqual(run('She sailed the ferry for 9 percent.', 'for twelve years'), [false, false]);
  assert.deepEqual(run('Possibly so.', 'Definitely not'), [false, false]);
  assert.deepEqual(run('The council has not met.', 'Definitely not'), [false, false]);
});

test('a hardened hedge is judged against the hedge it replaced, not another "not" of the turn', () => {
  const passage =
    'The council has not met the families yet. Will the depot close this winter? Probably not, I would say. The budget is not settled.';
  const r = judgeQuote(passage, 'Definitely not,');
  assert.equal(r.verdict, 'altered', why(r));
  assert.notEqual(judgeQuote(passage, 'Probably not,').verdict, 'altered');
});

test('a three-word fragment with its figure changed finds the figure it replaced', () => {
  const passage =
    'My family ran the ferry across the bay for nine years before the council bought it. The council kept it for a season.';
  const r = judgeQuote(passage, 'for twelve years.');
  assert.equal(r.verdict, 'altered', why(r));
  assert.ok(
    r.reasons.some((x) => x.startsWith('verdict.number-changed')),
    why(r),
  );
  assert.notEqual(judgeQuote(passage, 'for nine years.').verdict, 'altered');
});
