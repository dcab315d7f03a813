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
  'LIBRARY BOARD',
  'VERBATIM TRANSCRIPT OF PROCEEDINGS',
  '              CHAIRWOMAN VELSEN:',
  '      The board is now in session. Director Kaple, please go ahead.',
  '              DIRECTOR KAPLE:',
  '      Thank you. The reading room will open on Sundays from March.',
  '              CHAIRWOMAN VELSEN:',
  '      Thank you. Councilmember Brenick.',
  '              COUNCILMEMBER BRENICK:',
  '      I will not back the fee change unless the mobile van keeps running.',
  '              CHAIRWOMAN VELSEN:',
  '      This session is closed.',
  'CERTIFICATE OF REPORTER',
  'Dated: March 9, 2026',
].join('\n\n');

test("a meeting's chair who gives two officials the floor asks; the officials speak", () => {
  const turns = findTranscriptTurns(makeArticle('t', MEETING));
  const shown = turns.map((t) => [t.role, t.speaker?.name ?? null]);
  assert.deepEqual(
    shown,
    [
      ['question', null],
      ['named', 'Kaple'],
      ['question', null],
      ['named', 'Brenick'],
      ['question', null],
    ],
    JSON.stringify(shown),
  );
});

test('a chair answering reporters alone is the official, not a presiding officer', () => {
  const text = [
    'Press conference of the Fenmore Savings Authority',
    'CHAIR VELSEN: Good afternoon. Today we kept the base rate at three percent.',
    'QUESTION: Will it be cut in August?',
    'CHAIR VELSEN: I will not tie our hands on any decision.',
  ].join('\n\n');
  const turns = findTranscriptTurns(makeArticle('t', text));
  assert.deepEqual(
    turns.filter((t) => t.role === 'named').map((t) => t.speaker?.name),
    ['Velsen', 'Velsen'],
  );
});

test('a plural noun after a capitalised first word heads the subject: "he" is not that word', () => {
  const text =
    'Water Commissioner Ansel Kaple told the board the plant must shut for repairs.\n\n' +
    'Delivery fees would climb, he said, and "I will not hide that from anyone."';
  assert.equal(speakerOfText(text, 'hide that from anyone', { kind: 'direct' }), 'Ansel Kaple');
});

test('a fronted "when" clause does not give its subject the colon of the main clause', () => {
  const text =
    'Governor Ysolde Haddix spoke first.\n\n' +
    'When the governor pledged new buses in the autumn budget, Councilmember Tamsin Brenick replied: "A promise in a budget is not a bus."';
  assert.equal(speakerOfText(text, 'not a bus', { kind: 'direct' }), 'Tamsin Brenick');
});

test('"The governor\'s answer:" hands the quote to the governor the article named', () => {
  const text =
    'Governor Ysolde Haddix spoke to the council about the new bus depot.\n\n' +
    'Councilmember Tamsin Brenick asked for a cost. "I want a number," Brenick said.\n\n' +
    'The governor\'s answer: "You will see the figure in April."';
  assert.equal(speakerOfText(text, 'figure in April', { kind: 'direct' }), 'Ysolde Haddix');
});

test('a capitalised first noun and a copula are no lead-in of a person', () => {
  const text =
    'Governor Ysolde Haddix met parents on Thursday.\n\n' +
    'Bills are climbing, and not slowly: "The increase is close to six percent," she told them.';
  assert.equal(speakerOfText(text, 'close to six percent', { kind: 'direct' }), 'Ysolde Haddix');
});

const OFFICIALS =
  '"Clinics will be audited every month," a senior official said.\n\n' +
  'A second official said the plan had bite: "Clinics that cheat will lose their licence."\n\n';

test('"the first official" is the first unnamed official, "the official" then the same one', () => {
  const text = `${OFFICIALS}Asked about the budget, the first official said it was tight. "We expect it to clear," the official said.`;
  assert.equal(speakerOfText(text, 'expect it to clear', { kind: 'direct' }), 'a senior official');
});

test('"the same official" after a copula lead-in, past an opening "Yet", is that official', () => {
  const text = `${OFFICIALS}"We will not speak for the Prime Minister," the first official said. Yet the same official was hopeful about the budget: "The assembly will approve it."`;
  assert.equal(speakerOfText(text, 'assembly will approve', { kind: 'direct' }), 'a senior official');
});

test('an unnamed source "on the call" is the subject of the verb after the phrase', () => {
  const text =
    'Ministers briefed reporters on Wednesday.\n\n' +
    '"The audit team will be modest," an official on the call told reporters.';
  assert.equal(
    speakerOfText(text, 'audit team will be modest', { kind: 'direct' }),
    'an official on the call',
  );
});

test('"on Friday" after an unnamed source says when, and is not read as whose', () => {
  const text =
    'Ministers briefed reporters.\n\n"The audit team will be modest," an aide on Friday told reporters.';
  assert.notEqual(speakerOfText(text, 'audit team will be modest', { kind: 'direct' }), 'an aide on Friday');
});

test('a chair answering reporters labelled by name is the official, not a presiding officer', () => {
  const text = [
    'Transcript of Chair Velsen’s press conference',
    'CHAIR VELSEN: Good afternoon. Today the board kept the base rate at three percent, and we will review the figures again in August before we decide anything about a change.',
    'JORY ALDOUS: Jory Aldous, Corran Gazette. Will the rate be cut in August?',
    'CHAIR VELSEN: I will not tie our hands on any decision. The figures will decide, and we are not there yet on prices, which are still rising faster than our goal of two percent.',
    'MIRA STELK: Mira Stelk, Eastwater FM. Do wages worry you?',
    'CHAIR VELSEN: Hiring is still firm. We follow it carefully, and we will respond if it slows more quickly than we forecast over the winter.',
  ].join('\n\n');
  const turns = findTranscriptTurns(makeArticle('t', text));
  const chair = turns.filter((t) => t.label === 'CHAIR VELSEN');
  assert.ok(
    chair.length === 3 && chair.every((t) => t.role === 'named' && t.speaker?.name === 'Velsen'),
    JSON.stringify(turns.map((t) => [t.label, t.role, t.speaker?.name ?? null])),
  );
});
