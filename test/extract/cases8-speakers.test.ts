import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * The eighth round of invented formats: a meeting's chair and its stenographic record, anonymous
 * officials told apart by ordinals, and lead-ins whose first noun is not the speaker. Every name
 * and sentence is invented for these tests.
 */

const MEETING = [
  'HARBOUR COMMITTEE',
  'VERBATIM TRANSCRIPT OF PROCEEDINGS',
  '              CHAIRWOMAN ROWAN:',
  '      The committee will come to order. Director Pell, the floor is yours.',
  '              DIRECTOR PELL:',
  '      Thank you. The ferry will run every hour from May.',
  '              CHAIRWOMAN ROWAN:',
  '      Thank you. Councilmember Sarn.',
  '              COUNCILMEMBER SARN:',
  '      I will not vote for the fare rise unless the late boat stays.',
  '              CHAIRWOMAN ROWAN:',
  '      We are adjourned.',
  'CERTIFICATE OF REPORTER',
  'Dated: May 4, 2026',
].join('\n\n');

test("a meeting's chair who gives two officials the floor asks; the officials speak", () => {
  const turns = findTranscriptTurns(makeArticle('t', MEETING));
  const shown = turns.map((t) => [t.role, t.speaker?.name ?? null]);
  assert.deepEqual(
    shown,
    [
      ['question', null],
      ['named', 'Pell'],
      ['question', null],
      ['named', 'Sarn'],
      ['question', null],
    ],
    JSON.stringify(shown),
  );
});

test('a chair answering reporters alone is the official, not a presiding officer', () => {
  const text = [
    'Press conference of the Harbour Bank',
    'CHAIR ROWAN: Good afternoon. Today we held the rate at four percent.',
    'QUESTION: Will it fall in June?',
    'CHAIR ROWAN: I will not bind us in advance for any meeting.',
  ].join('\n\n');
  const turns = findTranscriptTurns(makeArticle('t', text));
  assert.deepEqual(
    turns.filter((t) => t.role === 'named').map((t) => t.speaker?.name),
    ['Rowan', 'Rowan'],
  );
});

test('a plural noun after a capitalised first word heads the subject: "he" is not that word', () => {
  const text =
    'Fire Chief Ivo Pell told the committee the station must close.\n\n' +
    'Response times would rise, he said, and "I want to be honest about that."';
  assert.equal(speakerOfText(text, 'honest about that', { kind: 'direct' }), 'Ivo Pell');
});

test('a fronted "when" clause does not give its subject the colon of the main clause', () => {
  const text =
    'Mayor Ada Lund spoke first.\n\n' +
    'When the mayor promised money in next year\'s plan, Councilmember Tove Sarn replied: "A line in a plan is not a station."';
  assert.equal(speakerOfText(text, 'not a station', { kind: 'direct' }), 'Tove Sarn');
});

test('"The mayor\'s answer:" hands the quote to the mayor the article named', () => {
  const text =
    'Mayor Ada Lund spoke to the committee about the new station.\n\n' +
    'Councilmember Tove Sarn asked for a date. "I want a date," Sarn said.\n\n' +
    'The mayor\'s answer: "You will have a date in January."';
  assert.equal(speakerOfText(text, 'date in January', { kind: 'direct' }), 'Ada Lund');
});

test('a capitalised first noun and a copula are no lead-in of a person', () => {
  const text =
    'Mayor Ada Lund met residents on Monday.\n\n' +
    'Fares are going up, and not by a little: "The rise is about eight percent," she told them.';
  assert.equal(speakerOfText(text, 'about eight percent', { kind: 'direct' }), 'Ada Lund');
});

const OFFICIALS =
  '"Ships will be inspected in one day," a senior official said.\n\n' +
  'A second official said the deal had teeth: "Ships that fail will be barred."\n\n';

test('"the first official" is the first unnamed official, "the official" then the same one', () => {
  const text = `${OFFICIALS}Asked about the vote, the first official said it was close. "We expect it to pass," the official said.`;
  assert.equal(speakerOfText(text, 'expect it to pass', { kind: 'direct' }), 'a senior official');
});

test('"the same official" after a copula lead-in, past an opening "But", is that official', () => {
  const text = `${OFFICIALS}"We will not get ahead of the President," the first official said. But the same official was confident about the vote: "The parliament will pass it."`;
  assert.equal(speakerOfText(text, 'parliament will pass', { kind: 'direct' }), 'a senior official');
});

test('an unnamed source "on the call" is the subject of the verb after the phrase', () => {
  const text =
    'Ministers spoke to reporters on Tuesday.\n\n' +
    '"The patrol will be small," an official on the call told reporters.';
  assert.equal(speakerOfText(text, 'patrol will be small', { kind: 'direct' }), 'an official on the call');
});

test('"on Monday" after an unnamed source says when, and is not read as whose', () => {
  const text =
    'Ministers spoke to reporters.\n\n"The patrol will be small," an aide on Monday told reporters.';
  assert.notEqual(speakerOfText(text, 'patrol will be small', { kind: 'direct' }), 'an aide on Monday');
});

test('a chair answering reporters labelled by name is the official, not a presiding officer', () => {
  const text = [
    'Transcript of Chair Rowan’s press conference',
    'CHAIR ROWAN: Good afternoon. Today the committee held the rate at four percent, and we will look at the data again in June before we decide anything about a cut.',
    'IVO SARN: Ivo Sarn, Harbour Ledger. Will the rate fall in June?',
    'CHAIR ROWAN: I will not bind us in advance for any meeting. The data will decide, and we are not there yet on inflation, which is still above our target of two percent.',
    'TOVE LIND: Tove Lind, Bayline Radio. Are you worried about jobs?',
    'CHAIR ROWAN: The labour market is still strong. We watch it closely, and we will act if it weakens faster than we expect over the summer months.',
  ].join('\n\n');
  const turns = findTranscriptTurns(makeArticle('t', text));
  const chair = turns.filter((t) => t.label === 'CHAIR ROWAN');
  assert.ok(
    chair.length === 3 && chair.every((t) => t.role === 'named' && t.speaker?.name === 'Rowan'),
    JSON.stringify(turns.map((t) => [t.label, t.role, t.speaker?.name ?? null])),
  );
});
