import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compromiseLexicon,
  lexiconOf,
  lexiconSnapshot,
  storedCompromiseLexicon,
  storedWordsTagged,
} from '../../src/nlp/compromise-lexicon.ts';

const tagList = (tags: string | readonly string[] | undefined): readonly string[] =>
  tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;

test('a snapshot gives back every word with its tags in order', () => {
  const lexicon = { nice: 'Adjective', walked: ['PastTense', 'Verb'], sam: ['MaleName', 'FirstName'] };
  const back = lexiconOf(lexiconSnapshot(lexicon));
  for (const [word, tags] of Object.entries(lexicon)) assert.deepEqual(back(word), tagList(tags));
  for (const absent of ['unknown', 'constructor', '', 'a', 'zz', 'nicer', 'walk', 'Sam'])
    assert.equal(back(absent), undefined, absent);
});

test('the stored snapshot is the installed compromise lexicon (rerun scripts/compromise-lexicon.ts if not)', () => {
  const live = compromiseLexicon();
  const stored = storedCompromiseLexicon();
  for (const [word, tags] of Object.entries(live)) assert.deepEqual(stored(word), tagList(tags), word);
  assert.deepEqual(
    lexiconSnapshot(live),
    lexiconSnapshot(Object.fromEntries(Object.keys(live).map((w) => [w, stored(w)!]))),
  );
});

test('a look-up finds every word of a larger sorted snapshot, and nothing between them', () => {
  const lexicon: Record<string, string | string[]> = {};
  for (let i = 0; i < 500; i++)
    lexicon[`w${String(i * 2).padStart(4, '0')}`] = i % 3 === 0 ? ['A', 'B'] : 'C';
  const lookup = lexiconOf(lexiconSnapshot(lexicon));
  for (let i = 0; i < 1000; i++) {
    const word = `w${String(i).padStart(4, '0')}`;
    assert.deepEqual(lookup(word), i % 2 === 0 ? tagList(lexicon[word]) : undefined, word);
  }
});

test('the stored words of given-name tags are the lexicon words carrying them', () => {
  const tags = new Set(['MaleName', 'FemaleName', 'FirstName']);
  const live = Object.entries(compromiseLexicon())
    .filter(([, t]) => tagList(t).some((x) => tags.has(x)))
    .map(([w]) => w)
    .sort();
  const stored = [...storedWordsTagged(tags)].map(([w]) => w).sort();
  assert.ok(stored.includes('mary'));
  assert.deepEqual(stored, live);
});
