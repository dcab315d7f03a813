/**
 * Constructions from a real opinion page read by the lead (December 2026, round 16, fourth batch),
 * in sentences written for the test: a poll's share as the subject of a verb before a quotation
 * ("Fifty-one percent say that “…”"), and a hyphenated prefix that is no word of saying ("re-").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes, speakerOfText } from '../helpers/quotes-of.ts';

test('a share as the subject speaks the quotation after its verb ("Fifty-one percent say that “…”")', () => {
  const text =
    'Poll\n\nA new poll shows majority support for the plan. Fifty-one percent say that “the plan is right and should pass this year.”';
  assert.equal(speakerOfText(text, 'should pass this year', { kind: 'direct' }), 'Fifty-one percent');
});

test('look-alike: the same share before reported speech keeps speaking it', () => {
  const text =
    'Poll\n\nA new poll shows majority support for the plan. 51 percent say that the plan is right.';
  assert.equal(speakerOfText(text, 'plan is right'), '51 percent');
});

test('the prefix of a hyphenated verb ("re-elected") is no cue of reported speech', () => {
  const quotes = quotesOf(
    'Poll\n\nKestria Democrats re-elected Governor Ana Lund in a state the party lost in 2016.',
  );
  assert.deepEqual(quotes, [], showQuotes(quotes));
});
