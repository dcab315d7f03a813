import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';
import { makeFakeIndex } from './attribution-fixtures.ts';

test('a turn that reports another speaker gives a reported-speech quote inside the turn', () => {
  const text = [
    'Interview with Jonas Berg',
    '',
    'HOST: Will the port reopen?',
    '',
    'BERG: Maria Costa said on Monday that the port would reopen in May, and the mayor agreed.',
    '',
    'HOST: And the workers?',
    '',
    'BERG: They keep their jobs.',
  ].join('\n');
  const quotes = extractQuotes(makeArticle('t', text), makeFakeIndex(), { indirect: true });
  const turn = quotes.find((q) => q.kind === 'transcript' && q.text.startsWith('Maria Costa said'));
  assert.ok(turn, 'the answer stays a transcript quote');
  const reported = quotes.filter((q) => q.kind === 'indirect' && q.start >= turn.start && q.end <= turn.end);
  assert.ok(
    reported.some((q) => q.text.includes('the port would reopen in May')),
    `reported speech inside the turn: ${JSON.stringify(reported.map((q) => q.text))}`,
  );
  assert.ok(!quotes.some((q) => q.kind === 'indirect' && q.text.includes('BERG')), 'labels are never read');
});
