import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { detectBoilerplate } from '../../src/ingest/boilerplate.ts';
import {
  restoreSpans,
  removeIgnorables,
  toOriginalEnd,
  toOriginalStart,
} from '../../src/ingest/ignorable-view.ts';
import { parseSource, prepareArticle } from '../../src/ingest/ingest.ts';
import { type SniffedFormat, sniffFormat } from '../../src/ingest/sniff.ts';
import type { Article } from '../../src/model/article.ts';
import type { Dossier } from '../../src/model/dossier.ts';
import { makeOptions } from '../../src/model/options.ts';
import { QUOTE_MARK_PAIRS } from '../../src/nlp/lexicons/quote-marks.ts';
import { splitSentences } from '../../src/nlp/sentences.ts';
import { analyzeArticles } from '../../src/pipeline.ts';
import { REPO } from '../helpers/run-cli.ts';

/**
 * Properties of every text stage on generated news-like and hostile text: readers, the chrome
 * detector, the sentence splitter, and — through the pipeline — quote pairing, attribution,
 * alignment (provenance) and the claim parser. None may throw; every span lies inside its article
 * and slices back to the text it carries; results do not depend on the order of the articles; and
 * each run stays within a time bound.
 */

/** Pieces of news text plus the characters that break naive code. */
const PIECES = [
  ...' '.repeat(6).split(''),
  'the',
  'talks',
  'minister',
  'Anna Berg',
  'Berg',
  'Jonas Vik',
  'Oslo',
  'she',
  'he',
  'said',
  'told reporters',
  'according to',
  'Q:',
  'A:',
  'Anna Berg:',
  'warned that',
  'about 40 percent',
  '$2.5 billion',
  '3 million',
  'on 14 March 2025',
  'last year',
  'nearly half',
  ',',
  '.',
  ':',
  '—',
  '?',
  '!',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  'Russia’s',
  "don't",
  '🙂',
  '👩‍⚕️',
  'e\u0301',
  'Ж',
  'ك',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u00ad',
  '\ufeff',
  '\u0000',
  '\t',
  '&amp;',
  '<',
  '>',
  ...QUOTE_MARK_PAIRS.flatMap((p) => [p.open, p.close]),
];
const noise = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const WORDS = [
  'we',
  'will',
  'not',
  'sign',
  'the',
  'deal',
  'today',
  'prices',
  'rose',
  'by',
  '40 percent',
  'Oslo',
  'talks',
];
const said = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }).map((w) => w.join(' '));
const pair = fc.constantFrom(...QUOTE_MARK_PAIRS);
const speaker = fc.constantFrom('Anna Berg', 'Berg', 'Jonas Vik', 'she', 'the minister', 'Elena Varga');
/** Sentences of the shapes the extractors look for: quotes with a speaker before or after, claims, transcript turns. */
const sentence = fc.oneof(
  fc.tuple(speaker, pair, said).map(([s, p, w]) => `${s} said: ${p.open}${w}${p.close}`),
  fc.tuple(speaker, pair, said).map(([s, p, w]) => `${p.open}${w},${p.close} ${s} said.`),
  fc.tuple(speaker, said).map(([s, w]) => `${s} warned that ${w}.`),
  fc.tuple(speaker, said).map(([s, w]) => `${s.toUpperCase()}: ${w}.`),
  fc.constantFrom(
    'Unemployment rose by about 4 percent in 2024.',
    'The fund lost $3 billion, officials said.',
  ),
  noise,
);
const newsText = fc
  .array(fc.tuple(sentence, fc.constantFrom(' ', '\n\n', '\n', '\r\n')), { maxLength: 14 })
  .map((parts) => parts.map(([text, gap]) => text + gap).join(''));
const anyText = fc.oneof(
  newsText,
  newsText,
  noise,
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.string({ maxLength: 300, unit: 'binary' }),
);

const encoder = new TextEncoder();

function assertSpanIn(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(
    Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= text.length,
    `${what} ${span.start}-${span.end} outside a text of ${text.length}`,
  );
}

