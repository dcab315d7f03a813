import { test } from 'node:test';
import { assertAltered, assertNotAltered } from '../helpers/judge-quote.ts';

/**
 * The speaker's own intention or expectation ("we intend to", "we plan to", "we expect to") put as
 * "will": the act is now asserted, not intended. One intention for another is a rewording, and a
 * denied intention ("we do not intend to") is the refusal "will not" says as well.
 */

test('an intention or expectation made "will" asserts the act', () => {
  assertAltered(
    'We intend to reopen the western pier before the autumn.',
    'We will reopen the western pier before the autumn',
    'verdict.modality-changed',
  );
  assertAltered(
    'The board expects to appoint a new chair in March.',
    'The board will appoint a new chair in March',
    'verdict.modality-changed',
  );
});

test('one intention for another, or a denied intention as "will not", keeps the meaning', () => {
  assertNotAltered(
    'We intend to reopen the western pier before the autumn.',
    'We plan to reopen the western pier before the autumn',
  );
  assertNotAltered(
    'We do not intend to reopen the western pier this year.',
    'We will not reopen the western pier this year',
  );
});
