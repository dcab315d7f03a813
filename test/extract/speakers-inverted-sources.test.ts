/**
 * Speaker constructions found reading PolNeAR train's misses, in sentences written for
 * the test: inverted sources after a quotation whose phrase holds a hyphened participle, a
 * capitalised modifier after "a", or a time noun dating the role before a set-off name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

const LEAD = 'Budget\n\nThe council met on Monday. Mayor Ivo Brandt opened the session. ';

test('a hyphened participle is half of a modifier: "said one well-connected member"', () => {
  const text = `${LEAD}“The levy will not pass this year,” said one well-connected member of the finance board.`;
  assert.equal(
    speakerOfText(text, 'levy will not pass', { kind: 'direct' }),
    'one well-connected member of the finance board',
  );
});

test('the same after "a": "said a long-serving clerk"', () => {
  const text = `${LEAD}“Nobody reads the minutes anyway,” said a long-serving clerk.`;
  assert.equal(speakerOfText(text, 'reads the minutes', { kind: 'direct' }), 'a long-serving clerk');
});

test('a capitalised modifier after "a" is no name: "tweeted a Danish user"', () => {
  const text = `${LEAD}“The bridge tolls are a scandal,” tweeted a Danish user from Aarhus.`;
  assert.equal(speakerOfText(text, 'tolls are a scandal', { kind: 'direct' }), 'a Danish user from Aarhus');
});

test('look-alike: a name after "said" is still the speaker ("said Ana Lund")', () => {
  const text = `${LEAD}“The bridge tolls are a scandal,” said Ana Lund.`;
  assert.equal(speakerOfText(text, 'tolls are a scandal', { kind: 'direct' }), 'Ana Lund');
});

test('a time noun after the role’s preposition dates it: "wrote the city’s auditor at the time, Ana Lund"', () => {
  const text = `${LEAD}“The accounts were never balanced,” wrote the city’s auditor at the time, Ana Lund.`;
  assert.equal(speakerOfText(text, 'never balanced', { kind: 'direct' }), 'Ana Lund');
});

test('look-alike: a time phrase before the comma is no role ("said the day after, Lund …")', () => {
  const text = `${LEAD}“The accounts were never balanced,” Ana Lund said. The day after, Ivo Brandt said the accounts were fine.`;
  assert.equal(speakerOfText(text, 'accounts were fine'), 'Ivo Brandt');
});

test('"long" after an auxiliary is an adverb of the verb group ("but Ana Lund, …, has long warned that")', () => {
  const text = `${LEAD}Brandt spoke first, but Ana Lund, tired of the delays, has long warned that the ward is unsafe.`;
  assert.equal(speakerOfText(text, 'the ward is unsafe'), 'Ana Lund');
});

test('look-alike: "Long" as a surname stays in the name ("Tilda Long said")', () => {
  const text = `${LEAD}Tilda Long said that the ward is unsafe.`;
  assert.equal(speakerOfText(text, 'the ward is unsafe'), 'Tilda Long');
});

test('a common opener is no misspelt surname: "More broadly, …" is not the article’s Ms. Moore', () => {
  const text = `${LEAD}Economist Ana Moore backs the levy. More broadly, Kestria Telecom has been working to emphasize its cable business.`;
  assert.equal(speakerOfText(text, 'its cable business'), 'Kestria Telecom');
});

test('look-alike: a surname spelt as in the article still opens the clause ("Moore, …, has argued")', () => {
  const text = `${LEAD}Economist Ana Moore backs the levy. Moore, a former treasurer, has argued that the cable tax is fair.`;
  assert.equal(speakerOfText(text, 'the cable tax is fair'), 'Ana Moore');
});

test('a name inside an insert before the verb is no subject ("Lund, whose views upset her own Green Party, last year proposed")', () => {
  const text = `${LEAD}Tova Lund, whose blunt views on tolls have upset even members of her own Green Party, last year proposed a ban on trucks.`;
  assert.equal(speakerOfText(text, 'a ban on trucks'), 'Tova Lund');
});

test('the same with a relative clause and "ever" ("whether Lund, who polls better than Brandt, will ever tell")', () => {
  const text = `${LEAD}It is unclear whether Tova Lund, who polls better than Brandt or Mayor Ana Moore, will ever tell her voters to back the winner.`;
  assert.equal(speakerOfText(text, 'to back the winner'), 'Tova Lund');
});
