/**
 * Date expressions in running text, resolved to ISO dates at the precision the text gives
 * (`2025`, `2025-06`, `2025-06-14`). chrono-node finds and resolves them (eval/dates.ts measured
 * it against a hand parser, docs/dates.md); this module adds what news prose needs and chrono
 * does not do on its own: bare years ("seized in 2014"), seasons ("in the spring"), weekdays read
 * as past ("on Sunday" in a report means the Sunday just gone, chrono picks the coming one),
 * "N years after <date>" read as the anchored date, and the month-name false positives ("they
 * march", "you may") dropped. Pure: the reference is the article's own date, never the clock.
 */
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import { weekdayNumber } from '../../nlp/lexicons/calendar-words.ts';
import { seasonParser } from './seasons.ts';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** ISO date at the precision the text gives. */
  date: string;
  /** True when the date came from the reference date (weekday, "last month", a year-less day). */
  relative: boolean;
}

/** An ISO calendar day (`YYYY-MM-DD`, time ignored) as the reference chrono resolves against. */
export interface Reference {
  year: number;
  month: number;
  day: number;
}

/**
 * A stand-in reference for articles without a date: chrono needs one, and every expression whose
 * value depended on it is then dropped (`relative`), so its value never reaches the timeline.
 */
const NO_REFERENCE: Reference = { year: 2000, month: 1, day: 1 };

/**
 * Four-digit years in the range news prose refers to. A year written alone is an event date
 * ("the 2022 invasion"); digits inside a bigger number ("12,2014"), a percentage or a time are not.
 */
const BARE_YEAR = /(?<![\d,.:$€£-])\b(1[89]\d\d|20\d\d)\b(?![\d%]|,\d|\.\d|:\d)/;

/**
 * A four-digit number counting a plural noun ("handled 2050 ships") is a quantity, unless a
 * determiner or preposition introduces it as a year ("the 2024 elections", "in 2014 votes").
 */
const COUNTED_PLURAL = /^\s+(?!was\b|has\b|is\b|as\b|us\b)[a-z]+s\b/;
const YEAR_INTRODUCER =
  /\b(?:the|in|since|of|by|until|from|before|after|during|its|their|his|her|our|and|or|to|between|early|late|mid)\s*-?\s*$/i;

/**
 * A month name alone ("in May", "May's vote") is a date only after a word that introduces one;
 * otherwise capitalised "May" is the modal verb and "March" the verb or a surname.
 */
const MONTH_ALONE =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$/i;
const MONTH_INTRODUCERS =
  /\b(?:in|since|until|till|by|from|of|last|next|this|early|late|mid|during|before|after|through|to|and|or|between|on|each|every)\s*-?\s*$/i;

/** "four years after", "one year after February 5, 2026": a duration, not a date of its own. */
const DURATION_LEAD =
  /^(?:(?:nearly|almost|about|some|just|only|for)\s+)?(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|since|from)\s+/i;
const DURATION_ONLY = /\b(?:after|before|since|from)$/i;

/** "last week", "two weeks ago": the week is the unit, so the day chrono picks is false precision. */
const WEEK_UNIT = /\bweeks?\b/i;

const WEEKDAY_ONLY =
  /^(?:on\s+)?(?:last\s+|this\s+|past\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;

const requireFromHere = createRequire(import.meta.url);
let parser: chrono.Chrono | null = null;

/**
 * chrono's casual English parser plus the season parser, built on first use from chrono's English
 * locale alone: the package's main entry loads every locale (~270 modules, a tenth of a second).
 */
function dateParser(): chrono.Chrono {
  if (parser) return parser;
  const english = requireFromHere('chrono-node/en') as typeof chrono.en;
  parser = english.casual.clone();
  parser.parsers.push(seasonParser);
  return parser;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoOf(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The reference day of an article's `published` field (`2025-11-09` or a full ISO timestamp). */
export function referenceOf(published: string | null): Reference | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The latest given weekday on or before the reference: news reports the week just past. */
function pastWeekday(ref: Reference, weekday: number): string {
  const date = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const back = (date.getUTCDay() - weekday + 7) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Every date expression in `text[from, to)`, resolved against `reference` (null: undated). */
export function findDateExpressions(
  text: string,
  reference: Reference | null,
  from = 0,
  to = text.length,
): DateExpression[] {
  const ref = reference ?? NO_REFERENCE;
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const out: DateExpression[] = [];
  const results = dateParser().parse(text.slice(from, to), { instant, timezone: 0 });
  for (const r of results) {
    let start = from + r.index;
    let exprText = r.text.replace(/[\s,.;:]+$/, '');
    let result: chrono.ParsedResult = r;
    const lead = DURATION_LEAD.exec(exprText);
    if (lead) {
      // The anchored date is the event; the duration before it is not resolved against the article.
      const anchor = dateParser().parse(exprText.slice(lead[0].length), { instant, timezone: 0 })[0];
      if (!anchor || anchor.index !== 0) continue;
      start += lead[0].length;
      exprText = anchor.text.replace(/[\s,.;:]+$/, '');
      result = anchor;
    } else if (DURATION_ONLY.test(exprText)) continue;
    const found = resolve(text, start, exprText, result, ref);
    if (!found) continue;
    if (found.relative && reference === null) continue;
    out.push({ start, end: start + exprText.length, text: exprText, ...found });
  }
  // chrono's refiners drop a year written alone, so bare years are a pass of their own, outside
  // every span chrono read (the year of "June 2024" is not a second event).
  const taken = results.map((r) => [from + r.index, from + r.index + r.text.length] as const);
  for (const m of text.slice(from, to).matchAll(new RegExp(BARE_YEAR.source, 'g'))) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && a < end)) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    if (COUNTED_PLURAL.test(text.slice(end, end + 20)) && !YEAR_INTRODUCER.test(before)) continue;
    out.push({ start, end, text: m[0], date: m[0], relative: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolve(
  text: string,
  start: number,
  exprText: string,
  r: chrono.ParsedResult,
  ref: Reference,
): { date: string; relative: boolean } | null {
  const s = r.start;
  const tags = [...r.tags()].join(' ');
  const relative = /relative|casual/i.test(tags) || !s.isCertain('year');
  const weekday = WEEKDAY_ONLY.exec(exprText);
  if (weekday && !s.isCertain('day') && !s.isCertain('month')) {
    return { date: pastWeekday(ref, weekdayNumber(weekday[1]!.toLowerCase())), relative: true };
  }
  if (MONTH_ALONE.test(exprText)) {
    // Lower-case month words are verbs; capitalised ones need an introducer before them.
    if (!/^[A-Z]/.test(exprText)) return null;
    if (!MONTH_INTRODUCERS.test(text.slice(Math.max(0, start - 20), start))) return null;
  }
  const year = s.get('year');
  const month = s.get('month');
  const day = s.get('day');
  if (year === null || month === null || day === null) return null;
  if (s.isCertain('day') && !WEEK_UNIT.test(exprText)) {
    return { date: isoOf(year, month, day), relative };
  }
  if (s.isCertain('month') || (WEEK_UNIT.test(exprText) && s.isCertain('day'))) {
    return { date: isoOf(year, month), relative };
  }
  if (s.isCertain('year')) return { date: isoOf(year), relative };
  return null; // a bare time of day ("23:00") or a weekday chrono could not anchor
}
