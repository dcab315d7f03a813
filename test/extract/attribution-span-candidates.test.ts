/**
 * Which spans a cue's content may take (src/extract/attribution/candidates.ts) beyond those
 * starting or ending at the cue: the whole sentence around a cue set off by commas or made
 * passive, and a passive cue's subject; and what the span-boundary features
 * (boundary-features.ts) tell apart at a content's end.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundaryFeatures } from '../../src/extract/attribution/boundary-features.ts';
import { findCandidates } from '../../src/extract/attribution/candidates.ts';
import { viewSentence } from '../../src/extract/attribution/features.ts';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/** The candidates of the cue word `cue` in the article's first sentence, as "shape: text". */
function candidatesOf(text: string, cue: string): string[] {
  const article = makeArticle('spans', text);
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = a.frame.sentences[0]!;
  const at = s.tokens.findIndex((t) => t.norm === cue);
  assert.ok(at >= 0, `no “${cue}” in the sentence`);
  return findCandidates(a, s, [at]).map(
    (c) => `${c.direction}/${c.opening}/${c.closing}: ${text.slice(c.start, c.end)}`,
  );
}

test('a report set off by commas offers the whole sentence, both halves of its content', () => {
  const text = 'The talks were on trade, the minister said, including tariffs and quotas.';
  const got = candidatesOf(text, 'said');
  assert.ok(got.includes(`around/sentence/sentence: ${text}`), got.join('\n'));
  assert.ok(got.includes('before/sentence/comma: The talks were on trade'), got.join('\n'));
});

test('a passive cue offers its subject and the whole sentence', () => {
  const text = 'The mayor was booed at the rally on Sunday.';
  const got = candidatesOf(text, 'booed');
  assert.ok(got.includes('before/sentence/subject: The mayor'), got.join('\n'));
  assert.ok(got.includes(`around/sentence/sentence: ${text}`), got.join('\n'));
});

test('a passive subject starts after the comma closing an opening phrase, past adverbs before "was"', () => {
  const got = candidatesOf('In the end, the new plan also was criticized by farmers.', 'criticized');
  assert.ok(got.includes('before/sentence/subject: the new plan'), got.join('\n'));
});

test('an active cue with its subject before it offers neither the subject nor the whole sentence', () => {
  const got = candidatesOf('The mayor said the bridge would reopen in May.', 'said');
  assert.ok(!got.some((c) => c.startsWith('around/') || c.includes('/subject:')), got.join('\n'));
});

/** The source every candidate of the cue word `cue` in the first sentence carries, as "rule: name". */
function sourcesOf(text: string, cue: string): string[] {
  const article = makeArticle('sources', text);
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = a.frame.sentences[0]!;
  const at = s.tokens.findIndex((t) => t.norm === cue);
  assert.ok(at >= 0, `no “${cue}” in the sentence`);
  return [...new Set(findCandidates(a, s, [at]).map((c) => `${c.source?.rule}: ${c.source?.speaker.name}`))];
}

test('a passive cue is sourced by its agent after "by", never by its subject (what was reported)', () => {
  assert.deepEqual(sourcesOf('The new levy was criticized sharply by the farmers union.', 'criticized'), [
    'speaker.passive-agent: the farmers union',
  ]);
  assert.deepEqual(sourcesOf('His plan was attacked by Senator Ada Morrow on Friday.', 'attacked'), [
    'speaker.passive-agent: Ada Morrow',
  ]);
});

test('a passive cue without an agent, or an active cue before "by", takes no agent', () => {
  const bare = sourcesOf('The mayor was booed at the rally on Sunday.', 'booed');
  assert.ok(!bare.some((s) => s.startsWith('speaker.passive-agent')), bare.join('\n'));
  const active = sourcesOf('Ada Morrow said by Friday the talks would end.', 'said');
  assert.ok(!active.some((s) => s.startsWith('speaker.passive-agent')), active.join('\n'));
});

/** The boundary features of the span of the first sentence's words [from, to) (by norm). */
function boundaryOf(text: string, from: string, to: string): number[] {
  const article = makeArticle('boundary', text);
  const { frame } = analyzeArticle(article, buildEntityIndex([article]));
  const s = frame.sentences[0]!;
  const words = s.tokens.map((t) => t.norm);
  return boundaryFeatures(
    s.tokens,
    viewSentence(frame, s).nextComma,
    words.indexOf(from),
    words.indexOf(to),
    7,
  );
}

test('a content cut before a subordinate clause is told from one cut before a prepositional phrase', () => {
  const clause = boundaryOf(
    'He said he knew little about Sanders before he announced his bid.',
    'he',
    'before',
  );
  const phrase = boundaryOf('He said he knew little about Sanders before the vote in Iowa.', 'he', 'before');
  // The two features reading past the end differ (the words after it, the shape of the rest);
  // the one reading the content's own last word does not.
  assert.equal(clause.length, phrase.length);
  assert.equal(clause.filter((f) => !phrase.includes(f)).length, 2);
});

test('a comma before a list item is told from a comma before a relative clause', () => {
  const list = boundaryOf('She attacked voters, lawmakers, and thinkers for it.', 'voters', 'lawmakers');
  const relative = boundaryOf('She attacked voters, who had backed the plan for it.', 'voters', 'who');
  assert.notDeepEqual(list, relative);
});
