import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes } from '../helpers/quotes-of.ts';

/**
 * A news article quoting a transcript excerpt opens each paragraph with a quotation mark and
 * closes only the last one, the convention of a quotation running over paragraphs; the labels sit
 * inside the marks. Every name and sentence is invented for these tests.
 */
const ARTICLE = [
  'Mayor Says Ferry Will Run Through Winter',
  '',
  'On Sunday’s broadcast of “City Desk,” Harbourton Mayor Edda Lind said the ferry would keep running.',
  '',
  'Partial transcript as follows:',
  '',
  '"KOVAC: Let’s start with the ferry. Will it stop in December?',
  '',
  '"LIND: No. The ferry runs all winter. We found the money in the reserve fund, and the crews are hired.',
  '',
  '"(CROSSTALK.)',
  '',
  '"KOVAC: And the fares?',
  '',
  '"LIND: The fares stay where they are until April."',
].join('\n');

test('each answer of a quoted transcript excerpt is a transcript quote of its labelled speaker', () => {
  const quotes = quotesOf(ARTICLE);
  const turns = quotes.filter((q) => q.kind === 'transcript');
  assert.deepEqual(
    turns.map((q) => [q.text, q.speaker?.name]),
    [
      [
        'No. The ferry runs all winter. We found the money in the reserve fund, and the crews are hired.',
        'Edda Lind',
      ],
      ['The fares stay where they are until April.', 'Edda Lind'],
    ],
    showQuotes(quotes),
  );
});

test('the quotation marks around the excerpt make no quote of their own over the labels', () => {
  const quotes = quotesOf(ARTICLE);
  assert.ok(!quotes.some((q) => q.text.includes('LIND:') || q.text.includes('KOVAC:')), showQuotes(quotes));
  assert.ok(!quotes.some((q) => q.text.includes('CROSSTALK')), showQuotes(quotes));
});

test('a quoted sentence that merely opens with a capital word and a colon is no transcript', () => {
  const quotes = quotesOf(
    'The minister wrote on Friday: "NOTE: the office is closed until Monday," and left.',
  );
  assert.ok(!quotes.some((q) => q.kind === 'transcript'), showQuotes(quotes));
});
