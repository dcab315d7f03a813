import type { RawArticle } from '../model/article.ts';
import { type Issue, makeIssue } from '../model/issue.ts';
import { extractHtml } from './html.ts';

/** An HTML page is one article: Readability's main text plus the page's own metadata. */
export function readHtmlArticle(
  origin: string,
  name: string,
  html: string,
  encoding: string,
  url: string | null = null,
): RawArticle | Issue {
  const page = extractHtml(html, { url });
  if (page.text.trim() === '') {
    return makeIssue('HEARSAY_E_HTML', { origin }, 'no readable article text in the page');
  }
  return {
    id: name,
    source: origin,
    format: 'html',
    text: page.text,
    title: page.title,
    published: page.published,
    outlet: page.outlet,
    url: page.url ?? url,
    byline: page.byline,
    encoding,
  };
}
