/**
 * Article metadata from the page head, gathered before Readability rewrites the document.
 * Sources in order of trust, each recorded as the field's rule:
 *   1. `html.json-ld`   schema.org Article JSON-LD (publishers fill it for search engines);
 *   2. `html.og`        Open Graph / `article:*` properties (filled for social previews);
 *   3. `html.meta`      plain `<meta name=…>` tags (author, date, pubdate, dc.date, …);
 *   4. `html.time`      the first `<time datetime>` element (dates only);
 *   5. `html.canonical` / `html.lang` / `html.title` for url, language and title of last resort.
 * Readability's own guesses come after all of these (added by the caller as `html.readability`).
 */
import { toIsoDate } from './date.ts';
import { attr, type DomDocument, type DomElement } from './dom.ts';
import { type JsonLdArticle, readJsonLd } from './jsonld.ts';
import { canonicalOutlet } from '../metadata/outlets.ts';
import { lookupGazetteer } from '../../nlp/gazetteer.ts';

export type MetadataField = 'title' | 'byline' | 'published' | 'outlet' | 'url' | 'lang';

export interface HtmlMetadata {
  fields: Partial<Record<MetadataField, string>>;
  rules: Partial<Record<MetadataField, string>>;
  /** JSON-LD `articleBody`, kept as a fallback for the text. */
  jsonLdBody: string | null;
  /** The page's summary (og:description, meta description): a standfirst repeated in the body is chrome. */
  description: string | null;
}

/** `<meta>` keys (name or property, lower case) read per field, in order of preference. */
const OPEN_GRAPH_KEYS: Readonly<Partial<Record<MetadataField, readonly string[]>>> = {
  title: ['og:title', 'twitter:title'],
  byline: ['article:author'],
  published: ['article:published_time', 'og:published_time', 'article:published'],
  outlet: ['og:site_name'],
  url: ['og:url'],
  lang: ['og:locale'],
};
const META_NAME_KEYS: Readonly<Partial<Record<MetadataField, readonly string[]>>> = {
  title: ['title', 'dc.title', 'headline'],
  byline: ['author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author', 'citation_author'],
  published: [
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'dc.date',
    'dc.date.issued',
    'dcterms.date',
    'dcterms.created',
    'sailthru.date',
    'parsely-pub-date',
    'article.published',
    'originalpublicationdate',
    'citation_publication_date',
    'datepublished',
  ],
  outlet: ['application-name', 'publisher', 'dc.publisher'],
  lang: ['language', 'content-language', 'dc.language'],
};

const DESCRIPTION_KEYS: readonly string[] = ['og:description', 'description', 'twitter:description'];

type MetadataTag = 'meta' | 'link' | 'time' | 'title' | 'script';

/**
 * The elements metadata is read from, grouped by tag, in one pass over the document (a
 * selector list walks the tree once; five separate queries walked it five times).
 */
function collectMetadataElements(document: DomDocument): Record<MetadataTag, DomElement[]> {
  const groups: Record<MetadataTag, DomElement[]> = { meta: [], link: [], time: [], title: [], script: [] };
  const found = document.querySelectorAll(
    'meta[content],link[rel],time[datetime],title,script[type="application/ld+json"]',
  );
  for (let i = 0; i < found.length; i++) {
    const element = found[i]!;
    groups[element.tagName.toLowerCase() as MetadataTag]?.push(element);
  }
  return groups;
}

