import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areNearSynonyms, isDefinedAs, isProperNoun } from '../../src/nlp/wordnet/relations.ts';
import { areSynonyms } from '../../src/nlp/wordnet/wordnet.ts';

/** Senses the provenance rules search for evidence (see verdict/08-wording-without-evidence.ts). */
const SENSES = 8;

test('near synonyms: similar-to, derivation and kinds of a thing count as evidence', () => {
  const rows: [string, string][] = [
    ['verification', 'verifying'],
    ['spades', 'shovels'],
    ['necessary', 'indispensable'],
    ['all-out', 'full-scale'],
    ['look into', 'investigate'],
  ];
  for (const [a, b] of rows) assert.ok(areNearSynonyms(a, b, SENSES), `${a} / ${b}`);
});

test('near synonyms: siblings, harder words and other units are not evidence', () => {
  const rows: [string, string][] = [
    ['skirmishes', 'war'],
    ['scary', 'terrifying'],
    ['weaken', 'destroy'],
    ['days', 'weeks'],
    ['miles', 'kilometers'],
    ['concerned', 'certain'],
  ];
  for (const [a, b] of rows) assert.ok(!areNearSynonyms(a, b, SENSES), `${a} / ${b}`);
});

test('irregular forms reach their lemma (got / received, children / kids)', () => {
  assert.ok(areSynonyms('got', 'received', SENSES));
  assert.ok(areSynonyms('children', 'kids', SENSES));
});

test('a word WordNet writes only with a capital is a name', () => {
  assert.ok(isProperNoun('brussels'));
  assert.ok(!isProperNoun('plan'));
  assert.ok(!isProperNoun('china'), 'china is also porcelain');
});

test('a definition that is one collocation, or becoming and an adjective, lists a synonym', () => {
  assert.ok(isDefinedAs('abolish', 'do away with', 3));
  assert.ok(isDefinedAs('worsened', 'getting worse', 3));
  assert.ok(!isDefinedAs('worsened', 'getting better', 3));
  assert.ok(!isDefinedAs('soar', 'rise', 3), 'a word and a manner is no list');
});
