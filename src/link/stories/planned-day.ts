import { weekdayNumber } from '../../nlp/lexicons/calendar-words.ts';
import { isSentenceInitial } from '../../nlp/sentences.ts';
import type { Token } from '../../nlp/tokens.ts';
import { isPastForm } from './look-ahead.ts';

/**
 * Weekdays a lead tells as a plan: "The port board meets as planned and will settle it on
 * Monday", "Depots will be shut on Thursday", "The audit is due on Tuesday". A preview published
 * on Friday means the coming Monday, while event-day.ts reads a weekday back from the publication
 * day (a report's "said on Monday"); read back, a preview's day fell a week before the occasion
 * it announces, spread its group's days and let two acts of one body a few days apart merge. A
 * preview's headline says it in a headline's infinitive ("Port board to settle dock lease on
 * Monday"), which this does not read (a present-tense headline says "talks to MPs on Monday" of
 * the past); the lead's "will" reads the same weekday forward for the headline too. A past verb
 * between the marker and the day ("the minister, who will retire, said on Monday") is a report
 * of what happened; a participle after "be" ("will be shut on Thursday") is not.
 */

/** Auxiliaries of the future; "she'll" is one token. */
const FUTURE_AUXILIARIES = new Set(['will', 'shall']);
/** "is due to", "is set to", "is expected to", "is scheduled to": a plan before "to" or a day. */
const PLAN_WORDS = new Set(['due', 'set', 'expected', 'scheduled']);

/** Token `k` marks the future: "will", "shall", "…'ll", or a plan word after a form of "be". */
function isFutureMarker(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  if (FUTURE_AUXILIARIES.has(w) || w.endsWith("'ll")) return true;
  const before = k > 0 ? tokens[k - 1]!.norm : '';
  return PLAN_WORDS.has(w) && (before === 'is' || before === 'are');
}

/** Token `k`, a participle, follows "be" or "been": a passive ("will be closed"), not a past verb. */
function isPassive(tokens: readonly Token[], k: number): boolean {
  const before = k > 0 ? tokens[k - 1]!.norm : '';
  return before === 'be' || before === 'been';
}

/** The weekdays (0 Sunday … 6 Saturday) named before `leadEnd` in a sentence that tells them as a plan. */
export function plannedWeekdays(tokens: readonly Token[], leadEnd: number, text: string): Set<number> {
  const planned = new Set<number>();
  for (let i = 0; i < tokens.length && tokens[i]!.start < leadEnd; i++) {
    const named = weekdayNumber(tokens[i]!.norm.replace(/'s$/u, ''));
    if (named < 0) continue;
    for (let k = i - 1; k >= 0; k--) {
      if (isPastForm(tokens[k]!.norm) && !isPassive(tokens, k)) break;
      if (isFutureMarker(tokens, k)) {
        planned.add(named);
        break;
      }
      if (isSentenceInitial(text, tokens[k]!.start)) break;
    }
  }
  return planned;
}