/** All `<meta>` values by lower-case key (name, property or http-equiv); the first one wins. */
function readMetaTags(metas: readonly DomElement[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of metas) {
    const content = attr(meta, 'content');
    if (content === null) continue;
    for (const keyAttr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = attr(meta, keyAttr)?.toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

function firstOf(
  metas: ReadonlyMap<string, string>,
  keys: readonly string[] | undefined,
): string | undefined {
  for (const key of keys ?? []) {
    const value = metas.get(key)?.replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return undefined;
}

/** Author metas sometimes hold a profile URL or a handle; neither is a byline. */
function isPlausibleByline(value: string): boolean {
  return !/^(?:https?:|www\.|@)/.test(value);
}

/** `<link rel="canonical">` is the publisher's own statement of the article's address. */
function readCanonical(links: readonly DomElement[]): string | undefined {
  for (const link of links) {
    const rels = (attr(link, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(link, 'href');
    if (rels.includes('canonical') && href) return href;
  }
  return undefined;
}

/** The first `<time datetime>`: in article templates the earliest one is the publication stamp. */
function readTimeElement(times: readonly DomElement[]): string | undefined {
  for (const time of times) {
    const value = attr(time, 'datetime');
    if (value) return value;
  }
  return undefined;
}

function readDocumentLang(document: DomDocument): string | undefined {
  const root = document.documentElement;
  return (root && attr(root, 'lang')) ?? undefined;
}

/**
 * A field's value in Hearsay's form, or null when the source's value is unusable (so the next
 * source gets its turn): dates to `YYYY-MM-DD`, locales `en_US` to `en-US`, no URL bylines.
 */
function normalizeField(field: MetadataField, value: string): string | null {
  if (field === 'published') return toIsoDate(value);
  if (field === 'lang')
    return /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(value) ? value.replace(/_/g, '-') : null;
  if (field === 'byline') return normalizeByline(value);
  if (field === 'outlet') return normalizeOutlet(value);
  return value;
}

/**
 * A byline as a name, from a meta tag or Readability's guess: no URL or handle, without the
 * template's label ("By Jane Roe", "Text: Jane Roe", "Текст: …"), and null for one word in lower
 * case, a CMS account or a button Readability found in the author box ("admin", "follow"), no
 * person's name (a script without case has no lower case, and keeps its names).
 */
export function normalizeByline(value: string): string | null {
  if (!isPlausibleByline(value)) return null;
  const bare = withoutLabel(value);
  if (bare === null || /^\p{Ll}+$/u.test(bare)) return null;
  return bare;
}

/**
 * "By Jane Roe, Staff Writer": the byline's leading "By" is the template's label, not the name;
 * so is one capitalised word before a colon ahead of a capitalised name ("Text: Jane Roe").
 */
function withoutLabel(value: string): string | null {
  const bare = value
    .replace(/^by\s+/iu, '')
    .replace(/^\p{Lu}\p{Ll}+:\s+(?=\p{Lu})/u, '')
    .trim();
  return bare === '' ? null : bare;
}

/**
 * A site name as an outlet: a handle ("@Daily") by the outlet it names; an address
 * ("https://www.example-news.com") by its host, as the last-resort outlet is; a country or
 * capital ("U.S.", a section's name some templates put there) is no publisher, so the next source
 * gets its turn.
 */
function normalizeOutlet(value: string): string | null {
  if (value.startsWith('@')) return canonicalOutlet(value.slice(1));
  if (/^(?:https?:\/\/|www\.)/iu.test(value))
    return outletFromUrl(/^www\./iu.test(value) ? `http://${value}` : value) ?? null;
  const place = lookupGazetteer(value);
  if (place !== null && (place.kind === 'country' || place.kind === 'capital')) return null;
  return value;
}

/**
 * An outlet of last resort: the host the page was published at ("nytimes.com"), which names the
 * publisher better than a file name when no tag, JSON-LD, title suffix or handle did.
 */
function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^www\./u, '');
    return host.includes('.') ? host : undefined;
  } catch {
    return undefined;
  }
}

function readDocumentTitle(titles: readonly DomElement[]): string | undefined {
  const title = titles[0]?.textContent?.replace(/\s+/g, ' ').trim();
  return title || undefined;
}

/** Separators between a headline and the site name in `<title>`/og:title ("Headline | Site"). */
const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|·)\s+/;

/**
 * Strips a trailing site name from the title: always when it equals the known outlet; for the
 * `<title>` element also after a pipe (which headlines almost never contain), and then the
 * stripped part becomes the outlet if none was found. A dash alone is not enough: "Biden - Xi
 * talks end" is a headline.
 */
function splitSiteSuffix(fields: HtmlMetadata['fields'], rules: HtmlMetadata['rules']): void {
  const title = fields.title;
  if (!title) return;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return;
  const suffix = parts[parts.length - 1]!.trim();
  const head = title
    .slice(0, title.lastIndexOf(suffix))
    .replace(/\s*(?:\||-|–|—|::|·)\s*$/, '')
    .trim();
  if (head === '') return;
  const outlet = fields.outlet;
  if (outlet && suffix.toLowerCase() === outlet.toLowerCase()) {
    fields.title = head;
    return;
  }
  if (rules.title === 'html.title' && / \| [^|]+$/.test(title)) {
    fields.title = head;
    if (!outlet) {
      fields.outlet = suffix;
      rules.outlet = 'html.title';
    }
  }
}

/** Resolves a relative canonical/og URL against the page's own URL when one is known. */
export function absoluteUrl(value: string, base: string | null | undefined): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || !base) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** Reads every metadata source of the page; the first source (in trust order) to give a field wins. */
export function readHtmlMetadata(document: DomDocument): HtmlMetadata {
  const tags = collectMetadataElements(document);
  const jsonLd: JsonLdArticle = readJsonLd(tags.script);
  const metas = readMetaTags(tags.meta);
  const fields: HtmlMetadata['fields'] = {};
  const rules: HtmlMetadata['rules'] = {};
  const offer = (field: MetadataField, raw: string | undefined, rule: string): void => {
    if (raw === undefined || fields[field] !== undefined) return;
    const value = normalizeField(field, raw);
    if (value === null) return;
    fields[field] = value;
    rules[field] = rule;
  };
  const all: MetadataField[] = ['title', 'byline', 'published', 'outlet', 'url', 'lang'];
  // The document language is markup, not editorial metadata: it outranks JSON-LD's inLanguage.
  offer('lang', readDocumentLang(document), 'html.lang');
  offer('url', readCanonical(tags.link), 'html.canonical');
  for (const field of all) offer(field, jsonLd[field], 'html.json-ld');
  for (const field of all) offer(field, firstOf(metas, OPEN_GRAPH_KEYS[field]), 'html.og');
  for (const field of all) offer(field, firstOf(metas, META_NAME_KEYS[field]), 'html.meta');
  offer('published', readTimeElement(tags.time), 'html.time');
  offer('title', readDocumentTitle(tags.title), 'html.title');
  splitSiteSuffix(fields, rules);
  // A social handle ("@politifact", "PolitiFactWestVirginia") is no name: only a known outlet's.
  const handle = firstOf(metas, ['twitter:site'])?.replace(/^@/u, '');
  offer('outlet', handle ? (canonicalOutlet(handle) ?? undefined) : undefined, 'html.twitter-site');
  offer('outlet', outletFromUrl(fields.url), 'html.url-host');
  const description = firstOf(metas, DESCRIPTION_KEYS) ?? jsonLd.description ?? null;
  return { fields, rules, jsonLdBody: jsonLd.body ?? null, description };
}
