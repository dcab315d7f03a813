import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * A degree short of certainty before a word of certainty ("almost certainly", "nearly sure",
 * "virtually certain") is a hedge: dropped, it hardens the claim; kept, the quote is faithful.
 */

test('"almost certainly" dropped from inside a quote hardens it', () => {
  assertAltered(
    'The lock gates held last night, but the river will almost certainly flood the lower fields.',
    'The lock gates held last night, but the river will flood the lower fields',
    'verdict.hedge-dropped',
  );
  assertNotAltered(
    'The lock gates held last night, but the river will almost certainly flood the lower fields.',
    'the river will almost certainly flood the lower fields',
  );
});

test('"virtually certain" made "certain" drops the hedge', () => {
  assertAltered(
    'We are virtually certain that the contract was signed before the vote.',
    'We are certain that the contract was signed before the vote',
    'verdict.hedge-dropped',
  );
});
