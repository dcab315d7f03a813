/**
 * A subject of two parts joined by a conjunction ("X and Y said"): the first part heads it and is
 * the speaker (speakers/coordinated-subject.ts), only when it opens its clause. Invented sentences
 * read through the whole quote extractor with the real entity index.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a name and a role phrase joined by "and" before the verb: the name heads the subject', () => {
  const got = speakerOf('The vote was close. Mrs. Lamb and her campaign said the count was wrong.', 'count');
  assert.match(got ?? '', /Lamb/u);
});

test('two groups joined by "and": the first heads the subject', () => {
  const got = speakerOf(
    'The vote was close. Security experts and Lendovan officials said the hack came from abroad.',
    'hack',
  );
  assert.match(got ?? '', /Security experts/u);
});

test('"neither … nor": the first part heads the subject', () => {
  const got = speakerOf(
    'The vote was close. Neither Mr. Weller nor other officials identified the source of the leak.',
    'source of the leak',
  );
  assert.match(got ?? '', /Weller/u);
});

test('names after a preposition are no coordinated subject: the first is not taken', () => {
  const got = speakerOf(
    'The vote was close. A report by Tomas Weller and Ida Cole said the count was wrong.',
    'count',
  );
  assert.doesNotMatch(got ?? '', /Weller/u);
});

test('a pronoun as the first part leaves the named part as the speaker', () => {
  const got = speakerOf('The vote was close. She and Tomas Weller said the count was wrong.', 'count');
  assert.match(got ?? '', /Weller/u);
});

test('after a subordinator the first part opens the clause and heads the subject', () => {
  const got = speakerOf(
    'The primary comes next in April, where Mrs. Lamb and her aides believe they can win the count.',
    'win the count',
  );
  assert.match(got ?? '', /Lamb/u);
});
