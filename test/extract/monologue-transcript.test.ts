import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';

/** Remarks with one upper-case speaker label and no dialogue: one turn, the whole statement. */
test('remarks under one upper-case label are one turn of that speaker', () => {
  const text = [
    'Remarks by Governor Talia Brenn on the Harbour Bill',
    '',
    'March 3, 2031',
    '',
    'GOVERNOR BRENN: Good evening, and welcome. We will sign the harbour bill next week, and the port will reopen in May.',
    '',
    'The bill protects the dock workers who kept this city fed.',
    '',
    'END',
  ].join('\n');
  const turns = findTranscriptTurns({ text, boilerplate: [], title: null });
  assert.equal(turns.length, 1);
  assert.equal(turns[0]!.label, 'GOVERNOR BRENN');
  assert.equal(turns[0]!.paragraphs.length, 2);
  assert.ok(text.slice(turns[0]!.start, turns[0]!.end).startsWith('Good evening, and welcome.'));
});

test('a one-word upper-case kicker is not a speaker label', () => {
  const text = 'EUROPE: Ministers meet on the harbour bill\n\nMinisters met on Tuesday to discuss the bill.';
  assert.deepEqual(findTranscriptTurns({ text, boilerplate: [], title: null }), []);
});
