import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Rewordings of one meaning that the lexicons join: adverbs of a large degree before a
 * comparative, "amount to" / "equivalent to", "on its own" / "by itself", "as much as" for "up
 * to" before a figure, and "currently" for the passage's "now". Look-alikes that change the
 * degree, the figure or the limit stay altered.
 */

test('large-degree adverbs before a comparative are one degree', () => {
  assertNotAltered(
    'Refunds can take considerably longer in winter.',
    'Refunds can take much longer in winter',
  );
  assertNotAltered("I'd much rather mediate than go to court.", "I'd far rather mediate than go to court");
  // A small degree for a large one is another claim.
  assertAltered(
    'Refunds can take considerably longer in winter.',
    'Refunds can take slightly longer in winter',
    'verdict',
  );
});

test('"amount to" / "equivalent to" and "on its own" / "by itself" are rewordings', () => {
  assertNotAltered(
    'The new levy does not amount to a ban on short lets.',
    'The new levy is not equivalent to a ban on short lets',
  );
  assertNotAltered(
    "The grant on its own won't save the old pier.",
    "the grant by itself won't save the old pier",
  );
});

test('"as much as" bounds a figure as "up to" does', () => {
  assertNotAltered(
    'The board will refund up to £800 per family for cancelled trips.',
    'will refund as much as £800 per family for cancelled trips',
  );
  assertAltered(
    'The board will refund £800 per family for cancelled trips.',
    'will refund as much as £800 per family for cancelled trips',
    'verdict.number-bound-changed',
  );
});

test('"currently" renders the passage\'s "now"; added where nothing limits to the present, it is added', () => {
  assertNotAltered(
    'Only 200 boats may fish the bay, compared with 650 in good seasons now.',
    'only 200 boats may fish the bay, against 650 in good seasons currently',
  );
  assertAltered(
    'Only 200 boats may fish the bay, compared with 650 in good seasons.',
    'only 200 boats may fish the bay, against 650 in good seasons currently',
    'verdict.focus-word-added',
  );
});
