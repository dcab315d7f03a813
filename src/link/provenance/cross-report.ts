import type { Article } from '../../model/article.ts';
import type { Quote, Verdict } from '../../model/quote.ts';
import type { QuotedSpan } from '../../model/span.ts';
import { splitSentences } from '../../nlp/sentences.ts';

/**
 * The cross-report view: one primary sentence and how each outlet rendered it, side by side.
 * Built from quotes that already carry provenance; a stitched quote appears under every sentence
 * it draws on.
 */
export interface Rendering {
  quote: string;
  article: string;
  outlet: string | null;
  text: string;
  verdict: Verdict;
  score: number;
  /** The part of the primary sentence this quote's alignment covers. */
  aligned: QuotedSpan;
  reasons: string[];
  substituted: [string, string][];
}

export interface CrossReportRow {
  primary: QuotedSpan;
  renderings: Rendering[];
}

/** Rows per primary sentence, in primary order; renderings by article then position. */
export function crossReportView(quotes: readonly Quote[], articles: readonly Article[]): CrossReportRow[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sentenceCache = new Map<string, { start: number; end: number }[]>();
  const rows = new Map<string, CrossReportRow>();
  for (const quote of quotes) {
    const prov = quote.provenance;
    if (!prov) continue;
    for (const span of prov.primary) {
      const primary = byId.get(span.article);
      if (!primary) continue;
      let sentences = sentenceCache.get(primary.id);
      if (!sentences) {
        sentences = splitSentences(primary.text);
        sentenceCache.set(primary.id, sentences);
      }
      for (const s of sentences) {
        if (s.end <= span.start || s.start >= span.end) continue;
        const key = `${primary.id}:${s.start}`;
        let row = rows.get(key);
        if (!row) {
          row = {
            primary: {
              article: primary.id,
              start: s.start,
              end: s.end,
              text: primary.text.slice(s.start, s.end),
            },
            renderings: [],
          };
          rows.set(key, row);
        }
        if (row.renderings.some((r) => r.quote === quote.id)) continue;
        const start = Math.max(s.start, span.start);
        const end = Math.min(s.end, span.end);
        row.renderings.push({
          quote: quote.id,
          article: quote.article,
          outlet: byId.get(quote.article)?.outlet ?? null,
          text: quote.text,
          verdict: prov.verdict,
          score: prov.score,
          aligned: { article: primary.id, start, end, text: primary.text.slice(start, end) },
          reasons: prov.reasons,
          substituted: prov.substituted,
        });
      }
    }
  }
  const ordered = [...rows.values()].sort((a, b) =>
    a.primary.article === b.primary.article
      ? a.primary.start - b.primary.start
      : a.primary.article < b.primary.article
        ? -1
        : 1,
  );
  for (const row of ordered)
    row.renderings.sort((a, b) => (a.article === b.article ? 0 : a.article < b.article ? -1 : 1));
  return ordered;
}
