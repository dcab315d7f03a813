/**
 * Cue words that are names' words (src/extract/attribution/cue-reading.ts): a capitalised cue
 * word inside an ordinary sentence is a name's and is no cue; in a headline a capital says nothing.
 * Words outside the lexicon that are cues by construction: a word of reporting meaning before a
 * clause, an infinitive or a colon.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCandidates } from '../../src/extract/attribution/candidates.ts';
import {
  complementAfter,
  cueMeaning,
  isConstructionCue,
  isNameWord,
} from '../../src/extract/attribution/cue-reading.ts';
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

/** The token indices of `words` (their first occurrences) in the first sentence. */
function tokenOf(a: ReturnType<typeof analyse>, word: string): number {
  const k = a.frame.sentences[0]!.tokens.findIndex((t) => t.text === word);
  assert.ok(k >= 0, word);
  return k;
}

test('a word’s reporting meaning is read from WordNet’s lexicographer files', () => {
  assert.equal(cueMeaning('reckons'), 'verb.cognition');
  assert.equal(cueMeaning('proposal'), 'noun.communication');
  assert.equal(cueMeaning('hunch'), 'noun.cognition');
  assert.equal(cueMeaning('able'), 'adjective');
  assert.equal(cueMeaning('tomato'), null);
  assert.equal(cueMeaning('the'), null, 'function words are never read');
});

const CONSTRUCTION_CUES: [string, string, boolean, string][] = [
  ['The mayor reckons that the harbour will reopen in spring.', 'reckons', true, 'a clause after “that”'],
  ['The mayor doubts whether the harbour will reopen.', 'doubts', true, 'a clause after “whether”'],
  ['Her proposal to close the harbour drew crowds.', 'proposal', true, 'an infinitive after a noun'],
  ['The mayor had a hunch: the harbour would flood.', 'hunch', true, 'a colon'],
  ['The proposal that was rejected closed the harbour.', 'proposal', false, 'a relative “that”'],
  ['The mayor was able to close the harbour.', 'able', false, 'an adjective before “to” is a modal'],
  ['Her proposal to the council drew crowds.', 'proposal', false, '“to” before a noun phrase'],
  ['Her proposal drew crowds at the harbour.', 'proposal', false, 'no complement'],
  ['The tomato that grew there was red.', 'tomato', false, 'no reporting meaning'],
];
for (const [text, word, cue, why] of CONSTRUCTION_CUES)
  test(`“${word}” is ${cue ? '' : 'no '}cue by construction (${why}): ${text}`, () => {
    const a = analyse(text);
    assert.equal(isConstructionCue(a.frame.masked, a.frame.sentences[0]!, tokenOf(a, word)), cue);
  });

test('the complement after a word: a clause, an infinitive, a colon, a topic, or none', () => {
  const a = analyse('Critics of the plan reckon that it fails: the mayor wants to act on it.');
  const s = a.frame.sentences[0]!;
  assert.equal(complementAfter(a.frame.masked, s, tokenOf(a, 'reckon')), 'that');
  assert.equal(complementAfter(a.frame.masked, s, tokenOf(a, 'fails')), 'colon');
  assert.equal(complementAfter(a.frame.masked, s, tokenOf(a, 'wants')), 'to');
  assert.equal(complementAfter(a.frame.masked, s, tokenOf(a, 'Critics')), 'of');
  assert.equal(complementAfter(a.frame.masked, s, tokenOf(a, 'mayor')), 'none');
});

test('a cue read by construction reports only its complement, from right after it', () => {
  const a = analyse('Her proposal to close the harbour, officials say, drew crowds on Monday.');
  const s = a.frame.sentences[0]!;
  const k = tokenOf(a, 'proposal');
  const own = findCandidates(a, s, [k], new Set([k]));
  assert.ok(own.length > 0);
  for (const c of own) {
    assert.equal(c.direction, 'after');
    assert.equal(c.opening, 'cue');
    assert.ok(a.frame.text.slice(c.start).startsWith('to close'), a.frame.text.slice(c.start, c.end));
  }
  // Read as a lexicon cue, the same word also has contents a word or two on.
  assert.ok(findCandidates(a, s, [k]).some((c) => c.opening !== 'cue'));
});
