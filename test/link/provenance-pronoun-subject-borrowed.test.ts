import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * A personal pronoun of another clause put as the subject of a kept verb, in place of the passage's
 * own noun subject ("the landlord has offered …, which we welcome" → "we have offered …"): every
 * quoted word is in the passage, but the one who acts is another.
 */

test('a subject pronoun borrowed from a later clause changes who acts', () => {
  for (const [passage, said] of [
    [
      'After long talks, the landlord has offered to repair the lift by March, which we welcome.',
      'After long talks, we have offered to repair the lift by March',
    ],
    [
      'For the second time, the union has accepted a pay freeze, although they say it is painful.',
      'For the second time, they have accepted a pay freeze',
    ],
  ]) {
    assertAltered(passage!, said!, 'verdict.actor-changed:');
  }
});

test('a pronoun that is the verb’s own subject, or a noun subject kept, is no borrowing', () => {
  assertNotAltered(
    'After long talks, we have offered to repair the lift by March, which the landlord welcomes.',
    'After long talks, we have offered to repair the lift by March',
  );
  assertNotAltered(
    'After long talks, the landlord has offered to repair the lift by March, which we welcome.',
    'the landlord has offered to repair the lift by March',
  );
});
