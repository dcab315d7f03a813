/**
 * Publication dates as pages write them, reduced to an ISO `YYYY-MM-DD`. Machine-readable forms
 * (ISO 8601, RFC 2822, compact `20251115`) are the norm in metadata; English month-name forms
 * ("November 15, 2025", "15 Nov 2025") cover the rest. The date is kept as the publisher wrote
 * it: a datetime is trimmed, never shifted to UTC, so the day matches the page's own dateline.
 */

/** Years outside this range are typos or placeholders (`0001-01-01`), not publication dates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** English month names and abbreviations, lower case, to month numbers. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** `2025-11-15`, `2025-11-15T09:30:00+03:00`, `2025/11/15`. */
const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
/** `20251115` or `20251115T0930`: compact ISO, used by some CMSs in `pubdate` meta. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d)/;
/** `15.11.2025` or `15/11/2025`: day first, as in most of Europe. */
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;
/** `November 15, 2025` / `Nov. 15 2025` (weekday prefix allowed). */
const MONTH_FIRST = /(?:^|[\s,])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
/** `15 November 2025` / `Tue, 15 Nov 2025 09:30:00 GMT` / `26-FEB-1987` (wire exports). */
const DAY_MONTH = /(?:^|[\s,])(\d{1,2})(?:\s+|-)([A-Za-z]{3,9})\.?,?(?:\s+|-)(\d{4})\b/;

function format(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

/** The calendar date a page states, as `YYYY-MM-DD`, or null when the string holds none. */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let m = ISO_LIKE.exec(text);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(text);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(text);
  if (m) return format(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month) return format(Number(m[3]), month, Number(m[2]));
  }
  m = DAY_MONTH.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month) return format(Number(m[3]), month, Number(m[1]));
  }
  return null;
}
