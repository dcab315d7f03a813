/**
 * What the attribution model's features read of a sentence (src/extract/attribution/features.ts):
 * the per-token counts that let a candidate's clause shape (an auxiliary inside, commas crossed,
 * the word after its first comma) be read in constant time whatever its length.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewSentence } from '../../src/extract/attribution/features.ts';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

function viewOf(text: string): { view: ReturnType<typeof viewSentence>; words: string[] } {
  const article = makeArticle('features', text);
  const { frame } = analyzeArticle(article, buildEntityIndex([article]));
  const s = frame.sentences[0]!;
  return { view: viewSentence(frame, s), words: s.tokens.map((t) => t.norm) };
}

test('auxiliaries are counted per token, so a span holding a finite verb is told from one that does not', () => {
  const { view, words } = viewOf('Officials said the plan, which would cost millions; was dropped.');
  const at = (w: string): number => words.indexOf(w);
  const auxiliaries = (from: number, to: number): number =>
    view.auxiliariesBefore[to]! - view.auxiliariesBefore[from]!;
  assert.equal(auxiliaries(0, words.length), 2, 'would, was');
  assert.equal(auxiliaries(at('the'), at('which')), 0, '“the plan” is no clause');
  assert.equal(auxiliaries(at('the'), words.length), 2);
});

test('commas and semicolons after a token are counted, and each token knows the next one', () => {
  const { view, words } = viewOf('Officials said the plan, which would cost millions; was dropped.');
  const plan = words.indexOf('plan');
  const millions = words.indexOf('millions');
  assert.equal(view.commasBefore[words.length], 2);
  assert.equal(view.nextComma[0], plan, 'from the start, the first comma follows “plan”');
  assert.equal(view.nextComma[plan + 1], millions, 'after it, the semicolon after “millions”');
  assert.equal(view.nextComma[millions + 1], words.length, 'none after the last one');
});

test('a sentence without quotation marks has no masked words and no quote mark', () => {
  const { view, words } = viewOf('The mayor said the bridge would reopen.');
  assert.equal(view.quotedBefore[words.length], 0);
  assert.equal(view.hasQuoteMark, false);
});
