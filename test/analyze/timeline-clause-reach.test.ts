/**
 * Issue #10: the clause around a date was cut by reading its whole sentence for clause breaks at
 * every date; a sentence of thousands of numbers made that quadratic. The breaks are now read
 * only within reach of the date; these tests check the clauses are the whole-sentence reading's,
 * and count the characters read.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { clauseAround, sentencesOf } from '../../src/analyze/dates/clause.ts';
import type { Span } from '../../src/model/span.ts';
import { countingText } from '../helpers/counting-text.ts';
import { curlyNumbers } from '../helpers/hostile-text.ts';

/** The clause read from the whole sentence, as before the reach: the reference answer. */
function wholeSentenceClause(text: string, sentences: readonly Span[], start: number, end: number): Span {
  const sentence = sentences.find((s) => s.start <= start && end <= s.end) ?? { start, end };
  let from = sentence.start;
  let to = sentence.end;
  for (const m of text.slice(from, to).matchAll(/[;:—–]|\s-\s/g)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= start && start - (at + m[0].length) > 12) from = at + m[0].length;
    else if (at >= end && at - end > 12 && at < to) to = at;
  }
  if (start - from > 90) {
    from = start - 90;
    while (from < text.length && /\S/.test(text[from - 1] ?? ' ')) from++;
  }
  if (to - end > 90) {
    to = end + 90;
    while (to > 0 && /\S/.test(text[to] ?? ' ')) to--;
  }
  const slice = text.slice(from, to);
  const lead = /^[\s"“”‘’«»()[\],.;:—–-]+/.exec(slice)?.[0].length ?? 0;
  const tail = /[\s"“”‘’«»()[\],;:—–-]+$/.exec(slice)?.[0].length ?? 0;
  return { start: Math.min(from + lead, start), end: Math.max(to - tail, end) };
}

test('the clause around a date is the whole-sentence reading, dash runs and far breaks included', () => {
  const piece = fc.constantFrom(' ', ' - ', '-', ';', ':', ' – ', 'levy', 'rose', 'in', '2014', ', ', '  ');
  fc.assert(
    fc.property(fc.array(piece, { minLength: 80, maxLength: 300 }), fc.nat(), (pieces, seed) => {
      const text = pieces.join('');
      const sentences = sentencesOf(text);
      const start = seed % text.length;
      const end = Math.min(text.length, start + 4);
      assert.deepEqual(
        clauseAround(text, sentences, start, end),
        wholeSentenceClause(text, sentences, start, end),
      );
    }),
    { numRuns: 500 },
  );
});

test('dates in a sentence of 3,000 numbers: each clause reads a window, not the sentence', () => {
  const text = curlyNumbers(3000);
  const sentences = sentencesOf(text);
  const counted = countingText(text);
  let dates = 0;
  for (let at = text.indexOf('“'); at >= 0; at = text.indexOf('“', at + 1), dates++)
    clauseAround(counted.text, sentences, at + 1, text.indexOf('”', at));
  assert.equal(dates, 3000);
  assert.ok(counted.read() < 1000 * dates, `${counted.read()} characters read for ${dates} dates`);
});
