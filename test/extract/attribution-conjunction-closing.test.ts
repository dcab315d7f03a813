/**
 * A cue's content may end before a coordinating conjunction (candidates.ts, closing
 * `conjunction`): the object of a cue coordinated with a second predicate of the same subject
 * ends there, where no comma or preposition marks its end.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCandidates } from '../../src/extract/attribution/candidates.ts';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/** The candidates of the cue word `cue` in the article's first sentence, as "shape: text". */
function candidatesOf(text: string, cue: string): string[] {
  const article = makeArticle('conjunction', text);
  const a = analyzeArticle(article, buildEntityIndex([article]));
  const s = a.frame.sentences[0]!;
  const at = s.tokens.findIndex((t) => t.norm === cue);
  assert.ok(at >= 0, `no “${cue}” in the sentence`);
  return findCandidates(a, s, [at]).map(
    (c) => `${c.direction}/${c.opening}/${c.closing}: ${text.slice(c.start, c.end)}`,
  );
}

test('an object coordinated with a second predicate ends before "and"', () => {
  const got = candidatesOf(
    'The governor denounced the harbour levy and is drafting a bill to repeal it next year.',
    'denounced',
  );
  assert.ok(got.includes('after/cue/conjunction: the harbour levy'), got.join('\n'));
});

test('a clause contrasted with "but" ends before it', () => {
  const got = candidatesOf('Ms. Orla Fenn praised the budget but voted against it on Tuesday.', 'praised');
  assert.ok(got.includes('after/cue/conjunction: the budget'), got.join('\n'));
});

test('a content with no conjunction after its first word has no conjunction closing', () => {
  const got = candidatesOf('The governor denounced the harbour levy in a radio interview.', 'denounced');
  assert.ok(!got.some((c) => c.includes('/conjunction:')), got.join('\n'));
});
