/**
 * A count or share as the subject of a report ("About one in five say …"): kept with its words as
 * an unnamed group (speakers/quantity-subject.ts). Invented sentences through the whole quote
 * extractor with the real entity index; look-alikes where a number is no subject.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { makeArticle } from '../helpers/article.ts';

/** [speaker name, rule] of the first reported quote whose words hold `words`. */
function sourceOf(text: string, words: string): [string | null, string | null] {
  const article = makeArticle('quantity', text);
  const quotes = extractQuotes(article, buildEntityIndex([article]), { indirect: true });
  const q = quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding ${words}: ${JSON.stringify(quotes.map((x) => x.text))}`);
  return [q.speaker?.name ?? null, q.speakerRule];
}

const CASES: { name: string; text: string; words: string; speaker: string }[] = [
  {
    name: 'a share with its lead words',
    text: 'The poll was released. About one in five say they would back the levy.',
    words: 'back the levy',
    speaker: 'About one in five',
  },
  {
    name: 'a share with an "of" phrase',
    text: 'The poll was released. Thirty-one percent of those surveyed say they would back the levy.',
    words: 'back the levy',
    speaker: 'Thirty-one percent of those surveyed',
  },
  {
    name: 'a share with its figure set off by commas',
    text: 'The poll was released. Among likely voters, about two-thirds, 67 percent, say they would back the levy.',
    words: 'back the levy',
    speaker: 'about two-thirds, 67 percent',
  },
];

for (const c of CASES)
  test(`${c.name} is the source, kept with its words`, () => {
    assert.deepEqual(sourceOf(c.text, c.words), [c.speaker, 'speaker.quantity-subject']);
  });

test('a year before a singular noun counts nothing: no quantity source', () => {
  const [, rule] = sourceOf(
    'The emails were released. A Sept. 15, 2011 email shows that she knew.',
    'she knew',
  );
  assert.notEqual(rule, 'speaker.quantity-subject');
});

test('a named subject is read as before', () => {
  assert.deepEqual(
    sourceOf('The poll was released. Orla Brandt said she would back the levy.', 'back the levy')[0],
    'Orla Brandt',
  );
});
