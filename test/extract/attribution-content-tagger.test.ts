/**
 * The content tagger (src/extract/attribution/content-tagger.ts, tagger-training.ts): Viterbi over
 * inside/outside tags, and a perceptron that learns from a few invented sentences where contents
 * lie against their cue words, then tags one it never saw.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decodeTags,
  ENDS,
  TRANSITIONS,
  tagSentence,
  tokenFeatures,
} from '../../src/extract/attribution/content-tagger.ts';
import { trainTagger } from '../../src/extract/attribution/tagger-training.ts';
import type { Sentence } from '../../src/extract/speakers/frame.ts';
import { tokenize } from '../../src/nlp/tokens.ts';

const sentenceOf = (text: string): Sentence => ({
  index: 0,
  start: 0,
  end: text.length,
  tokens: tokenize(text),
});

test('Viterbi keeps the words whose inside score pays, unless entering a run costs more', () => {
  const free = [0, 0, 0, 0, 0, 0];
  assert.deepEqual([...decodeTags([-1, -1, 2, 3, 1, -1], free, [0, 0])], [0, 0, 1, 1, 1, 0]);
  // Entering a run (outside -> inside) costs 5: a lone word scoring 2 stays out, a run of three pays.
  const costly = [0, -5, 0, 0, 0, -5];
  assert.deepEqual([...decodeTags([-1, 2, -1, -1], costly, [0, 0])], [0, 0, 0, 0]);
  assert.deepEqual([...decodeTags([-1, 2, 2, 2], costly, [0, 0])], [0, 1, 1, 1]);
});

test('trained on invented sentences, the tagger puts what follows a cue inside and the cue\u2019s subject outside', () => {
  const texts = [
    'The mayor said the bridge would close in May.',
    'Two senators argued that the bill was too costly.',
    'Her spokesman insisted the talks had failed.',
    'The union warned that strikes would follow soon.',
    'A minister claimed the budget was balanced.',
    'The coach said his team had played well.',
  ];
  const cueWords = new Set(['said', 'argued', 'insisted', 'warned', 'claimed', 'stated']);
  const data = texts.map((text) => {
    const s = sentenceOf(text);
    const cue = s.tokens.findIndex((t) => cueWords.has(t.norm));
    const gold = Uint8Array.from(s.tokens, (t, k) => (k > cue && t.norm !== 'that' ? 1 : 0));
    return { features: tokenFeatures(text, s, [cue]), gold };
  });
  const w = trainTagger(data, 5, 1);
  const text = 'The governor stated the road would reopen in June.';
  const s = sentenceOf(text);
  const tags = tagSentence(text, s, [2], (x) => w.get(x) ?? 0);
  assert.deepEqual([...tags], [0, 0, 0, 1, 1, 1, 1, 1, 1]);
  // Untrained weights tag nothing: the run comes from what was learned.
  assert.deepEqual([...tagSentence(text, s, [2], () => 0)], new Array(9).fill(0));
  assert.equal(TRANSITIONS.length + ENDS.length, 8);
});
