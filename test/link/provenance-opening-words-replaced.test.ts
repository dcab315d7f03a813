import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * The quote's opening words put for the speaker's, the rest of the sentence quoted as said:
 * another kind of party as the subject, or an adjective of the opposite pole before the kept noun.
 * A synonym in their place, or a quote that simply starts later, stays unaltered.
 */

test('another party put as the opening subject changes who acts', () => {
  assertAltered(
    'The plan is ready. Landlords will pay for the new meters over five years.',
    'Hospitals will pay for the new meters over five years',
    'verdict.actor-changed',
  );
  assertNotAltered(
    'The plan is ready. Landlords will pay for the new meters over five years.',
    'will pay for the new meters over five years',
  );
});

test('the opposite pole put before the opening noun names other members', () => {
  assertAltered(
    'The fund opens in May, and young farmers may claim the grant from June.',
    'old farmers may claim the grant from June',
    'verdict.actor-changed',
  );
  assertNotAltered(
    'The fund opens in May, and young farmers may claim the grant from June.',
    'farmers may claim the grant from June',
  );
});
