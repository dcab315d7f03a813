import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * A report that reorders a negated clause moves its "not" with it: the "not" is kept, not added,
 * when the passage's own "not" negates the same verb in the same clause. Dropping or adding the
 * negation is still caught.
 */

test('a "not" moved past a parenthesis or into a passive is the same negation', () => {
  assertNotAltered(
    'We are not, for the moment, approving any rise in harbour dues.',
    'For the moment, we are not approving any rise in harbour dues',
  );
  assertNotAltered(
    "We're not closing the eastern reading room, which stays open on Saturdays.",
    'the eastern reading room, which stays open on Saturdays, is not being closed by us',
  );
});

test('a negation dropped or added in a reordered clause is still a change', () => {
  assertAltered(
    'We are not, for the moment, approving any rise in harbour dues.',
    'For the moment, we are approving a rise in harbour dues',
    'verdict.negation-dropped',
  );
  assertAltered(
    'We are, for the moment, approving a rise in harbour dues.',
    'For the moment, we are not approving a rise in harbour dues',
    'verdict.negation-added',
  );
});
