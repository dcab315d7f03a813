/**
 * The numeric and date statements of one article: each figure or date with its hedge, the
 * subject it measures, the words of its clause (to group statements about one quantity across
 * articles) and who states it (the speaker of the quote around it, else the outlet's narration).
 */
import type { ClaimStatement } from '../../model/analysis.ts';
import type { Article } from '../../model/article.ts';
import type { Quote } from '../../model/quote.ts';
import { stem } from '../../nlp/stem.ts';
import { headlineNames, namesIn, type Period, periodOf } from './anchors.ts';
import { findFigures, type FigureKind } from './figures.ts';
import { hedgeBefore, interval, type HedgeBound } from './hedges.ts';
import { findDateExpressions, referenceOf } from '../dates/expressions.ts';
import { clauseAround, contentWords, sentencesOf } from '../dates/clause.ts';

/** A statement with what grouping and agreement need beside what the dossier shows. */
export interface FoundStatement {
  statement: ClaimStatement;
  kind: FigureKind | 'date';
  /** Values allowed by figure and hedge (numbers); null for dates. */
  range: [number, number] | null;
  /** Stems of the noun phrase the figure measures ("of Ukrainian territory" → ukrainian, territori). */
  subject: string[];
  /** Stems of the content words of the clause around it. */
  context: string[];
  /**
   * Stems of the names in its sentence — whose quantity it is — or, when the sentence names
   * nobody ("the company said", a table line), those of the article's lead, else its headline.
   */
  names: string[];
  /** The periods its sentence speaks of (none for a date, which is its own period). */
  period: Period;
}

/** The phrase a figure measures: "X percent of <phrase>", "€N billion in <phrase>", "N rounds of <phrase>". */
const OF_PHRASE =
  /^\s*(?:of|in|on|for|after|since|before)\s+((?:the\s+|its\s+|their\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})/u;
/** Words that end a noun phrase: prepositions and verbs that begin a new part of the clause. */
const PHRASE_END =
  /\b(?:in|on|at|by|for|with|from|to|and|or|that|which|who|is|are|was|were|has|have|had|will|would)\b.*$/u;

function stems(words: Iterable<string>): string[] {
  return [...new Set([...words].map((w) => stem(w)))];
}

/** The noun phrase after the figure ("of Ukrainian territory" → "Ukrainian territory"), as written. */
function subjectAfter(text: string, end: number, clauseEnd: number): string {
  const m = OF_PHRASE.exec(text.slice(end, clauseEnd));
  const phrase = m ? m[1]!.replace(PHRASE_END, '') : '';
  return phrase.trim();
}

/** Words of the clause shown on each side of a figure when no phrase names what it measures. */
const SIDE_WORDS = 6;

/**
 * The subject as a reader sees it, in the article's own words: the phrase the figure measures
 * ("rounds of consultations", "Ukrainian territory"), else the clause around it with the figure
 * left out ("Russia has controlled Crimea since …"), which names the event a date dates.
 */
function readableSubject(
  text: string,
  clause: { start: number; end: number },
  start: number,
  end: number,
  phrase: string,
  kind: FigureKind | 'date',
): string {
  if (phrase !== '') {
    const counted = kind === 'count' ? /[\p{L}’'-]+$/u.exec(text.slice(start, end))?.[0] : undefined;
    return counted ? `${counted} of ${phrase}` : phrase;
  }
  const words = (from: number, to: number) =>
    text
      .slice(from, to)
      .split(/\s+/u)
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const before = words(clause.start, start).slice(-SIDE_WORDS);
  const after = words(end, clause.end).slice(0, SIDE_WORDS);
  const joined = [...before, ...(before.length > 0 && after.length > 0 ? ['…'] : []), ...after].join(' ');
  return joined.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}…]+$/gu, '');
}

/**
 * The speaker of the quotation around a figure. Reported speech ("he said Russia holds 19
 * percent") is the outlet's wording of what someone said, so its figures are the narration's.
 */
/** Words of a subject shown: enough to name a quantity or an event ("share ukrainian territory"). */
const SUBJECT_WORDS = 6;

function speakerAt(quotes: readonly Quote[], start: number, end: number): string | null {
  const q = quotes.find((x) => x.kind !== 'indirect' && x.start <= start && end <= x.end);
  return q ? (q.speaker?.name ?? null) : null;
}

function isChrome(article: Article, start: number, end: number): boolean {
  return article.boilerplate.some((b) => b.start < end && start < b.end);
}

/**
 * European numeric dates ("09.11.2025": day, month, year) as datelines write them; chrono reads
 * dotted dates month-first, which no dotted-date convention does.
 */
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g;

function dottedDates(text: string): { start: number; end: number; text: string; date: string }[] {
  const out = [];
  for (const m of text.matchAll(DOTTED_DATE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const date = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date });
  }
  return out;
}

/**
 * A date statement names its date: digits, a month, a weekday or a season. "Now" and "today"
 * are the article's own moment, which says nothing another source could contradict.
 */
const DATE_WORDS =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|spring|summer|autumn|fall|winter)/i;

