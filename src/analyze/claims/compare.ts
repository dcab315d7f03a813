/**
 * How two numeric or date statements compare: the same word, unit, quantity and date; a count
 * reworded with its context; whether a group's members agree, and the subject a group is read by.
 */
import { areNearSynonyms } from '../../nlp/wordnet/relations.ts';
import { intervalsAgree } from './hedges.ts';
import type { FoundStatement } from './statements.ts';

/**
 * Two stems name one thing when equal or when one extends the other by a suffix ("ukrain" of
 * Ukraine and "ukrainian"): five letters shared keep short stems apart ("state", "statu").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // The shorter one (a on ties) must start the longer.
  return a.length <= b.length
    ? a.length >= SAME_WORD_MIN_PREFIX && b.startsWith(a)
    : b.length >= SAME_WORD_MIN_PREFIX && a.startsWith(b);
}

/**
 * The key two stems share whenever `sameWord` holds: the stem itself up to the five letters from
 * which one may extend the other. Groups are indexed by their owner names' keys, so a new
 * statement meets only the groups naming an owner it names (see `GroupIndex`).
 */
export function wordKey(stem: string): string {
  return stem.slice(0, SAME_WORD_MIN_PREFIX);
}

/** Letters a shorter stem must have to match a longer one that extends it (see `sameWord`). */
const SAME_WORD_MIN_PREFIX = 5;

/** How many words of `a` name a word of `b` (`sameWord`); by loops, as grouping asks it per member pair. */
export function shared(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++)
      if (sameWord(a[i]!, b[j]!)) {
        n++;
        break;
      }
  return n;
}

/** Dates agree when one contains the other: `2026-02` and `2026-02-05` say the same month. */
export function datesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  // A year-less day (`--08-15`) fits any full date on that day, and nothing coarser.
  if (a.startsWith('--') || b.startsWith('--')) {
    const [x, y] = a.startsWith('--') ? [a, b] : [b, a];
    return /^\d{4}-\d\d-\d\d$/.test(y) && y.slice(4) === x.slice(1);
  }
  const [wa, wb] = [WEEKDAYS.indexOf(a), WEEKDAYS.indexOf(b)];
  // A weekday (from an undated report) fits a full date that falls on it.
  if (wa >= 0 || wb >= 0) {
    const [w, d] = wa >= 0 ? [wa, b] : [wb, a];
    return /^\d{4}-\d\d-\d\d$/.test(d) && new Date(`${d}T12:00:00Z`).getUTCDay() === w;
  }
  return a.startsWith(b) || b.startsWith(a);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Same kind of value in the same unit: time units convert, so any two durations compare. */
function sameUnit(a: FoundStatement, b: FoundStatement): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'duration' || a.statement.unit === b.statement.unit) return true;
  // Counted nouns may be synonyms or one a kind of the other ("provinces", "regions").
  return a.kind === 'count' && areNearSynonyms(a.statement.unit, b.statement.unit, 2);
}

const DAYS: Readonly<Record<string, number>> = {
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.44,
  year: 365.25,
  decade: 3652.5,
};

/** The interval in a unit every member of the kind shares (days for durations). */
function comparable(s: FoundStatement): [number, number] {
  const r = s.range!;
  if (s.kind !== 'duration') return r;
  const d = DAYS[s.statement.unit] ?? 1;
  return [r[0] * d, r[1] * d];
}

/**
 * How strongly `s` belongs with `member`, 0 for not at all. A figure measures what its noun
 * phrase names, so a shared subject word is enough; a date has no such phrase, so its clause must
 * share two words with the other's ("expiration", "treaty"), and its value must fit: two dates in
 * one clause ("in 2014 and 2022") are two events, not a conflict.
 */
export function affinity(s: FoundStatement, member: FoundStatement): number {
  return Math.max(sameQuantity(s, member), rewordedCount(s, member));
}

