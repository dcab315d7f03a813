/**
 * Issue #10: a sentence of thousands of quotations (one line of curly-quoted numbers, or a run of
 * quotation marks and speech cues with no full stop) made several rules read the whole sentence
 * again at every quotation. Each test counts the characters or fields a rule reads on generated
 * text, so a rule that reads the sentence back to its start fails whatever the machine's speed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { analyzeArticle, extractQuotes } from '../../src/extract/quotes.ts';
import { innerMasks } from '../../src/extract/quotes/inner-masks.ts';
import type { MarkedSpan } from '../../src/extract/quotes/candidate.ts';
import { findParents, findParentsPairwise, heldByAnother } from '../../src/extract/quotes/nesting.ts';
import { findColonLeadIn } from '../../src/extract/speakers/01-colon-lead-in.ts';
import { skipBracketedLabel } from '../../src/extract/speakers/03-appositive.ts';
import { type Frame, sentenceAt } from '../../src/extract/speakers/frame.ts';
import { findVenue } from '../../src/extract/venues.ts';
import { countWordsUpTo } from '../../src/nlp/word-count.ts';
import { makeArticle } from '../helpers/article.ts';
import { countingText } from '../helpers/counting-text.ts';
import { curlyNumbers, joinedChars, labelledQuotes, speechCueTokens } from '../helpers/hostile-text.ts';
import { maskSpans } from '../../src/extract/speakers/frame.ts';

function frameOf(text: string): Frame {
  const article = makeArticle('hostile', text);
  return analyzeArticle(article, buildEntityIndex([article])).frame;
}

function span(openAt: number, closeAt: number, end: number): MarkedSpan {
  return { start: openAt, end, openAt, closeAt, pair: { open: '“', close: '”' }, rule: 'test' } as MarkedSpan;
}

test('quotation nesting: the stack reading gives the pairwise answer', () => {
  const spanArb = fc
    .tuple(fc.nat(60), fc.nat(30), fc.boolean())
    .map(([openAt, len, closed]) => span(openAt, closed ? openAt + len + 1 : -1, openAt + len + 2));
  fc.assert(
    fc.property(fc.array(spanArb, { maxLength: 25 }), (spans) => {
      assert.deepEqual(findParents(spans), findParentsPairwise(spans));
    }),
  );
  // Nested, side by side and unclosed: “a “b” c” “d” “e …
  const spans = [span(0, 20, 21), span(4, 8, 9), span(22, 26, 27), span(28, -1, 40), span(30, 33, 34)];
  assert.deepEqual(findParents(spans), [-1, 0, -1, -1, 3]);
});

test('quotation nesting of 5,000 quotations reads each span a few dozen times, not 5,000', () => {
  let reads = 0;
  const spans = Array.from({ length: 5000 }, (_, i) => {
    const s = span(i * 4, i * 4 + 2, i * 4 + 3);
    const counted = {} as MarkedSpan;
    for (const key of Object.keys(s) as (keyof MarkedSpan)[])
      Object.defineProperty(counted, key, {
        get: () => {
          reads++;
          return s[key];
        },
      });
    return counted;
  });
  const parents = findParents(spans);
  assert.ok(parents.every((p) => p === -1));
  assert.ok(reads < 100 * spans.length, `${reads} reads of ${spans.length} spans`);
});

/** Whether another span holds each span, pair by pair: the definition heldByAnother reads faster. */
function heldPairwise(spans: readonly { start: number; end: number }[]): boolean[] {
  return spans.map((d, i) => spans.some((o, j) => j !== i && o.start <= d.start && d.end <= o.end));
}

test('spans held by another: the ordered reading gives the pairwise answer', () => {
  const spanArb = fc.tuple(fc.nat(30), fc.nat(10)).map(([start, len]) => ({ start, end: start + len }));
  fc.assert(
    fc.property(fc.array(spanArb, { maxLength: 25 }), (spans) => {
      assert.deepEqual(heldByAnother(spans), heldPairwise(spans));
    }),
  );
});

test('spans held by another among 5,000 quotations: each span read a few dozen times, not 5,000', () => {
  let reads = 0;
  const spans = Array.from({ length: 5000 }, (_, i) => {
    const s = { start: i * 4, end: i * 4 + 3 };
    return {
      get start() {
        reads++;
        return s.start;
      },
      get end() {
        reads++;
        return s.end;
      },
    };
  });
  assert.ok(heldByAnother(spans).every((held) => !held));
  assert.ok(reads < 100 * spans.length, `${reads} reads of ${spans.length} spans`);
});

test('colon lead-in on a line of 3,000 quoted numbers reads the gaps, not the line per quotation', () => {
  const text = curlyNumbers(3000);
  const frame = frameOf(text);
  const counted = countingText(frame.masked);
  const reading: Frame = { ...frame, masked: counted.text };
  let quotes = 0;
  for (let at = text.indexOf('“'); at >= 0; at = text.indexOf('“', at + 1)) {
    const s = sentenceAt(frame, at)!;
    assert.equal(findColonLeadIn(reading, s, at), null);
    quotes++;
  }
  assert.equal(quotes, 3000);
  assert.ok(counted.read() < 4 * text.length, `${counted.read()} characters read of ${text.length}`);
});

