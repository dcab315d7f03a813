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
 * Whether `word` belongs to a clock time's tail, given the space before it and the one or two
 * words before it (nearest first).
 */
export function isClockTimeTail(
  word: string,
  gap: string,
  previous?: string,
  beforePrevious?: string,
): boolean {
  if (previous === undefined || !/^[ \u00a0]?$/u.test(gap)) return false;
  if (HALF_DAY.test(word)) return CLOCK.test(previous);
  if (!ZONE.test(word)) return false;
  return (
    CLOCK_WITH_MINUTES.test(previous) ||
    (HALF_DAY.test(previous) && beforePrevious !== undefined && CLOCK.test(beforePrevious))
  );
}
