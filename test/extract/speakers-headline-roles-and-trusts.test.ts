/**
 * Speakers in reports of local news: a headline's role without its article ("…, says Ferrybridge
 * councillor"), a body named "… Trust", and "reminded" after a quote. Sentences invented for the
 * tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes, speakerOfText } from '../helpers/quotes-of.ts';

const BODY = `

3 March 2026

Valley Radio News

The councillor for Ferrybridge Marsh says the trust will not approve the new ward until spring.

Speaking on Morning Calls on Monday, Councillor Ada Penhallow said: "We want the ward, but not at any price."
`;

test('"…, says Place councillor" in a headline is the councillor the body names', () => {
  const text = `Trust 'will not sign off' hospital plans, says Ferrybridge councillor${BODY}`;
  assert.equal(speakerOfText(text, 'will not sign off', { kind: 'direct' }), 'Ada Penhallow');
});

test('a name after the role is still the speaker, and a name alone is still a name', () => {
  const named = `Trust 'will not sign off' hospital plans, says Ferrybridge councillor Ada Penhallow${BODY}`;
  assert.equal(speakerOfText(named, 'will not sign off', { kind: 'direct' }), 'Ada Penhallow');
  const bare = `Trust 'will not sign off' hospital plans, says Penhallow${BODY}`;
  assert.equal(speakerOfText(bare, 'will not sign off', { kind: 'direct' }), 'Ada Penhallow');
});

test('a capitalised name ending in "Trust" is a body, never the "she" of the next sentence', () => {
  const text = `Care Weekly\n\nThe inspector's report on the Fenmore Housing Trust came out on Monday.\n\nOn blame, she said the faults were "faults of the landlord".\n`;
  const q = quotesOf(text).find((x) => x.kind === 'direct' && x.text.includes('faults of the landlord'));
  assert.notEqual(q?.speaker?.name, 'Fenmore', showQuotes(quotesOf(text)));
  assert.notEqual(q?.speaker?.name, 'Fenmore Housing Trust', showQuotes(quotesOf(text)));
});
