import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectBoilerplate } from '../../src/ingest/boilerplate.ts';
import { inferTextMetadata } from '../../src/ingest/metadata.ts';

/**
 * A meeting record heads its sitting with the day, the date and the hour the meeting opened
 * ("Tuesday, 21 April 2026, 10 a.m."): the hour's "a.m." ends an abbreviation, not a sentence,
 * and the line dates the record. Every name and sentence is invented for these tests.
 */
function publishedOf(text: string): string | null {
  return inferTextMetadata(text, detectBoilerplate(text)).published;
}

test('a date line closing on a clock time dates the record', () => {
  const head = ['Regional Council on Inland Waters', 'Twelfth session', '4th meeting'];
  const body = 'The President: Chile has asked to speak. I give the floor to Chile.';
  for (const line of ['Tuesday, 21 April 2026, 10 a.m.', 'Tuesday, 21 April 2026, 3.30 p.m.']) {
    assert.equal(publishedOf([...head, line, '', body].join('\n')), '2026-04-21', line);
  }
  // A sentence that ends its line with a full stop is no date line, hour or not.
  const sentence = 'The council met on 21 April 2026 and heard the delegations until late.';
  assert.equal(publishedOf([...head, sentence, '', body].join('\n')), null);
});
