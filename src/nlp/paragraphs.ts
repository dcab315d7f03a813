import type { Span } from '../model/span.ts';
import { rememberRecentSpans } from './recent-spans.ts';

/**
 * Paragraphs of a text. Scraped pages put one paragraph per line, so by default every non-empty
 * line is a paragraph. Wire copy and e-mail are *hard-wrapped* instead (Reuters: lines of ~65
 * characters, paragraphs opened by an indented line): there a line break inside a paragraph is
 * only a space, and treating it as a boundary cuts sentences ("“…,” Nance\nsaid.") and quotations
 * in two. Wrapping is detected per text from its line shapes, never assumed.
 */

/** At least this many non-empty lines before a text can be judged hard-wrapped. */
const MIN_WRAPPED_LINES = 5;
/** Wrapped text has a wrap width; the 90th-percentile line length stays under this (characters). */
const MAX_WRAP_WIDTH = 100;
/**
 * Share of lines that break mid-sentence (no final punctuation, next line not blank) above which a
 * text is hard-wrapped. One-paragraph-per-line text has almost none (headlines and captions aside);
 * Reuters bodies have about 0.8. Checked on the seeds, the examples and Reuters; re-run
 * test/nlp/paragraphs.test.ts after changing it.
 */
const MIN_MID_SENTENCE_BREAKS = 0.5;
/** A line shorter than this share of the wrap width, ending a sentence, closes its paragraph. */
const SHORT_LINE_SHARE = 0.6;

/** Characters that end a sentence (or its closing quote or bracket) at the end of a line. */
const SENTENCE_END_CHARACTERS = new Set([...'.!?:;"”’»)]']);
const SPACE = /\s/u;

/** `\s` at text[i]: ASCII (indents of wire copy, every line's end) by code, no string per character. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

/**
 * Whether text[from, to) ends a sentence: its last non-space character is one of the above. Read
 * from the end, where a pattern anchored at the end was tried at every character of every line.
 */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpaceAt(text, i)) i--;
  return i >= from && SENTENCE_END_CHARACTERS.has(text[i]!);
}

interface Line extends Span {
  /** Offset of the first non-space character. */
  textStart: number;
  blank: boolean;
}

function readLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let textStart = start;
    while (textStart < end && isSpaceAt(text, textStart)) textStart++;
    out.push({ start, end, textStart, blank: textStart === end });
    start = end + 1;
  }
  return out;
}

/** The wrap width when the text is hard-wrapped, else null. */
export function findWrapWidth(text: string): number | null {
  return wrapWidthOf(text, readLines(text));
}

function wrapWidthOf(text: string, lines: readonly Line[]): number | null {
  const filled = lines.filter((l) => !l.blank);
  if (filled.length < MIN_WRAPPED_LINES) return null;
  // A typed array sorts numbers without a comparator call per comparison.
  const lengths = new Int32Array(filled.length);
  for (let i = 0; i < filled.length; i++) lengths[i] = filled[i]!.end - filled[i]!.textStart;
  lengths.sort();
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width > MAX_WRAP_WIDTH) return null;
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || lines[i + 1]!.blank) continue;
    if (!endsSentence(text, line.textStart, line.end)) breaks++;
  }
  return breaks / filled.length >= MIN_MID_SENTENCE_BREAKS ? width : null;
}

/**
 * Paragraph spans, trimmed, never empty. Hard-wrapped text: a paragraph ends at a blank line, before
 * an indented line, or after a short line that ends a sentence. Otherwise: one per non-empty line.
 */
export const splitParagraphs: (text: string) => Span[] = rememberRecentSpans(computeParagraphs);

function computeParagraphs(text: string): Span[] {
  // The lines are read once, for the wrap width and for the paragraphs.
  const lines = readLines(text);
  const width = wrapWidthOf(text, lines);
  const out: Span[] = [];
  let open: Span | null = null;
  const close = (): void => {
    if (open) out.push(trimmed(text, open));
    open = null;
  };
  for (const line of lines) {
    if (line.blank) {
      close();
      continue;
    }
    if (width === null) {
      out.push(trimmed(text, line));
      continue;
    }
    const indented = line.textStart > line.start;
    if (open && indented) close();
    if (open) open.end = line.end;
    else open = { start: line.start, end: line.end };
    const short = line.end - line.textStart < width * SHORT_LINE_SHARE;
    if (short && endsSentence(text, line.textStart, line.end)) close();
  }
  close();
  return out.filter((p) => p.end > p.start);
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}
