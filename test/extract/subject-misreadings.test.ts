/**
 * Subjects the speaker readers must not mistake: "Few" opening a sentence is no name ("Few
 * ministers …"; a count, "Four more insisted", does stand for its speakers), and after a verb the
 * noun of a preposition's object ("walked into a council meeting and said") is not the subject of
 * a verb coordinated after it, nor, before a coordinated verb, the noun before an "-ing" noun. An
 * unnamed subject the lexicons do not know leaves the quote without a speaker rather than with a
 * wrong one. Invented sentences through the whole quote extractor with the real entity index.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

function speakerOf(text: string, words: string): string | null {
  const article = makeArticle('subjects', text);
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  const q = quotes.find((x) => x.kind === 'direct' && x.text.includes(words));
  assert.ok(q, `no quote holding ${words}: ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q.speaker?.name ?? null;
}

const LEAD = 'The budget row went on for a second week. ';

test('the object of a preposition after the verb is not the subject of a coordinated speech verb', () => {
  const text = `${LEAD}The governors walked into a cabinet briefing and said "the cuts cannot stand."`;
  assert.notEqual(speakerOf(text, 'cuts cannot stand'), 'a cabinet');
});

test('a known unnamed source keeps its quantifier through a coordinated verb', () => {
  const text = `${LEAD}Several officials walked into a cabinet briefing and said "the cuts cannot stand."`;
  assert.equal(speakerOf(text, 'cuts cannot stand'), 'Several officials');
});

test('"Few" opening a sentence is no name', () => {
  const text = `${LEAD}Few ministers go on radio and say "I was wrong about the figures."`;
  assert.notEqual(speakerOf(text, 'wrong about the figures'), 'Few');
});

test('a phrase opening the clause may still name whose view it gives', () => {
  const text = `${LEAD}For the economist Ana Ruiz, of the Harbour Institute, the sums fail. "The fund is empty," she said.`;
  assert.equal(speakerOf(text, 'fund is empty'), 'Ana Ruiz');
});

test('a participle phrase on the subject still gives the subject', () => {
  const text = `${LEAD}Protesters marching past the town hall chanted "no more cuts."`;
  assert.equal(speakerOf(text, 'no more cuts'), 'Protesters');
});

test('a participle opening the clause after a dateline is read past as at the sentence start', () => {
  const text =
    'KELMORE, Ont. - Rallying hundreds of dock workers who are struggling to get by, Ida Cole tried here last week to calm their fears and promised "to deliver real change."';
  assert.equal(speakerOf(text, 'deliver real change'), 'Ida Cole');
});
