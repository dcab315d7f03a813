import type { RawArticle } from '../model/article.ts';

/** A plain-text (or Markdown) input is one article whose text is the decoded input, unchanged. */
export function readTextArticle(origin: string, name: string, text: string, encoding: string): RawArticle {
  return {
    id: name,
    source: origin,
    format: 'text',
    text,
    title: null,
    published: null,
    outlet: null,
    url: null,
    byline: null,
    encoding,
  };
}
