/**
 * A party descriptor ("the Oregon Republican") that the recogniser took for a person's name
 * stands for the person the text is about, as a role noun does (speakers/04-pronoun-role.ts,
 * speaker.descriptor-not-name). Invented articles through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText } from '../helpers/quotes-of.ts';

function speakerOf(text: string, words: string): string | null {
  return speakerOfText(text, words, { indirect: false, kind: 'direct' });
}

test('a party descriptor after a named senator’s statement is that senator', () => {
  const got = speakerOf(
    'Senators met investors.\n\nSpeaking to a conference, Senator Tobias Renk said Congress should keep working.\n\n"I hope the Congress does not respond to a one-day panic," the Oregon Republican said.\n',
    'one-day panic',
  );
  assert.match(got ?? '', /Renk/u);
});

test('with no one named before it, the descriptor keeps its own words', () => {
  const got = speakerOf(
    'Senators met investors.\n\n"I hope the Congress does not respond to a one-day panic," the Oregon Republican said.\n',
    'one-day panic',
  );
  assert.match(got ?? '', /Oregon Republican/u);
});

test('a capitals kicker before a colon is no subject: the senator named after it is', () => {
  const got = speakerOf(
    'Weekend shows round-up\n\nMORNING LEDGER: Senator Tobias Renk sounded sure of a deal. "We will have the votes by Friday," the Oregon Republican said.\n',
    'votes by Friday',
  );
  assert.match(got ?? '', /Renk/u);
});
