import type { Article, RawArticle } from '../model/article.ts';
import type { Issue } from '../model/issue.ts';
import { makeIssue } from '../model/issue.ts';
import { detectBoilerplate } from './boilerplate.ts';
import { decodeBytes, findDeclaredCharset } from './decode.ts';
import { contentHash } from './dedupe.ts';
import { hasIgnorables, removeIgnorables, toOriginalEnd, toOriginalStart } from './ignorable-view.ts';
import { inferTextMetadata } from './metadata.ts';
import { readFeed } from './read-feed.ts';
import { readGuardedHtml } from './read-html.ts';
import { readJsonDocument, readJsonLines } from './read-records.ts';
import { readTextArticle } from './read-text.ts';
import { DEFAULT_SOURCE_LIMITS, type Source } from './sources.ts';

/** Articles ready for the pipeline, and what went wrong with the inputs that did not make it. */
export interface IngestResult {
  articles: Article[];
  issues: Issue[];
}

/**
 * Decode and read one source into raw articles (several for JSONL and feeds). Pure. A JSONL line
 * or JSON record longer than `maxRecordBytes` (the one-document limit) is refused, as that document
 * alone would be.
 */
export function parseSource(
  source: Source,
  maxRecordBytes = DEFAULT_SOURCE_LIMITS.maxDocumentBytes,
): { raw: RawArticle[]; issues: Issue[] } {
  const markup = source.format === 'html' || source.format === 'rss' || source.format === 'atom';
  const decoded = decodeBytes(source.bytes, markup ? findDeclaredCharset(source.bytes) : null);
  if (!decoded.ok) {
    const code = decoded.detail.startsWith('binary') ? 'HEARSAY_E_BINARY' : 'HEARSAY_E_ENCODING';
    return { raw: [], issues: [makeIssue(code, { origin: source.origin }, decoded.detail)] };
  }
  // The byte check in sources.ts sees raw bytes; a byte-order mark alone, or with UTF-16 spaces,
  // is only blank once decoded (the BOM is dropped, and trim() takes the rest).
  if (decoded.text.trim() === '') {
    const detail = 'the input holds only a byte-order mark or white space';
    return { raw: [], issues: [makeIssue('HEARSAY_E_EMPTY', { origin: source.origin }, detail)] };
  }
  const issues: Issue[] = [];
  if (decoded.legacy) {
    issues.push(
      makeIssue('HEARSAY_W_LEGACY_ENCODING', { origin: source.origin }, `decoded as ${decoded.encoding}`),
    );
  }
  if (decoded.replaced) {
    const { count, firstOffset } = decoded.replaced;
    issues.push(
      makeIssue(
        'HEARSAY_W_REPLACED_BYTES',
        { origin: source.origin },
        `${count} invalid UTF-8 sequence${count === 1 ? '' : 's'} (first at byte ${firstOffset}) read as U+FFFD`,
      ),
    );
  }
  const { text, encoding } = decoded;
  switch (source.format) {
    case 'text':
      return { raw: [readTextArticle(source.origin, source.name, text, encoding)], issues };
    case 'html': {
      const { page, warning } = readGuardedHtml(source.origin, source.name, text, encoding);
      if (warning) issues.push(warning);
      return 'code' in page ? { raw: [], issues: [...issues, page] } : { raw: [page], issues };
    }
    case 'jsonl':
    case 'json': {
      const batch =
        source.format === 'jsonl' && !isPrettyJson(text)
          ? readJsonLines(source.origin, source.name, text, encoding, maxRecordBytes)
          : readJsonDocument(source.origin, source.name, text, encoding, maxRecordBytes);
      return { raw: batch.articles, issues: [...issues, ...batch.issues] };
    }
    case 'rss':
    case 'atom': {
      const batch = readFeed(source.origin, source.name, text, encoding, source.format);
      return { raw: batch.articles, issues: [...issues, ...batch.issues] };
    }
  }
}

