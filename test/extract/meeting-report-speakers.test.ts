import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * Speakers as reports of courts and councils name them: the chief justice by her title, counsel
 * by whom they act for ("the tenants' attorney"), delegates by their country ("the British
 * delegate", "Spain's man on the panel"), and a tag after the quote that names who answered a
 * question a colon introduced. Every name and sentence is invented for these tests.
 */
const LEAD =
  'Court hears quarry case\n\nBy Ann Vole\n\nSALEM, March 3 (Wire) - The state court heard a quarry case on Tuesday.\n\n';

test('"Chief Justice" is one title: the chief justice is named without it', () => {
  const text = `${LEAD}"We cannot rewrite the statute," Chief Justice Marta Ellery-Quon said.\n\n"The rule is plain," the chief justice said later.`;
  assert.equal(speakerOfText(text, 'rewrite the statute', { kind: 'direct' }), 'Marta Ellery-Quon');
  assert.equal(speakerOfText(text, 'rule is plain', { kind: 'direct' }), 'Marta Ellery-Quon');
  // A bare "Justice" before a body's name stays the body's: "the Justice Department".
  const body = `${LEAD}"We take no view on the permit," the Justice Department said.`;
  assert.equal(speakerOfText(body, 'no view', { kind: 'direct' }), 'Justice Department');
});

test('a tag naming the speaker after the quote outweighs the colon that set the scene', () => {
  const text = `${LEAD}Judge Amsel wanted figures on the permits, and got some: "Twelve applied and nine were approved," the county's lawyer said.`;
  assert.equal(speakerOfText(text, 'Twelve applied', { kind: 'direct' }), "the county's lawyer");
  // A pronoun tag goes back to the colon's person.
  const pronoun = `${LEAD}Judge Amsel was blunt: "The permits were never checked," she said.`;
  assert.equal(speakerOfText(pronoun, 'never checked', { kind: 'direct' }), 'Amsel');
});

test('a plural owner before a role noun is part of the role: "the tenants\' attorney"', () => {
  const text = `${LEAD}"We will appeal," the county's lawyer said.\n\nThe tenants' attorney said a ban on trucks "is not fair."`;
  assert.equal(speakerOfText(text, 'is not fair', { kind: 'direct' }), "The tenants' attorney");
});

test('a delegate named by country, or as a country\'s man, is who a later "he" takes up', () => {
  const setting =
    'Port council meets\n\nBy Ann Vole\n\nLISBON, April 21 (Wire) - A port council met on Tuesday.\n\n';
  for (const [who, expected] of [
    ['The British delegate wants its cranes looked at.', 'The British delegate'],
    ["The UK's man on the board wants its cranes looked at.", "The UK's man"],
  ] as const) {
    const text = `${setting}${who} The board "ought to have each port inspect its cranes by May," he said.`;
    assert.equal(speakerOfText(text, 'inspect its cranes', { kind: 'direct' }), expected, who);
  }
  // A paper's articled name is still no "he".
  const paper = `${setting}The Courant wants its cranes looked at. The board "ought to have each port inspect its cranes by May," he said.`;
  assert.notEqual(speakerOfText(paper, 'inspect its cranes', { kind: 'direct' }), 'Courant');
});
