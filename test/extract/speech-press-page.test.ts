import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSpeech } from '../../src/extract/transcripts/speech.ts';
import { paragraphsOf } from '../helpers/line-paragraphs.ts';

/**
 * A legislator's office posts a floor speech under a news paragraph that names her and says the
 * remarks follow: no labels, no "Remarks by" title. Every sentence is invented for these tests.
 */
const BODY = [
  'Mr. President, I rise to ask this chamber to fix the ferry subsidy before the winter schedule.',
  'Our island towns lose a ferry run every time the fuel price climbs, and we cannot keep asking them to wait.',
  'This amendment keeps three crossings a day all year. I ask my colleagues to support it, and I yield the floor.',
].join('\n\n');

function pageWith(lead: string): string {
  return `Brannick Speaks on Ferry Subsidy Amendment\n\nApril 2, 2027\n\n${lead}\n\n${BODY}\n`;
}

test('a lead paragraph saying the remarks are below hands the floor to the titled person it names', () => {
  for (const lead of [
    'WASHINGTON – Today, U.S. Senator Orla Brannick (I-Maine) spoke on the Senate floor about ferry service. Her remarks as prepared appear below.',
    'Senator Orla Brannick addressed the chamber on Thursday. Below are her remarks, as prepared for delivery.',
    'On Thursday Senator Orla Brannick went to the floor to defend her amendment. Her full speech follows.',
  ]) {
    const text = pageWith(lead);
    const speech = findSpeech(text, paragraphsOf(text));
    assert.equal(speech?.speaker.name, 'Orla Brannick', lead);
    assert.equal(speech?.body.length, 3);
  }
});

test('a report that mentions remarks, without saying they follow, is no speech', () => {
  const text = pageWith(
    'Senator Orla Brannick spoke on the Senate floor on Thursday. Her remarks drew a sharp reply from the majority leader.',
  );
  assert.equal(findSpeech(text, paragraphsOf(text)), null);
});
