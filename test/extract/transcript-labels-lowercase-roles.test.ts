import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { readTurnLabel } from '../../src/extract/transcripts/turn-label.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * Transcript labels: a web team's "Name, role in lower case:" and a press officer who
 * chairs an office's statement and questions. Every name and sentence is invented for the tests.
 */
function answers(text: string): [string | null, string][] {
  return findTranscriptTurns(makeArticle('t', text))
    .filter((t) => !t.interviewer)
    .map((t) => [t.speaker?.name ?? null, t.paragraphs.map((p) => text.slice(p.start, p.end)).join(' | ')]);
}

test('"Name, role:" with the role in lower case after its first word is a label', () => {
  const line = 'Bram Oduya, rail pass programme manager: We fit the readers in March.';
  assert.equal(readTurnLabel(line, { start: 0, end: line.length })?.label, 'Bram Oduya');
  const upper = 'Bram Oduya, Programme Manager: We fit the readers in March.';
  assert.equal(readTurnLabel(upper, { start: 0, end: upper.length })?.label, 'Bram Oduya');
  // A description in prose after the comma is no office typed as a label.
  for (const prose of [
    'Bram Oduya, the rail pass lead: We fit the readers in March.',
    'Bram Oduya, who leads the work: We fit the readers in March.',
  ])
    assert.notEqual(readTurnLabel(prose, { start: 0, end: prose.length })?.label, 'Bram Oduya', prose);
});

test('a press officer chairs: the turns are no official’s answers', () => {
  const record = [
    'Office of the Housing Regulator: statement and questions',
    'Friday 4 April 2026. The Regulator, Ada Pine, read her statement.',
    'PRESS OFFICER: Morning, all. The Regulator speaks first; questions after that.',
    'THE REGULATOR: Today I am publishing my report on the Marsh Homes Trust.',
    'PRESS OFFICER: First question, please.',
    'Q (Ivo Lund, Harbour Post): Will the landlord pay?',
    'THE REGULATOR: I expect it to pay within a month.',
  ].join('\n');
  const said = answers(record).map(([, words]) => words);
  assert.deepEqual(said, [
    'Today I am publishing my report on the Marsh Homes Trust.',
    'I expect it to pay within a month.',
  ]);
});
