import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Transcript labels: a parliament's verbatim report in the European style ("Name
 * (Group). – …") and a transcription service's bracketed names with a time after them. Every name
 * and sentence is invented for the tests.
 */
function answers(text: string): [string | null, string][] {
  return findTranscriptTurns(makeArticle('t', text))
    .filter((t) => !t.interviewer)
    .map((t) => [t.speaker?.name ?? null, t.paragraphs.map((p) => text.slice(p.start, p.end)).join(' | ')]);
}

const label = (line: string) => readTurnLabel(line, { start: 0, end: line.length });

test('"Name (Group). –" and "Name, what they speak as. –" open a member’s words', () => {
  for (const [line, name] of [
    ['Tove Marrin (Greens/EFA). – Madam President, the harbour fund is late.', 'Tove Marrin'],
    ['Ivo Brannik, Member of the Commission. – Honourable Members, we agree.', 'Ivo Brannik'],
    ['Tove Marrin, on behalf of the S&D Group. – We support the text.', 'Tove Marrin'],
    ['Tove Marrin (S&D), blue-card question. – Will the Member withdraw it?', 'Tove Marrin'],
  ] as const) {
    const hit = label(line);
    assert.equal(hit?.label, name, line);
    assert.equal(hit?.role, 'named', line);
    assert.ok(line.slice(hit!.textStart).match(/^[A-Z]/u), line);
  }
  // The office alone is the sitting's chair, who calls the speakers.
  assert.equal(label('President. – The debate is closed.')?.role, 'question');
  // A sentence ending in a full stop, then a dash in prose, is no label.
  assert.equal(label('The fund is late. – and nobody knows why.'), null);
});

test('a language code after a record label is the record’s, not the speaker’s words', () => {
  const line = 'Ada Roux, on behalf of the Left Group. – (FR) Monsieur le Président, merci.';
  const hit = label(line);
  assert.equal(line.slice(hit!.textStart), 'Monsieur le Président, merci.');
});

test('a plenary verbatim report: members’ turns are theirs, the chair’s are procedure', () => {
  const record = [
    'Debates – Tuesday, 3 February 2026 – Brussels',
    '7. Harbour safety fund (debate)',
    'President. – We turn now to the harbour safety fund.',
    'Tove Marrin (Greens/EFA), rapporteur. – Madam President, the fund has paid nothing in two years.',
    'We ask the Commission to pay the first tranche this spring.',
    'Ivo Brannik, Member of the Commission. – Mr President, the first tranche will probably be paid in May.',
    'Pell Odum (ECR). – Madam President, this fund is a mistake.',
    'President. – The debate is closed.',
  ].join('\n');
  assert.deepEqual(answers(record), [
    [
      'Tove Marrin',
      'Madam President, the fund has paid nothing in two years. | We ask the Commission to pay the first tranche this spring.',
    ],
    ['Ivo Brannik', 'Mr President, the first tranche will probably be paid in May.'],
    ['Pell Odum', 'Madam President, this fund is a mistake.'],
  ]);
});

test('a transcription service’s bracketed names, a time after each, open the turns below them', () => {
  assert.equal(label('[Mayor Ada Roux] (01:12)')?.label, 'Mayor Ada Roux');
  assert.equal(label('[Reporter 2] (03:05)')?.role, 'question');
  // A note of the room in brackets is no speaker.
  for (const note of ['[Applause]', '[Crowd Cheers] (02:10)', '[Laughter]'])
    assert.equal(label(note), null, note);
  const transcript = [
    'Mayor Ada Roux Storm Briefing Transcript',
    '[Mayor Roux] (00:03)',
    'Good morning. The storm drains on Quay Street failed overnight.',
    '[Reporter 1] (01:10)',
    'When will they be fixed?',
    '[Mayor Roux] (01:14)',
    'We expect the crews to finish by Friday.',
    '[Reporter 2] (01:40)',
    'And the cost?',
    '[Mayor Roux] (01:43)',
    'About two million, [inaudible 00:01:45] insurance.',
  ].join('\n');
  assert.deepEqual(
    answers(transcript).map(([, words]) => words),
    [
      'Good morning. The storm drains on Quay Street failed overnight.',
      'We expect the crews to finish by Friday.',
      'About two million, [inaudible 00:01:45] insurance.',
    ],
  );
});