/** Every span in the dossier: inside its article, and its `text` (when it carries one) is that slice. */
function assertDossierSpans(dossier: Dossier): void {
  const texts = new Map(dossier.articles.map((a) => [a.id, a.text]));
  const check = (span: { article: string; start: number; end: number; text?: string }, what: string) => {
    const text = texts.get(span.article);
    assert.ok(text !== undefined, `${what} points at unknown article ${span.article}`);
    assertSpanIn(text, span, what);
    if (span.text !== undefined && what !== 'quote')
      assert.equal(span.text, text.slice(span.start, span.end), what);
  };
  for (const q of dossier.quotes) {
    check(q, 'quote');
    assert.equal(q.text, texts.get(q.article)!.slice(q.start, q.end), 'quote text');
    if (q.cue) check({ ...q.cue, article: q.article }, 'cue');
    for (const p of q.provenance?.primary ?? []) check(p, 'primary span');
  }
  for (const e of dossier.entities) for (const m of e.mentions) check(m, 'mention');
  for (const c of dossier.claims) for (const s of c.statements) check(s, 'claim statement');
  for (const t of dossier.timeline) for (const ev of t.evidence) check(ev, 'timeline evidence');
}

function articleFrom(id: string, text: string): Article {
  return prepareArticle({
    id,
    source: id,
    format: 'text',
    text,
    title: null,
    published: null,
    outlet: null,
    url: null,
    byline: null,
    encoding: 'utf-8',
  });
}

/** What a dossier says, independent of article order: quotes by article and span, with speaker and verdict. */
function summary(dossier: Dossier): string[] {
  return dossier.quotes
    .map(
      (q) =>
        `${q.article}@${q.start}-${q.end}:${q.kind}:${q.speaker?.name ?? '-'}:${q.provenance?.verdict ?? '-'}`,
    )
    .sort();
}

test('readers never throw, and every article they make has a string text (any bytes, any format)', () => {
  const formats: Exclude<SniffedFormat, 'gzip'>[] = ['text', 'html', 'jsonl', 'json', 'rss', 'atom'];
  const wrap = (format: string, body: string) =>
    format === 'html'
      ? `<html><body><p>${body}</p><div><div>${body}</div></div></body></html>`
      : format === 'jsonl'
        ? `${JSON.stringify({ id: 'x', text: body })}\n{"id": 2, "text": ${JSON.stringify(body)}}\n${body}`
        : format === 'json'
          ? JSON.stringify([{ text: body }, body])
          : format === 'rss'
            ? `<rss><channel><item><title>${body}</title><description>${body}</description></item></channel></rss>`
            : format === 'atom'
              ? `<feed><entry><content>${body}</content></entry></feed>`
              : body;
  fc.assert(
    fc.property(fc.constantFrom(...formats), anyText, fc.boolean(), (format, body, raw) => {
      const bytes = raw ? encoder.encode(body) : encoder.encode(wrap(format, body));
      const parsed = parseSource({ origin: 'gen', name: 'gen', bytes, format });
      for (const a of parsed.raw) {
        assert.equal(typeof a.text, 'string');
        const article = prepareArticle(a);
        for (const b of article.boilerplate) assertSpanIn(article.text, b, 'chrome');
      }
      for (const issue of parsed.issues) assert.match(issue.code, /^HEARSAY_[EW]_/);
    }),
    { numRuns: 300 },
  );
});

test('the chrome detector and the sentence splitter keep their spans inside the text, in order', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      for (const b of detectBoilerplate(text)) assertSpanIn(text, b, 'chrome');
      let last = 0;
      for (const s of splitSentences(text)) {
        assertSpanIn(text, s, 'sentence');
        assert.ok(s.start >= last, 'sentences out of order or overlapping');
        last = s.end;
      }
    }),
    { numRuns: 500 },
  );
});

test('the whole analysis (quotes, attribution, alignment, claims) never throws and keeps every span exact', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(anyText, { minLength: 1, maxLength: 4 }), async (texts) => {
      const started = performance.now();
      const dossier = await analyzeArticles(
        texts.map((t, i) => articleFrom(`a${i}`, t)),
        makeOptions(),
      );
      assertDossierSpans(dossier);
      assert.ok(performance.now() - started < 10_000, 'a small batch took over 10 s');
    }),
    { numRuns: 60 },
  );
});

