import type { Span } from './span.ts';

/** What kind of site chrome a boilerplate range is. Stable strings: they are part of the dossier. */
export const BOILERPLATE_KINDS = [
  'cookie-banner',
  'comment-form',
  'captcha',
  'related-rail',
  'subscription',
  'share',
  'photo-credit',
  'timestamp',
  'repeated-headline',
  'navigation',
  'advertisement',
  'legal',
  'other',
] as const;
export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];

/** A range of an article's text recognised as site chrome. Chrome is never deleted, only marked. */
export interface Boilerplate extends Span {
  kind: BoilerplateKind;
  /** The named heuristic that marked it, e.g. `chrome.cookie-banner`. */
  rule: string;
}

/** How an article entered Hearsay. */
export type SourceFormat = 'text' | 'html' | 'jsonl' | 'rss' | 'atom';

/**
 * One article as a reader hands it to the pipeline, before chrome detection and metadata inference.
 * `text` is canonical from here on: every offset anywhere in Hearsay indexes it.
 */
export interface RawArticle {
  /** File base name for file inputs; the record's id for JSONL; guid/link for feed items. */
  id: string;
  /** Path, URL or `stdin`, with `#line` or `#item` for records inside a container. */
  source: string;
  format: SourceFormat;
  /** For text inputs: the decoded input unchanged. For HTML: the extracted text. */
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  /** The encoding the bytes were decoded from (utf-8, utf-16le, windows-1251, …). */
  encoding: string;
}

export interface Article extends RawArticle {
  /** Sources the article credits for its content ("According to NordaOnline"). */
  credited: string[];
  boilerplate: Boilerplate[];
  /** Hex SHA-256 of `text`: exact duplicates share it and are stored once. */
  contentHash: string;
  /** Set when this article's text is an exact copy of an earlier one. */
  duplicateOf: string | null;
  /** Near-duplicates (syndicated copies) by shingle similarity, with the similarity. */
  syndicated: { article: string; similarity: number }[];
  /** Where each metadata field was found (`html.json-ld`, `text.dateline`, …). */
  metadataRules: Record<string, string>;
}
