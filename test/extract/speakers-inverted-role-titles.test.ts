/**
 * After an inverted verb, a role set off before its name may give the name a lower-case title
 * ("said the evening's host, actress Ida Cole": speakers/03-appositive.ts nameAfterPersonNouns), and
 * a verb outside the lexicon after a quotation reads such a role and name as "said" does
 * (speakers/07-unlisted-verb.ts). Invented sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

const QUOTE = 'The rally was loud. "The budget is finally balanced and the roads are fixed,"';

test('a person-noun title before the name after an inverted role: the name speaks', () => {
  const got = speakerOf(
    `${QUOTE} said the evening's host, actress Ida Cole. Not everyone agreed.`,
    'budget is finally',
  );
  assert.match(got ?? '', /Ida Cole/u);
});

test('an unlisted inverted verb with a described role and its name: the name speaks', () => {
  const got = speakerOf(
    `${QUOTE} exhorted the council's guest, actress Ida Cole. Not everyone agreed.`,
    'budget is finally',
  );
  assert.match(got ?? '', /Ida Cole/u);
});

test('a lower-case word that names no person before the name is no title', () => {
  const got = speakerOf(
    `${QUOTE} said the evening's host, adding Ida Cole. Not everyone agreed.`,
    'budget is finally',
  );
  assert.doesNotMatch(got ?? '', /Ida Cole/u);
});
