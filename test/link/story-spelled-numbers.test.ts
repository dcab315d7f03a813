import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findSpelledNumbers } from '../../src/link/stories/spelled-numbers.ts';
import { getStoryFeatures } from '../../src/link/stories/story-features.ts';
import { tokenize } from '../../src/nlp/tokens.ts';
import { makeArticle } from '../helpers/article.ts';

/** The number keys a text's figures give: digits as the tokenizer reads them, and spelled out. */
const numbersOf = (text: string) => [...getStoryFeatures(makeArticle('t', text)).numbers].sort();

describe('story features: a figure spelled out is keyed as its digits are', () => {
  test('a sentence-opening figure meets the same figure in digits', () => {
    assert.deepEqual(numbersOf('Fifty-two percent. That is what the ferry fare rises by.'), ['52']);
    assert.deepEqual(numbersOf('The ferry fare rises by 52 percent.'), ['52']);
  });

  test('thousands read as the digits "9,000" give', () => {
    assert.deepEqual(numbersOf('Nine thousand nurses walked out at dawn.'), ['0', '9']);
    assert.deepEqual(numbersOf('About 9,000 nurses walked out at dawn.'), ['0', '9']);
  });

  test('one to nine stay words, as every style writes them', () => {
    assert.deepEqual(numbersOf('Three nurses and seven porters walked out.'), []);
  });

  test('each figure once, with the index of its first word', () => {
    const tokens = tokenize('Twenty-one ferries and sixty buses');
    assert.deepEqual(findSpelledNumbers(tokens, Infinity), [
      { index: 0, keys: ['21'] },
      { index: 4, keys: ['60'] },
    ]);
  });
});
