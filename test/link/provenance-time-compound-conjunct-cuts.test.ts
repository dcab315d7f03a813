import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * Restrictions cut from inside a quote with no ellipsis, the quote reading on across the cut: a
 * phrase of time, a hyphenated compound before a noun, a phrase with "of" after a plural of
 * people, and the first conjunct of a relative clause. Each widens what the kept words are said
 * of; fragments that stop before such a phrase, and cuts shown by an ellipsis, stay unaltered.
 */

test('a phrase of time cut from inside the quote makes the claim hold at all times', () => {
  assertAltered(
    'No lorry may park on the square during market hours, whatever permit it carries.',
    'No lorry may park on the square, whatever permit it carries',
    'verdict.qualifier-dropped:',
  );
  assertAltered(
    'Pubs that serve food after midnight will need a late licence.',
    'Pubs that serve food will need a late licence',
    'verdict.qualifier-dropped:',
  );
  assertAltered(
    'Patients who have travelled abroad in the last six weeks will be tested first.',
    'Patients who have travelled abroad will be tested first',
    'verdict.qualifier-dropped:',
  );
  // A fragment that stops before the phrase leaves it out as context.
  assertNotAltered('No lorry may park on the square during market hours.', 'No lorry may park on the square');
});

test('a hyphenated compound cut before a kept noun widens the kind', () => {
  assertAltered(
    'We will double the grant for full-time carers next April.',
    'We will double the grant for carers next April',
    'verdict.qualifier-dropped:',
  );
});

test('a phrase with "of" cut after a plural of people widens who is meant', () => {
  assertAltered(
    'Tenants of the northern estates should expect letters this week.',
    'Tenants should expect letters this week',
    'verdict.qualifier-dropped:',
  );
});

test('the first conjunct of a relative clause cut widens who meets it', () => {
  assertAltered(
    'Drivers who pass the course and keep a clean licence will pay less.',
    'Drivers who keep a clean licence will pay less',
    'verdict.conjunct-cut:',
  );
  assertNotAltered(
    'Drivers who pass the course and keep a clean licence will pay less.',
    'Drivers who pass the course … will pay less',
  );
});
