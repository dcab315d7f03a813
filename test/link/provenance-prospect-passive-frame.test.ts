import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * A verb of prospect keeps its frame when the act it frames is put in the passive with its
 * object raised before "to" ("we expect to open the bridge" → "we expect the bridge to be
 * opened"), and "be required to" frames a verb as "have to" does. A change of the prospect
 * itself is still read.
 */

test('a verb of prospect frames a passive act whose object stands before "to"', () => {
  assertNotAltered(
    'We expect to reopen the harbour road next month, once the wall is repaired.',
    'We expect the harbour road to be reopened next month',
  );
  assertAltered(
    'We expect to reopen the harbour road next month, once the wall is repaired.',
    'the harbour road will be reopened next month',
    'verdict.',
  );
});

test('"be required to" is the necessity "have to" states', () => {
  assertNotAltered(
    'Every landlord will have to register with the council by June.',
    'Every landlord will be required to register with the council by June',
  );
  assertAltered(
    'Every landlord will have to register with the council by June.',
    'Every landlord will be able to register with the council by June',
    'verdict.modality-changed',
  );
});
