import type { Span } from '../../model/span.ts';
import { isCapitalised } from '../../nlp/letter-case.ts';
import { isPrintableAscii, normalizeWord } from '../../nlp/tokens.ts';
import { findWord, type WordHit } from '../../nlp/word-scan.ts';
import { isSpaceCode } from '../../nlp/space-codes.ts';

/**
 * The word layer the entity recogniser works on: regex tokens with what the rules ask of each
 * (capitalised? acronym? first of its sentence? what punctuation sits before it?). A regex pass,
 * not a tagger, so it runs at corpus speed.
 */
export interface Word extends Span {
  text: string;
  /** Lower case, no diacritics, no abbreviation dots. */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("NATO", "U.S."). */
  upper: boolean;
  /** Text between the previous word (or segment start) and this one. */
  gap: string;
  /** First word of a sentence or line, where capitals say nothing about names. */
  sentenceStart: boolean;
  /** The word ended in a possessive "'s" that was cut off (`end` excludes it). */
  possessive: boolean;
  /** The word's line reads as a headline (title case or all capitals). */
  headline: boolean;
}

/** Dotted acronyms first ("U.S.", "D.C."), then words with inner apostrophes ("O'Brien"). */
const WORD_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Ends in a possessive "'s" or "’s". */
function isPossessiveEnd(surface: string): boolean {
  return surface.endsWith("'s") || surface.endsWith('’s');
}
/**
 * A gap that starts a new sentence or clause-initial position: a mark that ends one (. ! ? : ; • |),
 * a blank line, or an opening quotation mark or bracket at its start or end (spaces aside). Read
 * by character code: nearly every word but those after a single space asks.
 */
function isSentenceGap(gap: string): boolean {
  let leading = true;
  let newline = false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (SENTENCE_MARKS.has(c)) return true;
    if (isSpaceCode(c)) {
      // Two line breaks with only spaces between: a blank line.
      if (c === 10) {
        if (newline) return true;
        newline = true;
      }
      continue;
    }
    if (leading && OPENING_MARKS.has(c)) return true;
    leading = false;
    newline = false;
  }
  let k = gap.length - 1;
  while (k >= 0 && isSpaceCode(gap.charCodeAt(k))) k--;
  return k >= 0 && OPENING_MARKS.has(gap.charCodeAt(k));
}

/** . ! ? : ; • | */
const SENTENCE_MARKS: ReadonlySet<number> = new Set([...'.!?:;•|'].map((c) => c.charCodeAt(0)));
/** “ " ‘ « ( [ */
const OPENING_MARKS: ReadonlySet<number> = new Set([...'“"‘«(['].map((c) => c.charCodeAt(0)));
/** Small words ignored when judging whether a line is set in title case. */
const MIN_TITLE_CASE_WORD_CHARS = 4;
/** Share of long words capitalised for a line to read as a headline; 0.8 lets one lower-case word in. */
const HEADLINE_CAPITAL_SHARE = 0.8;
/** Fewer long words than this and a line is a label ("Election Delay"), judged as a sentence. */
const HEADLINE_MIN_WORDS = 3;

/** The words of `text[from, to)`, with sentence starts and headline lines marked. */
export function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD_PATTERN.source, 'gu');
  const hit: WordHit = { start: 0, end: 0 };
  let prevEnd = from;
  for (let at = from; findWord(text, at, text.length, re, true, hit) && hit.start < to; at = hit.end) {
    if (hit.end > to) break;
    const whole = text.slice(hit.start, hit.end);
    const possessive = whole.length > 2 && isPossessiveEnd(whole);
    const surface = possessive ? whole.slice(0, -2) : whole;
    const start = hit.start;
    const end = start + surface.length;
    const gap = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    const ascii = readAscii(surface);
    let norm: string;
    let upper: boolean;
    if (ascii === NOT_ASCII) {
      const lower = normalizeWord(surface);
      norm = surface.includes('.') ? lower.replace(/\./g, '') : lower;
      upper = isAllCapitals(surface);
    } else {
      const lower = ascii & HAS_CAPITAL ? surface.toLowerCase() : surface;
      norm = ascii & HAS_DOT ? lower.replace(/\./g, '') : lower;
      upper = (ascii & HAS_SMALL) === 0 && ascii >> LETTER_COUNT_SHIFT >= 2;
    }
    out.push({
      start,
      end,
      text: surface,
      norm,
      cap: isCapitalised(surface),
      upper,
      gap,
      // A single space, the usual gap, never starts a sentence: the tests are skipped for it.
      sentenceStart:
        prev === undefined ||
        (gap !== ' ' &&
          ((isSentenceGap(gap) && !isAbbreviationBefore(prev, gap)) || isShortLineBreak(text, prev, gap))),
      possessive,
      headline: false,
    });
    prevEnd = hit.end;
  }
  markHeadlines(out);
  return out;
}

