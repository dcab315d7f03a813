import { latin1 } from './decode.ts';

/** What a source holds, decided from its content; the file name only breaks ties. */
export type SniffedFormat = 'gzip' | 'html' | 'rss' | 'atom' | 'jsonl' | 'json' | 'text';

const SNIFF_BYTES = 4096;

/** Gzip's magic number: compressed pages (`.html.gz`) and exports (`.jsonl.gz`). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Markup is recognised by its first element, JSON by its first character and a first line that
 * parses; everything else is plain text. A `.txt` that happens to hold HTML is read as HTML,
 * because that is what it is.
 */
export function sniffFormat(bytes: Uint8Array, name = ''): SniffedFormat {
  if (isGzip(bytes)) return 'gzip';
  const head = latin1(bytes.subarray(0, SNIFF_BYTES))
    .replace(/^\uFEFF|^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/, '')
    .replace(/\0/g, '')
    .trimStart();
  if (head.startsWith('<')) return sniffMarkup(head);
  if (head.startsWith('{') || head.startsWith('[')) return sniffJson(head, name);
  return 'text';
}

/**
 * What may precede the root element of an XML document: comments, processing instructions
 * (stylesheets) and a DOCTYPE (RSS 0.91 carries one; a DOCTYPE may hold an internal subset in
 * brackets). A DOCTYPE naming html is kept: it says the document is a page.
 */
const XML_PROLOG_ITEM =
  /^(?:<!--[\s\S]*?-->|<\?[^>]*>|<!doctype\s+(?!html[\s>])[^[>]*(?:\[[\s\S]*?\]\s*)?>)\s*/i;

function stripProlog(head: string): string {
  let body = head;
  for (let match = XML_PROLOG_ITEM.exec(body); match; match = XML_PROLOG_ITEM.exec(body))
    body = body.slice(match[0].length);
  return body;
}

function sniffMarkup(head: string): SniffedFormat {
  const body = stripProlog(head);
  // A DOCTYPE whose internal subset runs past the sniffed head still names the root element.
  const doctypeRoot = /^<!doctype\s+(rss|rdf:RDF|feed)[\s[>]/i.exec(body)?.[1]?.toLowerCase();
  if (doctypeRoot) return doctypeRoot === 'feed' ? 'atom' : 'rss';
  if (/^<rss[\s>]/i.test(body) || /^<rdf:RDF[\s>]/i.test(body)) return 'rss';
  if (/^<feed[\s>]/i.test(body)) return 'atom';
  if (/^<(!doctype\s+html|html|head|body|meta|title|div|article|p|section|main|header|!--)/i.test(body))
    return 'html';
  return /<\/(p|div|body|html)>/i.test(head) ? 'html' : 'text';
}

function sniffJson(head: string, name: string): SniffedFormat {
  if (head.startsWith('[')) return 'json';
  const firstLine = head.split('\n', 1)[0]!;
  try {
    JSON.parse(firstLine);
    return 'jsonl';
  } catch {
    // A pretty-printed single object spans lines; a .jsonl whose first line is broken is still JSONL.
    return /\.jsonl$/i.test(name) ? 'jsonl' : 'json';
  }
}
