import { weekdayNumber } from '../../nlp/lexicons/calendar-words.ts';
import type { Token } from '../../nlp/tokens.ts';
import { DAY_MS } from '../../nlp/day-number.ts';

/**
 * The day a dated report's lead puts its event on. News leads say when with a relative word, not
 * a date: "said on Friday", "quit yesterday", "Tuesday's defeat", "last night". Read against the
 * publication day, that is the event's own day, which a next-morning paper, a weekly's comment
 * and the wire all agree on, while their publication days differ. Two events of one topic two
 * days apart (a speech and its press conference, a leak and the apology) have reports published
 * over overlapping days, but leads that name two different days.
 * Only the lead's first time word counts: later ones name background ("the budget she presented
 * on Wednesday"). A lead with none is taken to report the day it came out.
 */

/** Words that put the event on the publication day itself, or the day before. */
const SAME_DAY = new Set(['today', 'tonight']);
const DAY_BEFORE = new Set(['yesterday']);
/** "this morning", "last night": the second word says which day "this" and "last" mean. */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Words before a time word that make it a bound or a plan, not the event's day: "since Saturday
 * night" (the crews have worked since), "through Thursday", "by Friday", "next Tuesday".
 */
const NOT_THE_EVENT = new Set([
  'since',
  'until',
  'till',
  'through',
  'by',
  'from',
  'before',
  'after',
  'next',
  'coming',
]);

/** The event's day, and whether the lead named it (false: taken from the publication day). */
export interface EventDay {
  day: number | null;
  stated: boolean;
}

/**
 * The event's day (days since 1970-01-01) from the first time word among `tokens` that start
 * before `leadEnd`, or `publishedDay` when there is none; null for an undated report. A weekday
 * is its latest occurrence on or before the publication day ("last Tuesday": strictly before);
 * a time word after NOT_THE_EVENT is passed over. `stated`: whether a time word gave the day.
 */
export function readEventDay(
  tokens: readonly Token[],
  leadEnd: number,
  publishedDay: number | null,
): EventDay {
  if (publishedDay === null) return { day: null, stated: false };
  const stated = (day: number): EventDay => ({ day, stated: true });
  const weekday = new Date(publishedDay * DAY_MS).getUTCDay();
  for (let i = 0; i < tokens.length && tokens[i]!.start < leadEnd; i++) {
    // "yesterday's budget", "Tuesday's defeat": the possessive names the same day.
    const word = tokens[i]!.norm.replace(/'s$/u, '');
    const before = i > 0 ? tokens[i - 1]!.norm : '';
    const after = i + 1 < tokens.length ? tokens[i + 1]!.norm : '';
    if (NOT_THE_EVENT.has(before)) continue;
    if (SAME_DAY.has(word)) return stated(publishedDay);
    if (DAY_BEFORE.has(word)) return stated(publishedDay - 1);
    if ((word === 'this' || word === 'last') && PARTS_OF_DAY.has(after))
      return stated(word === 'last' ? publishedDay - 1 : publishedDay);
    const named = weekdayNumber(word);
    if (named < 0) continue;
    let back = (weekday - named + 7) % 7;
    if (back === 0 && before === 'last') back = 7;
    return stated(publishedDay - back);
  }
  return { day: publishedDay, stated: false };
}
