import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * Speaker rules learned on PolNeAR train, round 3 (issue #8). Every name and sentence is invented
 * for these tests.
 */
const INTRO = 'Shares of Tallo fell on Monday after the company missed its forecast.\n\n';

test('a colon lead-in before a doubled-apostrophe quotation hands it to the subject', () => {
  const text = `${INTRO}Mark Lund, an analyst at Orrin Bank, agreed: ''They have a strong brand and loyal users.''`;
  assert.equal(speakerOfText(text, 'strong brand', { kind: 'direct' }), 'Mark Lund');
});

test('a longer appositive between the subject and the colon lead-in is read past', () => {
  const text = `${INTRO}Mark Lund, a technology analyst at Orrin Capital Markets, agreed: “They have a strong brand and loyal users.”`;
  assert.equal(speakerOfText(text, 'strong brand', { kind: 'direct' }), 'Mark Lund');
});
