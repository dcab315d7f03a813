/**
 * Constructions from a real opinion page read by the lead (December 2026),
 * in sentences written for the test: a poll's share as the subject of a verb before a quotation
 * ("Fifty-one percent say that “…”"), a hyphenated prefix that is no word of saying ("re-"), and
 * "the production company" after a body with a corporate head, past a headline set in capitals;
 * an age set off by commas ("star, 42, said"), no quantity subject.
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

test('"the production company" is the body named before with a corporate head ("Brightway Productions")', () => {
  const text =
    'Music\n\nA LONG, DRAWN OUT HISTORY OF FEUDS\n\nThe statement claimed that the firms had come to terms. However, Brightway Productions denied that it had settled with the label.\n\n“At no time did Brightway Productions agree to a statement with the label,” the production company said in a separate statement.';
  assert.equal(speakerOfText(text, 'At no time', { kind: 'direct' }), 'Brightway Productions');
});

test('a bare number set off by commas after a noun is an age, not a quantity subject ("The former star, 42, said")', () => {
  const text =
    'Show\n\nThe actor has left the show. The former “Harbour Lights” star, 42, said that he was proud of every dance.';
  assert.notEqual(speakerOfText(text, 'proud of every dance'), '42');
});
