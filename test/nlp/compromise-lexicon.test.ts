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
  for (const [word, tags] of Object.entries(lexicon)) assert.deepEqual(tagList(back[word]), tagList(tags));
  assert.equal(back['unknown'], undefined);
  assert.equal(back['constructor'], undefined);
});

test('the stored snapshot is the installed compromise lexicon (rerun scripts/compromise-lexicon.ts if not)', () => {
  const live = compromiseLexicon();
  const stored = storedCompromiseLexicon();
  assert.equal(Object.keys(stored).length, Object.keys(live).length);
  for (const [word, tags] of Object.entries(live))
    assert.deepEqual(tagList(stored[word]), tagList(tags), word);
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
