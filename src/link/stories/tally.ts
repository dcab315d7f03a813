/**
 * Tallies: two counts that are one result, a division's votes or a match's score. Reports of one
 * vote or match write it many ways ("79-70", "by 79 votes to 70", "70 for, 79 against", "ayes 79,
 * noes 70") and reports of another vote in the same chamber, or another match of the same round,
 * share the procedural words and often one of the two numbers, rarely both as one result. A tally
 * is kept as one key, its two counts in ascending order (which side won is told both ways round).
 * A hyphenated pair is also a docket number ("Case 27-114"), which names one case as surely.
 */

/** Counts of up to three digits: more is a year, a sum or a date, not a tally. */
const COUNT = String.raw`(\d{1,3})`;
const TALLY_PATTERNS: readonly RegExp[] = [
  // "79-70", "2–1", "Case 27-114"; not a date's or a phone number's parts, nor "5-year".
  new RegExp(
    String.raw`(?<![\p{L}\p{N}][-–]?|[-–])${COUNT}\s?[-–]\s?${COUNT}(?![\p{N}]|[-–]\p{N}|[-–]?\p{L})`,
    'gu',
  ),
  // "by 79 votes to 70", "79 votes to 70", "by 54 to 20", "voted 54 to 20"
  new RegExp(String.raw`\b(?:(?:by|voted)\s+${COUNT}|${COUNT}\s+votes?)\s+to\s+${COUNT}\b`, 'giu'),
  // "70 for, 79 against", "70 in favour and 79 against"
  new RegExp(
    String.raw`\b${COUNT}\s+(?:votes\s+)?(?:for|in\s+favou?r)\s*[,;]?\s*(?:and\s+|with\s+)?${COUNT}\s+(?:votes\s+)?against\b`,
    'giu',
  ),
  // "ayes 79, noes 77", "yeas 54, nays 20"
  new RegExp(
    String.raw`\b(?:ayes|yeas)\s*:?\s*${COUNT}\s*[,;]?\s*(?:and\s+)?(?:noes|nays)\s*:?\s*${COUNT}\b`,
    'giu',
  ),
];

/** The tallies of `text` before `end`, each as "low-high" (digits without leading zeros). */
export function findTallies(
  text: string,
  end: number = text.length,
  skip?: { start: number; end: number },
): string[] {
  const out = new Set<string>();
  for (const pattern of TALLY_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null && m.index < end; m = pattern.exec(text)) {
      if (skip && m.index >= skip.start && m.index < skip.end) continue;
      const [x, y] = m
        .slice(1)
        .filter((g) => g !== undefined)
        .map(Number) as [number, number];
      out.add(`${Math.min(x, y)}-${Math.max(x, y)}`);
    }
  }
  return [...out];
}
