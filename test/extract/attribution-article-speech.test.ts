/**
 * How often a cue's source speaks elsewhere in its article (src/extract/attribution/article-speech.ts),
 * a feature of the learned attribution model: counted over the rules' speech acts by entity, the
 * cue's own act left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readArticleSpeech } from '../../src/extract/attribution/article-speech.ts';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/** The salience bucket of the speech act at `word` of sentence `index`, its speaker as the source. */
function bucketAt(text: string, index: number, word: string): string {
  const article = makeArticle('salience', text);
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = a.frame.sentences[index]!;
  const event = a.eventAt(
    index,
    s.tokens.findIndex((t) => t.norm === word),
  )!;
  assert.ok(event, `an act at “${word}”`);
  return readArticleSpeech(a).salienceOf(event.speaker, event, index);
}

const TEXT =
  'Councillor Marta Okonkwo said the depot would close in March. ' +
  'The harbour board met on Friday. ' +
  'Okonkwo told residents the buses would run until then. ' +
  'Okonkwo added that a new route was planned. ' +
  'Engineer Piet Lindqvist said the roof was unsafe.';

test('a source the article reports speaking three more times is in the 2-3 bucket', () => {
  assert.equal(bucketAt(TEXT, 0, 'said'), '2-3');
});

test('the cue’s own act is not counted for it: a speaker who speaks once elsewhere has 0 others', () => {
  assert.equal(bucketAt(TEXT, 4, 'said'), '0');
});

test('a cue without a source reads as none', () => {
  const article = makeArticle('salience', TEXT);
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const event = a.eventAt(0, 2)!;
  assert.equal(readArticleSpeech(a).salienceOf(null, event, 0), 'none');
});
