import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A press office types its briefing with each speaker's name in mixed case on a line of its own,
 * two words only, and names the reporters inline ("Q (Name, Outlet):"). Sentences invented.
 */
const BRIEFING = [
  'Briefing on the tram depot fire',
  'City Transport Office',
  'Transcript, 3 May 2027',
  '',
  'Marit Ostrowska',
  'Good morning. With me are the transport commissioner, Obinna Haldane-Roy, and the fire chief, Teodor Wiśniewski-Kay. The commissioner will open, and after her statement we will take questions from the room. Please say who you are and where you are from when you ask.',
  '',
  'Obinna Haldane-Roy',
  'Thank you, Marit. The fire started in the paint shop at four this morning. Nobody was hurt.',
  '',
  'Forty trams were inside. We expect thirty of them back in service by Friday.',
  '',
  'Q (Lise Amundsen, Harbour Post): Commissioner, when will the depot reopen?',
  '',
  'Obinna Haldane-Roy',
  'Not before the autumn. The roof has to come down first.',
  '',
  'Q (Lise Amundsen, Harbour Post): Chief, was the sprinkler system working?',
  '',
  'Teodor Wiśniewski-Kay',
  'It was, and it kept the fire out of the main hall. We will know more after the inspection.',
  '',
  'Marit Ostrowska',
  'Thank you all. That is all for today.',
].join('\n');

test('two-word names in mixed case on their own lines open the officials’ turns, with their second paragraphs', () => {
  const turns = findTranscriptTurns(makeArticle('b', BRIEFING)).filter((t) => !t.interviewer);
  assert.deepEqual(
    turns.map((t) => t.speaker?.name),
    ['Obinna Haldane-Roy', 'Obinna Haldane-Roy', 'Teodor Wiśniewski-Kay'],
  );
  assert.equal(turns[0]!.paragraphs.length, 2);
});

test('the press officer who opens by introducing them at length, calls questions and closes, asks', () => {
  const turns = findTranscriptTurns(makeArticle('b', BRIEFING));
  assert.ok(turns.filter((t) => t.label === 'Marit Ostrowska').every((t) => t.interviewer));
});

test('a two-word heading of common words repeated on its own line is no speaker', () => {
  const notes = [
    'Council notes',
    '',
    'Rail Strike',
    'The unions meet the board on Monday, and the trains are expected to run.',
    '',
    'Road Works',
    'The bypass closes for a week from the ninth, and the buses will divert.',
    '',
    'Rail Strike',
    'A second meeting is set for Thursday if Monday fails, and the board will report.',
    '',
    'Road Works',
    'The ring road reopens at the end of the month, and the lights will be retimed.',
  ].join('\n');
  assert.deepEqual(findTranscriptTurns(makeArticle('n', notes)), []);
});
