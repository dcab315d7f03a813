/**
 * An "A:" answer is the interviewee's, and the first question often greets them by name (December
 * 2026, issue #8): when the header's subject is the company that ran the interview, the greeted
 * person is who answers, not the company. Invented texts; the look-alike greets nobody.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteHolding, quotesOf, showQuotes } from '../helpers/quotes-of.ts';

const header = [
  'Harbourline is thrilled to welcome Ada Varn, a long-time member of the crew, as our new chief executive.',
  'We asked her a few questions about the year ahead.',
];

const interview = (greeting: string) =>
  [
    ...header,
    `Q: ${greeting}We are so glad to have you. What surprised you in your first week?`,
    'A: How early the boats leave. I am on the pier at five most days.',
    'Q: What will you change first?',
    'A: The fares for small boats. We charge them far too much.',
    'Q: And the ferry to the islands?',
    'A: The ferry stays, and it will run on Sundays from May.',
  ].join('\n\n');

test('the person the first question greets is who answers, not the company in the header', () => {
  const quotes = quotesOf(interview('Ada – '));
  const answer = quoteHolding(quotes, 'The ferry stays', 'transcript');
  assert.equal(answer.speaker?.name, 'Ada Varn', showQuotes(quotes));
});

test('look-alike: a first question that greets nobody leaves the header reading as it was', () => {
  const quotes = quotesOf(interview(''));
  const answer = quoteHolding(quotes, 'The ferry stays', 'transcript');
  assert.notEqual(answer.speaker?.name, 'Ada Varn', showQuotes(quotes));
});
