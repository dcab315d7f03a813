/**
 * What a figure belongs to and when: the names in its sentence (whose profit, which country's
 * territory) and the period it covers (a quarter, a half, nine months, a year). Two reports of
 * one quantity name its owner and its period alike; "third-quarter profit of 21.6 mln dlrs" at
 * one company and "fourth-quarter income of 790,000 dlrs" at another are two quantities, however
 * many words their sentences share.
 */
import type { Span } from '../../model/span.ts';
import { isCommonWord, isLexiconPlace } from '../../nlp/gazetteer.ts';
import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import { NOT_NAME_WORDS } from '../../nlp/lexicons/function-words.ts';
import { ORGANIZATION_HEAD_WORDS } from '../../nlp/lexicons/organizations.ts';
import { stem } from '../../nlp/stem.ts';
import { tokenize } from '../../nlp/tokens.ts';

const CALENDAR = new Set([...ENGLISH_MONTH_NAMES, ...ENGLISH_WEEKDAY_NAMES]);
/** "Corp", "Bank", "Ministry": every company or body has one, so sharing one says nothing. */
const GENERIC_HEADS = ORGANIZATION_HEAD_WORDS;
/** Headline words this short are abbreviations ("NET", "QTR", "INC"), not names. */
const MIN_HEADLINE_NAME_CHARS = 4;

/**
 * Stems of the names in `text[from, to)`: capitalised words that are not calendar or function
 * words, nor an ordinary word capitalised because it opens the sentence.
 */
export function namesIn(text: string, span: Span): string[] {
  const out = new Set<string>();
  const tokens = tokenize(text, span.start, span.end);
  tokens.forEach((t, i) => {
    if (!/^\p{Lu}/u.test(t.text) || CALENDAR.has(t.norm) || NOT_NAME_WORDS.has(t.norm)) return;
    if (GENERIC_HEADS.has(t.norm)) return;
    // "Co", "Mr", "St": a two-letter word in mixed case is an abbreviation; "EU" is a name.
    if (t.text.length <= 2 && !/^\p{Lu}+$/u.test(t.text)) return;
    if (/^\p{Lu}+$/u.test(t.text) && t.text.length > 5) return; // a shouted headline word, not a name
    // A capital that opens a sentence proves nothing ("Oper shr loss", "Revs"): it counts only as
    // the start of a longer name ("Texas Commerce") or a known place.
    const opens = i === 0 || /[.!?:"“]\s*$/u.test(text.slice(tokens[i - 1]!.end, t.start));
    const next = tokens[i + 1];
    const longer =
      next !== undefined && /^\p{Lu}/u.test(next.text) && /^[\s-]*$/u.test(text.slice(t.end, next.start));
    if (opens && (isCommonWord(t.text) || (!longer && !isLexiconPlace(t.text)))) return;
    out.add(stem(t.norm.replace(/['’]s$/u, '')));
  });
  return [...out];
}

/**
 * The names of a headline, which may be all capitals ("ACME FOODS 3RD QTR NET"): words that are
 * not ordinary English words, abbreviations, calendar words or generic heads.
 */
export function headlineNames(title: string): string[] {
  const out = new Set<string>();
  for (const t of tokenize(title)) {
    if (t.norm.length < MIN_HEADLINE_NAME_CHARS || /\d/u.test(t.norm)) continue;
    if (CALENDAR.has(t.norm) || NOT_NAME_WORDS.has(t.norm) || GENERIC_HEADS.has(t.norm)) continue;
    if (isCommonWord(t.norm)) continue;
    out.add(stem(t.norm.replace(/['’]s$/u, '')));
  }
  return [...out];
}

/** Ordinals and small counts as numbers, for "third quarter" = "3rd quarter" = "Q3". */
const ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  three: 3,
  six: 6,
  nine: 9,
  twelve: 12,
  '3': 3,
  '6': 6,
  '9': 9,
  '12': 12,
};

const QUARTER = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?:quarter|qtr)\b/giu;
const QUARTER_SHORT = /\bq([1-4])\b/giu;
const HALF = /\b(first|second)[\s-]+half\b/giu;
const MONTHS = /\b(three|six|nine|twelve|3|6|9|12)[\s-]+months?\b/giu;
const FULL_YEAR =
  /\b(?:full|fiscal|calendar|whole)[\s-]+year\b|\bannual\b|\byear[\s-]+(?:ended|ending|earlier)\b/giu;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;

/**
 * The periods a sentence speaks of: `q3`, `h1`, `m9`, `fy` (the span covered) and `y1987` (the
 * calendar year), each a set, as a sentence may name two ("third quarter and nine months").
 */
export interface Period {
  spans: Set<string>;
  years: Set<string>;
}

export function periodOf(text: string): Period {
  const spans = new Set<string>();
  for (const m of text.matchAll(QUARTER)) spans.add(`q${ORDINAL[m[1]!.toLowerCase()]}`);
  for (const m of text.matchAll(QUARTER_SHORT)) spans.add(`q${m[1]}`);
  for (const m of text.matchAll(HALF)) spans.add(`h${ORDINAL[m[1]!.toLowerCase()]}`);
  for (const m of text.matchAll(MONTHS)) spans.add(`m${ORDINAL[m[1]!.toLowerCase()]}`);
  if (FULL_YEAR.test(text)) spans.add('fy');
  FULL_YEAR.lastIndex = 0;
  const years = new Set([...text.matchAll(YEAR)].map((m) => m[1]!));
  return { spans, years };
}

/** Periods fit when, for spans and for years, one names none or both name one in common. */
export function periodsFit(a: Period, b: Period): boolean {
  return overlapOrEmpty(a.spans, b.spans) && overlapOrEmpty(a.years, b.years);
}

function overlapOrEmpty(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}
