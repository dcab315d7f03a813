import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialize } from 'node:v8';
import { openPassSpill } from '../../src/store/pass-spill.ts';
import { readSpilled, spilledById, spillResult } from '../../src/run/spilled-results.ts';
import type { Article } from '../../src/model/article.ts';

test('a spill gives back the bytes put, by pass and number; a later put replaces; drop forgets one pass', () => {
  const spill = openPassSpill();
  try {
    // More puts than one transaction holds, so reads cross a commit.
    for (let i = 0; i < 1500; i++) spill.put('a', i, Uint8Array.of(i % 256, 7));
    spill.put('b', 3, Uint8Array.of(9));
    spill.put('a', 3, Uint8Array.of(1, 2, 3));
    assert.deepEqual([...spill.get('a', 1400)!], [1400 % 256, 7]);
    assert.deepEqual([...spill.get('a', 3)!], [1, 2, 3]);
    assert.equal(spill.get('a', 1500), undefined);
    spill.drop('a');
    assert.equal(spill.get('a', 1400), undefined);
    assert.deepEqual([...spill.get('b', 3)!], [9]);
  } finally {
    spill.close();
  }
});

test('spilled results come back equal (sets and maps too); by id, the last article of an id wins', () => {
  const spill = openPassSpill();
  try {
    const value = [
      { date: '2024-03-01', words: new Set(['vote', 'budget']), seen: new Map([['1:4', null]]) },
    ];
    spillResult(spill, 'dated-clauses', 0, serialize(value));
    assert.deepEqual(readSpilled(spill, 'dated-clauses', 0), value);
    assert.throws(() => readSpilled(spill, 'dated-clauses', 1), /no dated-clauses kept for article number 1/);

    const articles = [{ id: 'x' }, { id: 'y' }, { id: 'x' }] as Article[];
    articles.forEach((_, i) => spillResult(spill, 'span-readings', i, serialize(`reading ${i}`)));
    const byId = spilledById<string>(spill, 'span-readings', articles);
    assert.equal(byId.get('x'), 'reading 2');
    assert.equal(byId.get('y'), 'reading 1');
    assert.equal(byId.get('z'), undefined);
  } finally {
    spill.close();
  }
});
