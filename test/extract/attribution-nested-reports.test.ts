/**
 * A report told inside another report's content (select.ts nestsIn): "The harbour board said the
 * ferry operator had promised a second crossing before winter" holds the board's statement and,
 * inside it, the operator's promise; both are reported, each with its own cue.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectContents } from '../../src/extract/attribution/select.ts';
import { SHIPPED_MODEL } from '../../src/extract/attribution/model.ts';
import { findLearnedClauses } from '../../src/extract/attribution/reported.ts';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

const span = (start: number, end: number): { start: number; end: number } => ({ start, end });

test('a short report whose cue lies inside another content is taken with it', () => {
  const outer = span(20, 110);
  const inner = span(80, 105);
  const got = selectContents([
    { cue: 2, item: outer, gain: 5, cueAt: 10 },
    { cue: 12, item: inner, gain: 2, cueAt: 70 },
  ]);
  assert.deepEqual(
    got.sort((a, b) => a.start - b.start),
    [outer, inner],
  );
});

test('nesting never pays for an outer content running over a later cue’s clause', () => {
  const short = span(10, 40);
  const later = span(70, 100);
  const got = selectContents([
    { cue: 1, item: span(10, 100), gain: 5, cueAt: 5 },
    { cue: 1, item: short, gain: 4.5, cueAt: 5 },
    { cue: 9, item: later, gain: 3, cueAt: 60 },
  ]);
  assert.deepEqual(
    got.sort((a, b) => a.start - b.start),
    [short, later],
  );
});

test('a nested candidate that is most of the content around it restates it: one of the two is taken', () => {
  const outer = span(20, 110);
  const got = selectContents([
    { cue: 2, item: outer, gain: 5, cueAt: 10 },
    { cue: 4, item: span(30, 110), gain: 2, cueAt: 25 },
  ]);
  assert.deepEqual(got, [outer]);
});

test('a cue outside the other content, or an unknown cue offset, never nests', () => {
  const outer = span(20, 110);
  const outside = selectContents([
    { cue: 2, item: outer, gain: 5, cueAt: 10 },
    { cue: 30, item: span(80, 105), gain: 2, cueAt: 115 },
  ]);
  assert.deepEqual(outside, [outer]);
  const unknown = selectContents([
    { cue: 2, item: outer, gain: 5 },
    { cue: 12, item: span(80, 105), gain: 2 },
  ]);
  assert.deepEqual(unknown, [outer]);
});

test('extraction reads the statement and the promise inside it, and no two clauses overlap without nesting', () => {
  const text = 'The harbour board said the ferry operator had promised a second crossing before winter.';
  const article = makeArticle('nested-reports', text);
  const clauses = findLearnedClauses(analyzeArticle(article, buildEntityIndex([article])), [], SHIPPED_MODEL);
  const read = clauses.map((c) => [
    text.slice(c.event.cue.start, c.event.cue.end),
    text.slice(c.start, c.end),
  ]);
  assert.ok(
    read.some(
      ([cue, content]) => cue === 'said' && content!.includes('had promised a second crossing before winter'),
    ),
    'the board’s statement',
  );
  assert.ok(
    read.some(([cue, content]) => cue === 'promised' && content!.startsWith('a second crossing')),
    'the operator’s promise inside it',
  );
  for (const [i, a] of clauses.entries())
    for (const b of clauses.slice(i + 1)) {
      if (a.end <= b.start || b.end <= a.start) continue;
      const [outer, inner] = a.end - a.start >= b.end - b.start ? [a, b] : [b, a];
      assert.ok(inner.start >= outer.start && inner.end <= outer.end, 'overlapping clauses nest');
      assert.ok(inner.event.cue.start >= outer.start, 'the inner cue lies in the outer content');
    }
});
