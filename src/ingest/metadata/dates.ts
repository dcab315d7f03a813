import { MONTHS } from '../../nlp/lexicons/calendar-words.ts';

/**
 * Calendar dates written in running text, with their offsets: "November 9, 2025", "9 November
 * 2025", "2025-11-09", "09.11.2025", «9 ноября 2025 г.». Only full dates (day, month, year) are
 * returned; "on Sunday" and "in June 2024" are not publication dates.
 */

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  start: number;
  end: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Two-digit years up to this are 20xx, above it 19xx ("09.11.25" → 2025, "04/09/87" → 1987). */
const TWO_DIGIT_YEAR_PIVOT = 69;

const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTHS.flatMap((m) => m.names.map((name) => [name, m.month])),
);
const MONTH = Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** One pattern, four forms; the named group says which matched. */
const DATE_SCAN = new RegExp(
  [
    `(?<iso>(?<!\\d)(?<iy>\\d{4})[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})(?!\\d))`,
    `(?<num>(?<![\\d.])(?<nd>\\d{1,2})(?<sep>[./])(?<nm>\\d{1,2})\\k<sep>(?<ny>\\d{4}|\\d{2})(?![\\d]|\\.\\d))`,
    `(?<mdy>(?<![\\p{L}])(?<am>${MONTH})\\.?[ \\u00a0]+(?<ad>\\d{1,2})(?:st|nd|rd|th)?,?[ \\u00a0]+(?<ay>\\d{4})(?!\\d))`,
    `(?<dmy>(?<!\\d)(?<bd>\\d{1,2})(?:st|nd|rd|th)?[ \\u00a0]+(?:of[ \\u00a0]+)?(?<bm>${MONTH})\\.?,?[ \\u00a0]+(?<by>\\d{4})(?!\\d))`,
  ].join('|'),
  'giu',
);

function toIso(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(digits: string): number {
  const y = Number(digits);
  if (digits.length === 4) return y;
  return y <= TWO_DIGIT_YEAR_PIVOT ? 2000 + y : 1900 + y;
}

/**
 * Numeric dates: dots are day-first (Europe, Russia); slashes are month-first (US) unless the
 * first number cannot be a month ("25/12/2025").
 */
function numericDate(g: Record<string, string | undefined>): string | null {
  const a = Number(g.nd);
  const b = Number(g.nm);
  const year = fullYear(g.ny!);
  if (g.sep === '.' || a > 12) return toIso(year, b, a);
  return toIso(year, a, b);
}

/** Every full date in `text[from, to)`, in order, with offsets into `text`. */
export function findDates(text: string, from = 0, to = text.length): FoundDate[] {
  const out: FoundDate[] = [];
  const slice = text.slice(from, to);
  DATE_SCAN.lastIndex = 0;
  for (let m = DATE_SCAN.exec(slice); m !== null; m = DATE_SCAN.exec(slice)) {
    const g = m.groups!;
    let iso: string | null = null;
    if (g.iso) iso = toIso(Number(g.iy), Number(g.im), Number(g.id));
    else if (g.num) iso = numericDate(g);
    else if (g.mdy) iso = toIso(Number(g.ay), MONTH_NUMBERS[g.am!.toLowerCase()]!, Number(g.ad));
    else if (g.dmy) iso = toIso(Number(g.by), MONTH_NUMBERS[g.bm!.toLowerCase()]!, Number(g.bd));
    if (iso) out.push({ iso, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
