import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A capitalised conjunction, preposition or adverb opening a sentence is no part of the name after
 * it, also where the word pass cannot see the sentence start (after an acronym's full stop, after
 * a dash); a given name or a name the article writes mid-sentence keeps its first word.
 * Invented text, each fault beside a look-alike that must not change.
 */
function mentionsOf(text: string): string[] {
  const article = makeArticle('openers', text);
  const index = buildEntityIndex([article]);
  return index.entities.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end))).sort();
}

test('a conjunction after an acronym full stop opens a sentence, not a name', () => {
  const text = 'Grain sales fell in the U.S. But Wierzbic said exports would recover.';
  const found = mentionsOf(text);
  assert.ok(found.includes('Wierzbic'), found.join(' | '));
  assert.ok(!found.some((m) => m.startsWith('But')), found.join(' | '));
  assert.ok(found.includes('U.S.'), found.join(' | '));
});

test('a conjunction after a dash opens a clause, not a name', () => {
  const found = mentionsOf('Grain sales fell -- And Wierzbic said exports would recover.');
  assert.ok(found.includes('Wierzbic'), found.join(' | '));
  assert.ok(!found.some((m) => m.startsWith('And')), found.join(' | '));
});

test('a preposition after an acronym does not join a demonym or a company into one name', () => {
  const found = mentionsOf(
    'Banks in the U.S. And Canadian lenders cut rates. Orla Venn of Tarsk Corp agreed.',
  );
  assert.ok(!found.some((m) => m.startsWith('And')), found.join(' | '));
});

test('a capitalised word after an acronym that is not a closed-class word still continues or starts a name', () => {
  const found = mentionsOf('The plan went to the U.S. Treasury on Monday, Orla Venn said.');
  assert.ok(
    found.some((m) => m.includes('Treasury')),
    found.join(' | '),
  );
  assert.ok(found.includes('Orla Venn'), found.join(' | '));
});

test('a given name whose other reading is a modal keeps its name at a sentence start', () => {
  const found = mentionsOf('The pier reopened on Monday. Will Tarrow said the repairs were done.');
  assert.ok(found.includes('Will Tarrow'), found.join(' | '));
});

test('a name the article writes mid-sentence keeps a closed-class first word at a sentence start', () => {
  const text =
    'The fund invested through In Kessler Partners last year. In Kessler Partners said it was pleased.';
  const found = mentionsOf(text);
  assert.equal(found.filter((m) => m === 'In Kessler Partners').length, 2, found.join(' | '));
});

test('without such evidence a sentence-initial preposition is dropped before the name', () => {
  const found = mentionsOf('The fund invested last year. In Kessler Partners, staff were pleased.');
  assert.ok(found.includes('Kessler Partners'), found.join(' | '));
  assert.ok(!found.some((m) => m.startsWith('In ')), found.join(' | '));
});
