/**
 * HTML page → article text and metadata. Pure: a string in, a record out; never throws.
 *
 * Steps:
 *   1. parse with linkedom (lenient: unclosed and misnested tags are repaired);
 *   2. read metadata from JSON-LD, Open Graph, meta tags, `<time>`, canonical link, `<html lang>`
 *      (metadata.ts), before Readability rewrites the document;
 *   3. remove short chrome elements (captions, bylines, share bars; chrome.ts), keeping any
 *      date they state as a dateline, then run Readability, keeping class names;
 *   4. lay the container out as text blocks (text.ts), leaving out chrome subtrees, runs of
 *      link-only lines (related rails, menus) and chrome lines (chrome.ts);
 *   5. fallbacks, each engaging only when the previous step under-delivered:
 *      a. too little text → Readability again on a fresh parse with a low `charThreshold`;
 *      b. JSON-LD `articleBody` clearly longer than what we found → take it;
 *      c. too little prose overall → '' (the page is not an article).
 * Every metadata field records its source in `rules`; `rules.text` says which step gave the text.
 */
import {
  dropChromeLines,
  dropLinkRails,
  makeChromeSkipper,
  type RemovedChrome,
  removeChromeElements,
} from './chrome.ts';
import { readability } from './dom-libraries.ts';
import { toIsoDate } from './date.ts';
import { type DomDocument, type DomElement, parseDocument } from './dom.ts';
import {
  absoluteUrl,
  type HtmlMetadata,
  type MetadataField,
  normalizeByline,
  readHtmlMetadata,
} from './metadata.ts';
import { elementToBlocks, joinBlocks, type TextBlock } from './text.ts';

export interface HtmlExtraction {
  /** Article body: paragraphs separated by "\n\n" (headings/list items on their own lines); '' when nothing found. */
  text: string;
  title: string | null;
  byline: string | null;
  /** ISO date YYYY-MM-DD. */
  published: string | null;
  /** Site name. */
  outlet: string | null;
  /** Canonical / og:url. */
  url: string | null;
  lang: string | null;
  /** Where each field came from, e.g. {published: 'html.json-ld', title: 'html.og', text: 'html.readability'}. */
  rules: Record<string, string>;
}

export interface ExtractHtmlOptions {
  /** The address the page was fetched from: base for relative canonical links, url of last resort. */
  url?: string | null;
}

/**
 * Below this many characters Readability's pick is probably a fragment (a teaser, a caption);
 * Readability's own DEFAULT_CHAR_THRESHOLD is 500 and short news items run from ~300 chars.
 */
const MIN_ARTICLE_CHARS = 300;

/** charThreshold for the relaxed retry: accept the first candidate with some real prose. */
const RELAXED_CHAR_THRESHOLD = 100;

/**
 * JSON-LD `articleBody` replaces the extracted text when it is this many times longer: a clear
 * sign Readability picked a fragment. Publishers also truncate articleBody to a teaser, so a body
 * shorter than what we found is never preferred.
 */
const JSON_LD_BODY_RATIO = 1.5;

/** A page whose text outside links is under this many words is a hub, error page or shell. */
const MIN_PROSE_WORDS = 20;

