import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * A quote that opens or closes inside one of the speaker's hyphened compounds keeps a part that
 * names another thing ("non-urgent" → "urgent"): it is no contiguous run of the speaker's words.
 */

test('a quote opening inside a hyphened compound is altered', () => {
  assertAltered(
    'Non-urgent operations at the cottage hospital will be postponed until March.',
    'urgent operations at the cottage hospital will be postponed until March',
    'verdict.wording-changed',
  );
  assertAltered(
    'Part-time wardens will patrol the reserve at weekends.',
    'time wardens will patrol the reserve at weekends',
    'verdict.wording-changed',
  );
});

test('a quote that keeps the whole compound is not cut', () => {
  assertNotAltered(
    'Part-time wardens will patrol the reserve at weekends.',
    'Part-time wardens will patrol the reserve at weekends',
  );
});
