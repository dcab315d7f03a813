import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

/**
 * A live blog's entries open with their time ("4:12 p.m. The mayor on fares: “…”"): the colon
 * lead-in starts after it. Every name and sentence is invented for these tests.
 */
const BLOG =
  'Live: Tarnby council sets the ferry fares\n\n' +
  '4:20 p.m. Mayor Ada Lund says the vote is close. "Nobody wants a fare rise," Harbour master Ivo Brandt said.\n\n' +
  '4:12 p.m. Lund on fares: "We will freeze the fares for one more year."\n\n' +
  '4:05 p.m. – Brandt: "The east pier is older than any of us."';

test('a colon lead-in after a live blog entry’s time names the speaker', () => {
  assert.equal(speakerOfText(BLOG, 'freeze the fares', { kind: 'direct' }), 'Ada Lund');
  assert.equal(speakerOfText(BLOG, 'east pier is older', { kind: 'direct' }), 'Ivo Brandt');
});
