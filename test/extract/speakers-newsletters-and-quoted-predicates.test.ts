/**
 * Speaker and quote constructions invented provenance cases (issue #7) exposed, in sentences written
 * for the test: a newsletter's sign-up line ("Subscribe at …") is no "she"; a "she" after a
 * sentence about a person's document ("The Harbour Commissioner's report …") is that person; a
 * quoted predicate ('her rulings "are final"') is words however short; a demand verb ("wants")
 * frames a quoted phrase as its subject's words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes, speakerOfText } from '../helpers/quotes-of.ts';

const newsletter = (lead: string): string =>
  [
    'The Quay Letter, issue 40',
    'Harbour news every Friday. Sent on by a friend? Subscribe at quayletter.example',
    lead,
    'On costs, she said the ferry was "badly run" and that "the board must answer for it".',
  ].join('\n\n');

test('a sign-up line\'s "Subscribe" is no antecedent of "she"', () => {
  const who = speakerOfText(newsletter('The ferry report came out on Monday.'), 'badly run', {
    kind: 'direct',
  });
  assert.notEqual(who, 'Subscribe');
});

test('"she" after "The Harbour Commissioner\'s report …" is the commissioner', () => {
  const text = newsletter("The Harbour Commissioner's report on the ferry came out on Monday.");
  assert.equal(speakerOfText(text, 'badly run', { kind: 'direct' }), 'The Harbour Commissioner');
});

test('look-alike: a body\'s report gives "she" nobody of its own', () => {
  const text = newsletter("The harbour board's report on the ferry came out on Monday.");
  assert.notEqual(speakerOfText(text, 'badly run', { kind: 'direct' }), 'The harbour board');
});

test('a quoted predicate after its subject is a statement, its speaker after the closing comma', () => {
  const text = [
    'Ferry ruling',
    'Her rulings "are final", Maren Solvik reminded the committee, and the ferry company has always complied.',
  ].join('\n\n');
  assert.equal(speakerOfText(text, 'are final', { kind: 'direct' }), 'Maren Solvik');
});

test('look-alike: a short quoted noun phrase with no cue stays a scare quote', () => {
  const text = ['Ferry ruling', 'The "final ruling" came on Monday, and the ferry company complied.'].join(
    '\n\n',
  );
  const quotes = quotesOf(text).filter((q) => q.kind === 'direct');
  assert.equal(quotes.length, 0, showQuotes(quotes));
});

test('a quoted phrase after "wants" is its subject\'s words', () => {
  const text = [
    'Ferry review',
    'Maren Solvik, the harbour commissioner, published her findings on Monday.',
    'The commissioner wants the ferry company to publish its timetable "by the end of June".',
  ].join('\n\n');
  const who = speakerOfText(text, 'by the end of June', { kind: 'direct' });
  assert.ok(who === 'Maren Solvik' || who === 'The commissioner', String(who));
});

test('look-alike: a thing that "requires" a quoted phrase is no speaker', () => {
  const text = [
    'Ferry rules',
    'The new code requires operators to keep "adequate reserves" at all times.',
  ].join('\n\n');
  const q = quotesOf(text).find((x) => x.kind === 'direct' && x.text.includes('adequate reserves'));
  assert.ok(!q || q.speaker === null, q ? String(q.speaker?.name) : '');
});

test("a headline's unattributed quote is the body's one voice", () => {
  const text = [
    "Solvik's ferry bill clears the chamber: 'It is time we ran the boats on time'",
    'By a staff reporter',
    'Maren Solvik took the floor on Tuesday. "I grew up on the quay, and I remember the winter the boats stopped," Solvik said.',
    '"Nothing in this bill raises a fare," she added.',
  ].join('\n');
  assert.equal(speakerOfText(text, 'ran the boats on time', { kind: 'direct' }), 'Maren Solvik');
});

test('look-alike: with two voices in the body the headline quote stays unattributed', () => {
  const text = [
    "Solvik's ferry bill clears the chamber: 'It is a betrayal of the islands'",
    'By a staff reporter',
    'Maren Solvik took the floor on Tuesday. "I grew up on the quay," Solvik said.',
    '"This bill will close the island route," said Ivo Brandt, who voted against it.',
  ].join('\n');
  assert.equal(speakerOfText(text, 'betrayal of the islands', { kind: 'direct' }), null);
});

test('look-alike: a quoted predicate in a headline (no full stop) is left to the headline rules', () => {
  const text = [
    'Harbour Review',
    'Solvik at ferry summit: board "is asking for too much"',
    '3 May 2031',
  ].join('\n\n');
  const quotes = quotesOf(text).filter((q) => q.kind === 'direct');
  assert.equal(quotes.length, 0, showQuotes(quotes));
});

test('look-alike: a quoted noun after its article, object of "wants", is the writer\'s term', () => {
  const text = [
    'Ferry review',
    'Maren Solvik, the harbour commissioner, published her findings on Monday.',
    'The commissioner wants partners on board, not a "fare war".',
  ].join('\n\n');
  const q = quotesOf(text).find((x) => x.kind === 'direct' && x.text.includes('fare war'));
  assert.ok(!q || q.speaker === null, q ? String(q.speaker?.name) : '');
});

test('"boss" is a leader noun: a headline\'s "harbour boss tells" frames its quote', () => {
  const text = [
    "Quay ferry 'will sail again in May', harbour boss tells listeners",
    '12 March 2031',
    'Maren Solvik, director of the Quay Harbour Authority, told a radio phone-in on Tuesday: "We will have the ferry sailing again in May."',
  ].join('\n\n');
  assert.equal(speakerOfText(text, 'will sail again in May', { kind: 'direct' }), 'harbour boss');
});
