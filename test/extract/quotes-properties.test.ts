import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractQuotes, looksLikeTranscript } from '../../src/extract/quotes.ts';
import type { Quote } from '../../src/model/quote.ts';
import { QUOTE_MARK_PAIRS } from '../../src/nlp/lexicons/quote-marks.ts';
import { makeArticle } from '../helpers/article.ts';
import { makeFakeIndex } from './attribution-fixtures.ts';

const index = makeFakeIndex();

/** Pieces of news-like text: words, names, speech verbs, every quotation mark, apostrophes, breaks. */
const PIECES = [
  ' ',
  ' ',
  ' ',
  'the',
  'talks',
  'Berg',
  'Costa',
  'Moscow',
  'he',
  'she',
  'said',
  'told',
  'Nordic Radio',
  'added',
  'that',
  'according to',
  'Question:',
  'A:',
  'Q:',
  'Igor Petrov:',
  ',',
  '.',
  ':',
  '—',
  '?',
  '\n',
  '\n\n',
  'Russia’s',
  "don't",
  'residents’',
  'so-called',
  'known as',
  'in an interview with',
  'x',
  '7',
  'É',
  '🙂',
  ...QUOTE_MARK_PAIRS.flatMap((p) => [p.open, p.close]),
];

const newsLikeText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(newsLikeText, fc.string({ maxLength: 200 }));

function run(text: string, indirect: boolean): Quote[] {
  return extractQuotes(makeArticle('case', text), index, { indirect });
}

test('every quote lies inside the text and slices back to its text', () => {
  fc.assert(
    fc.property(anyText, fc.boolean(), (text, indirect) => {
      for (const q of run(text, indirect)) {
        assert.ok(
          q.start >= 0 && q.end <= text.length && q.start < q.end,
          `span ${q.start}-${q.end} of ${text.length}`,
        );
        assert.equal(q.text, text.slice(q.start, q.end));
        if (q.cue)
          assert.ok(q.cue.start >= 0 && q.cue.end <= text.length && q.cue.start < q.cue.end, 'cue span');
      }
    }),
    { numRuns: 400 },
  );
});

test('no two quotes share a span or an id', () => {
  fc.assert(
    fc.property(anyText, fc.boolean(), (text, indirect) => {
      const quotes = run(text, indirect);
      assert.equal(new Set(quotes.map((q) => `${q.start}-${q.end}`)).size, quotes.length);
      assert.equal(new Set(quotes.map((q) => q.id)).size, quotes.length);
    }),
    { numRuns: 400 },
  );
});

test('random text and random quotation marks never throw', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      run(text, true);
      run(text, false);
      looksLikeTranscript({ text });
    }),
    { numRuns: 400 },
  );
});

test('an unclosed quotation never runs past its paragraph', () => {
  fc.assert(
    fc.property(newsLikeText, (text) => {
      for (const q of run(text, false))
        if (q.rule === 'quote.unclosed-paragraph') assert.ok(!q.text.includes('\n'), q.text);
    }),
    { numRuns: 400 },
  );
});

test('a well-formed quotation with a speaker is found whole, in every mark convention', () => {
  const words = fc.array(
    fc.constantFrom('we', 'will', 'not', 'sign', 'Norway’s', 'plan', 'today', 'is', 'it'),
    { minLength: 2, maxLength: 10 },
  );
  const pairs = QUOTE_MARK_PAIRS.filter((p) => p.family !== 'corner');
  fc.assert(
    fc.property(fc.constantFrom(...pairs), words, (pair, ws) => {
      const said = ws.join(' ');
      const text = `Berg said ${pair.open}${said}${pair.close} on Monday.`;
      const q = run(text, false).find((x) => x.kind === 'direct');
      assert.ok(q, `${pair.open}…${pair.close}: nothing found in ${text}`);
      assert.equal(q.text, said);
      assert.equal(q.speaker?.name, 'Jonas Berg');
    }),
    { numRuns: 200 },
  );
});
