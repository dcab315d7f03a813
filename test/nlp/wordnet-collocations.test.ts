import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  collocationUnitsOf,
  isCollocation,
  lexicalFormOf,
  splitPhrasalVerbOf,
} from '../../src/nlp/wordnet/collocations.ts';

test('verb, adjective and adverb collocations are found in any inflection; noun compounds are not read whole', () => {
  assert.ok(isCollocation(['called', 'off']));
  assert.ok(isCollocation(['no', 'longer']));
  assert.ok(isCollocation(['doing', 'away', 'with']));
  assert.ok(!isCollocation(['russian', 'banks']), 'a noun compound: "Russian bank" is also a card game');
  assert.ok(!isCollocation(['called']));
});

test('"not any" is "no"', () => {
  assert.deepEqual(lexicalFormOf(['not', 'any', 'more']), ['no', 'more']);
  assert.ok(isCollocation(['not', 'any', 'longer']));
});

test('a stretch splits into its longest collocations', () => {
  assert.deepEqual(collocationUnitsOf(['we', 'pulled', 'out', 'of', 'talks']), [
    'we',
    'pulled out',
    'of',
    'talks',
  ]);
});

test('a verb and a particle apart are a phrasal verb only when WordNet lists the pair', () => {
  assert.equal(splitPhrasalVerbOf('called', 'off'), 'call off');
  assert.equal(splitPhrasalVerbOf('brought', 'back'), 'bring back');
  assert.equal(splitPhrasalVerbOf('ate', 'off'), null);
  assert.equal(splitPhrasalVerbOf('called', 'the'), null);
});