/** A stand-in day for undated articles: only values that do not depend on it are kept. */
const STAND_IN = { year: 2000, month: 1, day: 1 };
const HAS_YEAR = /\b\d{4}\b/;
/** A weekday alone ("on Sunday"): in an undated report its value is the weekday itself. */
const WEEKDAY_ALONE = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * The dates of an article without a date of its own. A day and month without a year ("the
 * August 15 summit") is kept year-less, as ISO 8601 writes it (`--08-15`): it still agrees with
 * "15 August 2025" elsewhere. Weekdays and "last month" have no value without the article's date.
 */
function undatedDates(text: string): { start: number; end: number; text: string; date: string }[] {
  const out = [];
  for (const d of findDateExpressions(text, STAND_IN)) {
    if (!d.relative) out.push(d);
    else if (WEEKDAY_ALONE.test(d.text))
      out.push({ ...d, date: WEEKDAY_ALONE.exec(d.text)![1]!.toLowerCase() });
    else if (/\d/.test(d.text) && /[a-z]{3}/i.test(d.text) && !HAS_YEAR.test(d.text) && d.date.length === 10)
      out.push({ ...d, date: `-${d.date.slice(4)}` });
  }
  return out;
}

/** The names of an article's first sentence that names anyone after its headline, else of its headline. */
function leadNames(article: Article, sentences: readonly { start: number; end: number }[]): string[] {
  const title = article.title ?? '';
  for (const s of sentences.slice(0, 3)) {
    if (title !== '' && article.text.slice(s.start, s.end) === title) continue;
    if (isChrome(article, s.start, s.end)) continue;
    const names = namesIn(article.text, s);
    if (names.length > 0) return names;
  }
  return headlineNames(title);
}

/** Every numeric and date statement of `article` outside its chrome. */
export function findStatements(article: Article, quotes: readonly Quote[]): FoundStatement[] {
  const text = article.text;
  const sentences = sentencesOf(text);
  const own = quotes.filter((q) => q.article === article.id);
  const out: FoundStatement[] = [];
  let articleNames: string[] | null = null;
  const ownerNames = (sentence: { start: number; end: number }): string[] => {
    const own = namesIn(text, sentence);
    if (own.length > 0) return own;
    articleNames ??= leadNames(article, sentences);
    return articleNames;
  };
  let headlinePeriod: Period | null = null;
  // A sentence that names no period reports the one its headline announces ("… 3RD QTR NET").
  const withArticlePeriod = (own: Period): Period => {
    if (own.spans.size > 0) return own;
    headlinePeriod ??= periodOf(article.title ?? '');
    return { spans: headlinePeriod.spans, years: own.years };
  };
  const make = (
    start: number,
    end: number,
    kind: FigureKind | 'date',
    value: number | string,
    unit: string,
    hedge: string | null,
    range: [number, number] | null,
  ): void => {
    const clause = clauseAround(text, sentences, start, end);
    const phrase = subjectAfter(text, end, clause.end);
    const speaker = speakerAt(own, start, end);
    let words = contentWords(text.slice(clause.start, start) + ' ' + text.slice(end, clause.end));
    // A date alone on its line is a dateline: it dates the article, which its headline names.
    if (words.size === 0 && kind === 'date') words = contentWords(article.title ?? '');
    const subjectWords = contentWords(phrase);
    // Shown normalised (lower case, function words out); a date's subject is the event its clause names.
    // A count's subject starts with what it counts ("round consultations"); its unit says that too,
    // so the counted noun is shown but not matched twice.
    const shown = [...(kind === 'count' ? [unit] : []), ...(subjectWords.size > 0 ? subjectWords : words)];
    const sentence = sentences.find((s) => s.start <= start && end <= s.end) ?? clause;
    // The figure's own words are left out of its period: "1987" is the value of a date, not its period.
    const around = text.slice(sentence.start, start) + ' … ' + text.slice(end, sentence.end);
    const subject =
      readableSubject(text, clause, start, end, phrase, kind) || shown.slice(0, SUBJECT_WORDS).join(' ');
    out.push({
      statement: {
        article: article.id,
        start,
        end,
        text: text.slice(start, end),
        value,
        unit,
        hedge,
        ...(speaker ? { speaker } : {}),
        subject,
      },
      kind,
      range,
      subject: stems(subjectWords),
      context: stems(words),
      names: ownerNames(sentence),
      period: kind === 'date' ? { spans: new Set(), years: new Set() } : withArticlePeriod(periodOf(around)),
    });
  };
  const reference = referenceOf(article.published);
  // Dotted datelines first: chrono would read their day as the month.
  const dates = [
    ...dottedDates(text),
    ...(reference ? findDateExpressions(text, reference) : undatedDates(text)),
  ];
  const taken: { start: number; end: number }[] = [];
  for (const d of dates) {
    if (!DATE_WORDS.test(d.text)) continue;
    if (isChrome(article, d.start, d.end) && !/\d/.test(d.text)) continue;
    if (taken.some((t) => t.start < d.end && d.start < t.end)) continue;
    taken.push(d);
    make(d.start, d.end, 'date', d.date, 'date', null, null);
  }
  for (const f of findFigures(text)) {
    if (isChrome(article, f.start, f.end) || taken.some((t) => t.start < f.end && f.start < t.end)) continue;
    const hedge = hedgeBefore(text, f.start);
    const bound: HedgeBound | null = hedge?.bound ?? null;
    const start = hedge?.start ?? f.start;
    make(start, f.end, f.kind, f.low, f.unit, hedge?.phrase ?? null, interval(f.low, f.high, bound));
    if (f.high !== f.low) out[out.length - 1]!.statement.high = f.high;
  }
  return out.sort((a, b) => a.statement.start - b.statement.start);
}
