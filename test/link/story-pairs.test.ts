import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { SimilarityEdge } from '../../src/link/stories/average-link.ts';
import { getStoryFeatures } from '../../src/link/stories/story-features.ts';
import {
  BLOCK_MAX_DF,
  countDocumentFrequencies,
  getStorySimilarity,
  scoreArticlePairs,
  SHINGLE_MAX_DF,
  type TermNumbering,
  toGraphArticle,
  weighArticle,
} from '../../src/link/stories/story-similarity.ts';
import { STORY_TUNING } from '../../src/link/stories/story-tuning.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * The pair scorer walks flat postings and skips pairs that cannot reach the edge cut; this
 * reference compares every pair directly, by the definition: a pair is an edge when it shares an
 * indexed term (2 ≤ df ≤ BLOCK_MAX_DF) or a shingle (2 ≤ df ≤ SHINGLE_MAX_DF) and its similarity,
 * the dot product over indexed terms plus shared wording, reaches the minimum.
 */
function scoreAllPairsDirectly(texts: readonly string[], days: readonly (string | null)[]): SimilarityEdge[] {
  const features = texts.map((t, i) => getStoryFeatures(makeArticle(`a${i}`, t, { published: days[i]! })));
  const numbering: TermNumbering = new Map();
  const df = countDocumentFrequencies(
    features.map((f) => toGraphArticle(f, numbering)),
    numbering,
  );
  const items = features.map((f) => {
    const { keys, weights } = weighArticle(toGraphArticle(f, numbering), df, features.length);
    return { vector: new Map([...keys].map((key, i) => [key, weights[i]!])) };
  });
  const shingleDf = new Map<number, number>();
  for (const f of features) for (const sh of f.shingles) shingleDf.set(sh, (shingleDf.get(sh) ?? 0) + 1);
  const edges: SimilarityEdge[] = [];
  for (let b = 0; b < items.length; b++) {
    for (let a = 0; a < b; a++) {
      let dot = 0;
      let sharesTerm = false;
      for (const [key, w] of items[b]!.vector) {
        const d = df[key] ?? 0;
        const other = items[a]!.vector.get(key);
        if (other === undefined || d < 2 || d > BLOCK_MAX_DF) continue;
        dot += w * other;
        sharesTerm = true;
      }
      let shared = 0;
      for (const sh of features[b]!.shingles) {
        const d = shingleDf.get(sh) ?? 0;
        if (features[a]!.shingles.includes(sh) && d >= 2 && d <= SHINGLE_MAX_DF) shared++;
      }
      if (!sharesTerm && shared === 0) continue;
      const sim = getStorySimilarity(features[a]!, features[b]!, dot, shared);
      if (sim >= STORY_TUNING.minPairSimilarity) edges.push({ a, b, sim });
    }
  }
  return edges;
}

const WORDS = 'harbour storm ferry Velmar council vote budget bridge flood rescue mayor Korsby 12 40'.split(
  ' ',
);

test('the pair scorer finds exactly the edges a comparison of every pair finds', () => {
  const sentence = fc
    .array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 12 })
    .map((w) => `The ${w.join(' ')}.`);
  // Articles quote sentences of a shared pool (shared wording) among words of their own, which
  // dilute the cosine so that some pairs are edges by their shared wording alone.
  const article = fc.tuple(fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }), fc.nat(60));
  const day = fc.constantFrom(null, '2024-03-01', '2024-03-02', '2024-06-20');
  fc.assert(
    fc.property(
      fc.array(sentence, { minLength: 6, maxLength: 6 }),
      fc.array(fc.tuple(article, day), { minLength: 2, maxLength: 9 }),
      (pool, docs) => {
        const texts = docs.map(([[picks, own]], i) => {
          const filler = Array.from({ length: own }, (_, k) => `w${i}x${k}`).join(' ');
          return `${picks.map((p) => pool[p]!).join(' ')} ${filler}.`;
        });
        const days = docs.map(([, d]) => d);
        const features = texts.map((t, i) =>
          getStoryFeatures(makeArticle(`a${i}`, t, { published: days[i]! })),
        );
        const numbering: TermNumbering = new Map();
        const articles = features.map((f) => toGraphArticle(f, numbering));
        const got = scoreArticlePairs(articles, countDocumentFrequencies(articles, numbering));
        const want = scoreAllPairsDirectly(texts, days);
        assert.deepEqual(
          got.map((e) => [e.a, e.b]),
          want.map((e) => [e.a, e.b]),
        );
        got.forEach((e, k) => assert.ok(Math.abs(e.sim - want[k]!.sim) < 1e-9));
      },
    ),
    { numRuns: 150, seed: 8 },
  );
});
