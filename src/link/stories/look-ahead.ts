import { ENGLISH_WEEKDAY_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import { IRREGULAR_PAST_FORMS } from '../../nlp/lexicons/irregular-forms.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import type { Span } from '../../model/span.ts';

/**
 * Look-aheads: a report of one sitting of a committee, a court, a council or an inquiry often ends
 * on the next one ("The port authority's chief gives evidence on Thursday.", "The board sits
 * again tomorrow to settle the levy.", "The trial resumes on Friday."). That sentence names the
 * next sitting's witness, subject and day, and tied a hearing's report to the next day's hearing
 * instead of its own. It is another occasion's news, not the report's terms (as a round-up's other
 * items are, round-up.ts), and its day is a plan, not the event's (event-day.ts reads weekdays
 * backwards). Only the narrow shape counts, since a report of a briefing tells the plans announced
 * there ("The premier opens a hospital wing on Friday"), which are its news: a sentence past
 * the lead, with a sitting's verb, a day ahead, no past verb (a report: "officials said the
 * president will sign on Wednesday"), no quotation (the sitting's own words) and no speaker label
 * (a transcript's turn). A preview, whose lead is the coming sitting, reports that sitting.
 */

/** The lead: up to the end of the first sentence of at least this many words (header lines are shorter). */
const LEAD_SENTENCE_WORDS = 12;

/** Verbs of a body's sitting or of appearing before it: "gives evidence", "testifies", "meets again". */
const SITTING_VERBS = new Set([
  'testify',
  'testifies',
  'evidence',
  'appear',
  'appears',
  'face',
  'faces',
  'sit',
  'sits',
  'meet',
  'meets',
  'convene',
  'convenes',
  'reconvene',
  'reconvenes',
  'resume',
  'resumes',
  'continue',
  'continues',
  'hear',
  'hears',
  'vote',
  'votes',
]);
/** Day-scale words that point forward whatever the verb: "tomorrow", "next week", "next Tuesday". */
const FORWARD_WORDS = new Set(['tomorrow']);
const NEXT_UNITS = new Set(['week']);
const WEEKDAYS: ReadonlySet<string> = new Set(ENGLISH_WEEKDAY_NAMES);
/** A plan's own words, though spelt as participles: "is expected", "is scheduled". */
const PLAN_WORDS = new Set(['expected', 'scheduled']);
/** Past tense: a report of what happened ("said on Monday", "had told the committee"). */
const PAST_FORMS: ReadonlySet<string> = new Set([
  ...IRREGULAR_PAST_FORMS,
  'said',
  'was',
  'were',
  'had',
  'did',
]);
/** A regular past form; short words in -ed ("red", "bed", "need") are rarely verbs. */
const REGULAR_PAST = /^\p{L}{3,}ed$/u;
/** Quotation marks of any convention, and a speaker label's colon. */
const QUOTE_OR_LABEL = /["“”„«»:]/u;

/** A past verb form (a report of what happened), as the look-ahead test reads one. */
export function isPastForm(word: string): boolean {
  return !PLAN_WORDS.has(word) && (PAST_FORMS.has(word) || REGULAR_PAST.test(word));
}

/** The sentence announces a later sitting: a sitting's verb, a day ahead, no past verb, no quotation or label. */
export function isLookAhead(sentence: string): boolean {
  if (QUOTE_OR_LABEL.test(sentence)) return false;
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.some((w) => SITTING_VERBS.has(w))) return false;
  const ahead = words.some(
    (w, i) =>
      WEEKDAYS.has(w) ||
      FORWARD_WORDS.has(w) ||
      (w === 'next' && (NEXT_UNITS.has(words[i + 1] ?? '') || WEEKDAYS.has(words[i + 1] ?? ''))),
  );
  if (!ahead) return false;
  return !words.some(isPastForm);
}

/** A cheap test before splitting sentences: most reports name no day ahead at all. */
const ANY_DAY_AHEAD = new RegExp(`\\b(?:${[...WEEKDAYS, ...FORWARD_WORDS].join('|')}|next week)\\b`, 'iu');

/** Sentences of `text` past its lead sentence that look ahead to a later sitting. */
export function findLookAheads(text: string): Span[] {
  if (!ANY_DAY_AHEAD.test(text)) return [];
  const sentences = splitSentences(text);
  const lead = sentences.findIndex(
    (s) => (text.slice(s.start, s.end).match(/\p{L}+/gu) ?? []).length >= LEAD_SENTENCE_WORDS,
  );
  if (lead < 0) return [];
  return sentences.slice(lead + 1).filter((s) => isLookAhead(text.slice(s.start, s.end)));
}
