import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCompoundParts } from '../../src/link/stories/compounds.ts';
import { getStoryFeatures } from '../../src/link/stories/story-features.ts';
import {
  type GraphArticle,
  type TermNumbering,
  toGraphArticle,
} from '../../src/link/stories/story-similarity.ts';
import { makeArticle } from '../helpers/article.ts';

/** The pile's articles in graph form, their compound parts added, and each one's terms by name. */
function termsAfterSplit(texts: readonly string[]): Set<string>[] {
  const numbering: TermNumbering = new Map();
  const graph: GraphArticle[] = texts.map((t, i) =>
    toGraphArticle(getStoryFeatures(makeArticle(`a${i}`, t)), numbering),
  );
  addCompoundParts(graph, numbering);
  const names: string[] = [];
  for (const [term, key] of numbering) names[key] = term;
  return graph.map((g) => new Set([...g.counts!.keys].map((k) => names[k]!)));
}

test('a closed compound counts as the two words another report writes apart', () => {
  const [closed, open] = termsAfterSplit([
    'The ceasefire along the Varn valley held on Friday.',
    'Both sides agreed to cease fire in the Varn valley.',
  ]);
  assert.ok(closed!.has('ceasefire') && closed!.has('cease') && closed!.has('fire'));
  assert.ok(!open!.has('ceasefire'));
});

test('a compound splits only into words of the pile, each of four letters or more', () => {
  const [a] = termsAfterSplit(['The seawall gave way.', 'The harbour wall held.']);
  assert.ok(!a!.has('sea'), 'three letters: no part');
  assert.ok(!a!.has('wall'), 'its head alone is no split');
  const [b] = termsAfterSplit(['A cyberattack hit the registry.', 'Cyber experts traced the attack.']);
  assert.ok(b!.has('cyber') && b!.has('attack'));
});

test('a derived word is its stem and ending, not two words that its letters spell', () => {
  const [a] = termsAfterSplit([
    'Officials were thinking about the plan.',
    'The king of Thinvale spoke.',
    'Thin rations.',
  ]);
  assert.ok(!a!.has('king'));
  const [b] = termsAfterSplit(['A new generation of ferries.', 'Gene tests and food ration cards.']);
  assert.ok(!b!.has('gene') && !b!.has('ration'));
});

test('a word that splits into pile words in two ways is left whole', () => {
  const [a] = termsAfterSplit([
    'The fireworkshop burned.',
    'A firework and a shop.',
    'Fire at the workshop.',
  ]);
  assert.ok(a!.has('fireworkshop'));
  for (const part of ['fire', 'workshop', 'firework', 'shop']) assert.ok(!a!.has(part), part);
});
