import assert from 'node:assert/strict';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { sentenceAt } from '../../src/extract/speakers/frame.ts';
import type { FrameAnalysis } from '../../src/extract/speakers.ts';
import { makeArticle } from './article.ts';

/**
 * An invented text analysed alone, and the first occurrence of `word` in it: its sentence's index
 * and its token there, for tests that read the rules at one cue word.
 */
export function readCueAt(
  text: string,
  word: string,
  id = 'cue',
): { a: FrameAnalysis; index: number; token: number } {
  const article = makeArticle(id, text);
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const at = text.indexOf(word);
  assert.ok(at >= 0, `no ${word} in the text`);
  const s = sentenceAt(a.frame, at);
  assert.ok(s);
  const token = s.tokens.findIndex((t) => t.start === at);
  assert.ok(token >= 0, `no token at ${word}`);
  return { a, index: s.index, token };
}
