import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCommunicationNoun } from '../../src/nlp/wordnet/communication.ts';
import { quotesOf, showQuotes, speakerOfText } from '../helpers/quotes-of.ts';

/**
 * speaker.colon-lead-in (possessed speech): a headline names the words by the speaker's possessive
 * and a noun of what is said. Every name and sentence is invented for these tests.
 */
const INTRO = 'Mayor Ada Lund spoke to the council on Monday.\n\n';

test('the possessor of a noun of speech before a colon is the speaker, named in full', () => {
  const text = `${INTRO}Lund’s warning: “The river will rise again, and we are not ready for it.”`;
  assert.equal(speakerOfText(text, 'The river will rise again', { kind: 'direct' }), 'Ada Lund');
});

test('the possessor also speaks a quoted phrase inside the headline after the colon', () => {
  const text = `${INTRO}Lund's school promise: laptops "will be handed to every pupil in autumn"`;
  assert.equal(speakerOfText(text, 'handed to every pupil', { kind: 'direct' }), 'Ada Lund');
});

test('a possessed noun of anything but speech is a topic and names no speaker', () => {
  const text = `${INTRO}Lund's flood plan: “The river will rise again, and we are not ready for it.”`;
  const quotes = quotesOf(text).filter((q) => q.kind === 'direct');
  assert.ok(
    quotes.every((q) => q.speaker === null),
    showQuotes(quotes),
  );
});

test('nouns of communication are told by their main WordNet sense', () => {
  for (const w of ['promise', 'warning', 'message', 'plea', 'claim']) assert.ok(isCommunicationNoun(w), w);
  for (const w of ['plan', 'flood', 'budget', 'attack']) assert.ok(!isCommunicationNoun(w), w);
});

/** A first speaker the carry-over would hand the next quote to, were no rule to name another. */
const EARLIER = 'Councillor Ivo Brandt attacked the plan. "It will cost a fortune to run," he said.\n\n';

test('a question of the possessive and a noun of speech hands the next quote to the possessor', () => {
  const text = `${EARLIER}Ada Lund's answer? "The council should step aside and let them build."`;
  assert.equal(speakerOfText(text, 'step aside', { kind: 'direct' }), 'Ada Lund');
});

test('a question of a possessed noun of anything but speech leaves the quote to the carry-over', () => {
  const text = `${EARLIER}Ada Lund's plan? "The council should step aside and let them build."`;
  assert.equal(speakerOfText(text, 'step aside', { kind: 'direct' }), 'Ivo Brandt');
});
