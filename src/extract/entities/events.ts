import { AGREEMENT_NOUNS, CONFLICT_NOUNS, MEETING_NOUNS } from '../../nlp/alias-keys.ts';
import { lookupGazetteer } from '../../nlp/gazetteer.ts';
import { ENGLISH_MONTH_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import type { RawMention, RunContext } from './classify.ts';
import { wordEndingAt } from './phrases.ts';

/**
 * Events and agreements that news text names by a place or a date rather than a proper name:
 * "the Geneva summit", "summit in Geneva", "the Minsk agreements" (by place), "the war in
 * Ruritania", "invasion of Ruritania" (a conflict by its country), "the March 2014 referendum",
 * "referendums of 2014 and 2022" (by date). The place mention itself stays a place.
 */

const SINGLE_SPACE = /^[ \u00a0]$/u;
/** Dashes that join two countries into a bilateral modifier ("Russia–US summit"): not the venue. */
const BILATERAL_DASH = /^[-‐–—]$/u;
/** Prepositions between a conflict noun and its country. */
const CONFLICT_PREPOSITIONS = new Set(['in', 'of', 'on', 'against']);
/** Nouns of events that a year names ("the 2014 referendum", "the 2008 crisis"). */
const DATED_EVENT_NOUNS = new Set([
  'referendum',
  'referendums',
  'election',
  'elections',
  'vote',
  'crisis',
  'invasion',
  'war',
  'revolution',
  'coup',
  'uprising',
  'annexation',
  'olympics',
  'census',
]);
const MONTHS = new Set(ENGLISH_MONTH_NAMES);
const YEAR = /^(1[89]|20)\d\d$/u;

/** "Geneva summit", "summit in Geneva", "Minsk agreements", "war in Ruritania". */
export function findPlaceNamedEvents(ctx: RunContext, mentions: readonly RawMention[]): RawMention[] {
  const { words } = ctx;
  const byStart = ctx.byStart;
  const out: RawMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'place' && m.type !== 'other') continue;
    const first = byStart.get(m.start);
    const last = wordEndingAt(ctx, byStart, m);
    if (first === undefined || last < 0) continue;
    const after = words[last + 1];
    const bilateral =
      BILATERAL_DASH.test(words[first]!.gap) && lookupGazetteer(words[first - 1]?.text ?? '') !== null;
    if (after !== undefined && SINGLE_SPACE.test(after.gap) && !after.cap && !bilateral) {
      if (MEETING_NOUNS.has(after.norm))
        out.push({ start: m.start, end: after.end, type: 'event', rule: 'event.place-noun' });
      if (AGREEMENT_NOUNS.has(after.norm))
        out.push({ start: m.start, end: after.end, type: 'treaty', rule: 'agreement.place-noun' });
    }
    const prep = words[first - 1];
    const noun = words[first - 2];
    if (
      prep === undefined ||
      noun === undefined ||
      !SINGLE_SPACE.test(prep.gap) ||
      !SINGLE_SPACE.test(words[first]!.gap)
    )
      continue;
    if (prep.norm === 'in' && MEETING_NOUNS.has(noun.norm)) {
      out.push({ start: noun.start, end: m.end, type: 'event', rule: 'event.noun-in-place' });
    }
    if (CONFLICT_PREPOSITIONS.has(prep.norm) && CONFLICT_NOUNS.has(noun.norm) && m.type === 'place') {
      out.push({ start: noun.start, end: m.end, type: 'event', rule: 'event.conflict-in-place' });
    }
  }
  return out;
}

/** "the [March] 2014 referendum", "referendums of 2014 and 2022". */
export function findDatedEvents(ctx: RunContext): RawMention[] {
  const { words } = ctx;
  const out: RawMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!YEAR.test(w.text)) continue;
    const noun = words[i + 1];
    if (noun !== undefined && SINGLE_SPACE.test(noun.gap) && DATED_EVENT_NOUNS.has(noun.norm)) {
      const month = words[i - 1];
      const from = month !== undefined && MONTHS.has(month.norm) && SINGLE_SPACE.test(w.gap) ? month : w;
      out.push({ start: from.start, end: noun.end, type: 'event', rule: 'event.dated' });
    }
    const prep = words[i - 1];
    const head = words[i - 2];
    const and = words[i + 1];
    const second = words[i + 2];
    if (
      head &&
      prep &&
      and?.norm === 'and' &&
      second &&
      YEAR.test(second.text) &&
      DATED_EVENT_NOUNS.has(head.norm) &&
      (prep.norm === 'of' || prep.norm === 'in')
    ) {
      out.push({ start: head.start, end: second.end, type: 'event', rule: 'event.dated' });
    }
  }
  return out;
}
