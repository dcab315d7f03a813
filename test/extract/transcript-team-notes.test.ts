/**
 * A match report's notes per team under alternating names ("Harbours: …", "Rovers: …") are no
 * transcript (December 2026, issue #7): the notes report in the third person, and no turn says
 * "I", "we" or "you" or asks. Invented texts; the look-alike is a short exchange that does speak.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes } from '../helpers/quotes-of.ts';

test('team notes under alternating team names are not turns of speech', () => {
  const text = [
    'Rovers edge Harbours',
    'The Rovers beat the Harbours 3-2 on Saturday at the old ground.',
    'NOTES',
    'Harbours: Defender Ana Berg missed her second straight game with a knee sprain.',
    'Rovers: Midfielder Tom Vale left in the first half with a cut above the eye.',
    'NEXT',
    'Harbours: Host the Rovers on Friday.',
    'Rovers: Visit the Harbours on Friday.',
  ].join('\n\n');
  const quotes = quotesOf(text);
  assert.deepEqual(
    quotes.filter((q) => q.kind === 'transcript'),
    [],
    showQuotes(quotes),
  );
});

test('look-alike: the same labels over turns that speak stay a transcript', () => {
  const text = [
    'After the match',
    'The two captains met the press after the game.',
    'Harbours: We played well and I think the result was unfair.',
    'Rovers: You had your chances in the first half.',
    'Harbours: Maybe, but the referee missed the handball.',
    'Rovers: We will see them again on Friday.',
  ].join('\n\n');
  const quotes = quotesOf(text);
  assert.ok(quotes.filter((q) => q.kind === 'transcript').length >= 4, showQuotes(quotes));
});
