import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSpeech } from '../../src/extract/transcripts/speech.ts';
import { paragraphsOf } from '../helpers/line-paragraphs.ts';

/**
 * A text one person reads out or hands to the press, with no speaker label: the speaker is named
 * only on a line under the title, after the office ("Ruling read by the President of the
 * Tribunal, Name, place, date") or as a signature ("Name, Chief Ombudsman"). Every sentence is
 * invented for these tests.
 */
const NUMBERED_BODY = [
  '1. The tribunal has today dismissed the appeal of the Brenholt water company against the fine.',
  '2. We heard evidence over four days. We are satisfied that the company knew of the leaks for two years.',
  '3. I should add that the fine is the largest this tribunal has upheld, and we do not reduce it.',
].join('\n');

test('a "read by" line naming the office first takes the full name set off after it by commas', () => {
  for (const line of [
    'Ruling read by the President of the Tribunal, Odile Marchetti, Vessel, 3 February 2027',
    'Decision read by the registrar of the water board, Odile Marchetti, on 3 February 2027',
    'Read by Commissioner Odile Marchetti, 3 February 2027',
  ]) {
    const text = `Water Appeals Tribunal\nBrenholt Water v. the Regulator\n${line}\n${NUMBERED_BODY}\n`;
    const speech = findSpeech(text, paragraphsOf(text));
    assert.equal(speech?.speaker.name, 'Odile Marchetti', line);
    assert.equal(speech?.body.length, 3);
  }
});

test('a place alone after the office is no name', () => {
  const text = `Water Appeals Tribunal\nRuling read by the President of the Tribunal, Vessel\n${NUMBERED_BODY}\n`;
  assert.equal(findSpeech(text, paragraphsOf(text)), null);
});

const PROSE_BODY = [
  'Good afternoon. Today I am publishing my report on the closure of the Lindmark maternity unit.',
  'The health board did not tell families about the closure until a week before it happened.',
  'I have asked the board to apologise to every family affected, and it has agreed to do so.',
].join('\n\n');

test('a signature line of a full name and an office, under a statement heading, names its speaker', () => {
  for (const line of ['Teodor Halvik, Chief Ombudsman', 'Teodor Halvik, Auditor-General']) {
    const text = `Office of the Ombudsman\n\nSTATEMENT TO THE MEDIA\n\n${line}\n\n9 June 2027\n\n${PROSE_BODY}\n`;
    const speech = findSpeech(text, paragraphsOf(text));
    assert.equal(speech?.speaker.name, 'Teodor Halvik', line);
    assert.equal(speech?.body.length, 3);
  }
});

test('a journalist\'s "Name, Role" line over a report in the third person is no speech', () => {
  const report = [
    'The ombudsman, Teodor Halvik, said on Tuesday that the health board had failed families.',
    'He said the board had not told families about the closure until a week before it happened.',
    'The board said it would respond to the report in full next month.',
  ].join('\n\n');
  const text = `Ombudsman condemns maternity closure\n\nMira Osk, Health Editor\n\n${report}\n`;
  assert.equal(findSpeech(text, paragraphsOf(text)), null);
  // Nor is a line whose words after the comma are no office.
  const notOffice = `Office of the Ombudsman\n\nTeodor Halvik, in Lindmark\n\n${PROSE_BODY}\n`;
  assert.equal(findSpeech(notOffice, paragraphsOf(notOffice)), null);
});
