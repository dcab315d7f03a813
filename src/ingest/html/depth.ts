/**
 * A cheap guard in front of the DOM parser and Readability, whose costs grow faster than linearly
 * with nesting depth (a 22 KB page nested 2,000 deep took minutes in Readability; 100,000 deep
 * takes seconds in linkedom's parser alone). Real pages nest a few dozen elements deep (the 181
 * pages of the extraction eval: at most 64 by this count); browsers stop honouring nesting at a few
 * hundred (Blink caps its tree builder at 512). At 256, Readability takes ~0.8 s (500: ~5 s). Past
 * MAX_HTML_DEPTH the markup is flattened — every tag dropped, block tags becoming paragraph
 * breaks — so the page still yields its text through the usual reader, in linear time.
 */
export const MAX_HTML_DEPTH = 256;

/** Elements that never have an end tag, or whose end tag is optional: they do not deepen the tree. */
const NON_NESTING_TAGS: ReadonlySet<string> = new Set([
  // void elements
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  // optional end tags: an unclosed <p> or <li> is closed by its next sibling, not nested in it
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rt',
  'rp',
  'thead',
  'tbody',
  'tfoot',
]);

/** Block-level tags that become paragraph breaks when markup is flattened. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
/** Markup that holds no elements: its `<div>`s are strings in a script, not nesting. */
const OPAQUE = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/**
 * Whether the markup's element nesting goes past `limit`, by counting open and end tags in one
 * pass. It over-counts tags real pages leave unclosed (`<font>`, `<b>`), never under-counts, so it
 * is a bound to check before parsing; the parsed tree's own depth is the exact measure.
 */
export function isNestedDeeperThan(html: string, limit = MAX_HTML_DEPTH): boolean {
  let depth = 0;
  for (const match of html.replace(OPAQUE, ' ').matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (NON_NESTING_TAGS.has(name) || match[3] === '/') continue;
    depth += match[1] === '/' ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > limit) return true;
  }
  return false;
}

/**
 * Attributes one start tag may carry before the page is read flattened. linkedom looks each new
 * attribute up among the element's earlier ones, so one tag's cost grows with the square of its
 * attribute count (200,000 in a 2 MB page: 16 s and 750 MB, to an error). Real tags carry a few
 * dozen; a thousand is far past any.
 */
export const MAX_TAG_ATTRIBUTES = 1000;

/** Whether some start tag carries more than `limit` attributes (quoted values are not counted). */
export function hasCrowdedTag(html: string, limit = MAX_TAG_ATTRIBUTES): boolean {
  for (const match of html.matchAll(TAG)) {
    // Each attribute takes two characters at least (" a"): shorter tags cannot be over.
    if (match[0].length <= 2 * limit) continue;
    const names = match[0].replace(/"[^"]*"|'[^']*'/g, '').match(/\s+[^\s=/>]+/g);
    if ((names?.length ?? 0) > limit) return true;
  }
  return false;
}

/** Why a page must be read flattened (nested too deep, a tag crowded with attributes), or null. */
export function flatteningReason(html: string): string | null {
  if (isNestedDeeperThan(html)) return `elements nested over ${MAX_HTML_DEPTH} deep`;
  if (hasCrowdedTag(html)) return `an element with over ${MAX_TAG_ATTRIBUTES} attributes`;
  return null;
}

/**
 * The markup with no nesting left: scripts, styles and comments removed, block tags turned into
 * paragraph breaks (`<p>`), every other tag dropped. The <head> is kept as it is (title and meta
 * tags are flat), so the page's metadata is still read.
 */
export function flattenMarkup(html: string): string {
  const bodyStart = html.search(/<body[\s>]/i);
  const headEnd = html.search(/<\/head\s*>/i);
  const split = bodyStart >= 0 ? bodyStart : headEnd >= 0 ? headEnd : 0;
  const head = split > 0 && !isNestedDeeperThan(html.slice(0, split)) ? html.slice(0, split) : '';
  const body = (head ? html.slice(split) : html)
    .replace(OPAQUE, ' ')
    .replace(TAG, (_tag, _close: string, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? '<p>' : ''))
    // Thousands of emptied wrappers would leave thousands of empty paragraphs: one break is enough.
    .replace(/<p>(?:\s*<p>)+/g, '<p>');
  return `${head || '<html><head></head>'}<body>${body}</body></html>`;
}
