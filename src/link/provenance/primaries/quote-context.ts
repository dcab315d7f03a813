import type { Article } from '../../../model/article.ts';
import type { Quote } from '../../../model/quote.ts';
import { textIndexKeys } from './index-keys.ts';
import type { PrimarySource } from './primary-source.ts';
import { termize } from '../terms.ts';

/**
 * What the report says around a quote: the words of its sentence (they pick the passage of a short
 * fragment) and a negation just before the quote marks that governs the quoted words.
 */

/** The report's words around a quote (its sentence and the one before), minus the quote itself. */
export function contextKeys(
  article: Article,
  quote: Quote,
  sentences: { start: number; end: number }[],
): string[] {
  const at = sentences.findIndex((s) => s.end > quote.start);
  if (at < 0) return [];
  const from = sentences[Math.max(0, at - 1)]!.start;
  let to = sentences[at]!.end;
  for (let i = at; i < sentences.length && sentences[i]!.start < quote.end; i++) to = sentences[i]!.end;
  return [
    ...textIndexKeys(article.text, from, Math.max(from, quote.start)),
    ...textIndexKeys(article.text, Math.min(to, quote.end), to),
  ];
}

/** Share of the context's idf mass found in a candidate sentence and its neighbours. */
export function contextSimilarity(primary: PrimarySource, position: number, keys: readonly string[]): number {
  if (keys.length === 0) return 0;
  const near = new Set<string>();
  for (let p = Math.max(0, position - 1); p <= Math.min(primary.sentences.length - 1, position + 1); p++) {
    const s = primary.sentences[p]!;
    for (const k of textIndexKeys(primary.article.text, s.start, s.end)) near.add(k);
  }
  let got = 0;
  let total = 0;
  for (const k of new Set(keys)) {
    const idf = primary.index.idf(k);
    total += idf;
    if (near.has(k)) got += idf;
  }
  return total > 0 ? got / total : 0;
}

/** Report words read before a quote for a negation that governs it. */
const LEAD_IN_CHARS = 40;
const LEAD_IN_TERMS = 3;

/**
 * A negation in the report's words just before the quote, in the same clause: `would not “accept
 * the terms”` quotes a negated passage although the quote itself holds no "not".
 */
export function isNegatedLeadIn(text: string, quoteStart: number): boolean {
  const from = Math.max(0, quoteStart - LEAD_IN_CHARS);
  const lead = text.slice(from, quoteStart);
  const cut = lead.search(/[.,;:!?”»][^.,;:!?”»]*$/);
  const terms = termize(text, from + cut + 1, quoteStart);
  if (terms.length === 0) return false;
  return terms.slice(-LEAD_IN_TERMS).some((t) => t.neg && t.clause === terms[terms.length - 1]!.clause);
}

/** Opening marks of other languages' quotations: French «, German and Polish „, the single ‹. */
const FOREIGN_OPENING_MARK = /[«„‹]\s*$/u;

/**
 * The quote opens on another language's quotation mark ("Le Soir quoted her: «…»"): a report that
 * prints it renders a translated quote, whose wording is the translator's.
 */
export function isTranslatedQuote(text: string, quoteStart: number): boolean {
  return FOREIGN_OPENING_MARK.test(text.slice(Math.max(0, quoteStart - 3), quoteStart));
}