interface ReadabilityResult {
  content: DomElement | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** Readability over a linkedom document; null when it finds nothing or gives up on the markup. */
function runReadability(document: DomDocument, charThreshold?: number): ReadabilityResult | null {
  try {
    const reader = new (readability().Readability)<DomElement>(document as never, {
      keepClasses: true,
      serializer: (node) => node as unknown as DomElement,
      ...(charThreshold ? { charThreshold } : {}),
    });
    const parsed = reader.parse();
    if (!parsed) return null;
    return {
      content: parsed.content ?? null,
      title: parsed.title || null,
      byline: parsed.byline || null,
      siteName: parsed.siteName || null,
      publishedTime: parsed.publishedTime || null,
      lang: parsed.lang || null,
    };
  } catch {
    return null;
  }
}

/** Parses, or null when even linkedom cannot make a document of the input. */
function parseSafely(html: string): DomDocument | null {
  try {
    return parseDocument(html);
  } catch {
    return null;
  }
}

/** The container's blocks with chrome subtrees and chrome lines left out. */
function articleBlocks(content: DomElement, metadata: HtmlMetadata): TextBlock[] {
  const containerChars = (content.textContent ?? '').length;
  const blocks = elementToBlocks(content, makeChromeSkipper(containerChars));
  return dropChromeLines(dropLinkRails(blocks), {
    title: metadata.fields.title ?? null,
    byline: metadata.fields.byline ?? null,
  });
}

/** Han and kana are written without spaces; a word there averages about two characters. */
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CHARS_PER_UNSPACED_WORD = 2;
const SPACED_WORD = /[\p{L}\p{N}]+/gu;

/** Rough word count in any script: spaced words plus unspaced (CJK) characters over two. */
function countWords(text: string): number {
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  const spaced = text.replace(UNSPACED_CHAR, ' ').match(SPACED_WORD)?.length ?? 0;
  return spaced + unspaced / CHARS_PER_UNSPACED_WORD;
}

/** Words outside links: navigation hubs and error pages are almost all link or almost empty. */
function proseWords(blocks: readonly TextBlock[]): number {
  let words = 0;
  for (const block of blocks) {
    const proseShare = 1 - block.linkChars / Math.max(1, block.text.length);
    words += countWords(block.text) * proseShare;
  }
  return words;
}

/** JSON-LD bodies are plain text; keep their line breaks as paragraph breaks. */
function formatPlainBody(body: string): string {
  return body
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

interface TextChoice {
  text: string;
  rule: string;
  readability: ReadabilityResult | null;
  /** A date read from a removed timestamp/byline element ("Published 14 March 2024"). */
  chromeDate: string | null;
}

/** The first date stated by a removed timestamp element: the page's visible dateline. */
function dateFromChrome(removed: readonly RemovedChrome[]): string | null {
  for (const item of removed) {
    if (item.kind !== 'timestamp') continue;
    const date = toIsoDate(item.text);
    if (date) return date;
  }
  return null;
}

/** Steps 3–5 of the cascade described at the top of the file. */
function chooseText(html: string, document: DomDocument, metadata: HtmlMetadata): TextChoice {
  const chromeDate = dateFromChrome(removeChromeElements(document));
  const first = runReadability(document);
  let blocks = first?.content ? articleBlocks(first.content, metadata) : [];
  let text = joinBlocks(blocks);
  let rule = 'html.readability';
  if (text.length < MIN_ARTICLE_CHARS) {
    const fresh = parseSafely(html);
    if (fresh) removeChromeElements(fresh);
    const relaxed = fresh ? runReadability(fresh, RELAXED_CHAR_THRESHOLD) : null;
    const relaxedBlocks = relaxed?.content ? articleBlocks(relaxed.content, metadata) : [];
    const relaxedText = joinBlocks(relaxedBlocks);
    if (relaxedText.length > text.length) {
      blocks = relaxedBlocks;
      text = relaxedText;
      rule = 'html.readability-relaxed';
    }
  }
  const body = metadata.jsonLdBody ? formatPlainBody(metadata.jsonLdBody) : '';
  if (body.length > Math.max(MIN_ARTICLE_CHARS, text.length * JSON_LD_BODY_RATIO)) {
    return { text: body, rule: 'html.json-ld-body', readability: first, chromeDate };
  }
  if (proseWords(blocks) < MIN_PROSE_WORDS)
    return { text: '', rule: 'html.no-article', readability: first, chromeDate };
  return { text, rule, readability: first, chromeDate };
}

const EMPTY: HtmlExtraction = {
  text: '',
  title: null,
  byline: null,
  published: null,
  outlet: null,
  url: null,
  lang: null,
  rules: {},
};

/**
 * Extracts the article text and metadata of one HTML page. Never throws: a page no step can read
 * (not a string, or nested so deep that the DOM walk overflows the stack) yields '' and
 * `rules.text = 'html.unreadable'`, so a batch goes on and the caller reports HEARSAY_E_HTML.
 */
export function extractHtml(html: string, options: ExtractHtmlOptions = {}): HtmlExtraction {
  try {
    const document = typeof html === 'string' ? parseSafely(html) : null;
    if (document) return extractFromDocument(html, document, options);
  } catch {
    // Falls through to the empty result below; the cause is always a pathological page.
  }
  return { ...EMPTY, rules: { text: 'html.unreadable' } };
}

function extractFromDocument(
  html: string,
  document: DomDocument,
  options: ExtractHtmlOptions,
): HtmlExtraction {
  const metadata = readHtmlMetadata(document);
  const choice = chooseText(html, document, metadata);
  const fields = { ...metadata.fields };
  const rules: Record<string, string> = { ...metadata.rules, text: choice.rule };
  const fallback = (field: MetadataField, value: string | null | undefined): void => {
    if (fields[field] !== undefined || !value) return;
    fields[field] = value;
    rules[field] = 'html.readability';
  };
  const r = choice.readability;
  fallback('title', r?.title);
  fallback('byline', r?.byline ? normalizeByline(r.byline) : null);
  fallback('outlet', r?.siteName);
  fallback('published', toIsoDate(r?.publishedTime));
  if (!fields.published && choice.chromeDate) {
    fields.published = choice.chromeDate;
    rules.published = 'html.dateline';
  }
  fallback('lang', r?.lang);
  let url = fields.url ? absoluteUrl(fields.url, options.url) : null;
  if (!url && options.url) {
    url = options.url;
    rules.url = 'options.url';
  }
  return {
    text: choice.text,
    title: fields.title ?? null,
    byline: fields.byline ?? null,
    published: fields.published ?? null,
    outlet: fields.outlet ?? null,
    url,
    lang: fields.lang ?? null,
    rules,
  };
}
