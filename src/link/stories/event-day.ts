import { weekdayNumber } from '../../nlp/lexicons/calendar-words.ts';
import type { Token } from '../../nlp/tokens.ts';
import { DAY_MS } from '../../nlp/day-number.ts';
import { isSentenceInitial } from '../../nlp/sentences.ts';
import { plannedWeekdays } from './planned-day.ts';

/**
 * The day a dated report's lead puts its event on. News leads say when with a relative word, not
 * a date: "said on Friday", "quit yesterday", "Tuesday's defeat", "last night". Read against the
 * publication day, that is the event's own day, which a next-morning paper, a weekly's comment
 * and the wire all agree on, while their publication days differ. Two events of one topic two
 * days apart (a speech and its press conference, a leak and the apology) have reports published
 * over overlapping days, but leads that name two different days.
 * Only the lead's first time word counts: later ones name background ("the budget she presented
 * on Wednesday"). A lead with none is taken to report the day it came out. Two shapes of a lead
 * put the background first (with the text at hand, see readEventDay): a fronted clause of what
 * came before ("Having frozen fuel duty on Monday, the minister went on Thursday …") and a
 * column's sequence of sentences each opening on its day ("On Tuesday she promised … On Friday
 * she repaid …"), whose latest day is the news.
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

/**
 * First words of a sentence's fronted clause that set an earlier or later scene, not the event:
 * "Having …", "After …", "Following …", "Before …", "Since …". Its time words, up to the clause's
 * comma, are background ("Having won the vote on Monday, the minister resigned on Thursday").
 */
const SCENE_OPENERS = new Set(['having', 'after', 'following', 'before', 'since']);
/** "Three days after …", "Hours before …": a span of time and then a scene opener. */
const SPANS_OF_TIME = new Set(['day', 'days', 'hour', 'hours', 'week', 'weeks', 'month', 'months']);
/** Words before a day that still let the day open its sentence: "On Friday …", "Last night …". */
const DAY_PREFIXES = new Set(['on', 'last', 'this', 'early', 'late']);

/** The event's day, and whether the lead named it (false: taken from the publication day). */
export interface EventDay {
  day: number | null;
  stated: boolean;
  /** A day the lead names and sets apart as background (a fronted scene clause, an earlier day of a sequence), or null. */
  background: number | null;
}

/**
 * The event's day (days since 1970-01-01) from the first time word among `tokens` that start
 * before `leadEnd`, or `publishedDay` when there is none; null for an undated report. A weekday
 * is its latest occurrence on or before the publication day ("last Tuesday": strictly before);
 * a time word after NOT_THE_EVENT is passed over. `stated`: whether a time word gave the day.
 * With `text` (the string `tokens` index into), a time word in a fronted scene clause
 * (SCENE_OPENERS) is passed over too, and a first time word that opens its sentence is read with
 * the later ones of the lead that open theirs: the latest of them is the event's day.
 */
export function readEventDay(
  tokens: readonly Token[],
  leadEnd: number,
  publishedDay: number | null,
  text?: string,
): EventDay {
  if (publishedDay === null) return { day: null, stated: false, background: null };
  let sequence: number | null = null;
  let background: number | null = null;
  const planned = text === undefined ? NO_PLANS : plannedWeekdays(tokens, leadEnd, text);
  const told = (day: number): EventDay => ({
    day,
    stated: true,
    background: background === day ? null : background,
  });
  for (let i = 0; i < tokens.length && tokens[i]!.start < leadEnd; i++) {
    const day = dayOfTimeWord(tokens, i, publishedDay, planned);
    if (day === null) continue;
    if (text === undefined) return { day, stated: true, background: null };
    if (isInSceneClause(tokens, i, text)) {
      background ??= day;
      continue;
    }
    const opens = opensSentenceOnDay(tokens, i, text);
    if (sequence === null && !opens) return told(day);
    if (sequence === null) {
      sequence = day;
      background ??= day;
    } else if (opens && day > sequence) sequence = day;
  }
  if (sequence !== null) return told(sequence);
  return { day: publishedDay, stated: false, background: null };
}

const NO_PLANS: ReadonlySet<number> = new Set();

/**
 * The day token `i` names as a time word ("yesterday", "Tuesday's", "last night"), or null. A
 * weekday the lead tells as a plan (planned-day.ts) is its next occurrence on or after the
 * publication day, any other its latest on or before it.
 */
function dayOfTimeWord(
  tokens: readonly Token[],
  i: number,
  publishedDay: number,
  planned: ReadonlySet<number>,
): number | null {
  // "yesterday's budget", "Tuesday's defeat": the possessive names the same day.
  const word = tokens[i]!.norm.replace(/'s$/u, '');
  const before = i > 0 ? tokens[i - 1]!.norm : '';
  const after = i + 1 < tokens.length ? tokens[i + 1]!.norm : '';
  if (NOT_THE_EVENT.has(before)) return null;
  if (SAME_DAY.has(word)) return publishedDay;
  if (DAY_BEFORE.has(word)) return publishedDay - 1;
  if ((word === 'this' || word === 'last') && PARTS_OF_DAY.has(after))
    return word === 'last' ? publishedDay - 1 : publishedDay;
  const named = weekdayNumber(word);
  if (named < 0) return null;
  const weekday = new Date(publishedDay * DAY_MS).getUTCDay();
  if (planned.has(named) && before !== 'last') return publishedDay + ((named - weekday + 7) % 7);
  let back = (weekday - named + 7) % 7;
  if (back === 0 && before === 'last') back = 7;
  return publishedDay - back;
}

/** The index of the first token of token `i`'s sentence. */
function sentenceStartOf(tokens: readonly Token[], i: number, text: string): number {
  let s = i;
  while (s > 0 && !isSentenceInitial(text, tokens[s]!.start)) s--;
  return s;
}

/**
 * Token `i` lies in its sentence's fronted scene clause: the sentence opens with a scene opener
 * ("Having …", "After …", "Three days after …") and no comma comes between its start and `i`.
 */
function isInSceneClause(tokens: readonly Token[], i: number, text: string): boolean {
  const s = sentenceStartOf(tokens, i, text);
  if (text.slice(tokens[s]!.start, tokens[i]!.start).includes(',')) return false;
  const opener = [s, s + 1, s + 2].findIndex(
    (k) => k < i && SCENE_OPENERS.has(tokens[k]!.norm) && (k === s || SPANS_OF_TIME.has(tokens[k - 1]!.norm)),
  );
  return opener >= 0;
}

/** Token `i` (a time word) opens its sentence, alone or after a prefix: "Yesterday …", "On Friday …". */
function opensSentenceOnDay(tokens: readonly Token[], i: number, text: string): boolean {
  if (isSentenceInitial(text, tokens[i]!.start)) return true;
  return i > 0 && DAY_PREFIXES.has(tokens[i - 1]!.norm) && isSentenceInitial(text, tokens[i - 1]!.start);
}
