import type { RawArticle } from '../model/article.ts';
import { linkedom } from './html/dom-libraries.ts';
import { type Issue, makeIssue } from '../model/issue.ts';
import { toIsoDate } from './html/date.ts';
import { flattenMarkup, isNestedDeeperThan, MAX_HTML_DEPTH } from './html/depth.ts';
import { type DomDocument, type DomElement, isElement, parseDocument } from './html/dom.ts';
import { elementToBlocks, joinBlocks } from './html/text.ts';
import type { RecordBatch } from './read-records.ts';

/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom: each item or entry is an article. Item bodies are HTML
 * fragments (content:encoded, description, content, summary); the fullest one wins. The channel's
 * title is the outlet. Parsing is lenient (linkedom's XML mode), so a truncated feed still yields
 * the items it has; a feed with none is an Issue.
 */
type Element = DomElement;

export function readFeed(
  origin: string,
  name: string,
  xml: string,
  encoding: string,
  format: 'rss' | 'atom',
): RecordBatch {
  const batch: RecordBatch = { articles: [], issues: [] };
  if (isNestedDeeperThan(xml)) {
    // A feed is flat (channel › item › field); one nested this deep is hostile, and parsing it is not linear.
    batch.issues.push(
      makeIssue('HEARSAY_E_FEED', { origin }, `elements nested over ${MAX_HTML_DEPTH} deep; not a feed`),
    );
    return batch;
  }
  const doc = new (linkedom().DOMParser)().parseFromString(xml, 'text/xml') as unknown as DomDocument;
  const outlet = cleanText(
    fragmentToText(childText(doc.querySelector(format === 'atom' ? 'feed' : 'channel'), ['title']) ?? ''),
  );
  const items = Array.from(doc.querySelectorAll(format === 'atom' ? 'entry' : 'item'));
  if (items.length === 0) {
    batch.issues.push(
      makeIssue('HEARSAY_E_FEED', { origin }, `no ${format === 'atom' ? '<entry>' : '<item>'} elements`),
    );
    return batch;
  }
  items.forEach((item, i) => {
    const article = readItem(item, { origin, name, encoding, format, outlet, index: i + 1 });
    if ('code' in article) batch.issues.push(article);
    else batch.articles.push(article);
  });
  return batch;
}

interface ItemContext {
  origin: string;
  name: string;
  encoding: string;
  format: 'rss' | 'atom';
  outlet: string | null;
  index: number;
}

function readItem(item: Element, ctx: ItemContext): RawArticle | Issue {
  const where = { origin: ctx.origin, item: ctx.index };
  const bodies = ['content:encoded', 'content', 'description', 'summary'].map(
    (tag) => childText(item, [tag]) ?? '',
  );
  const html = bodies.reduce((best, body) => (body.length > best.length ? body : best), '');
  const title = cleanText(fragmentToText(childText(item, ['title']) ?? ''));
  // A headline-only item is a short article (its text is the title): feeds of breaking news
  // often carry no body, and the headline still says who did what.
  const text = fragmentToText(html) || (title ?? '');
  if (text === '')
    return makeIssue('HEARSAY_E_NO_TEXT', where, 'the item has no title, content or description');
  const link = itemLink(item);
  const id = cleanText(childText(item, ['guid', 'id'])) ?? link ?? `${ctx.name}#${ctx.index}`;
  return {
    id,
    source: `${ctx.origin}#${ctx.index}`,
    format: ctx.format,
    text,
    title,
    published: toIsoDate(childText(item, ['pubDate', 'published', 'dc:date', 'updated'])),
    outlet: ctx.outlet,
    url: link,
    byline: cleanText(childText(item, ['dc:creator', 'author'])),
    encoding: ctx.encoding,
  };
}

/** The first direct child with one of the tag names, by its text. */
function childText(parent: Element | null, tags: string[]): string | null {
  if (!parent) return null;
  for (const tag of tags) {
    for (const child of childElements(parent)) {
      if (child.tagName.toLowerCase() === tag.toLowerCase()) return child.textContent;
    }
  }
  return null;
}

function itemLink(item: Element): string | null {
  for (const child of childElements(item)) {
    if (child.tagName.toLowerCase() !== 'link') continue;
    const href = child.getAttribute('href');
    const rel = child.getAttribute('rel');
    if (href && (!rel || rel === 'alternate')) return href.trim();
    if (!href && child.textContent?.trim()) return child.textContent.trim();
  }
  return null;
}

function childElements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter(isElement);
}

/** A tag: the fragment is markup. */
const MARKUP = /<[a-z][\s\S]*>/i;
/**
 * An HTML character reference left after XML decoding: feeds often escape their HTML twice
 * ("&amp;nbsp;" reads as "&nbsp;"), and XML has no "&nbsp;" of its own to decode it.
 */
const HTML_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * Item bodies and titles are HTML fragments (RSS escapes them; Atom's `type="html"` too); plain
 * text with neither a tag nor a character reference passes through unchanged.
 */
function fragmentToText(fragment: string): string {
  if (!MARKUP.test(fragment) && !HTML_REFERENCE.test(fragment)) return fragment.trim();
  const page = `<html><body>${fragment}</body></html>`;
  const root = parseDocument(isNestedDeeperThan(page) ? flattenMarkup(page) : page).documentElement;
  return root ? joinBlocks(elementToBlocks(root)).trim() : '';
}

function cleanText(value: string | null): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
