import type { BoilerplateKind } from '../../model/article.ts';
import { isSpaceCode } from '../../nlp/space-codes.ts';

/** One non-blank line of the text, trimmed: `[start, end)` indexes the text, `text` is the slice. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** A chrome decision on a line, or on a part of it (`start`/`end` narrower than the line). */
export interface Mark {
  kind: BoilerplateKind;
  rule: string;
  start: number;
  end: number;
}

/**
 * The text as the detectors see it: its non-blank lines and one mark slot per line. Detectors run
 * in order and the first to mark a line wins; later ones may read earlier marks (position signals).
 */
export interface ChromeDoc {
  text: string;
  lines: Line[];
  marks: (Mark | undefined)[];
  /** The headline: the caller's hint, else the first line when it is shaped like one. */
  title: string | null;
  /** Whether the text is hard-wrapped (newswire style): its lines are pieces of paragraphs. */
  wrapped: boolean;
  /** Per line, 1 when it is a piece of a wrapped sentence (see `isContinuation`). */
  continued: Uint8Array;
}

/** White space as scraped text has it: a regular expression's `\s` and the zero-width space. */
function isScrapedSpaceCode(c: number): boolean {
  return isSpaceCode(c) || c === 0x200b;
}

/** Non-blank lines with offsets, trimmed; white-space-only lines are noise, not chrome, and are skipped. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let start = from;
    let end = to;
    while (start < end && isScrapedSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isScrapedSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end) });
    from = to + 1;
  }
  return lines;
}

export function makeDoc(text: string, title: string | null): ChromeDoc {
  const lines = splitLines(text);
  const wrapped = isHardWrapped(lines);
  const continued = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    continued[i] = continuesAbove(text, lines, i, wrapped) || runsOn(text, lines, i) ? 1 : 0;
  }
  return { text, lines, marks: new Array(lines.length), title, wrapped, continued };
}

/** Lines this long are where a hard wrap shows: a wrapped paragraph's lines are 60–80 characters. */
const WRAP_PROBE_MIN_CHARS = 40;
/** Hard-wrapped text has no line longer than a terminal's width, save a few tables. */
const WRAP_MAX_LINE_CHARS = 100;
/**
 * Share of probe lines that end mid-sentence (letter, digit, comma) in wrapped text. Reuters-21578
 * bodies run at 0.4–0.9 (short items lower); one-paragraph-per-line scraped articles at 0.0–0.2 (their long lines end
 * with a full stop, only headlines stay open). 0.35 keeps short wire items wrapped.
 */
const WRAP_OPEN_SHARE = 0.35;
const WRAP_MIN_PROBES = 4;

/** Whether the lines are a hard-wrapped text: mostly mid-sentence line ends, no long lines. */
export function isHardWrapped(lines: readonly Line[]): boolean {
  let probes = 0;
  let open = 0;
  let long = 0;
  for (const line of lines) {
    const t = line.text;
    if (t.length > WRAP_MAX_LINE_CHARS) long++;
    if (t.length < WRAP_PROBE_MIN_CHARS) continue;
    probes++;
    if (/[\p{L}\p{N},]/u.test(t[t.length - 1]!)) open++;
  }
  return probes >= WRAP_MIN_PROBES && open / probes >= WRAP_OPEN_SHARE && long <= probes * 0.05;
}

/** A line before which a paragraph visibly goes on reads like this at its end. */
const OPEN_LINE_END = /[\p{L}\p{N},\-–—]$/u;
/** A previous line shorter than this is a label or heading, not a paragraph wrapped onto the next line. */
const CONTINUED_LINE_MIN_CHARS = 40;

/**
 * Whether line `i` is a piece of a wrapped sentence: it continues the line above (no blank line
 * between, the previous line ends mid-sentence; in hard-wrapped text always then, elsewhere when it
 * also starts in lower case), or it runs on into a lower-case line below ("Comment" over "was not
 * available"). A lower-case line holding a URL is a link ("read more in our channel https://…"),
 * not a piece of prose.
 * A piece of a paragraph is content, whatever words it starts with.
 */
export function isContinuation(doc: ChromeDoc, i: number): boolean {
  return doc.continued[i] === 1;
}

/** The next line goes on in lower case with a word (not a URL): "was not immediately available …". */
/** A line runs on when it stops on a word or a comma; a number or time ("23:00") is complete. */
const RUN_ON_END = /[\p{L},]$/u;
const HAS_URL = /https?:\/\/|www\./;
const LOWER_CASE_WORD_START = /^\p{Ll}[\p{L}'’-]*(?:[\s,;]|$)/u;

function isAdjacentPair(text: string, a: Line, b: Line): boolean {
  return text.indexOf('\n', a.end) === text.lastIndexOf('\n', b.start);
}

function runsOn(text: string, lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  return (
    next !== undefined &&
    RUN_ON_END.test(line.text) &&
    LOWER_CASE_WORD_START.test(next.text) &&
    !HAS_URL.test(next.text) &&
    isAdjacentPair(text, line, next)
  );
}

function continuesAbove(text: string, lines: readonly Line[], i: number, wrapped: boolean): boolean {
  const prev = lines[i - 1];
  if (prev === undefined) return false;
  const line = lines[i]!;
  if (prev.text.length < CONTINUED_LINE_MIN_CHARS || !OPEN_LINE_END.test(prev.text)) return false;
  // A blank line between them ends the paragraph.
  if (!isAdjacentPair(text, prev, line)) return false;
  return wrapped || (/^\p{Ll}/u.test(line.text) && !HAS_URL.test(line.text));
}

/** Marks line `i` whole unless an earlier detector already did; returns whether it marked. */
export function markLine(doc: ChromeDoc, i: number, kind: BoilerplateKind, rule: string): boolean {
  if (doc.marks[i]) return false;
  const line = doc.lines[i]!;
  doc.marks[i] = { kind, rule, start: line.start, end: line.end };
  return true;
}

/** Marks `[start, end)` inside line `i` (a credit at the end of a caption) unless already marked. */
export function markPart(
  doc: ChromeDoc,
  i: number,
  start: number,
  end: number,
  kind: BoilerplateKind,
  rule: string,
): boolean {
  if (doc.marks[i]) return false;
  doc.marks[i] = { kind, rule, start, end };
  return true;
}

/** Whether line `i` is marked over its whole length (not just a credit inside it). */
export function isWholeLineMarked(doc: ChromeDoc, i: number): boolean {
  const mark = doc.marks[i];
  const line = doc.lines[i];
  return mark !== undefined && line !== undefined && mark.start === line.start && mark.end === line.end;
}
