/**
 * Quotes of one invented article as `analyze` extracts them, and the speaker of the quote holding
 * some words: the shared reading of the speaker-rule tests.
 */
import assert from 'node:assert/strict';
import { buildEntityIndex } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import type { Quote } from '../../src/model/quote.ts';
import { makeArticle } from './article.ts';

/** Reported speech is on, as in `analyze`, unless `indirect` is false. */
export function quotesOf(text: string, indirect = true): Quote[] {
  const article = makeArticle('invented', text);
  return extractQuotes(article, buildEntityIndex([article]), { indirect });
}

/** The quotes one per line, kind, words and speaker: an assertion's message. */
export function showQuotes(quotes: readonly Quote[]): string {
  return quotes
    .map((q) => `${q.kind} ${JSON.stringify(q.text)} by ${q.speaker?.name ?? 'nobody'}`)
    .join('\n  ');
}

/** The first quote (of `kind`, when given) holding `words`; fails, listing the quotes, if none does. */
export function quoteHolding(quotes: readonly Quote[], words: string, kind?: Quote['kind']): Quote {
  const q = quotes.find((x) => (kind === undefined || x.kind === kind) && x.text.includes(words));
  assert.ok(q, `no ${kind ?? ''} quote with ${JSON.stringify(words)}:\n  ${showQuotes(quotes)}`);
  return q;
}

/** The speaker's name of the quote in `text` holding `words`, or null when it has none. */
export function speakerOfText(
  text: string,
  words: string,
  options: { indirect?: boolean; kind?: Quote['kind'] } = {},
): string | null {
  return quoteHolding(quotesOf(text, options.indirect ?? true), words, options.kind).speaker?.name ?? null;
}
