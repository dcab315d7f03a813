import type { Span } from '../model/span.ts';
import { lineNumberLength } from './line-numbers.ts';
import { rememberRecentSpans } from './recent-spans.ts';
import { isSpaceCode } from './space-codes.ts';

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

/**
 * Share of non-empty lines that open on a printed line number ("11   a full survey, and …") for a
 * text to be a numbered transcript, a court's or an inquiry's: there a sentence runs on over
 * numbered lines, and a line that does not end one goes on in the next.
 */
const MIN_NUMBERED_SHARE = 0.6;
/**
 * A numbered line that opens a turn or a note, not the rest of a sentence: a label in capitals
 * closed by a colon or a full stop ("Q.", "THE CHAIR:", "MR ROE:"), or a bracket ("(Pause)").
 */
const OPENS_TURN = /^(?:\p{Lu}[\p{Lu}.'’-]*(?:[ \u00a0]\p{Lu}[\p{Lu}.'’-]*)*[:.](?:\s|$)|[([])/u;

/**
 * A hard-wrapped line that opens a speaker's turn, as a transcript copied out of a PDF prints it:
 * a label with a surname in capitals, perhaps after a title-case honorific or article, closed by
 * a colon ("Ms DASHWOOD:", "The CHAIR:", "MR ROE:", "Q:"). After a line that ends a sentence it
 * starts a paragraph, however long that line was.
 */
const WRAPPED_TURN_LABEL =
  /^(?:(?:The|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Hon|Sen|Rep|Prof)\.?[ \u00a0])?\p{Lu}[\p{Lu}'’-]*(?:[ \u00a0]\p{Lu}[\p{Lu}'’-]*){0,3}:(?:\s|$)/u;

/** Characters that end a sentence (or its closing quote or bracket) at the end of a line. */
const SENTENCE_END_CHARACTERS = new Set([...'.!?:;"”’»)]']);
/** `\s` at text[i], by code: no string per character. */
function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(text.charCodeAt(i));
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
  if (isNumberedText(text, lines)) return numberedParagraphs(text, lines);
  const width = wrapWidthOf(text, lines);
  const out: Span[] = [];
  let open: Span | null = null;
  let previous: Line | null = null;
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
    if (open && previous && opensTurnAfter(text, previous, line, width)) close();
    previous = line;
    if (open) open.end = line.end;
    else open = { start: line.start, end: line.end };
    const short = line.end - line.textStart < width * SHORT_LINE_SHARE;
    if (short && endsSentence(text, line.textStart, line.end)) close();
  }
  close();
  return out.filter((p) => p.end > p.start);
}

/**
 * A turn label opening `line` after `previous` ended a sentence or was short, a title or header
 * line ("WITNESS: Ms Ada Roe, Director"): a sentence running on over the break fills its line.
 */
function opensTurnAfter(text: string, previous: Line, line: Line, width: number): boolean {
  const ended =
    endsSentence(text, previous.textStart, previous.end) ||
    previous.end - previous.textStart < width * SHORT_LINE_SHARE;
  return (
    ended && WRAPPED_TURN_LABEL.test(text.slice(line.textStart, Math.min(line.end, line.textStart + 60)))
  );
}

/** Length of the line number opening a line (after its indentation); 0 for none. */
function numberOf(text: string, line: Line): number {
  const c = text.charCodeAt(line.textStart);
  if (c < 48 || c > 57) return 0;
  return lineNumberLength(text.slice(line.textStart, Math.min(line.end, line.textStart + 80)));
}

function isNumberedText(text: string, lines: readonly Line[]): boolean {
  let filled = 0;
  let numbered = 0;
  for (const line of lines) {
    if (line.blank) continue;
    filled++;
    if (numberOf(text, line) > 0) numbered++;
  }
  return filled >= MIN_WRAPPED_LINES && numbered >= MIN_NUMBERED_SHARE * filled;
}

/**
 * A numbered transcript's paragraphs: a numbered line goes on from the one before when that one
 * was numbered too and broke off mid-sentence, unless it opens a turn or a note. Lines without a
 * number (page numbers, running headers) stand alone.
 */
function numberedParagraphs(text: string, lines: readonly Line[]): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  let last: Line | null = null;
  for (const line of lines) {
    const at = line.blank ? 0 : numberOf(text, line);
    const goesOn =
      open !== null &&
      last !== null &&
      at > 0 &&
      !endsSentence(text, last.textStart, last.end) &&
      !OPENS_TURN.test(text.slice(line.textStart + at, Math.min(line.end, line.textStart + at + 60)));
    if (goesOn) open!.end = line.end;
    else {
      if (open) out.push(trimmed(text, open));
      open = line.blank ? null : { start: line.start, end: line.end };
    }
    last = at > 0 ? line : null;
    if (at === 0 && open) {
      out.push(trimmed(text, open));
      open = null;
    }
  }
  if (open) out.push(trimmed(text, open));
  return out.filter((p) => p.end > p.start);
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}
