import type { StoryFeatures } from './story-features.ts';
import type { StoryTuning } from './story-tuning.ts';
import { DAY_MS } from '../../nlp/day-number.ts';

/**
 * When only one of two reports is dated, their publication dates cannot be compared, and the
 * undated one's own time words are its clock: the years it names and the weekdays of its lead.
 * News states the year of what it reports and puts the event's day in the lead ("struck on
 * Sunday"), so an undated report whose years are all far from the dated one's publication year,
 * or whose lead names only weekdays the dated one neither names in its lead nor was published
 * on (or the day after), most likely reports another occasion of the same kind. Soft factors,
 * not vetoes: background years and follow-ups on later days happen within one story.
 * Two undated reports are left alone: see WEEKDAY_CONFLICT_FACTOR in story-tuning.ts.
 */

/** A four-digit number a text may name as a year ("in 2008", "the 2013 season"). */
const YEAR = /^(?:19|20)\d\d$/u;

/** Weekdays in the order of `getUTCDay` (Sunday first), as the lowercase terms features keep. */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The only words of a lead this clock reads: a graph may keep just these of each lead. */
export const CLOCK_WORDS: readonly string[] = WEEKDAYS;

/** What the clock reads of an article's features. */
interface ClockFeatures {
  publishedDay: StoryFeatures['publishedDay'];
  numbers: ReadonlySet<string>;
  lead: ReadonlySet<string>;
}

/** The dated report's publication year against the years the undated one names. */
function getYearFactor(undated: ClockFeatures, publishedDay: number, t: StoryTuning): number {
  const year = new Date(publishedDay * DAY_MS).getUTCFullYear();
  let named = false;
  for (const n of undated.numbers) {
    if (!YEAR.test(n)) continue;
    if (Math.abs(Number(n) - year) <= t.yearSlackYears) return 1;
    named = true;
  }
  return named ? t.yearConflictFactor : 1;
}

/**
 * The weekdays the undated report's lead names against the dated one's: those of its lead, the
 * day it came out and the day before (the event of a next-morning report).
 */
function getWeekdayFactor(
  undated: ClockFeatures,
  dated: ClockFeatures,
  publishedDay: number,
  t: StoryTuning,
) {
  const named = WEEKDAYS.filter((w) => undated.lead.has(w));
  if (named.length === 0) return 1;
  const weekday = new Date(publishedDay * DAY_MS).getUTCDay();
  const clock = new Set(WEEKDAYS.filter((w) => dated.lead.has(w)));
  clock.add(WEEKDAYS[weekday]!).add(WEEKDAYS[(weekday + 6) % 7]!);
  return named.some((w) => clock.has(w)) ? 1 : t.weekdayConflictFactor;
}

/** Similarity factor of a pair from the undated report's clock; 1 unless exactly one is dated. */
export function getUndatedClockFactor(a: ClockFeatures, b: ClockFeatures, t: StoryTuning): number {
  if ((a.publishedDay === null) === (b.publishedDay === null)) return 1;
  const [undated, dated] = a.publishedDay === null ? [a, b] : [b, a];
  const day = dated.publishedDay!;
  return getYearFactor(undated, day, t) * getWeekdayFactor(undated, dated, day, t);
}
