import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCommunicationNoun } from '../../src/nlp/wordnet/communication.ts';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * speaker.colon-lead-in (possessed speech): nouns news uses for someone's words whose speech sense
 * is not WordNet's main one ("line", "pitch"), and a noun singled out by a time ("line of the
 * day"). Every name and sentence is invented for these tests.
 */
const INTRO = 'Councillor Ada Lund and Ivo Brandt debated the budget on Monday.\n\n';

test("a possessor's line of the day before a colon speaks the quote", () => {
  const text = `${INTRO}Lund's line of the day: "Nobody will pay more for the bins next year."`;
  assert.equal(speakerOfText(text, 'pay more for the bins', { kind: 'direct' }), 'Ada Lund');
});

test("a possessor's pitch speaks a quoted phrase after the colon", () => {
  const text = `${INTRO}Brandt's transit pitch: six new routes, and "every one of them will run past midnight."`;
  assert.match(speakerOfText(text, 'run past midnight', { kind: 'direct' }) ?? '', /Brandt/u);
});

test('the speech sense is listed for the nouns, and a plan is still a topic', () => {
  for (const w of ['line', 'pitch', 'verdict']) assert.ok(isCommunicationNoun(w), w);
  assert.ok(!isCommunicationNoun('plan'));
});
