import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Free-choice and concessive words ("whatever", "regardless of", "whether or not") claim every case:
 * added by a report they widen a claim the speaker limited, and kept they change nothing.
 */

test('a free-choice or concessive phrase added widens the claim', () => {
  assertAltered(
    'Every student will get free travel to the college from September.',
    'Every student will get free travel to the college from September, whatever their age',
    'verdict.scope',
  );
  assertAltered(
    'Swimmers should not enter the lake unless a lifeguard is on duty.',
    'Swimmers should not enter the lake, whether or not a lifeguard is on duty',
    'verdict.scope',
  );
  assertAltered(
    'Shops that open on Sundays will pay the higher rate.',
    'Shops will pay the higher rate regardless of whether they open on Sundays',
    'verdict.scope',
  );
});

test('a free-choice phrase the speaker said is kept', () => {
  assertNotAltered(
    'Every trader will pay the same rent, whatever they sell.',
    'Each trader will pay the same rent, whatever they sell',
  );
});