/**
 * Reports of one quantity differ by a hedge, a rounding or a misreading, not by an order of
 * magnitude: figures this many times apart are two quantities unless their phrases say the same.
 */
const SAME_QUANTITY_MAX_RATIO = 10;
/** Subject words shared that make two figures one quantity whatever their values. */
const SAME_SUBJECT_WORDS = 2;

function ordersApart(s: FoundStatement, member: FoundStatement): boolean {
  const [a, b] = [writtenValue(s), writtenValue(member)];
  if (a === null || b === null || a === 0 || b === 0) return false;
  return Math.max(a, b) / Math.min(a, b) >= SAME_QUANTITY_MAX_RATIO;
}

/** The figure as written (not widened by its hedge), in the unit its kind shares; null for dates. */
function writtenValue(s: FoundStatement): number | null {
  const v = s.statement.value;
  if (typeof v !== 'number') return null;
  return Math.abs(s.kind === 'duration' ? v * (DAYS[s.statement.unit] ?? 1) : v);
}

/** `2026-02-05`: a full calendar day, specific enough to group dates without shared words. */
export const FULL_DATE_CHARS = 10;

function sameQuantity(s: FoundStatement, member: FoundStatement): number {
  if (!sameUnit(s, member)) return 0;
  if (ordersApart(s, member) && shared(s.subject, member.subject) < SAME_SUBJECT_WORDS) return 0;
  if (s.kind === 'date') {
    const a = String(s.statement.value);
    const b = String(member.statement.value);
    if (!datesCompatible(a, b)) return 0;
    const words = shared(s.context, member.context);
    // A full calendar day is specific enough by itself to name one event within a set of reports.
    if (a === b && a.length === FULL_DATE_CHARS) return words + 2;
    return words >= 2 ? words : 0;
  }
  const context = shared(s.context, member.context);
  if (s.kind === 'count') {
    // The counted nouns already match; what they are of must too, or the clauses must say the same.
    const subject = shared(s.subject, member.subject);
    return (subject >= 1 && context >= 1) || context >= 3 ? subject * 2 + context : 0;
  }
  // Without a phrase after it ("for one additional year"), a figure is placed by its clause.
  // One with a phrase and one without: the clauses must say more in common.
  if (s.subject.length === 0 && member.subject.length === 0) return context >= 2 ? context : 0;
  if (s.subject.length === 0 || member.subject.length === 0) return context >= 3 ? context : 0;
  const subject = shared(s.subject, member.subject);
  // One general noun in common ("shares", "debt") is not one quantity unless the clauses meet too.
  if (subject === 0 || (subject === 1 && context === 0)) return 0;
  return subject * 2 + context;
}

/**
 * Clause words shared that make two counts of one value the same statement reworded even when
 * the counted nouns differ ("withdraw from the four provinces" / "withdraw from all four regions").
 */
export const REWORDED_CONTEXT = 3;

function rewordedCount(s: FoundStatement, member: FoundStatement): number {
  if (s.kind !== 'count' || member.kind !== 'count' || s.statement.value !== member.statement.value) return 0;
  const context = shared(s.context, member.context);
  return context >= REWORDED_CONTEXT ? context : 0;
}

export function agreement(group: readonly FoundStatement[]): boolean | null {
  if (new Set(group.map((s) => s.statement.article)).size < 2) return null;
  if (group[0]!.kind === 'date') {
    const values = group.map((s) => String(s.statement.value));
    return values.every((a) => values.every((b) => datesCompatible(a, b)));
  }
  return intervalsAgree(group.map(comparable));
}

/** The subject a person reads: the longest phrase a member gives, else the unit. */
export function subjectOf(group: readonly FoundStatement[]): string {
  const phrases = group.map((s) => s.statement.subject).filter((p) => p !== '');
  phrases.sort((a, b) => b.length - a.length);
  return phrases[0] ?? group[0]!.statement.unit;
}
