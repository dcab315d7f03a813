import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';
import { makeFakeIndex } from './attribution-fixtures.ts';

/**
 * Short quotations whose own shape says they were spoken, though no speech verb with a subject
 * frames them: an exclamation or a question, and a whole sentence after a colon. Each beside a
 * look-alike that stays a scare quote or a title. Invented text.
 */
const index = makeFakeIndex();
const quoted = (text: string): string[] => extractQuotes(makeArticle('case', text), index).map((q) => q.text);

test('a repeated cry after "chants of" is a quotation, not a term', () => {
  assert.deepEqual(quoted('Their chants of “Ferry! Ferry! Ferry” rang across the harbour.\n'), [
    'Ferry! Ferry! Ferry',
  ]);
});

test('a short quoted question in narration is a quotation', () => {
  assert.deepEqual(quoted('The clerk looked up from the desk. “Next witness?”\n'), ['Next witness?']);
});

test('a quoted term with no exclamation stays a scare quote', () => {
  assert.deepEqual(quoted('The ferry crews took part in a “work to rule” protest on Friday.\n'), []);
});

test('a whole quoted sentence after a colon is a statement', () => {
  assert.deepEqual(quoted('The mayor had one message for the farmers: “Your land is safe.”\n'), [
    'Your land is safe.',
  ]);
});

test('a quoted term after a colon stays a scare quote', () => {
  assert.deepEqual(quoted('The plan rests on one idea: “resilience”.\n'), []);
});

test('a title-case quotation opening a paragraph is not the list of titles the paragraph before ended with', () => {
  const text =
    'The choir sang “Harbour Lights” and “Salt Roads.”\n“Keep The Ferry Running,” Ines Kolar told the crowd.\n';
  assert.ok(quoted(text).includes('Keep The Ferry Running,'));
});

test('title-case quotations listed in one paragraph stay a list of titles', () => {
  const text = 'Ines Kolar said the choir sang “Harbour Lights,” “Salt Roads” and “Grey Quay.”\n';
  assert.deepEqual(quoted(text), []);
});

test('a quotation right after a verb of saying is said, though its subject is no person', () => {
  assert.deepEqual(quoted('The ferry board’s notice then declares “the matter is closed.”\n'), [
    'the matter is closed.',
  ]);
});

test('a speech-verb form after a possessive is a noun: the quoted term after it stays a scare quote', () => {
  assert.deepEqual(quoted('The council kept his notes “on file” until spring.\n'), []);
});