test('colon lead-in on a line of 3,000 labelled quotations (w1: “1” w2: “2” …) reads the gaps', () => {
  const text = labelledQuotes(3000);
  const frame = frameOf(text);
  const counted = countingText(frame.masked);
  const reading: Frame = { ...frame, masked: counted.text };
  for (let at = text.indexOf('“'); at >= 0; at = text.indexOf('“', at + 1))
    findColonLeadIn(reading, sentenceAt(frame, at)!, at);
  assert.ok(counted.read() < 10 * text.length, `${counted.read()} characters read of ${text.length}`);
});

test('a colon lead-in is still read, after other quotations too', () => {
  const lead = (text: string, words: string): string | undefined => {
    const frame = frameOf(text);
    const at = text.indexOf(`“${words}`);
    return findColonLeadIn(frame, sentenceAt(frame, at)!, at)?.mention.surface;
  };
  assert.equal(lead('Ivo Brandt: “three” and “four”.\n', 'three'), 'Ivo Brandt');
  assert.equal(lead('Polls “too early” - Ada Lund: “three” and more.\n', 'three'), 'Ada Lund');
  assert.equal(lead('Ivo Brandt: “three” and “four”.\n', 'four'), undefined);
});

test('bracketed label before a verb: read back a label’s length, not to the sentence start', () => {
  const text = speechCueTokens(40_000);
  const frame = frameOf(text);
  const s = sentenceAt(frame, text.length >> 1)!;
  assert.ok(s.tokens.length > 4000, 'one long sentence');
  const counted = countingText(frame.masked);
  const reading: Frame = { ...frame, masked: counted.text };
  for (let at = 0; at < s.tokens.length; at++) skipBracketedLabel(reading, s, at);
  assert.ok(
    counted.read() < 100 * s.tokens.length,
    `${counted.read()} characters for ${s.tokens.length} tokens`,
  );
  const labelled = frameOf('Rep. Ann Lee (D-Ohio) said the levy would pass.\n');
  const ls = labelled.sentences[0]!;
  const before = ls.tokens.findIndex((t) => t.text === 'said') - 1;
  assert.equal(ls.tokens[skipBracketedLabel(labelled, ls, before)]!.text, 'Lee');
});

test('the venue of a sentence of many quotations is read once, not once per quotation', () => {
  const text = speechCueTokens(20_000) + ' told reporters at a news conference.\n';
  const frame = frameOf(text);
  const s = frame.sentences.at(-1)!;
  let reads = 0;
  const reading = Object.create(frame) as Frame;
  Object.defineProperty(reading, 'masked', {
    get: () => {
      reads++;
      return frame.masked;
    },
  });
  const first = findVenue(reading, s);
  for (let i = 0; i < 500; i++) assert.deepEqual(findVenue(reading, s), first);
  assert.equal(first?.venue, 'news conference');
  assert.ok(reads <= 2, `${reads} reads of the sentence`);
});

test('word counts stop just past their bound', () => {
  const words = 'word '.repeat(100_000);
  assert.equal(countWordsUpTo(words, 0, words.length, 8), 9);
  assert.equal(countWordsUpTo(words, 5, 15, 8), 2);
  assert.equal(countWordsUpTo('a b', 0, 3, 8), 2);
  // A word cut by the end of the range counts, as it does in a slice of the text.
  assert.equal(countWordsUpTo('alpha beta', 2, 7, 8), 2);
});

test('the frames of 2,000 quotations holding a quotation copy the text a few times, not once each', () => {
  const text =
    Array.from({ length: 2000 }, (_, i) => `Ann Lee said: “Bob told me ‘yes ${i}’ on Monday.”`).join(' ') +
    '\n';
  const article = makeArticle('nested', text);
  const entities = buildEntityIndex([article]);
  let quotes = 0;
  const copied = joinedChars(() => (quotes = extractQuotes(article, entities).length));
  assert.equal(quotes, 4000);
  assert.ok(copied < 20 * text.length, `${copied} characters copied for ${text.length}`);
});

test('a shared inner mask reads as each frame’s own mask inside it and near it', () => {
  const text = 'Word and 12 more letters. '.repeat(400);
  const arb = fc.array(fc.tuple(fc.nat(text.length - 40), fc.integer({ min: 4, max: 40 })), {
    maxLength: 30,
  });
  fc.assert(
    fc.property(arb, (ranges) => {
      // Enclosing ranges that nest or overlap as well as ones far apart, each with two children.
      const enclosing = new Map(
        ranges.map(([start, len], p) => {
          const range = { start, end: start + len };
          const children = [
            { start: start + 1, end: start + 2 },
            { start: start + 3, end: start + len - 1 },
          ];
          return [p, { range, children }];
        }),
      );
      const maskedFor = innerMasks(text, enclosing);
      for (const [p, { range, children }] of enclosing) {
        const own = maskSpans(text, children);
        const from = Math.max(0, range.start - 80);
        const to = Math.min(text.length, range.end + 80);
        assert.equal(maskedFor(p).slice(from, to), own.slice(from, to));
      }
    }),
  );
});
