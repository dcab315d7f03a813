import type { RawArticle } from '../model/article.ts';
import { type Issue, makeIssue } from '../model/issue.ts';
import { flatteningReason, flattenMarkup } from './html/depth.ts';
import { extractHtml } from './html/html.ts';

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

/**
 * A page from a file or a record, read flattened (markup dropped, block tags as paragraph breaks)
 * when its markup would take the parser or Readability minutes; the warning says why.
 */
export function readGuardedHtml(
  origin: string,
  name: string,
  html: string,
  encoding: string,
  url: string | null = null,
): { page: RawArticle | Issue; warning: Issue | null } {
  const reason = flatteningReason(html);
  const page = readHtmlArticle(origin, name, reason ? flattenMarkup(html) : html, encoding, url);
  const detail = `${reason}; the text was read without the markup`;
  return { page, warning: reason ? makeIssue('HEARSAY_W_FLATTENED_HTML', { origin }, detail) : null };
}
