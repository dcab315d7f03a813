import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchTerms } from '../../src/link/provenance/alignment/align.ts';
import { termize } from '../../src/link/provenance/terms.ts';
import {
  areSynonyms,
  isDictionaryWord,
  isPluralNoun,
  lemmaOf,
  lemmasOf,
  synsetsOf,
  WORDNET_MAX_SENSES,
} from '../../src/nlp/wordnet/wordnet.ts';

const one = (text: string) => termize(text)[0]!;

test('wordnet: everyday synonyms share a frequent sense, in any inflection', () => {
  const rows: [string, string][] = [
    ['begin', 'start'],
    ['purchase', 'buy'],
    ['purchased', 'buying'],
    ['starts', 'beginning'],
    ['harms', 'hurt'],
    ['manufacturers', 'producer'],
  ];
  for (const [a, b] of rows) assert.ok(areSynonyms(a, b), `${a} / ${b}`);
});

test('wordnet: opposites, hardenings and late-sense neighbours are not synonyms', () => {
  const rows: [string, string][] = [
    ['increase', 'decrease'],
    ['respond', 'retaliate'],
    ['win', 'lose'],
    ['hold', 'have'],
    ['budget', 'budget'],
  ];
  for (const [a, b] of rows) assert.ok(!areSynonyms(a, b), `${a} / ${b}`);
});

test('wordnet: only the first WORDNET_MAX_SENSES senses count', () => {
  assert.ok(synsetsOf('take', 'v').length <= WORDNET_MAX_SENSES);
  // "hold" and "have" meet in a rarer sense: related with every sense, apart with the first few.
  const all = (w: string) => synsetsOf(w, 'v', 50);
  assert.ok(all('hold').some((s) => all('have').includes(s)));
  assert.ok(!areSynonyms('hold', 'have'));
  // The index lists senses most frequent first: "begin" and "start" share their first.
  assert.deepEqual(synsetsOf('begin', 'v', 1), synsetsOf('start', 'v', 1));
});

test('wordnet: lemmas by morphy rules checked against the index', () => {
  const rows: [string, string][] = [
    ['purchased', 'purchase'],
    ['stopped', 'stop'],
    ['meetings', 'meeting'],
    ['taxes', 'tax'],
    ['studies', 'study'],
    ['Qorvatny', 'qorvatny'],
  ];
  for (const [word, lemma] of rows) assert.equal(lemmaOf(word), lemma, word);
  assert.ok(isDictionaryWord('parliaments'));
  assert.ok(!isDictionaryWord('Zelenskyy'));
});

test('aligner: hardening tables take precedence over WordNet synonymy', () => {
  // WordNet relates each pair; the hardening table says the report made it harsher.
  const rows: [string, string][] = [
    ['rejected', 'refused'],
    ['regime', 'government'],
  ];
  for (const [reported, source] of rows) {
    assert.ok(areSynonyms(reported, source), `${reported} / ${source} in WordNet`);
    assert.equal(matchTerms(one(reported), one(source)), 'hardened', `${reported} / ${source}`);
  }
  assert.equal(matchTerms(one('retaliated'), one('responded')), 'hardened');
  assert.equal(matchTerms(one('increased'), one('decreased')), null);
  assert.equal(matchTerms(one('beginning'), one('started')), 'synonym');
});

test('wordnet: index look-ups find the first, last and middle lemmas of a file and nothing else', () => {
  // Lemmas at both ends of the sorted noun index and in between, and near misses around them.
  assert.ok(synsetsOf('dog', 'n').length > 0);
  assert.ok(synsetsOf('zymurgy', 'n').length > 0);
  assert.ok(synsetsOf('aardvark', 'n').length > 0);
  assert.ok(synsetsOf('new_york', 'n').length > 0);
  assert.deepEqual(synsetsOf('dogg', 'n'), []);
  assert.deepEqual(synsetsOf('', 'n'), []);
  assert.deepEqual(synsetsOf('zzzzzz', 'n'), []);
  assert.deepEqual(synsetsOf('a b', 'n'), []);
  assert.ok(isDictionaryWord('running'));
  assert.ok(!isDictionaryWord('qwzx'));
});

test('an inflected collocation reaches its lemma as morphy does (verb first word, noun last)', () => {
  assert.deepEqual(lemmasOf('pulled out', 'v'), ['pull_out']);
  assert.deepEqual(lemmasOf('carrying out', 'v'), ['carry_out']);
  assert.deepEqual(lemmasOf('did away with', 'v'), ['do_away_with']);
  assert.deepEqual(lemmasOf('interest rates', 'n'), ['interest_rate']);
  assert.deepEqual(lemmasOf('pulled out', 'n'), []);
});

test('a verb form in "-ed" or "-ing" is no plural noun, though the stemmer finds a noun under it', () => {
  for (const w of ['hired', 'recruited', 'trained', 'closing']) assert.equal(isPluralNoun(w), false, w);
  for (const w of ['farmers', 'findings', 'proceedings', 'children']) assert.equal(isPluralNoun(w), true, w);
});
