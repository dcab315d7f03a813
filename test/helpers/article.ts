import { contentHash } from '../../src/ingest/dedupe.ts';
import { readTextArticle } from '../../src/ingest/read-text.ts';
import type { Article } from '../../src/model/article.ts';

/**
 * A complete Article around `text`, as the plain-text reader makes it, with no chrome and no
 * inferred metadata: what a stage test needs. `overrides` replace any field; the content hash
 * follows the final text unless given.
 */
export function makeArticle(id: string, text: string, overrides: Partial<Article> = {}): Article {
  const article: Article = {
    ...readTextArticle(id, id, text, 'utf-8'),
    credited: [],
    boilerplate: [],
    contentHash: '',
    duplicateOf: null,
    syndicated: [],
    metadataRules: {},
    ...overrides,
  };
  if (overrides.contentHash === undefined) article.contentHash = contentHash(article.text);
  return article;
}
