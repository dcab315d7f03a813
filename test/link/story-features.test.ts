import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getStoryContent, getStoryFeatures, hashString } from '../../src/link/stories/story-features.ts';
import { makeArticle } from '../helpers/article.ts';

test('story content blanks chrome ranges given in any order, overlapping or past the end, offsets kept', () => {
  const text = 'Share this. The dam held overnight. Read more here';
  const article = makeArticle('a', text, {
    boilerplate: [
      { start: 36, end: 999, kind: 'related-rail', rule: 'test' },
      { start: 0, end: 6, kind: 'share', rule: 'test' },
      { start: 3, end: 11, kind: 'share', rule: 'test' },
    ],
  });
  const content = getStoryContent(article);
  assert.equal(content.length, text.length);
  assert.equal(content, `${' '.repeat(11)} The dam held overnight.${' '.repeat(text.length - 35)}`);
});

test('a byline line at the head is blanked: the reporter is no part of the event; prose opening with "By" stays', () => {
  for (const byline of [
    'By Wren Adeyemi-Holt | State House',
    'By Wren Adeyemi-Holt, Capitol reporter',
    'By Wren Adeyemi-Holt',
  ]) {
    const text = `Council backs tram extension\n\n${byline}\n\nThe council voted for the tram on Friday.`;
    const content = getStoryContent(makeArticle('a', text));
    assert.equal(content.length, text.length);
    assert.ok(!content.includes('Adeyemi'), byline);
    assert.ok(content.includes('The council voted for the tram on Friday.'));
  }
  const prose = 'Council backs tram extension\n\nBy Friday, the council had voted for the tram.';
  assert.equal(getStoryContent(makeArticle('a', prose)), prose);
});

test('shingles: the hash of each run of six normalised words, sorted, each once', () => {
  const words = 'the ferry left the harbour at dawn and the ferry left the harbour at dawn';
  const f = getStoryFeatures(makeArticle('a', words));
  const tokens = words.split(' ');
  const expected = new Set<number>();
  for (let i = 0; i + 6 <= tokens.length; i++) expected.add(hashString(tokens.slice(i, i + 6).join(' ')));
  assert.deepEqual(
    [...f.shingles],
    [...expected].sort((p, q) => p - q),
  );
  assert.equal(getStoryFeatures(makeArticle('b', 'Five words are too few')).shingles.length, 0);
});

test('a word with a verb or "not" contracted onto it is a function word, no term of the event', () => {
  const f = getStoryFeatures(
    makeArticle('a', 'Ferry staff say they can’t sail and won’t try; we’re told the pier can open.'),
  );
  for (const word of ['can’t', 'won’t', 'we’re', "can't"]) assert.ok(!f.terms.has(word), word);
  assert.ok(f.terms.has('pier') && f.terms.has('ferry'));
});
