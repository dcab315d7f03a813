import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * speaker.colon-lead-in (predicate) with an irregular past that bears no ending ("put", "set",
 * "drew"): the person named before it speaks the quote after the colon. Every name and sentence
 * is invented for these tests.
 */
const INTRO =
  'Minister Ilse Maren opened the talks. "We are ready," she said. Senator Tomas Brek disagreed. "The court is a fig leaf," Brek said.\n\n';

test('an irregular past after a known person opens a predicate lead-in', () => {
  for (const verb of [
    'put a price on her support for the deal',
    'set out her terms for the deal',
    'drew a line',
  ]) {
    const text = `${INTRO}The minister. Maren ${verb}: "We will sign if the court is independent."`;
    assert.equal(speakerOfText(text, 'court is independent', { kind: 'direct' }), 'Ilse Maren', verb);
  }
});
