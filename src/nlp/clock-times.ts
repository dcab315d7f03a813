/**
 * "4:52 PM EDT", "07:15 AM GMT", "16:40 CET", "9.30 p.m.": the words right after a clock time are
 * its half of the day and its time zone, capitalised like a name but naming no one. A timestamp
 * under a headline must not become a pronoun's antecedent or a speaker.
 */
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?$/u;
const CLOCK_WITH_MINUTES = /^\d{1,2}[:.]\d{2}$/u;
const HALF_DAY = /^(?:am|pm|a\.m\.?|p\.m\.?)$/iu;
const ZONE = /^[A-Z]{2,5}$/u;

/**
 * Whether `word` belongs to a clock time's tail, given the one or two words before it (nearest
 * last) and the space between it and the one before.
 */
export function isClockTimeTail(before: readonly string[], word: string, gap: string): boolean {
  if (!/^[ \u00a0]?$/u.test(gap)) return false;
  const prev = before.at(-1);
  const prev2 = before.at(-2);
  if (prev === undefined) return false;
  if (HALF_DAY.test(word)) return CLOCK.test(prev);
  if (!ZONE.test(word)) return false;
  return CLOCK_WITH_MINUTES.test(prev) || (HALF_DAY.test(prev) && prev2 !== undefined && CLOCK.test(prev2));
}
