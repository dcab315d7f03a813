import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { readSpeakerKey } from '../../src/extract/transcripts/speaker-key.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Automatic transcription's numbered voices ("00:03:10 Speaker 2: …") and the key above the turns
 * that names them. Every name, place and sentence is invented for these tests.
 */
function answers(text: string): [string | null, string][] {
  return findTranscriptTurns(makeArticle('t', text))
    .filter((t) => !t.interviewer)
    .map((t) => [t.speaker?.name ?? null, t.paragraphs.map((p) => text.slice(p.start, p.end)).join(' | ')]);
}

const EXPORT = [
  'Machine transcript: Harwick County briefing on the canal breach',
  'Speaker 1 - Governor Elin Marsh',
  'Speaker 2 - Tobiah Venn, County Engineer',
  'Speaker 3 - Journalists',
  '',
  '00:00:05 Speaker 1: The canal wall gave way at dawn along a forty metre stretch.',
  '00:00:21 Speaker 1: Sandbags are going in on the towpath now.',
  '00:00:40 Speaker 3: How many homes are flooded?',
  '00:00:44 Speaker 2: Eleven cellars so far, and the water is still rising slowly.',
  '00:01:02 Speaker 3: When will it be repaired?',
  '00:01:05 Speaker 2: Not before the weekend.',
].join('\n');

describe('numbered voices of a captioning export', () => {
  test('each number is the person the key names; a key entry of reporters asks', () => {
    assert.deepEqual(answers(EXPORT), [
      ['Elin Marsh', 'The canal wall gave way at dawn along a forty metre stretch.'],
      ['Elin Marsh', 'Sandbags are going in on the towpath now.'],
      ['Tobiah Venn', 'Eleven cellars so far, and the water is still rising slowly.'],
      ['Tobiah Venn', 'Not before the weekend.'],
    ]);
  });

  test('a number the key does not name is nobody in particular, not "Speaker 4"', () => {
    const unkeyed = EXPORT.replace('Speaker 2 - Tobiah Venn, County Engineer\n', '');
    const venn = answers(unkeyed).filter(([, words]) => words.startsWith('Eleven'));
    assert.deepEqual(venn, [[null, 'Eleven cellars so far, and the water is still rising slowly.']]);
  });

  test('a key printed with colons, each label with its time and the words on the next line', () => {
    const rev = [
      'Tarn City Hall news conference (machine transcript)',
      'Speaker 1: Deputy Mayor Orrin Blake',
      'Speaker 2: Reporters',
      '',
      'Speaker 1 (00:00):',
      'The footbridge will reopen on Monday after its inspection.',
      '',
      'Speaker 2 (00:14):',
      'Will there be a toll?',
      '',
      'Speaker 1 (00:17):',
      'No toll this year, and probably none next year either.',
      '',
      'Speaker 2 (00:25):',
      'What about cyclists?',
      '',
      'Speaker 1 (00:28):',
      'They get a lane of their own from the first day.',
    ].join('\n');
    assert.deepEqual(answers(rev), [
      ['Orrin Blake', 'The footbridge will reopen on Monday after its inspection.'],
      ['Orrin Blake', 'No toll this year, and probably none next year either.'],
      ['Orrin Blake', 'They get a lane of their own from the first day.'],
    ]);
    // The key's "Speaker 2: Reporters" is a line of the key, not a turn.
    const turns = findTranscriptTurns(makeArticle('t', rev));
    assert.equal(turns.length, 5);
    assert.ok(turns[0]!.start > rev.indexOf('Reporters'));
  });

  test('a key on one line, numbers zero-padded, an equals sign', () => {
    const header = 'Speakers: SPEAKER 01 = Mayor Ada Quill; SPEAKER 02 = Audience';
    const key = readSpeakerKey(header, { start: 0, end: header.length });
    assert.equal(key.get('speaker 1')?.name?.name, 'Ada Quill');
    assert.equal(key.get('speaker 1')?.asks, false);
    assert.equal(key.get('speaker 2')?.asks, true);
    assert.equal(key.get('speaker 2')?.name, null);
  });

  test('a bare office in the key names no one', () => {
    const header = 'Speaker 1 - Harbourmaster';
    assert.equal(readSpeakerKey(header, { start: 0, end: header.length }).get('speaker 1')?.name, null);
  });
});