/**
 * Hard-wrapped text (wire copy) breaks lines mid-sentence, so a line break alone starts a sentence
 * only when the line before is short (a headline, a label, a dateline): under SHORT_LINE_CHARS.
 */
function isShortLineBreak(text: string, prev: Word, gap: string): boolean {
  if (!gap.includes('\n')) return false;
  const lineStart = text.lastIndexOf('\n', prev.start) + 1;
  return prev.end - lineStart < SHORT_LINE_CHARS;
}

/** Lines shorter than this are headlines or labels, not wrapped prose; wire copy wraps near 65. */
const SHORT_LINE_CHARS = 50;

const LOWER_LETTER = /\p{Ll}/u;

/** What `readAscii` found: a word with a character outside printable ASCII. */
const NOT_ASCII = -1;
const HAS_CAPITAL = 1;
const HAS_SMALL = 2;
const HAS_DOT = 4;
/** Above the flags: the count of characters neither dot nor digit (the letters `upper` counts). */
const LETTER_COUNT_SHIFT = 3;

/**
 * One pass over a printable-ASCII word (most words of English news) for what wordsOf asks of it:
 * capitals (to lower-case it at all), small letters, dots, and the letters an acronym counts.
 * NOT_ASCII for any other word, which takes the general path.
 */
function readAscii(surface: string): number {
  let flags = 0;
  let letters = 0;
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return NOT_ASCII;
    if (c >= 65 && c <= 90) flags |= HAS_CAPITAL;
    else if (c >= 97 && c <= 122) flags |= HAS_SMALL;
    if (c === 46) flags |= HAS_DOT;
    else if (c < 48 || c > 57) letters++;
  }
  return flags | (letters << LETTER_COUNT_SHIFT);
}

/** Two or more letters and no lower-case one ("NATO", "U.S."). */
function isAllCapitals(surface: string): boolean {
  const c = surface.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  // Plain ASCII (most words) is read by code: no regex, no string per character.
  if (isPrintableAscii(surface)) {
    let ascii = 0;
    for (let i = 0; i < surface.length; i++) {
      const k = surface.charCodeAt(i);
      if (k >= 97 && k <= 122) return false;
      if (k !== 46 && !(k >= 48 && k <= 57)) ascii++;
    }
    return ascii >= 2;
  }
  if (LOWER_LETTER.test(surface)) return false;
  let letters = 0;
  for (const ch of surface) if (ch !== '.' && !(ch >= '0' && ch <= '9')) letters++;
  return letters >= 2;
}

/** "Mr. Smith", "J. Smith": a full stop after an honorific or an initial does not end a sentence. */
function isAbbreviationBefore(prev: Word, gap: string): boolean {
  if (!/^\.\s+$/u.test(gap)) return false;
  return (
    prev.text.length === 1 ||
    ['mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'col', 'prof', 'st', 'lt'].includes(prev.norm)
  );
}

/**
 * Marks the words of headline lines: lines whose long words are nearly all capitalised (title
 * case) or that are set in capitals. There capitals say nothing about names, so the recogniser
 * only accepts known names there.
 */
function markHeadlines(words: Word[]): void {
  let lineStart = 0;
  // Counted in place, per line: no array per line (wire copy has a line every ten words).
  let long = 0;
  let capital = 0;
  let allCaps = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    if (i > 0 && (w === undefined || w.gap.includes('\n'))) {
      const headline =
        long >= HEADLINE_MIN_WORDS &&
        (capital >= HEADLINE_CAPITAL_SHARE * long || allCaps >= HEADLINE_CAPITAL_SHARE * long);
      if (headline) for (let k = lineStart; k < i; k++) words[k]!.headline = true;
      lineStart = i;
      long = 0;
      capital = 0;
      allCaps = 0;
    }
    if (w === undefined || w.text.length < MIN_TITLE_CASE_WORD_CHARS || !startsWithLetter(w.text)) continue;
    long++;
    if (w.cap) capital++;
    if (w.upper) allCaps++;
  }
}

const LETTER_FIRST = /^\p{L}/u;

/** The word opens with a letter (by code for ASCII). */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_FIRST.test(text);
}

/** The index of the word starting at an offset, or undefined. */
export interface WordsByStart {
  get(start: number): number | undefined;
}

/**
 * Words by start offset. Words come in text order, so a binary search finds them without a map
 * entry per word of the article (only a few mentions are looked up); a list out of order (never
 * made by articleWords, but cheap to check) falls back to a map, the last word winning as before.
 */
export function indexWordsByStart(words: readonly Word[]): WordsByStart {
  for (let i = 1; i < words.length; i++)
    if (words[i]!.start <= words[i - 1]!.start) return new Map(words.map((w, k) => [w.start, k]));
  return {
    get(start) {
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (words[mid]!.start < start) lo = mid + 1;
        else hi = mid;
      }
      return words[lo]?.start === start ? lo : undefined;
    },
  };
}
