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

/** A paragraph of the canonical text (src/nlp/paragraphs.ts: a line, or a hard-wrapped block). */
export type Paragraph = Span;

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
