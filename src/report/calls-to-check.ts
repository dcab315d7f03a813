import type { Article } from '../model/article.ts';
import type { Dossier } from '../model/dossier.ts';
import type { Provenance, Quote } from '../model/quote.ts';

/**
 * The weakest provenance calls of a dossier, for a fact-checker to look at first: the judged
 * quotes Hearsay is least sure of (see Provenance.confidence), lowest confidence first. Shared by
 * the Markdown and HTML reports so both list the same calls in the same order.
 */

/** Calls listed: a page a person reads before the rest, not a second copy of every verdict. */
export const CALLS_TO_CHECK = 10;
/**
 * A call this sure or surer is not where a person's time goes first (an exact quote, a figure
 * changed against a firm alignment): it is left out even when fewer than CALLS_TO_CHECK remain.
 */
export const CHECK_BELOW_CONFIDENCE = 0.9;
/**
 * `no_primary` is listed only below this: a sure one (nothing aligns, another event) has nothing to
 * check, while a doubtful one may be a quote of the primary that was never judged (the speaker
 * misattributed, the words nearly aligning).
 */
export const NO_PRIMARY_CHECK_BELOW = 0.7;

export interface CallToCheck {
  quote: Quote;
  provenance: Provenance;
  /** The report the quote is in (first of its copies), for its outlet and title. */
  article: Article | undefined;
  /** Other articles with the same quote and the same call (syndicated copies): one check covers them. */
  alsoIn: string[];
  /** The first reason: the rule that decided, which is where to look. */
  reason: string;
}

/** Up to `limit` calls, lowest confidence first; ties in article then text order. */
export function callsToCheck(dossier: Dossier, limit = CALLS_TO_CHECK): CallToCheck[] {
  const articles = new Map(dossier.articles.map((a) => [a.id, a]));
  const calls = new Map<string, CallToCheck>();
  const candidates = dossier.quotes
    .filter((q) => q.provenance !== undefined && isWorthChecking(q.provenance))
    .sort(
      (a, b) =>
        a.provenance!.confidence - b.provenance!.confidence ||
        a.article.localeCompare(b.article) ||
        a.start - b.start,
    );
  for (const quote of candidates) {
    const provenance = quote.provenance!;
    const reason = provenance.reasons[0] ?? '';
    const key = [provenance.verdict, quote.text.replace(/\s+/g, ' ').trim(), reason].join('\u0000');
    const seen = calls.get(key);
    if (seen) {
      if (seen.quote.article !== quote.article && !seen.alsoIn.includes(quote.article))
        seen.alsoIn.push(quote.article);
      continue;
    }
    if (calls.size >= limit) continue;
    calls.set(key, { quote, provenance, article: articles.get(quote.article), alsoIn: [], reason });
  }
  return [...calls.values()];
}

function isWorthChecking(p: Provenance): boolean {
  if (p.confidence >= CHECK_BELOW_CONFIDENCE) return false;
  return p.verdict !== 'no_primary' || p.confidence < NO_PRIMARY_CHECK_BELOW;
}

/** A confidence as people read it: `62%`. */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Each quote's verdict confidence by quote id (the cross-report view carries ids, not provenance). */
export function confidenceByQuote(quotes: readonly Quote[]): Map<string, number> {
  return new Map(quotes.flatMap((q) => (q.provenance ? [[q.id, q.provenance.confidence] as const] : [])));
}
