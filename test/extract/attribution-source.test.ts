/**
 * Sources of reported speech whose speech act the speaker rules left without a speaker
 * (src/extract/attribution/source.ts), on invented sentences: the clause's grammatical subject is
 * read past coordination, inserts and adverbs, and a fragment that names no one is never a source.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from '../helpers/article.ts';

function quotesOf(text: string): Quote[] {
  const article = makeArticle('source', text);
  return extractQuotes(article, buildEntityIndex([article]), { indirect: true });
}

function show(quotes: readonly Quote[]): string {
  return quotes
    .map((q) => `${q.kind} ${JSON.stringify(q.text)} by ${q.speaker?.name ?? 'nobody'}`)
    .join('\n  ');
}

/** The indirect quote holding `words`, which the test needs found. */
function reported(quotes: readonly Quote[], words: string): Quote {
  const q = quotes.find((x) => x.kind === 'indirect' && x.text.includes(words));
  assert.ok(q, `no reported clause with ${JSON.stringify(words)}:\n  ${show(quotes)}`);
  return q;
}

test('a subject coordinated with another name owns the verb after a few lower-case words', () => {
  const text =
    'Marta Velikova spoke in Brno on Monday. Velikova and Oskar Lind continue to ignore the warning that the dam will fail by spring.';
  const q = reported(quotesOf(text), 'dam will fail');
  assert.match(q.speaker?.name ?? '', /Velikova/u, show([q]));
});

test('an introductory phrase before the comma is not the subject', () => {
  const text =
    'Governor Tamsin Roe toured the port on Friday. At the hearing, Roe called the harbour plan a costly mistake for the region.';
  const q = reported(quotesOf(text), 'costly mistake');
  assert.match(q.speaker?.name ?? '', /Roe/u, show([q]));
});

test('no source is a lower-case fragment or a letter of an abbreviation', () => {
  const text =
    'The ministry released figures on Tuesday. The property planned to revitalize flagging ticket sales, and officials in the U.S. warned that the bridge would close.';
  for (const q of quotesOf(text)) {
    const name = q.speaker?.name ?? null;
    if (name === null) continue;
    assert.ok(name.length > 1, show([q]));
    assert.notEqual(name.toLowerCase(), 'the property', show([q]));
  }
});

test('a possessor of an utterance noun is the source, not the noun phrase', () => {
  const text =
    'Senator Ilka Brandt spoke to reporters on Monday. Brandt’s repeated claim that the levy will fall was met with laughter.';
  const q = reported(quotesOf(text), 'levy will fall');
  assert.match(q.speaker?.name ?? '', /Brandt/u, show([q]));
  assert.doesNotMatch(q.speaker?.name ?? '', /claim/u, show([q]));
});

test('a dateline place and its agency label are not the subject of a later participle cue', () => {
  const text =
    'OSLO (AP) — Prime Minister Sigrun Halvorsen defended the budget on Tuesday, saying the fund would stay closed.';
  const q = reported(quotesOf(text), 'fund would stay closed');
  assert.match(q.speaker?.name ?? '', /Halvorsen/u, show([q]));
});

test('a role named with a state goes to the holder titled with that state, not the most named one', () => {
  const text =
    'Ohio Sen. Dale Whitcomb and Oregon Sen. Rena Talbot met on Sunday. Whitcomb spoke first. Whitcomb spoke again. Talbot left early.\n“We will not give up,” the Oregon senator said.';
  const q = quotesOf(text).find((x) => x.text.startsWith('We will not give up'));
  assert.ok(q);
  assert.equal(q.speaker?.name, 'Rena Talbot', show([q]));
});

test('a possessed noun opening the clause is the subject, not its owner', () => {
  const text =
    'The council met on Friday.\n\n4:10 p.m.\n\nMayor Lena Koss’ campaign says it raised more than $2 million in March.';
  const q = reported(quotesOf(text), 'raised more than');
  assert.match(q.speaker?.name ?? '', /campaign/u, show([q]));
});

test('an unnamed group opening the clause is the source with all its words', () => {
  const quotes = quotesOf(
    'The dam was debated for years. Some engineers on the river board said the spillway would not hold. About 4 in 10 say the levy is too high.',
  );
  assert.equal(
    reported(quotes, 'spillway would not hold').speaker?.name,
    'Some engineers on the river board',
  );
  assert.equal(reported(quotes, 'levy is too high').speaker?.name, 'About 4 in 10');
});

test('a sentence-opening capital that names no one opens a group phrase, not a name', () => {
  const quotes = quotesOf(
    'The dam was debated for years. Regional farmers in all five valleys believe the spillway will fail by spring.',
  );
  assert.equal(reported(quotes, 'spillway will fail').speaker?.name, 'Regional farmers in all five valleys');
});

test('"According to" opening a sentence is its source, not a participle clause of the main subject', () => {
  const quotes = quotesOf(
    'Voters met in Brno on Monday. According to early results of exit polls conducted for Brno Radio, most voters in Brno want Velikova to win the race.',
  );
  assert.match(reported(quotes, 'most voters').speaker?.name ?? '', /^early results of exit polls/u);
});

test('a known name before a group noun only modifies it ("Democratic voters … see")', () => {
  const quotes = quotesOf(
    'The Democratic Party met in Brno. Marta Velikova spoke there on Monday. Democratic voters in all five districts see Velikova as the candidate with the better chance to win.',
  );
  assert.equal(
    reported(quotes, 'better chance to win').speaker?.name,
    'Democratic voters in all five districts',
  );
});

test('"According to X, Y" reports Y: no content begins inside the source phrase, whatever cue words it holds', () => {
  const text =
    'Voters met in Brno on Monday. According to early results of exit polls released by Brno Radio, most voters in Brno want Velikova to win the race.';
  const quotes = quotesOf(text);
  const phraseEnd = text.indexOf(', most voters');
  const q = reported(quotes, 'most voters');
  assert.equal(q.text.startsWith('most voters'), true, show([q]));
  for (const x of quotes) assert.ok(x.start >= phraseEnd || x.end <= text.indexOf('According'), show([x]));
});
