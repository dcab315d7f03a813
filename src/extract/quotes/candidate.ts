import type { Span } from '../../model/span.ts';
import type { QuoteMarkPair } from '../../nlp/lexicons/quote-marks.ts';

/** A stretch of quoted words found by quotation marks, before it is judged a statement or not. */
export interface MarkedSpan extends Span {
  /** Index of the opening mark (the words start after it). */
  openAt: number;
  /** Index of the closing mark, or -1 when the span was closed at a paragraph end. */
  closeAt: number;
  pair: QuoteMarkPair;
  rule: string;
}

/** A paragraph: a non-empty line of the canonical text (scraped text puts one paragraph per line). */
export type Paragraph = Span;

/** Non-empty lines of `text` as paragraphs, trimmed of surrounding white space. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Shrink a span past white space on both ends. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Whether the span holds at least one letter or digit. */
export function hasWords(text: string, span: Span): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end));
}
