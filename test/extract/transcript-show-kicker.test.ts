import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A newsletter's recap of the Sunday programs heads a paragraph with the show's name in capitals
 * ("MORNING LEDGER: …"), as a one-speaker transcript heads its remarks ("GOVERNOR ORVA: …"). The
 * remarks speak in the first person; the recap reports in the third and quotes. Sentences invented.
 */
test('a capitals kicker over third-person prose with quotes is no one-speaker transcript', () => {
  const recap = [
    'WEEKEND SHOWS: Ledger host presses mayor on buses',
    '',
    'MORNING LEDGER: Mayor Tessa Quorn defended the bus cuts. "We had no other way to close the gap," the mayor said.',
    '',
    'Councillor Abe Lindgren disagreed. "The cuts fall on the people with no car," he said.',
  ].join('\n');
  assert.deepEqual(findTranscriptTurns(makeArticle('r', recap)), []);
});

test('the same kicker over the speaker’s own first-person remarks is still her turn', () => {
  const remarks = [
    'Remarks by Mayor Tessa Quorn on the Bus Network',
    '',
    'MAYOR QUORN: Good morning. We had no other way to close the gap, and I will not pretend otherwise.',
    '',
    'I have asked the transit board to restore the night routes first.',
  ].join('\n');
  const turns = findTranscriptTurns(makeArticle('r', remarks));
  assert.equal(turns.length, 1);
  assert.equal(turns[0]!.label, 'MAYOR QUORN');
});

test('a broadcast header’s "Segment:" line is a field, not a guest’s turn', () => {
  const panel = [
    'THE WEEK IN REVIEW',
    'Segment: The ferry fare rise',
    '',
    'OKONJO: Welcome back. Councillor, is the rise fair?',
    '',
    'BRASK: It is the smallest rise we could manage, and the pensioners keep their free crossing.',
    '',
    'OKONJO: And the students?',
    '',
    'BRASK: They get half fares from May, as they asked.',
  ].join('\n');
  const labels = findTranscriptTurns(makeArticle('p', panel)).map((t) => t.label);
  assert.ok(!labels.includes('Segment'), labels.join(', '));
  assert.ok(labels.includes('BRASK'));
});
