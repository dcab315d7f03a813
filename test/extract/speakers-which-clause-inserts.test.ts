/**
 * A relative clause opened by "which" set off by commas between the subject and its verb describes
 * the noun before it; the subject is read before the insert, and when that noun is a preposition's
 * object, the role with its phrase ("A spokesman for the union, which …, said") is the subject
 * (speakers/03-appositive.ts findAppositiveSubject). Invented sentences read through the extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a role with its phrase before a "which" clause keeps the phrase', () => {
  const got = speakerOf(
    'The vote was close. A spokesman for the union, which represents nurses, said it would endorse Cole.',
    'endorse Cole',
  );
  assert.equal(got, 'A spokesman for the union');
});

test('a body named by a role and its phrase before a "which" clause is read whole', () => {
  const got = speakerOf(
    'The vote was close. The executive council of the union, which represents nurses, said it would endorse Cole.',
    'endorse Cole',
  );
  assert.equal(got, 'The executive council of the union');
});

test('a role set off after a name stays the name’s appositive', () => {
  const got = speakerOf(
    'The vote was close. Tomas Weller, the president of the Harlow Nurses Union, which endorsed Cole in December, said the count was fair.',
    'count was fair',
  );
  assert.match(got ?? '', /Tomas Weller/u);
});
