import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findWrapWidth, splitParagraphs } from '../../src/nlp/paragraphs.ts';
import { splitSentences } from '../../src/nlp/sentences.ts';

const slices = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

const WIRE = [
  'The port authority said on Tuesday that dock workers would return',
  'to work after a week-long strike that left more than forty ships',
  'waiting offshore.',
  '    "This deal is one every crane crew can accept," union',
  'chairman Henrik Dalmose told reporters outside the harbour office.',
  '    Cargo volumes are expected to recover within two weeks, the',
  'authority said in a statement.',
].join('\n');

const SCRAPED = [
  'Port strike ends after a week',
  '',
  'Dock workers returned to work on Tuesday after a week-long strike.',
  '“This deal is one every crane crew can accept,” union chairman Henrik Dalmose told reporters.',
  'Read next',
  'Ferry fares to rise in May',
].join('\n');

test('hard-wrapped wire copy: paragraphs end at indented lines, line breaks inside are spaces', () => {
  assert.ok(findWrapWidth(WIRE) !== null);
  const paragraphs = slices(WIRE, splitParagraphs(WIRE));
  assert.equal(paragraphs.length, 3);
  assert.match(paragraphs[1]!, /^"This deal is one[\s\S]*harbour office\.$/);
  const sentences = slices(WIRE, splitSentences(WIRE));
  assert.ok(sentences.some((s) => /union\nchairman Henrik Dalmose told reporters/.test(s)));
});

test('one paragraph per line: every non-empty line is a paragraph, short lines included', () => {
  assert.equal(findWrapWidth(SCRAPED), null);
  assert.deepEqual(
    slices(SCRAPED, splitParagraphs(SCRAPED)),
    SCRAPED.split('\n').filter((l) => l !== ''),
  );
});

test('paragraph spans are trimmed, inside the text, in order', () => {
  for (const text of [WIRE, SCRAPED, '', '\n\n  \n', 'one line']) {
    let last = 0;
    for (const p of splitParagraphs(text)) {
      assert.ok(p.start >= last && p.end > p.start && p.end <= text.length);
      assert.equal(text.slice(p.start, p.end).trim(), text.slice(p.start, p.end));
      last = p.end;
    }
  }
});

test('paragraphs and sentences asked again for the same text are the same, and each caller owns its copy', () => {
  const first = splitParagraphs(SCRAPED);
  first[0]!.end = 0;
  first.pop();
  assert.deepEqual(splitParagraphs(SCRAPED), splitParagraphs(`${SCRAPED}`));
  assert.equal(slices(SCRAPED, splitParagraphs(SCRAPED))[0], 'Port strike ends after a week');
  assert.equal(splitParagraphs(SCRAPED).length, 5);
  const sentences = splitSentences(WIRE);
  sentences.length = 0;
  assert.ok(splitSentences(WIRE).length > 0);
  // Other texts in between do not change the answer for an earlier one.
  for (const other of ['One.', 'Two. Three.', 'Four.\nFive.', 'Six.', 'Seven.']) splitSentences(other);
  assert.deepEqual(splitSentences(WIRE), splitSentences(WIRE.slice(0)));
  assert.equal(
    slices(WIRE, splitSentences(WIRE)).at(-1),
    'Cargo volumes are expected to recover within two weeks, the\nauthority said in a statement.',
  );
});

test('a numbered transcript: a sentence runs on over numbered lines; a turn, a note or a page line stands apart', () => {
  const text = [
    'Canal Lock Inquiry: Day 2',
    ' 4   MR BRANDT: I call the next witness.',
    ' 5   Q. When were the gates last replaced?',
    ' 6   A. In 2011, as far as I know. The contractor said',
    ' 7       they would last twenty years, and nobody',
    ' 8       questioned that.',
    ' 9   (Pause)',
    '10   Q. Did you ask?',
    '                                            3',
    ' 1   A. I did not.',
  ].join('\n');
  assert.deepEqual(slices(text, splitParagraphs(text)), [
    'Canal Lock Inquiry: Day 2',
    '4   MR BRANDT: I call the next witness.',
    '5   Q. When were the gates last replaced?',
    '6   A. In 2011, as far as I know. The contractor said\n 7       they would last twenty years, and nobody\n 8       questioned that.',
    '9   (Pause)',
    '10   Q. Did you ask?',
    '3',
    '1   A. I did not.',
  ]);
});

test('hard-wrapped transcript out of a PDF: a label after a sentence end opens a paragraph, a long line before it or not', () => {
  const text = [
    'Ms ODELL: The depot will close at the end of June, and every driver will be offered a job',
    'at the new site in Fenwick, which is eleven minutes further along the same bus route from',
    'town, with the same shift patterns and the same pay as they have at the depot at present.',
    'Mr PRAIS: How many drivers have accepted so far, and what happens to those who cannot move',
    'because of the longer journey, for instance parents who have to collect children at three?',
    'Ms ODELL: Forty of the fifty-two have accepted. For the rest we will pay the full redundancy',
    'terms that the union agreed with us last year, and nobody will be forced to take the move',
    'if it does not work for them or for their families, whatever the reason for it might be.',
  ].join('\n');
  assert.ok(findWrapWidth(text) !== null);
  const paragraphs = slices(text, splitParagraphs(text));
  assert.deepEqual(
    paragraphs.map((p) => p.split(':')[0]),
    ['Ms ODELL', 'Mr PRAIS', 'Ms ODELL'],
  );
});
