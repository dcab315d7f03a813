/**
 * Article metadata from schema.org JSON-LD blocks: the most deliberate metadata a news page
 * carries (publishers fill it for search engines), so it outranks Open Graph and meta tags.
 * Handles top-level arrays, `@graph` containers and `{"@id": …}` references between nodes.
 */
import { decodeHTMLStrict } from 'entities/decode';
import type { DomElement } from './dom.ts';

/** What JSON-LD can tell about an article; every field absent when the page does not say. */
export interface JsonLdArticle {
  title?: string;
  byline?: string;
  published?: string;
  outlet?: string;
  url?: string;
  lang?: string;
  /** `articleBody`, when the publisher embeds the full text. */
  body?: string;
  description?: string;
}

/** schema.org types that describe a news or blog article (Article and its subtypes we meet). */
const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'SocialMediaPosting',
  'Report',
  'TechArticle',
  'ScholarlyArticle',
]);

type JsonNode = Record<string, unknown>;

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Page JSON-LD is often wrapped in HTML comments or CDATA markers, which JSON.parse rejects. */
function stripScriptWrappers(raw: string): string {
  return raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
}

/** Parses one script's text; malformed JSON yields nothing rather than an exception. */
function parseJsonSafely(raw: string): unknown {
  try {
    return JSON.parse(stripScriptWrappers(raw));
  } catch {
    // Raw control characters inside strings are the commonest publisher error; retry without them.
    try {
      return JSON.parse(stripScriptWrappers(raw).replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every object node in a parsed block, flattening arrays and `@graph` containers. */
function collectNodes(value: unknown, out: JsonNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out);
    return;
  }
  if (!isNode(value)) return;
  out.push(value);
  if (value['@graph'] !== undefined) collectNodes(value['@graph'], out);
}

function typesOf(node: JsonNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

function isArticleNode(node: JsonNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/** Follows a `{"@id": …}` reference to the full node elsewhere on the page, when there is one. */
function resolveReference(value: unknown, byId: ReadonlyMap<string, JsonNode>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

/**
 * A JSON-LD string as text. Publishing tools often write their HTML-escaped titles and names into
 * JSON-LD as they are ("doesn&#8217;t", "Q&amp;A"), and a script's text is never decoded by the
 * HTML parser, so character references are decoded here (strictly: "AT&T" and "R&D" stay).
 */
function cleanString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = (value.includes('&') ? decodeHTMLStrict(value) : value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** A name from a string, a `{name}` node or a reference to one. */
function nameOf(value: unknown, byId: ReadonlyMap<string, JsonNode>): string | undefined {
  const resolved = resolveReference(value, byId);
  if (typeof resolved === 'string') return cleanString(resolved);
  if (isNode(resolved)) return cleanString(resolved.name);
  return undefined;
}

/** Authors as one byline: a string, a Person, or a list of either, joined with commas. */
function bylineOf(value: unknown, byId: ReadonlyMap<string, JsonNode>): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((v) => nameOf(v, byId))
    .filter((n): n is string => n !== undefined && !/^https?:/.test(n));
  const unique = [...new Set(names)];
  return unique.length ? unique.join(', ') : undefined;
}

/** `url` or `mainEntityOfPage` (a string or a WebPage node with `@id`/`url`). */
function urlOf(node: JsonNode): string | undefined {
  const direct = cleanString(node.url);
  if (direct) return direct;
  const page = node.mainEntityOfPage;
  if (typeof page === 'string') return cleanString(page);
  if (isNode(page)) return cleanString(page['@id']) ?? cleanString(page.url);
  return undefined;
}

/** The first article node of the page's JSON-LD scripts, read into plain fields. */
export function readJsonLd(scripts: readonly DomElement[]): JsonLdArticle {
  const nodes: JsonNode[] = [];
  for (const script of scripts) collectNodes(parseJsonSafely(script.textContent ?? ''), nodes);
  const byId = new Map<string, JsonNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find(isArticleNode);
  if (!article) return {};
  const result: JsonLdArticle = {};
  const set = (key: keyof JsonLdArticle, value: string | undefined): void => {
    if (value !== undefined) result[key] = value;
  };
  set('title', cleanString(article.headline) ?? cleanString(article.name));
  set('byline', bylineOf(article.author ?? article.creator, byId));
  set('published', cleanString(article.datePublished) ?? cleanString(article.dateCreated));
  set('outlet', nameOf(article.publisher, byId) ?? nameOf(article.sourceOrganization, byId));
  set('url', urlOf(article));
  set('lang', cleanString(article.inLanguage));
  set('description', cleanString(article.description));
  if (typeof article.articleBody === 'string' && article.articleBody.trim() !== '') {
    const body = article.articleBody.trim();
    result.body = body.includes('&') ? decodeHTMLStrict(body) : body;
  }
  return result;
}
