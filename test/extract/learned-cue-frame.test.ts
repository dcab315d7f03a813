/**
 * A cue the model learned (outside the speech-verb lexicon) takes its speaker from the frame
 * before it, never from a speech act later in the sentence: in "X thanked …, assuring the crowd that
 * Y has denounced …", the assurance is X's; after "to" the cue is an infinitive, whose speaker is the
 * subject of the clause it completes. Invented sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

function speakerOfReport(text: string, words: string): string {
  const article = makeArticle('learned-cue', text);
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  const shown = quotes.map((q) => `${q.text} by ${q.speaker?.name ?? 'nobody'}`).join('\n  ');
  const q = quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote with ${JSON.stringify(words)}:\n  ${shown}`);
  return q.speaker?.name ?? 'nobody';
}

test('a later speech act in the sentence does not lend its speaker to an earlier cue', () => {
  const speaker = speakerOfReport(
    'Mayor Ilse Brandt thanked the volunteers on Monday, assuring the crowd that Governor Oskar Lind has denounced the cuts to the ferry budget.',
    'Lind has denounced',
  );
  assert.match(speaker, /Brandt/u);
});

test('a speech act before the cue still frames it', () => {
  const speaker = speakerOfReport(
    'Governor Oskar Lind denounced the cuts on Monday, reminding the crowd that the ferry budget had been promised in May.',
    'ferry budget had been promised',
  );
  assert.match(speaker, /Lind/u);
});

test('an infinitive cue takes the subject of the clause it completes, not the phrase before "to"', () => {
  const speaker = speakerOfReport(
    'President Anton Veller met members of the Security Council in the Kremlin to discuss the situation on the northern border.',
    'northern border',
  );
  assert.match(speaker, /Anton Veller/u);
});
