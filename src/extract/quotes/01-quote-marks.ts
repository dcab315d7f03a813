import { NOT_NAME_WORDS } from '../../nlp/lexicons/function-words.ts';
import {
  APOSTROPHE_CHARS,
  CLOSERS,
  OPENERS,
  QUOTE_MARK_CHARS,
  type QuoteMarkPair,
} from '../../nlp/lexicons/quote-marks.ts';
import { hasWords, type MarkedSpan, type Paragraph, trimSpan } from './candidate.ts';

/** What one paragraph's marks gave: closed spans, and the outermost opener left open at its end. */
export interface ParagraphMarks {
  paragraph: Paragraph;
  spans: MarkedSpan[];
  openAtEnd: { at: number; pair: QuoteMarkPair } | null;
}

/** Any quotation-mark character: the scanner jumps from one to the next instead of reading every character. */
const QUOTE_MARK_PATTERN = new RegExp(`[${[...QUOTE_MARK_CHARS].join('')}]`, 'u');

/** Nesting deeper than this is noise (runs of stray marks), not quotation. */
const MAX_QUOTE_DEPTH = 4;

interface Open {
  at: number;
  pairs: readonly QuoteMarkPair[];
}

/**
 * Pair the quotation marks of one paragraph with a stack, so nested quotes (‘…’ inside “…”) pair
 * correctly. Whether a mark opens or closes is read from its flanks, as Markdown does for emphasis:
 * a mark with a space before and a letter after opens, one with a letter before and a space or
 * punctuation after closes. Apostrophes ("Russia’s", "don't") are told apart from single quotes by
 * the letters on both sides.
 */
export function findParagraphQuoteMarks(text: string, paragraph: Paragraph): ParagraphMarks {
  const spans: MarkedSpan[] = [];
  const stack: Open[] = [];
  const re = new RegExp(QUOTE_MARK_PATTERN.source, 'gu');
  re.lastIndex = paragraph.start;
  let skipAt = -1;
  let doubledAt = -1;
  for (let hit = re.exec(text); hit !== null && hit.index < paragraph.end; hit = re.exec(text)) {
    const i = hit.index;
    if (i === skipAt) continue;
    let c = text[i]!;
    // quote.doubled-apostrophe: some papers and wires print “ and ” as two single marks (''…'',
    // “…’’, ‘‘…’’). The two are one double mark: when they open, the second opens; when they
    // close, the first closes and the second is passed over. Read as a single mark, ’’ could not
    // close the “ it answers, and the quotation ran on to the paragraph's next mark.
    const doubled = DOUBLED_SINGLE_MARKS.get(c);
    if (doubled !== undefined && text[i + 1] === c && i !== doubledAt) {
      if (!isRightFlanking(text, i, paragraph)) {
        doubledAt = i + 1;
        continue;
      }
      skipAt = i + 1;
      c = doubled;
    } else if (doubled !== undefined && i === doubledAt) c = doubled;
    const opens = OPENERS.get(c) ?? misusedOpener(text, i, paragraph, stack.length);
    const closes = CLOSERS.get(c);
    if (!opens && !closes) continue;
    if (isApostrophe(text, i, paragraph.end)) continue;
    const left = isLeftFlanking(text, i, paragraph);
    const right = isRightFlanking(text, i, paragraph);
    const same = closes ? findClosable(stack, c) : -1;
    const target = same >= 0 || !closes || !right || left ? same : findMixedClosable(stack, closes);
    if (target >= 0 && (right || !left || !opens)) {
      const open = stack[target]!;
      stack.length = target;
      const pair = open.pairs.find((p) => p.close === c) ?? open.pairs[0]!;
      const span = trimSpan(text, open.at + 1, i);
      if (hasWords(text, span))
        spans.push({ ...span, openAt: open.at, closeAt: i, pair, rule: 'quote.marks' });
    } else if (opens && (left || !right) && stack.length < MAX_QUOTE_DEPTH) {
      stack.push({ at: i, pairs: opens });
    }
  }
  const bottom = stack[0];
  const openAtEnd = bottom ? { at: bottom.at, pair: bottom.pairs[0]! } : null;
  return { paragraph, spans, openAtEnd };
}

/** A single mark printed twice in a row stands for this double mark. */
const DOUBLED_SINGLE_MARKS: ReadonlyMap<string, string> = new Map([
  ["'", '"'],
  ['’', '”'],
  ['‘', '“'],
]);

/** The English double pair, the one a misused closing mark stands in for. */
const ENGLISH_DOUBLE = OPENERS.get('“')!;

/**
 * quote.misused-opener: some outlets' systems open a paragraph's quotation with the closing mark
 * (`”Fear. I am afraid …” ― A. Reader`). A `”` first in its paragraph, with nothing open and a
 * letter or digit after it, can only open; it opens an English double quotation. So does one
 * before an ellipsis (`” … and then we left,” she said`): a quotation taken up mid-sentence.
 */
