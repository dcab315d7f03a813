import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Contrastive negation ("X, not Y" / "X rather than Y" / "X instead of Y") denies Y each way, so a
 * report may put one for another; dropping the contrast still flips it.
 */

test('"not" and "rather than" before the denied alternative say the same', () => {
  assertNotAltered(
    'The levy will be phased in over three years, not in a single step.',
    'The levy will be phased in over three years rather than in a single step',
  );
  assertNotAltered(
    'We will repair the old pier instead of building a new one.',
    'We will repair the old pier rather than building a new one',
  );
  assertAltered(
    'We will repair the old pier instead of building a new one.',
    'We will repair the old pier and build a new one',
    'verdict.',
  );
});
