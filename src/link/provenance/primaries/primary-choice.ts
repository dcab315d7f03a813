import type { Article } from '../../../model/article.ts';
import type { Quote } from '../../../model/quote.ts';
import type { Story } from '../../../model/story.ts';
import { DAY_MS, toDayNumber } from '../../../nlp/day-number.ts';
import { eventDayOfReport } from '../../stories/story-features.ts';
import type { PrimarySource } from './primary-source.ts';
import { datelineMonthDay } from '../../../nlp/dateline.ts';

/**
 * Which primaries a quote is aligned to, and whether its report tells the primary's event. Story
 * membership orders and weighs; it never closes the search.
 */

/** Whether the report tells the primary's event: same story, another event, or undecided. */
export type EventRelation = 'same' | 'other' | 'undecided';

/** Primaries whose index gives a quote's words the best retrieval score; the rest are not aligned. */
const PRIMARIES_PER_QUOTE = 3;
/**
 * A report dated this many days or more from its primary (either way, beyond a day before) is about
 * another event: words of the primary's speaker it quotes that the primary lacks are `no_primary`,
 * not `unsupported` (the same speaker spoke elsewhere).
 */
const SAME_EVENT_MAX_DAYS = 7;

/** Whole days from the primary's date to the report's, or null when either is unknown. */
function daysBetween(primaryDate: string | null, report: Article): number | null {
  const a = primaryDate ? Date.parse(primaryDate) : Number.NaN;
  const b = report.published ? Date.parse(report.published) : Number.NaN;
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / DAY_MS);
}

/**
 * Days from the primary's date to the day and month a report's wire dateline gives ("KERROW, Oct 9
 * (TNS) -"), in the year that puts them nearest: a dateline names no year, but a day months from
 * the primary's is another event whichever year it falls in. Null without both.
 */
function daysByDateline(primaryDate: string | null, report: Article): number | null {
  const at = primaryDate ? Date.parse(primaryDate) : Number.NaN;
  const md = Number.isNaN(at) ? null : datelineMonthDay(report.text);
  if (!md) return null;
  const year = new Date(at).getUTCFullYear();
  const days = [year - 1, year, year + 1].map((y) =>
    Math.round((Date.UTC(y, md.month - 1, md.day) - at) / DAY_MS),
  );
  return days.reduce((a, b) => (Math.abs(b) < Math.abs(a) ? b : a));
}

/**
 * A report dated the day before its primary is let in for a clock's or a time zone's slip, unless
 * its lead puts its own event on a day before the primary's ("The chamber on Tuesday passed an
 * amendment …" against Wednesday's floor record): then it tells an earlier event, such as the debate before a
 * vote, whose speakers meet again in the primary.
 */
function toldEarlierDay(report: Article, primaryDate: string | null): boolean {
  const primaryDay = toDayNumber(primaryDate);
  const told = eventDayOfReport(report);
  return primaryDay !== null && told.stated && told.day !== null && told.day < primaryDay;
}

/**
 * A report this long (in words) gives the story clusterer enough to judge by: kept out of the
 * primary's story, it tells another event. A shorter item (a headline and a paragraph) may simply
 * have been too short to cluster.
 */
const STORY_EVIDENCE_MIN_WORDS = 150;

/**
 * Does the report tell the primary's event? Same story says yes; a date far from the primary's, or a
 * report long enough to have been clustered with it and not, says no; else undecided.
 */
export function eventOf(
  story: Story | undefined,
  primary: Article,
  report: Article,
  primaryDate: string | null = primary.published ?? null,
): EventRelation {
  if (story?.primary === primary.id) return 'same';
  const days = daysBetween(primaryDate, report) ?? daysByDateline(primaryDate, report);
  if (days !== null && (days < -1 || days >= SAME_EVENT_MAX_DAYS)) return 'other';
  if (days === -1 && toldEarlierDay(report, primaryDate)) return 'other';
  const words = report.text.split(/\s+/).length;
  return words >= STORY_EVIDENCE_MIN_WORDS ? 'other' : 'undecided';
}

/**
 * The date of a primary's event: its own, else the earliest of its story's reports. A transcript
 * often prints its date in a form the metadata reader does not take ("debated on Wednesday 11
 * February"), while its reports carry theirs, and reports come on the day or after.
 */
export function eventDateOf(
  primary: Article,
  story: Story | undefined,
  byId: ReadonlyMap<string, Article>,
): string | null {
  if (primary.published) return primary.published;
  const dates = (story?.articles ?? [])
    .map((id) => byId.get(id)?.published)
    .filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return dates[0] ?? null;
}

/**
 * The primaries worth aligning a quote to: its own story's first, then those whose sentence index
 * scores the quote's words highest. Story membership orders the search; it does not close it, so a
 * report the clusterer put elsewhere is still checked against the transcript it quotes.
 */
export function rankPrimaries(
  quote: Quote,
  story: Story | undefined,
  primaries: PrimarySource[],
): PrimarySource[] {
  if (primaries.length <= PRIMARIES_PER_QUOTE) {
    return [...primaries].sort(
      (a, b) => Number(b.article.id === story?.primary) - Number(a.article.id === story?.primary),
    );
  }
  const scored = primaries.map((p) => ({
    p,
    score:
      (p.article.id === story?.primary ? Number.POSITIVE_INFINITY : 0) +
      (p.index.search(quote.text, 1)[0]?.score ?? 0),
  }));
  return scored
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, PRIMARIES_PER_QUOTE)
    .map((x) => x.p);
}
