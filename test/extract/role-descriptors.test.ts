/**
 * A party descriptor ("the Oregon Republican") that the recogniser took for a person's name
 * stands for the person the text is about, as a role noun does (speakers/04-pronoun-role.ts,
 * speaker.descriptor-not-name). Invented articles through the whole quote extractor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/** The speaker name of the direct quote whose words hold `words`. */
function speakerOf(text: string, words: string): string | null {
  const article = makeArticle('descriptor', text);
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: false });
  const q = quotes.find((x) => x.kind === 'direct' && x.text.includes(words));
  assert.ok(q, `no quote holding ${words}: ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q.speaker?.name ?? null;
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
