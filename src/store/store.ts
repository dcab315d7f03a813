import type { Article } from '../model/article.ts';
import type { Span } from '../model/span.ts';
import { tokenize } from '../nlp/tokens.ts';

/**
 * The persistent store behind `hearsay` runs. SQLite (src/store/sqlite.ts) implements it today;
 * a PostgreSQL store will implement the same interface and pass the same contract suite
 * (test/store/store-contract.ts). Every method is async so a networked database fits.
 */

/** What one `putArticles` call did with each incoming article. */
export interface PutResult {
  /** Ids stored, in input order. An id may be disambiguated (see `disambiguateId`). */
  added: string[];
  /** Incoming articles not stored because their text is already stored under `duplicateOf`. */
  duplicates: { id: string; duplicateOf: string }[];
  /** Near-duplicate links found for stored articles: `id` (incoming) is a syndicated copy of `of`. */
  syndicated: { id: string; of: string; similarity: number }[];
}

/** One full-text hit: the article, a window of its text around the first match, and a score. */
export interface SearchHit {
  article: string;
  /** `text.slice(start, end)` of the article: no markup is added. */
  snippet: string;
  start: number;
  end: number;
  /** Higher is better (negated BM25 in SQLite, ts_rank in PostgreSQL); comparable within one result. */
  rank: number;
}

export interface Store {
  /**
   * Adds articles in ONE transaction: all are stored or none is (a failure rolls back and rethrows).
   * - Exact duplicates (a `contentHash` already stored, or earlier in the batch) are not stored
   *   again and are reported in `duplicates`; re-putting the same input changes nothing.
   * - An id already stored with a different text is stored as `<id>~<first 8 hex of its hash>`.
   * - Near-duplicates, as the store's CopyFinder (src/model/copies.ts; ingest's NEAR_DUPLICATES)
   *   judges them against articles stored before or earlier in the batch, are stored and linked in
   *   `syndicated` both ways; a link is one row, read back from both ends, so the stored partner is
   *   never rewritten. Links the caller set are kept (and read back from a stored partner).
   * `contentHash` must be `contentHash(text)` from src/ingest/dedupe.ts.
   */
  putArticles(articles: readonly Article[]): Promise<PutResult>;
  /** Every stored article, in insertion order, exactly as put (plus syndication links found since). */
  getArticles(): Promise<Article[]>;
  /** The stored article with this id, or null. */
  getArticle(id: string): Promise<Article | null>;
  /** The id of the stored article whose text has this hash, or null. */
  hasHash(contentHash: string): Promise<string | null>;
  /**
   * Full-text search over titles and texts. Every word of `query` must occur (case and diacritics
   * ignored); `word*` matches a prefix and `-word` excludes (see `toMatchExpression`; no other
   * syntax, so any user string is safe). Best first, at most `limit` hits. Throws a RangeError
   * when the query only excludes.
   */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Persists the user's choice of `articleId` as primary source of the story `storyKey`. Throws if no such article. */
  setPrimary(storyKey: string, articleId: string): Promise<void>;
  /** Every persisted primary override: story key → article id. */
  getPrimaryOverrides(): Promise<Record<string, string>>;
  countArticles(): Promise<number>;
  /** Releases the database; closing twice is harmless. Other calls fail afterwards. */
  close(): Promise<void>;
}

/** Default number of search hits. */
export const DEFAULT_SEARCH_LIMIT = 20;
/** Characters of context kept either side of the first match in a search snippet. */
export const SNIPPET_CONTEXT_CHARS = 80;
/** Hex digits of the content hash appended to a colliding id. 8 hex = 32 bits: collisions need ~65k same-named texts. */
export const DISAMBIGUATION_HEX_DIGITS = 8;

/**
 * The id to store an article under when `id` is taken by a different text: `<id>~<hash prefix>`,
 * lengthening the prefix in the (unlikely) event that id is taken too. `isTaken` says whether an id is in use.
 */
export function disambiguateId(id: string, contentHash: string, isTaken: (id: string) => boolean): string {
  for (let digits = DISAMBIGUATION_HEX_DIGITS; digits <= contentHash.length; digits *= 2) {
    const candidate = `${id}~${contentHash.slice(0, digits)}`;
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error(`article ${id}: no free disambiguated id for content hash ${contentHash}`);
}

/** A lone UTF-16 surrogate: databases store UTF-8 and would replace it, so the text would not come back equal. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first string field of `article` a UTF-8 database cannot store exactly, or null. Ingest should `toWellFormed()`. */
export function findUnstorableField(article: Article): string | null {
  for (const [field, value] of Object.entries(article)) {
    if (typeof value === 'string' && LONE_SURROGATE.test(value)) return field;
  }
  return null;
}

/**
 * A user's search string as a full-text query: each white-space separated chunk becomes one quoted
 * phrase of its normalised words ("cease-fire" → "cease fire"), all phrases required. Two operators
 * are read, everything else is quoted (so no input is FTS5 syntax by accident): a chunk ending in
 * `*` is a prefix (`rub*` → `"rub" *`), one starting with `-` must not occur (`-oil` → `NOT "oil"`).
 * `words` are the single words to find (a prefix keeps its `*`), for the snippet. Null when the
 * query has no words; a RangeError when it only excludes (FTS5 cannot list "everything but").
 */
export function toMatchExpression(query: string): { expression: string; words: string[] } | null {
  const phrases: string[] = [];
  const excluded: string[] = [];
  const words = new Set<string>();
  for (const chunk of query.split(/\s+/)) {
    const exclude = chunk.length > 1 && chunk.startsWith('-');
    const prefix = /\p{L}\*$|\p{N}\*$/u.test(chunk);
    const norms = tokenize(exclude ? chunk.slice(1) : chunk).map((t) => t.norm);
    if (norms.length === 0) continue;
    const phrase = `"${norms.join(' ').replace(/"/g, '""')}"${prefix ? ' *' : ''}`;
    if (exclude) {
      excluded.push(phrase);
      continue;
    }
    phrases.push(phrase);
    norms.forEach((norm, i) => {
      const last = i === norms.length - 1;
      for (const part of norm.split("'")) if (part) words.add(prefix && last ? `${part}*` : part);
    });
  }
  if (phrases.length === 0 && excluded.length > 0)
    throw new RangeError(`search '${query}': only excluded words; give at least one word to find`);
  if (phrases.length === 0) return null;
  return { expression: [phrases.join(' '), ...excluded.map((p) => `NOT ${p}`)].join(' '), words: [...words] };
}

/**
 * A window of `text` around the first word in `words` (normalised forms), widened by
 * SNIPPET_CONTEXT_CHARS each side and trimmed to whole words; the opening of the text when only the
 * title matched.
 */
export function snippetAround(text: string, words: readonly string[]): Span & { snippet: string } {
  const wanted = new Set(words.filter((w) => !w.endsWith('*')));
  const prefixes = words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  const matches = (part: string) => wanted.has(part) || prefixes.some((p) => part.startsWith(p));
  const hit = tokenize(text).find((t) => t.norm.split("'").some(matches));
  const from = hit ? hit.start - SNIPPET_CONTEXT_CHARS : 0;
  const to = hit ? hit.end + SNIPPET_CONTEXT_CHARS : 2 * SNIPPET_CONTEXT_CHARS;
  let start = Math.max(0, from);
  let end = Math.min(text.length, to);
  if (start > 0) {
    const space = text.slice(start, hit?.start ?? end).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const lastSpace = Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end));
    if (lastSpace >= (hit?.end ?? start)) end = lastSpace;
  }
  return { start, end, snippet: text.slice(start, end) };
}
