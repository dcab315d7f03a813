import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAltered, assertNotAltered, judgeQuote } from '../helpers/judge-quote.ts';

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

test('the speaker as object swapped for a party the passage names elsewhere changes who is acted on', () => {
  assertAltered(
    'Keeping the night buses running was a priority for us. I know the taxi drivers are angry about it.',
    'Keeping the night buses running was a priority for the taxi drivers',
    'verdict.actor-changed:',
  );
  // A party the passage never names is judged by the wording rules, not here.
  const { reasons } = judgeQuote(
    'Keeping the night buses running was a priority for us. I know the taxi drivers are angry about it.',
    'Keeping the night buses running was a priority for the ferry crews',
  );
  assert.ok(!reasons.some((r) => r.startsWith('verdict.actor-changed:')), reasons.join(' | '));
  assertNotAltered(
    'Keeping the night buses running was a priority for us. I know the taxi drivers are angry about it.',
    'Keeping the night buses running was a priority for us',
  );
});
