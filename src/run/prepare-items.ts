import { overBudget, parseSource, prepareArticle } from '../ingest/ingest.ts';
import type { Source } from '../ingest/sources.ts';
import type { Article, RawArticle } from '../model/article.ts';
import type { Issue } from '../model/issue.ts';

/**
 * The per-document work of ingest, in units a worker thread can take: a whole single-document
 * source (decode, read — Readability for HTML — and clean), or records a container already split
 * (JSONL lines, feed items) to clean. Plain data in and out, so a batch crosses threads by
 * structured clone with nothing to rebuild; pure, so every thread gives the same answer.
 */
export type PrepareItem = { source: Source; budgetMs?: number } | { records: RawArticle[] };

export interface PreparedItem {
  articles: Article[];
  issues: Issue[];
}

export function prepareItem(item: PrepareItem): PreparedItem {
  if ('records' in item) return { articles: item.records.map(prepareArticle), issues: [] };
  // process.hrtime, not performance.now: the `performance` global loads perf_hooks (a short run's
  // only use of it).
  const started = process.hrtime.bigint();
  const parsed = parseSource(item.source);
  const articles = parsed.raw.map(prepareArticle);
  // Here the budget is checked when the document is done (on a worker thread the pool also stops a
  // document at the budget): one over it is reported and skipped, never stored. One that gave no
  // article has its own error already: a second line for the same input would only confuse.
  const took = Number(process.hrtime.bigint() - started) / 1e6;
  if (item.budgetMs !== undefined && took > item.budgetMs && articles.length > 0)
    return { articles: [], issues: [...parsed.issues, overBudget(item.source.origin, took, item.budgetMs)] };
  return { articles, issues: parsed.issues };
}

export function prepareItems(items: readonly PrepareItem[]): PreparedItem[] {
  return items.map(prepareItem);
}
