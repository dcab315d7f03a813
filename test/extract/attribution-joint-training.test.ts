/** The sentence-level perceptron (joint-training.ts) on invented training sentences. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type JointSentence, trainJointRanker } from '../../src/extract/attribution/joint-training.ts';

const option = (features: string[], start: number, end: number, gold = -1, quality = gold >= 0 ? 1 : 0) => ({
  features,
  start,
  end,
  gold,
  quality,
});

/**
 * A cue word ("voiced") alone never has a content; beside a strong cue ("said") it has a span of
 * the same content as the strong cue's. The per-cue answer would teach it that content every time
 * it shares a sentence; the sentence's answer finds that content once, by the cue scoring higher.
 */
const sentences: JointSentence<string>[] = [
  ...Array.from({ length: 20 }, () => ({
    cues: [{ options: [option(['w=said', 'after'], 10, 50, 0), option(['w=said', 'before'], 0, 8)] }],
  })),
  ...Array.from({ length: 10 }, () => ({
    cues: [
      { options: [option(['w=said', 'after'], 10, 50, 0)] },
      { options: [option(['w=voiced', 'after'], 12, 50, 0, 0.99)] },
    ],
  })),
  ...Array.from({ length: 10 }, () => ({ cues: [{ options: [option(['w=voiced', 'after'], 5, 30)] }] })),
];

test('a cue whose content another cue of the sentence finds is not taught to take it too', () => {
  const w = trainJointRanker(sentences, 5, 1);
  const score = (fs: string[]): number => fs.reduce((n, f) => n + (w.get(f) ?? 0), 0);
  assert.ok(score(['w=said', 'after']) > 0);
  assert.ok(score(['w=said', 'after']) > score(['w=said', 'before']));
  assert.ok(score(['w=voiced', 'after']) <= 0, String(score(['w=voiced', 'after'])));
  assert.deepEqual([...trainJointRanker(sentences, 5, 1)], [...w], 'deterministic for a seed');
});

test('overlapping right spans of two cues: the answer keeps one, non-overlapping ones both', () => {
  const two: JointSentence<string>[] = Array.from({ length: 20 }, () => ({
    cues: [
      { options: [option(['w=said', 'after'], 0, 20, 0)] },
      { options: [option(['w=told', 'after'], 30, 60, 1)] },
    ],
  }));
  const w = trainJointRanker(two, 3, 7);
  assert.ok((w.get('w=told') ?? 0) + (w.get('after') ?? 0) > 0);
  assert.ok((w.get('w=said') ?? 0) + (w.get('after') ?? 0) > 0);
});
