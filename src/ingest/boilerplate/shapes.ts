import { MONTHS, TIMESTAMP_WORDS } from '../../nlp/lexicons/calendar-words.ts';
import { CONTENT_CUES } from '../../nlp/lexicons/chrome.ts';
import { alternation } from './patterns.ts';

/**
 * Line shapes shared by the chrome detectors: what content looks like (quotes, reporting verbs),
 * what a bare timestamp, a headline and a teaser look like. Cheap character tests first, so that
 * most lines of a long article are dismissed without a regular expression.
 */

/**
 * A quotation shorter than this is a button label or a scare quote ("Accept", «Cookie»), not
 * speech; a consent banner may quote its buttons. Calibrated on consent texts and news quotes:
 * the shortest reported speech worth keeping ("not acceptable") is longer.
 */
const QUOTED_SPEECH_MIN_CHARS = 15;

const CUE_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${alternation(CONTENT_CUES.map((c) => c.pattern))})(?![\\p{L}])`,
  'iu',
);

const OPENING_QUOTES = '“„«"‘‹';
const CLOSING_QUOTES = '”“»"’›';

/** Whether the line holds a quotation long enough to be speech: an opening mark, text, a closing mark. */
export function hasQuotedSpeech(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!OPENING_QUOTES.includes(ch)) continue;
    // An apostrophe-like ‘ inside a word ("rock ‘n’ roll") does not open a quotation.
    if (ch === '‘' && i > 0 && /\p{L}/u.test(line[i - 1]!)) continue;
    for (let j = i + 1; j < line.length; j++) {
      if (CLOSING_QUOTES.includes(line[j]!) && !(line[j] === '’' && /\p{L}/u.test(line[j + 1] ?? ''))) {
        if (j - i - 1 >= QUOTED_SPEECH_MIN_CHARS) return true;
        i = j;
        break;
      }
    }
  }
  return false;
}

/** Whether the line names a speech act ("said", "according to", «заявил»): reported content. */
export function hasContentCue(line: string): boolean {
  return CUE_PATTERN.test(line);
}

/** The guard every phrase detector applies: quotes and reporting verbs are article content, never chrome. */
export function carriesContent(line: string): boolean {
  return hasQuotedSpeech(line) || hasContentCue(line);
}

/** Words separated by white space (a fast count: no tokenizer). */
export function countWords(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Ends as a sentence does: a full stop, possibly inside closing quotes or brackets. */
export function endsWithFullStop(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && '"”’»)]'.includes(line[i]!)) i--;
  return i >= 0 && (line[i] === '.' || line[i] === '…') && !line.endsWith('...');
}

/** A headline in a rail is short and is not a sentence ("Election delay", "China and Vietnam"). */
const RAIL_HEADLINE_MAX_CHARS = 140;
/** A rail teaser is one or two sentences under a headline; longer lines are article paragraphs. */
export const TEASER_MAX_CHARS = 420;

export function isHeadlineShaped(line: string): boolean {
  return line.length <= RAIL_HEADLINE_MAX_CHARS && !endsWithFullStop(line) && /\p{L}/u.test(line);
}

export function isTeaserShaped(line: string): boolean {
  return line.length <= TEASER_MAX_CHARS && /\p{L}/u.test(line);
}

// --- bare timestamps ----------------------------------------------------------------------------

/** A timestamp line is short: "13:48 09.11.2025 •", "Updated: 9 November 2025, 10:15 GMT". */
export const TIMESTAMP_MAX_CHARS = 64;

const MONTH_NAMES = new Set(MONTHS.flatMap((m) => m.names));
const RELATIVE_WORDS = new Set(TIMESTAMP_WORDS.filter((g) => g.role === 'relative').flatMap((g) => g.words));
const STAMP_WORDS = new Set(TIMESTAMP_WORDS.filter((g) => g.role !== 'relative').flatMap((g) => g.words));

const FIRST_WORD = /\p{L}+/uy;
const STAMP_TOKEN = /\d+(?:[:./-]\d+)*|\p{L}+|[^\s\p{L}\d]/gu;
const TIME_TOKEN = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const NUMERIC_DATE_TOKEN = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
const STAMP_PUNCTUATION = '•·|,–—-/()[]:.';
/** Table rows and codes: a letter run into a digit ("DEC7", not the ISO "T"), a column gap, a double dash. */
const NOT_A_STAMP = /(?<!\d)\p{L}\d|\S {3,}\S|--/u;

/**
 * Whether the whole line is a date and/or time with at most labels around it ("22:30",
 * "13:48 09.11.2025 •", "Published 9 November 2025", "2 hours ago"): a byline stamp or a rail
 * item's time, never prose. Every token must be a number, a month, a timestamp word or a separator.
 */
export function isTimestampLine(line: string): boolean {
  if (line.length > TIMESTAMP_MAX_CHARS) return false;
  // Cheap gate: a stamp starts with a digit, or with a word that is a label, month or weekday.
  const first = line.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) {
    FIRST_WORD.lastIndex = 0;
    const word = FIRST_WORD.exec(line)?.[0].toLowerCase();
    if (word === undefined || !(MONTH_NAMES.has(word) || STAMP_WORDS.has(word) || RELATIVE_WORDS.has(word)))
      return false;
  }
  // A full stop ends a sentence ("… on March 17."); column gaps and dashes make a table row ("MAR8  --  --").
  if (line.endsWith('.') || NOT_A_STAMP.test(line)) return false;
  let anchor = false;
  let number = false;
  let numericDates = 0;
  STAMP_TOKEN.lastIndex = 0;
  for (let m = STAMP_TOKEN.exec(line); m !== null; m = STAMP_TOKEN.exec(line)) {
    const token = m[0];
    const c = token.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      number = true;
      if (TIME_TOKEN.test(token)) anchor = true;
      // One numeric date per stamp: a row of them ("04/09/87 03/09/87") is a table header.
      else if (NUMERIC_DATE_TOKEN.test(token)) {
        if (++numericDates > 1) return false;
        anchor = true;
      }
      // Other numbers must be a day, an amount of minutes or hours, or a plausible year ("May 6765" is a table row).
      else if (!(token.length <= 2 || (token.length === 4 && token >= '1900' && token <= '2100')))
        return false;
      continue;
    }
    const word = token.toLowerCase();
    if (MONTH_NAMES.has(word) || RELATIVE_WORDS.has(word)) anchor = true;
    else if (!STAMP_WORDS.has(word) && !STAMP_PUNCTUATION.includes(token)) return false;
  }
  return anchor && number;
}

// --- headlines ----------------------------------------------------------------------------------

/** A headline is a phrase or a short sentence: longer first lines are standfirsts or paragraphs. */
export const HEADLINE_MAX_CHARS = 200;
const HEADLINE_MIN_WORDS = 2;
/** A headline that ends in a full stop is a short single sentence ("Minister's interview with X."). */
const HEADLINE_WITH_STOP_MAX_WORDS = 14;

/**
 * Whether a line reads as a headline: a few words, starting with a capital or digit, not a chain
 * of sentences, not a bare date, and ending without a full stop unless it is one short sentence.
 */
/** Separators between a menu's items: a bar, a dot, a bullet, a chevron, a slash, or a wide gap. */
const MENU_SEPARATOR = /\s+[|·•›»/]\s+|\s{3,}/u;
/** Most words of one menu item ("Speeches and Remarks", "7 On Your Side"). */
const MENU_ITEM_MAX_WORDS = 4;
/** Fewest items that make a line a menu; "Headline | Place" has two. */
const MENU_MIN_ITEMS = 3;

/**
 * A line of short items between separators: a site's menu, sections or tags ("Politics | War |
 * Economy", "Geneva · Bern · Vienna", "HOME   POLITICS   VIDEO"), never a headline.
 */
export function isItemList(line: string): boolean {
  const items = line
    .trim()
    .split(MENU_SEPARATOR)
    .filter((x) => x !== '');
  return items.length >= MENU_MIN_ITEMS && items.every((x) => countWords(x) <= MENU_ITEM_MAX_WORDS);
}

export function looksLikeHeadline(line: string): boolean {
  if (line.length > HEADLINE_MAX_CHARS || !/^[\p{Lu}\p{N}"“«‘'(]/u.test(line)) return false;
  const words = countWords(line);
  if (words < HEADLINE_MIN_WORDS || isTimestampLine(line)) return false;
  if (/[.!?]["”’»]?\s+[\p{Lu}"“«]/u.test(line.replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|U\.S|U\.K|U\.N)\./g, '')))
    return false;
  if (/[,;:]$/.test(line)) return false;
  return !endsWithFullStop(line) || words <= HEADLINE_WITH_STOP_MAX_WORDS;
}