test('results do not depend on the order of the articles', async () => {
  let quotesSeen = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(newsText, { minLength: 2, maxLength: 4 }),
      fc.integer({ min: 1, max: 3 }),
      async (texts, rotate) => {
        const articles = texts.map((t, i) => articleFrom(`a${i}`, t));
        const turned = [
          ...articles.slice(rotate % articles.length),
          ...articles.slice(0, rotate % articles.length),
        ];
        const [first, second] = await Promise.all([
          analyzeArticles(articles, makeOptions()),
          analyzeArticles(turned, makeOptions()),
        ]);
        assert.deepEqual(summary(second), summary(first));
        quotesSeen += first.quotes.length;
      },
    ),
    { numRuns: 40 },
  );
  assert.ok(quotesSeen > 20, `only ${quotesSeen} quotes in all runs: the generator is too weak`);
});

test('invisible characters change nothing analysis finds, and spans map back exactly', async () => {
  let attributed = 0;
  const invisible = fc.constantFrom(
    '\u200b',
    '\u200c',
    '\u200d',
    '\u200e',
    '\u200f',
    '\u202a',
    '\u202c',
    '\u2066',
    '\u2069',
    '\u00ad',
    '\ufeff',
  );
  await fc.assert(
    fc.asyncProperty(
      newsText,
      fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 12 }),
      async (clean, inserts) => {
        let dirty = clean;
        for (const [at, ch] of inserts) {
          // Between two UTF-16 units of one character would split a surrogate pair: keep to boundaries.
          let i = dirty.length === 0 ? 0 : at % (dirty.length + 1);
          if (i > 0 && i < dirty.length && /[\uDC00-\uDFFF]/.test(dirty[i]!)) i--;
          dirty = dirty.slice(0, i) + ch + dirty.slice(i);
        }
        const view = removeIgnorables(dirty);
        for (let i = 0; i <= view.text.length; i++) {
          assert.ok(toOriginalStart(view, i) <= dirty.length && toOriginalEnd(view, i) <= dirty.length);
        }
        const strip = (s: string) => s.replace(/\p{Default_Ignorable_Code_Point}/gu, '');
        const [a, b] = await Promise.all([
          analyzeArticles([articleFrom('x', strip(clean))], makeOptions()),
          analyzeArticles([articleFrom('x', dirty)], makeOptions()),
        ]);
        assertDossierSpans(b);
        const said = (d: Dossier) => d.quotes.map((q) => [strip(q.text), q.kind, q.speaker?.name ?? null]);
        assert.deepEqual(said(b), said(a));
        attributed += a.quotes.filter((q) => q.speaker).length;
      },
    ),
    { numRuns: 60 },
  );
  assert.ok(attributed > 20, `only ${attributed} attributed quotes in all runs: the generator is too weak`);
});

test('restoreSpans maps each shared span object once', () => {
  const view = removeIgnorables('a\u200bb\u200bc');
  const span = { article: 'x', start: 1, end: 2, text: 'b' };
  restoreSpans([span, { nested: span }], new Map([['x', { view, original: 'a\u200bb\u200bc' }]]));
  assert.deepEqual(span, { article: 'x', start: 2, end: 3, text: 'b' });
});

/** The shipped example set (invented: a transcript, faithful and altered reports of it, a feed). */
function exampleArticles(): Article[] {
  const dir = join(REPO, 'examples', 'interview');
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      return parseSource({ origin: name, name, bytes, format: sniffFormat(bytes, name) as 'text' }).raw;
    })
    .map(prepareArticle);
}

test('alignment and verdicts do not depend on article order, and their primary spans are exact', async () => {
  const articles = exampleArticles();
  const baseline = await analyzeArticles(articles, makeOptions());
  assertDossierSpans(baseline);
  const verdicts = baseline.quotes.filter((q) => q.provenance && q.provenance.primary.length > 0);
  assert.ok(verdicts.length > 3, 'the examples give aligned verdicts');
  await fc.assert(
    fc.asyncProperty(fc.shuffledSubarray(articles, { minLength: articles.length }), async (order) => {
      const started = performance.now();
      const dossier = await analyzeArticles(order, makeOptions());
      assert.ok(performance.now() - started < 30_000, 'the example set took over 30 s');
      assertDossierSpans(dossier);
      assert.deepEqual(summary(dossier), summary(baseline));
    }),
    { numRuns: 3 },
  );
});
