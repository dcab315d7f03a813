/**
 * Cue words that are names' words (src/extract/attribution/cue-reading.ts): a capitalised cue
 * word inside an ordinary sentence is a name's and is no cue; in a headline a capital says nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNameWord } from '../../src/extract/attribution/cue-reading.ts';
import { SHIPPED_MODEL } from '../../src/extract/attribution/model.ts';
import { readCandidates } from '../../src/extract/attribution/reported.ts';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

function analyse(text: string): ReturnType<typeof analyzeArticle> {
  const article = makeArticle('cue-reading', text);
  return analyzeArticle(article, buildEntityIndex([article]));
}

/** Whether the first token whose text is `word`, in the first sentence, is a name's word. */
function isNameAt(text: string, word: string): boolean {
  const { frame } = analyse(text);
  const s = frame.sentences[0]!;
  const k = s.tokens.findIndex((t) => t.text === word);
  assert.ok(k >= 0, `${word} in ${text}`);
  return isNameWord(frame.text, s, k);
}

const NAME_WORDS: [string, string][] = [
  ['Delegates from the United States met the minister on Tuesday.', 'States'],
  ['A spokeswoman for the State Department declined to comment.', 'State'],
  ['Talks with U.S. officials resumed in the capital.', 'S'],
  ['The Harbour Report Office released its figures on Friday.', 'Report'],
];
for (const [text, word] of NAME_WORDS)
  test(`“${word}” is a word of a name in: ${text}`, () => {
    assert.equal(isNameAt(text, word), true);
  });

const NOT_NAMES: [string, string, string][] = [
  ['Senator Varga States Her Case On Harbour Funding', 'States', 'title case: a headline'],
  ['The mayor gave one order: Report every leak to the harbour office.', 'Report', 'after a colon'],
  ['WORKERS ARE TOLD TO LEAVE — the harbour closed on Monday.', 'TOLD', 'a heading in capitals'],
  ['Officials said the harbour would reopen in spring.', 'said', 'lower case'],
];
for (const [text, word, why] of NOT_NAMES)
  test(`“${word}” is not a name's word (${why})`, () => {
    assert.equal(isNameAt(text, word), false);
  });

test('a capitalised cue word inside a sentence yields no candidate; the real cue still does', () => {
  const a = analyse('Delegates from the United States said the harbour talks would resume in spring.');
  const cues = readCandidates(a, [], SHIPPED_MODEL.isCueWord).flatMap(({ read }) =>
    read.map((r) => r.candidate.sentence.tokens[r.candidate.token]!.text),
  );
  assert.ok(SHIPPED_MODEL.isCueWord('states'), 'the model reads “states” as a cue word');
  assert.ok(!cues.includes('States'), cues.join(' '));
  assert.ok(cues.includes('said'), cues.join(' '));
});
