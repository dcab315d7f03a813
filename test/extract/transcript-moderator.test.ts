import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A moderator labelled by name, not by role: her turns open, call and close the event. Every name
 * and sentence is invented for these tests.
 */
function answering(text: string): string[] {
  return findTranscriptTurns(makeArticle('t', text))
    .filter((t) => !t.interviewer)
    .map((t) => t.speaker?.name ?? t.label);
}

const BRIEFING = (opening: string) =>
  [
    'Transcript: Port Authority briefing on the dredging contract',
    '',
    `MARA OYELOWO: ${opening}`,
    '',
    'COMMISSIONER TEMPLE: Thank you, Mara. The channel will be dredged to fourteen metres over the winter, and the work will be paid for from harbour dues rather than the city budget.',
    '',
    'DR VASQUEZ: The spoil will go to the reclamation site at Gull Point. We have tested it twice and it is clean enough to use.',
    '',
    'MARA OYELOWO: Questions, please.',
    '',
    'Q: When does the work start?',
    '',
    'COMMISSIONER TEMPLE: In November, once the cruise season has ended and the berths are quiet.',
    '',
    'MARA OYELOWO: Thank you all for coming.',
  ].join('\n');

describe('a moderator labelled by name', () => {
  test('her short turns that hand the floor to the others are procedure, not statements', () => {
    for (const opening of [
      'Good afternoon. The commissioner will speak first, then Dr Vasquez, and then we will take your questions.',
      'Good afternoon. Commissioner Temple will open, and Vasquez will follow.',
    ]) {
      assert.deepEqual(answering(BRIEFING(opening)), ['Temple', 'Vasquez', 'Temple'], opening);
    }
  });

  test('a first speaker who hands the floor to no one, or speaks at length, is an official', () => {
    const plain = BRIEFING('Good afternoon. It has been a long summer on the river.');
    assert.ok(answering(plain).includes('Mara Oyelowo'));
    const long = BRIEFING(
      'Good afternoon. Before the commissioner speaks I want to set out why this contract matters to every business on the quay, because the channel has silted faster than anyone predicted and two large ships turned back last month, which cost the port its best customer, and we will take your questions after.',
    );
    assert.ok(answering(long).includes('Mara Oyelowo'));
  });

  test('a first speaker who answers a question is an official, however short her turns', () => {
    const answers = BRIEFING(
      'Good afternoon. Commissioner Temple will open, and Vasquez will follow.',
    ).replace(
      'MARA OYELOWO: Thank you all for coming.',
      'Q: And the cost?\n\nMARA OYELOWO: Nine million, all of it from harbour dues.',
    );
    assert.ok(answering(answers).includes('Mara Oyelowo'));
  });
});
