import { contentHash } from '../../src/ingest/dedupe.ts';
import type { Article } from '../../src/model/article.ts';

/**
 * A complete Article around `text`, every other field at its plain-text default: what a stage test
 * needs. `overrides` replace any field; the content hash follows the final text unless given.
 */
export function makeArticle(id: string, text: string, overrides: Partial<Article> = {}): Article {
  const article: Article = {
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