/**
 * A `.jsonl` that is really one pretty-printed JSON document (an object or array over many lines):
 * its first line is not JSON, the whole is. Read line by line it gave an error per line and no
 * article. Only tried when the first line fails, which a real JSONL file's does not.
 */
function isPrettyJson(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0]!.trim();
  try {
    JSON.parse(first);
    return false;
  } catch {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Chrome ranges, text metadata and the content hash. Metadata the container gave (HTML meta
 * tags, JSONL fields, feed items) wins over what is inferred from the text.
 */
export function prepareArticle(raw: RawArticle): Article {
  // Chrome and metadata are read without zero-width and bidi controls, as the analysis reads the
  // text (src/ingest/ignorable-view.ts); the chrome ranges are mapped back to the text's offsets.
  const view = hasIgnorables(raw.text) ? removeIgnorables(raw.text) : null;
  const viewBoilerplate = detectBoilerplate(view ? view.text : raw.text, { title: raw.title });
  const boilerplate = view
    ? viewBoilerplate.map((b) => ({
        ...b,
        start: toOriginalStart(view, b.start),
        end: toOriginalEnd(view, b.end),
      }))
    : viewBoilerplate;
  const inferred = inferTextMetadata(view ? view.text : raw.text, viewBoilerplate);
  const metadataRules: Record<string, string> = {};
  const pick = (field: 'title' | 'published' | 'outlet'): string | null => {
    if (raw[field] !== null) {
      metadataRules[field] = `${raw.format}.record`;
      return raw[field];
    }
    const value = inferred[field];
    if (value !== null && inferred.rules[field]) metadataRules[field] = inferred.rules[field]!;
    return value;
  };
  const title = pick('title');
  const published = pick('published');
  const outlet = pick('outlet');
  if (inferred.credited.length > 0 && inferred.rules.credited)
    metadataRules.credited = inferred.rules.credited;
  return {
    ...raw,
    title,
    published,
    outlet,
    credited: inferred.credited,
    boilerplate,
    contentHash: contentHash(raw.text),
    duplicateOf: null,
    syndicated: [],
    metadataRules,
  };
}

/** The issue of a document whose reading took longer than the per-document budget. */
export function overBudget(origin: string, took: number, budget: number, stopped = false): Issue {
  const reading = stopped ? 'reading was stopped after' : 'reading took';
  const detail = `${reading} ${Math.round(took)} ms, over the ${budget} ms per-document budget; skipped`;
  return makeIssue('HEARSAY_E_TIME_BUDGET', { origin }, detail);
}

/**
 * Read every source and prepare its articles, in one result; the CLI streams the same work in
 * batches on worker threads (src/run/ingest-batches.ts). Exact and near duplicates are found by
 * the store (`Store.putArticles`), which sees earlier runs too; `markDuplicates` (exported by
 * src/index.ts) does it for a batch analysed without a store.
 */
export async function ingestSources(sources: AsyncIterable<Source | Issue>): Promise<IngestResult> {
  const articles: Article[] = [];
  const issues: Issue[] = [];
  const ids = new Set<string>();
  for await (const item of sources) {
    if ('code' in item) {
      issues.push(item);
      continue;
    }
    const parsed = parseSource(item);
    issues.push(...parsed.issues);
    for (const raw of parsed.raw) {
      const article = prepareArticle(raw);
      article.id = uniqueId(article, ids);
      ids.add(article.id);
      articles.push(article);
    }
  }
  return { articles, issues };
}

/** Two inputs with one base name (a/index.html, b/index.html) keep both, told apart by hash. */
export function uniqueId(article: Article, taken: ReadonlySet<string>): string {
  if (!taken.has(article.id)) return article.id;
  const withHash = `${article.id}~${article.contentHash.slice(0, 8)}`;
  let id = withHash;
  for (let n = 2; taken.has(id); n++) id = `${withHash}-${n}`;
  return id;
}
