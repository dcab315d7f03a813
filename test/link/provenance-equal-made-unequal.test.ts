import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/** A comparison of equals made one of more or less (or back) changes the figure compared. */

test('"as much as" made "more than", and "fewer than" made "as many as", alter the comparison', () => {
  assertAltered(
    'The new ferry will carry about as many cars as the old one, but far more quickly.',
    'The new ferry will carry far more cars than the old one',
    'verdict.wording-changed',
  );
  assertAltered(
    'This winter the shelter took in fewer families than it did last year.',
    'This winter the shelter took in as many families as it did last year',
    'verdict.wording-changed',
  );
});

test('a comparison kept, or reworded within its kind, is no change', () => {
  assertNotAltered(
    'The new ferry will carry about as many cars as the old one, but far more quickly.',
    'The new ferry will carry roughly as many cars as the old one',
  );
});
