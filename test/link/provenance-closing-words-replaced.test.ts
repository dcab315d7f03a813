import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * The quote's last words put for the words the speaker ended the phrase on: with no synonymy
 * between them and head nouns of other kinds, another thing or place is named. Rewordings of one
 * kind, adverbs, and words the speaker said further on are left alone.
 */

test("an object or a place at the quote's end swapped for another kind of thing is a change", () => {
  assertAltered(
    'The grant covers boilers fitted before 2015; the grant will not be widened to newer boilers.',
    'the grant will not be widened to businesses',
    'verdict.wording-changed:',
  );
  assertAltered(
    'We want the oldest buses off the road around hospitals, because the air there is worst.',
    'We want the oldest buses off the road across the county',
    'verdict.wording-changed:',
  );
});

test('a synonym, a phrase of one kind or an adverb at the end is a rewording', () => {
  assertNotAltered(
    'The grant covers boilers fitted before 2015; the grant will not be widened to newer boilers.',
    'the grant will not be widened to more recent boilers',
  );
  assertNotAltered(
    'We will publish the inspection reports for every care home online.',
    'We will publish the inspection reports for every care home on the internet',
  );
  assertNotAltered(
    'Bus fares have risen for the fourth year running, but we still have 900 routes that run at a loss.',
    'risen for the fourth year in a row',
  );
});
