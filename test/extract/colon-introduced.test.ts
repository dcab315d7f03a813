import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * speaker.colon-introduced: a sentence ending in a colon hands the next paragraph's quotation to
 * its subject, a role the article never names too. Every sentence is invented for these tests.
 */
test('a role ending its sentence with a colon speaks the quotation of the next paragraph', () => {
  const text =
    'Asked what happens if the grain price drops, the ministry’s spokesman let it slip:\n\n' +
    '“Some of the state orchards may be sold off before the harvest.”';
  assert.equal(speakerOfText(text, 'state orchards may be', { kind: 'direct' }), 'the ministry’s spokesman');
});

test('without the colon the next paragraph’s quotation is not handed to that role', () => {
  const text =
    'Asked what happens if the grain price drops, the ministry’s spokesman let it slip.\n\n' +
    '“Some of the state orchards may be sold off before the harvest.”';
  assert.equal(speakerOfText(text, 'state orchards may be', { kind: 'direct' }), null);
});

test('a pronoun before the colon is left to the carry-over, which finds the earlier speaker', () => {
  const text =
    'Mayor Ada Lund said on Monday that the bridge would reopen in May.\n\nShe went on:\n\n' +
    '“Three of the state orchards go up for auction in the spring.”';
  assert.equal(speakerOfText(text, 'orchards go up for auction', { kind: 'direct' }), 'Ada Lund');
});

/** A first speaker the carry-over would hand the next quote to, were no rule to name another. */
const EARLIER = 'Commissioner Ivo Brandt said the fares would rise.\n\n';

test('a person, a verb and a short predicate before a colon speak the quote, past an aside', () => {
  const text = `${EARLIER}Rep. Ada Lund, the panel's senior Republican, pressed Brandt on the cost: "why did the bill double in a single year?"`;
  assert.equal(speakerOfText(text, 'double in a single', { kind: 'direct' }), 'Ada Lund');
});

test('roles before the name do not hide the subject of the predicate', () => {
  const text = `${EARLIER}Gazette editor and moderator Ada Lund leads with the figure each tenant here dreads: "Bus fares have doubled since 2020 in this town."`;
  assert.equal(speakerOfText(text, 'Bus fares have doubled', { kind: 'direct' }), 'Ada Lund');
});

test('a predicate holding a reported clause is not a lead-in of the subject', () => {
  const text = `${EARLIER}Ada Lund opens with the claim that every tenant knows one figure: "Bus fares have doubled since 2020 in this town."`;
  assert.notEqual(speakerOfText(text, 'Bus fares have doubled', { kind: 'direct' }), 'Ada Lund');
});

test('an emergency chief, a councillor and a moderator are offices a role subject names', () => {
  // Before, "chief" was no role noun: the quote went to the director named before it.
  const briefing =
    'Director Ada Lund says the shelters are open.\n\nThe chief said: "Every pump truck must reach the levee before dawn."';
  assert.equal(speakerOfText(briefing, 'Every pump truck must', { kind: 'direct' }), 'The chief');
  const named =
    'Fire Chief Ivo Brandt toured the line. Director Ada Lund says the shelters are open.\n\nThe chief said: "Every pump truck must reach the levee before dawn."';
  assert.equal(speakerOfText(named, 'Every pump truck must', { kind: 'direct' }), 'Ivo Brandt');
  const debate =
    'Councilwoman Tove Brenn and Aldo Ferrant met on Thursday. Ferrant spoke first.\n\nThe councilwoman: "Yes, without any condition at all."';
  assert.equal(speakerOfText(debate, 'without any condition', { kind: 'direct' }), 'Tove Brenn');
});
