import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf, showQuotes, speakerOfText } from '../helpers/quotes-of.ts';

/**
 * Speaker rules learned on PolNeAR train (issue #8). Every name and sentence is invented
 * for these tests.
 */
const INTRO = 'Shares of Tallo fell on Monday after the company missed its forecast.\n\n';

test('a colon lead-in before a doubled-apostrophe quotation hands it to the subject', () => {
  const text = `${INTRO}Mark Lund, an analyst at Orrin Bank, agreed: ''They have a strong brand and loyal users.''`;
  assert.equal(speakerOfText(text, 'strong brand', { kind: 'direct' }), 'Mark Lund');
});

test('a longer appositive between the subject and the colon lead-in is read past', () => {
  const text = `${INTRO}Mark Lund, a technology analyst at Orrin Capital Markets, agreed: “They have a strong brand and loyal users.”`;
  assert.equal(speakerOfText(text, 'strong brand', { kind: 'direct' }), 'Mark Lund');
});

test('an unnamed subject phrase opening the clause is the source of a reported clause', () => {
  const cases: [string, string, string][] = [
    [
      'Surveys of shoppers taken as they left the market showed that older women favoured the plan.',
      'older women favoured',
      'Surveys of shoppers taken as they left the market',
    ],
    [
      'Only about 4 in 10 Harlow voters in each county want the bridge tolls scrapped next year.',
      'bridge tolls scrapped',
      'Only about 4 in 10 Harlow voters in each county',
    ],
    [
      'But Monday night’s results showed just how weak the old guard in the council is.',
      'how weak the old guard',
      'Monday night’s results',
    ],
  ];
  for (const [sentence, words, source] of cases)
    assert.equal(speakerOfText(`${INTRO}${sentence}`, words), source, sentence);
});

test('a phrase holding a clause of its own, a passive subject or an adjective is no source', () => {
  for (const sentence of [
    'That comment was posted from the account of a group that calls itself Orrin Media.',
    'The attack sparked a fresh debate over how the Tallo board responds to the union at home.',
    'A new report questions the accuracy of ten different online panel surveys.',
    'A toll swap occurs when two towns agree to accept each other’s bridge passes for a year.',
    'Sales rose 4 percent. This compared with a two percent growth forecast by the Orrin institute.',
  ]) {
    const quotes = quotesOf(`${INTRO}${sentence}`);
    const wrong = quotes.filter((q) =>
      /comment|attack|debate|^a new$|occurs|compared/iu.test(q.speaker?.name ?? ''),
    );
    assert.deepEqual(wrong, [], `${sentence}\n  ${showQuotes(quotes)}`);
  }
});
