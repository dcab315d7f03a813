/** Choosing a sentence's reported contents among the candidates the model accepts (select.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectContents } from '../../src/extract/attribution/select.ts';

const span = (start: number, end: number): { start: number; end: number } => ({ start, end });

test('two shorter contents of two cues beat one long content running over the second cue', () => {
  const long = span(10, 90);
  const first = span(10, 40);
  const second = span(60, 90);
  const got = selectContents([
    { cue: 1, item: long, gain: 6 },
    { cue: 1, item: first, gain: 4 },
    { cue: 5, item: second, gain: 5 },
  ]);
  assert.deepEqual(
    got.sort((a, b) => a.start - b.start),
    [first, second],
  );
});

test('one cue gives at most one content, and a clearly better long one still wins', () => {
  const long = span(10, 90);
  const got = selectContents([
    { cue: 1, item: long, gain: 12 },
    { cue: 1, item: span(10, 40), gain: 3 },
    { cue: 1, item: span(95, 120), gain: 2 },
    { cue: 5, item: span(60, 90), gain: 4 },
  ]);
  assert.deepEqual(got, [long]);
});

test('nothing to choose gives nothing', () => {
  assert.deepEqual(selectContents([]), []);
});

test('a single candidate is taken when it passed the threshold, never when it did not', () => {
  const only = span(3, 30);
  assert.deepEqual(selectContents([{ cue: 2, item: only, gain: 0.5 }]), [only]);
  assert.deepEqual(selectContents([{ cue: 2, item: only, gain: 0 }]), []);
  assert.deepEqual(selectContents([{ cue: 2, item: only, gain: -1 }]), []);
});
