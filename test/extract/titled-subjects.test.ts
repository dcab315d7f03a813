/**
 * A sentence's subject behind a title: capitals before a lower-case office and a name
 * ("White House national security adviser …") modify the title; the subject a later participle
 * inherits is the titled name. A clock time's half of the day and its zone ("4:52 PM EDT") name
 * no one. Invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { isClockTimeTail } from '../../src/nlp/clock-times.ts';
import { makeArticle } from '../helpers/article.ts';

function speakerOf(text: string, words: string): string {
  const article = makeArticle('titled', text);
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  const shown = quotes.map((q) => `${q.text} by ${q.speaker?.name ?? 'nobody'}`).join('\n  ');
  const q = quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote with ${JSON.stringify(words)}:\n  ${shown}`);
  return q.speaker?.name ?? 'nobody';
}

test('an institution before a title is the title’s modifier, not the subject a participle inherits', () => {
  const speaker = speakerOf(
    'Harbour Board transport adviser Ilse Marten on Thursday set out a new plan, arguing that the old rules had emptied the docks.',
    'old rules had emptied',
  );
  assert.equal(speaker, 'Ilse Marten');
});

test('a portfolio word before a minister is no subject either', () => {
  const speaker = speakerOf(
    'Fisheries minister Oskar Brandvold on Monday closed the northern grounds, saying that stocks had fallen for a third year.',
    'stocks had fallen',
  );
  assert.equal(speaker, 'Oskar Brandvold');
});

test('a timestamp under the headline is no antecedent for the first pronoun', () => {
  const text =
    'Ferry fares to rise\n\nBy Lena Ostrow\nCoastal Wire\nMay 3, 2024, 4:52 PM EDT\n\n' +
    'She set out the plan on Friday, arguing that fares must rise in June.';
  const speaker = speakerOf(text, 'fares must rise');
  assert.notEqual(speaker, 'PM EDT');
  assert.notEqual(speaker, 'EDT');
});

test('a byline names the writer, who is no subject for a pronoun below', () => {
  const text =
    'Ferry fares to rise\n\nBy Lena Ostrow\nCoastal Wire\n\n' +
    'Transport adviser Ada Varga on Friday set out what she called a fair plan, arguing that fares must rise.';
  assert.equal(speakerOf(text, 'fares must rise'), 'Ada Varga');
});

test('the tail of a clock time, in its spellings', () => {
  assert.equal(isClockTimeTail('PM', ' ', '52', '4'), true);
  assert.equal(isClockTimeTail('EDT', ' ', 'PM', '52'), true);
  assert.equal(isClockTimeTail('CET', ' ', '16:40'), true);
  assert.equal(isClockTimeTail('a.m.', ' ', '7'), true);
  assert.equal(isClockTimeTail('pm', '', '9.30'), true);
  assert.equal(isClockTimeTail('PM', ' ', '2023'), false);
  assert.equal(isClockTimeTail('PM', ' ', 'the'), false);
  assert.equal(isClockTimeTail('NATO', ' ', '3'), false);
  assert.equal(isClockTimeTail('PM', ''), false);
});