function misusedOpener(
  text: string,
  i: number,
  p: Paragraph,
  open: number,
): readonly QuoteMarkPair[] | undefined {
  if (open > 0 || text[i] !== '”' || i !== p.start) return undefined;
  return LETTER_OR_DIGIT.test(text[i + 1] ?? '') || ELLIPSIS_LEAD.test(text.slice(i + 1, i + 6))
    ? ENGLISH_DOUBLE
    : undefined;
}

/** An ellipsis (… or ...) after a mark, a space on either side, then a word: words left out before the quote's. */
const ELLIPSIS_LEAD = /^ ?(?:…|\.\.\.) ?[\p{L}\p{N}]/u;

/** Index in the stack of the innermost opener that `c` closes, or -1. */
function findClosable(stack: Open[], c: string): number {
  for (let j = stack.length - 1; j >= 0; j--) {
    if (stack[j]!.pairs.some((p) => p.close === c)) return j;
  }
  return -1;
}

/**
 * quote.mixed-marks: web copy often opens with a typographic mark and closes with a straight one
 * (`“Deals should not be required," he said`) or the reverse. A mark that can only close here
 * (a letter before it, a space or punctuation after) and has no opener of its own style closes
 * the innermost open quotation of the same family, rather than opening a new one that runs on.
 */
function findMixedClosable(stack: Open[], closes: readonly QuoteMarkPair[]): number {
  const families = new Set(closes.map((p) => p.family));
  for (let j = stack.length - 1; j >= 0; j--) {
    if (stack[j]!.pairs.some((p) => families.has(p.family))) return j;
  }
  return -1;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a mark still counts as opening: brackets, dashes, slashes, other marks. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:“‘«‹„‚"']/u;
/** Characters before which a mark still counts as closing. */
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-/”’»›“‘"'…]/u;

/**
 * An apostrophe, not a quote: between two letters ("Russia’s", "don't"), or a plural possessive
 * ("the residents’ choice") when another closing candidate follows in the paragraph. A possessive
 * is followed by a noun, so before a function word ("interests’ with") the mark closes a quote.
 */
function isApostrophe(text: string, i: number, end: number): boolean {
  const c = text[i]!;
  if (c === '"') return isStraightDoubleApostrophe(text, i);
  const prev = text[i - 1] ?? ' ';
  // A clitic typed after a stray space, with either single mark ("isn ‘t", "don ’t"): no
  // quotation opens with "t" or "s".
  if (
    (c === '‘' || APOSTROPHE_CHARS.has(c)) &&
    prev === ' ' &&
    LETTER_OR_DIGIT.test(text[i - 2] ?? ' ') &&
    CLITIC_AFTER_MARK.test(text.slice(i + 1, i + 4))
  )
    return true;
  if (!APOSTROPHE_CHARS.has(c)) return false;
  const next = text[i + 1] ?? ' ';
  // Hangul and Han have no apostrophe: a mark between their letters closes a quote before a
  // particle ("‘…’의", "‘…’이라고").
  if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next))
    return !NO_APOSTROPHE_SCRIPT.test(prev + next);
  if (prev === 's' && next === ' ' && /[a-z]/.test(text[i + 2] ?? '')) {
    const word = /^[\p{L}]+/u.exec(text.slice(i + 2, i + 24))?.[0] ?? '';
    if (NOT_NAME_WORDS.has(word)) return false;
    const rest = text.slice(i + 1, end);
    return new RegExp(`[^\\s]${c === '’' ? '’' : "'"}(?![\\p{L}\\p{N}])`, 'u').test(rest);
  }
  return false;
}

/** Scripts written without apostrophes, whose quotes close right before a particle. */
const NO_APOSTROPHE_SCRIPT = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** What follows an apostrophe in English clitics: possessive 's, n't, 're, 've, 'll, 'd, 'm. */
const CLITIC_AFTER_MARK = /^(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])/u;

/**
 * quote.straight-double-apostrophe: some wire copy prints the apostrophe as a straight double mark
 * ("Brazil"s output", "we don"t"). Read as a quote, such a mark has no flank to decide by, so it
 * toggles the pairing and every later quote of its paragraph is read inside out. A straight double
 * mark between a letter and an English clitic is an apostrophe; "the "Jaws"s sequel" stays rare.
 */
function isStraightDoubleApostrophe(text: string, i: number): boolean {
  if (!LETTER_OR_DIGIT.test(text[i - 1] ?? ' ')) return false;
  return CLITIC_AFTER_MARK.test(text.slice(i + 1, i + 4));
}

function isLeftFlanking(text: string, i: number, p: Paragraph): boolean {
  const next = i + 1 < p.end ? text[i + 1]! : ' ';
  const prev = i > p.start ? text[i - 1]! : ' ';
  return !SPACE.test(next) && OPENING_CONTEXT.test(prev);
}

function isRightFlanking(text: string, i: number, p: Paragraph): boolean {
  const next = i + 1 < p.end ? text[i + 1]! : ' ';
  const prev = i > p.start ? text[i - 1]! : ' ';
  return !SPACE.test(prev) && CLOSING_CONTEXT.test(next);
}
