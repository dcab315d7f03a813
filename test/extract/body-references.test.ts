import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * "The agency", "the ministry", "the company": a second reference to a body named before stands
 * for that body — the one whose name ends in the same noun first, else the nearest body. Invented.
 */
function speakersOf(text: string): string[] {
  const article = makeArticle('bodies.txt', text);
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  return quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker?.name ?? '-');
}

test('the agency is the acronym named before it', () => {
  assert.deepEqual(
    speakersOf(
      'Launch schedule slips\n\nORBA announced a new test date on Monday. The agency said the rocket would fly next spring.',
    ),
    ['ORBA', 'ORBA'],
  );
});

test('the commission is the body whose name ends in "Commission", not the firm named last', () => {
  assert.deepEqual(
    speakersOf(
      'Merger review opens\n\nThe Varn Commission said it would review the deal. Corvane Energy Corp said it expected approval. ' +
        'The commission said the review would take months.',
    ),
    ['Varn Commission', 'Corvane Energy Corp', 'Varn Commission'],
  );
});

test('the company is its own sentence’s subject, not a body two paragraphs back', () => {
  const speakers = speakersOf(
    'Bids for the lander\n\nORBA announced a new test date on Monday.\n\nTellmark Industries reportedly submitted a bid, but the company has declined to confirm that it did.',
  );
  assert.equal(speakers.at(-1), 'Tellmark Industries');
});

test('a capitalised common noun opening the sentence is no body', () => {
  const speakers = speakersOf(
    'Heating costs\n\nPrices for heating oil will rise sharply this winter, according to a statement from the energy ministry.',
  );
  assert.match(speakers[0] ?? '', /ministry/u);
});

test('"…, with NAME warning that …": the name is the speaker, not the noun before the comma', () => {
  assert.deepEqual(
    speakersOf(
      'Treaty row\n\nThe vote came on Monday.\n\nThe allies rejected the plan, with Ana Lund warning that it would fail.\n\nFarmers in Dorrland say the drought has cut yields.',
    ).slice(-2),
    ['Ana Lund', 'Farmers in Dorrland'],
  );
});
