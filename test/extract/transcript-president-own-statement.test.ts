import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTranscriptTurns } from '../../src/extract/quotes/03-transcript-turns.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * A council's president calls each delegation in short turns and is also a member: when they
 * speak at a delegation's length, that turn is a statement of their own, which reports quote and
 * provenance must judge. Every name and sentence is invented for this test.
 */
const RECORD = [
  'Council on Shared Fisheries',
  '31st meeting',
  'President: Mr. Dalgaard (Denmark)',
  '',
  'The President: Peru has asked to speak, and I give it the floor.',
  '',
  'Ms. Quispe (Peru): Mr. President, Peru has cut its anchovy catch by a third this season, and our fleet has stayed in port for six weeks so that the stock can recover.',
  '',
  'The President: I thank Peru. I give the floor to Ghana.',
  '',
  'Mr. Mensah (Ghana): Ghana supports the closed season and asks the Council to fund patrol boats for the coastal states that cannot afford them.',
  '',
  'The President: I shall now speak for Denmark. Denmark will pay for four patrol boats next year, and our inspectors will board every trawler that lands in Danish ports without a licence from this Council.',
  '',
  'The President: The meeting rose at noon.',
].join('\n');

test('a council president’s turn at a delegation’s length is a statement; the calls stay procedure', () => {
  const turns = findTranscriptTurns(makeArticle('t', RECORD));
  const stated = turns.filter((t) => t.role === 'named' && !t.interviewer);
  const texts = stated.map((t) => RECORD.slice(t.start, t.end));
  assert.ok(
    texts.some((x) => x.includes('four patrol boats')),
    `the president's own statement is a turn: ${texts.join(' | ')}`,
  );
  assert.ok(!texts.some((x) => x.includes('asked to speak')), texts.join(' | '));
  assert.ok(!texts.some((x) => x.includes('rose at noon')), texts.join(' | '));
});
