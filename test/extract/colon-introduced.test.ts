import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * speaker.colon-introduced: a sentence ending in a colon hands the next paragraph's quotation to
 * its subject, a role the article never names too. Every sentence is invented for these tests.
 */
test('a role ending its sentence with a colon speaks the quotation of the next paragraph', () => {
  const text =
    'Asked what happens if revenues fall, the ministry’s spokesman let it slip:\n\n' +
    '“We will have to talk about savings in several ministries.”';
  assert.equal(speakerOfText(text, 'savings in several', { kind: 'direct' }), 'the ministry’s spokesman');
});

test('without the colon the next paragraph’s quotation is not handed to that role', () => {
  const text =
    'Asked what happens if revenues fall, the ministry’s spokesman let it slip.\n\n' +
    '“We will have to talk about savings in several ministries.”';
  assert.equal(speakerOfText(text, 'savings in several', { kind: 'direct' }), null);
});

test('a pronoun before the colon is left to the carry-over, which finds the earlier speaker', () => {
  const text =
    'Mayor Ada Lund said on Monday that the bridge would reopen in May.\n\nShe went on:\n\n' +
    '“We will have to talk about savings in several departments.”';
  assert.equal(speakerOfText(text, 'savings in several', { kind: 'direct' }), 'Ada Lund');
});
