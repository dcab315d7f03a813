/**
 * An insert set off by dashes between the subject and its verb (speakers/03-appositive.ts
 * findDashedInsertStart, also for the fallback source before an unlisted cue in
 * attribution/source.ts): a spaced single hyphen counts as a dash, the subject before the first
 * dash is read as before a verb (a role with its phrase keeps it), and an unnamed source keeps the
 * insert that says who it is. Invented sentences read through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteHolding, quotesOf, speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

test('a spaced single hyphen sets off an insert before the verb as a dash does', () => {
  const got = speakerOf(
    'The polls closed late. Pollster Tomas Weller - author of a book on turnout - said the plan would fail.',
    'plan would fail',
  );
  assert.match(got ?? '', /Weller/u);
});

test('a hyphen inside a word is no dash: the hyphened subject is read whole', () => {
  const got = speakerOf(
    'The polls closed late. Vice-chair Ida Cole said the plan would fail.',
    'plan would fail',
  );
  assert.match(got ?? '', /Ida Cole/u);
});

test('a role with its phrase before a dashed insert keeps the phrase', () => {
  const got = speakerOf(
    'The polls closed late. A spokesman for the Harlow Group -- a small firm -- noted that the company gives new staff a week off.',
    'week off',
  );
  assert.match(got ?? '', /^A spokesman for the Harlow Group/u);
});

test('an unnamed group keeps the dashed insert that says who it is', () => {
  const got = speakerOf(
    'The polls closed late. Several farm economists - including two members of the Harlow grain board - warn that the levy could hurt exports.',
    'hurt exports',
  );
  assert.match(got ?? '', /Several farm economists - including two members/u);
});

test('a definite role before a dashed insert is not lengthened by it', () => {
  const got = speakerOf(
    'The polls closed late. The mayor — a lawyer by training — said it is important to close the gap.',
    'close the gap',
  );
  assert.doesNotMatch(got ?? '', /lawyer/u);
});

test('a whole quotation inside the dashed insert: the verb after it opens its own report', () => {
  const quotes = quotesOf(
    'The polls closed late. Mayor Tomas Weller — who once vowed to “fight on” over the budget — said on Saturday that the plan would fail.',
  );
  const q = quoteHolding(quotes, 'plan would fail', 'indirect');
  assert.doesNotMatch(q.text, /budget/u);
  assert.match(q.speaker?.name ?? '', /Weller/u);
});

test('a cue outside the verb lexicon after a dashed insert: the subject before the insert', () => {
  const got = speakerOf(
    'The polls closed late. Pollster Tomas Weller -- author of a book on turnout -- is skeptical that the plan will work.',
    'plan will work',
  );
  assert.match(got ?? '', /Weller/u);
});
