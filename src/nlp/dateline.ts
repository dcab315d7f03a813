/**
 * A wire dateline opening a report's first paragraph: "GRANBY, Marrow County (AP) -", "KERROW,
 * Jan 19 (TNS) -", "WASHINGTON —". It says where the reporter filed and for which wire, not what
 * happened or what anyone said: stories leave its names out of an event's evidence (two unrelated
 * reports filed from one county shared nothing else), and a report's clause starts after it.
 */
import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTH_NAMES, MONTHS } from './lexicons/calendar-words.ts';

/** A month as a dateline writes it, in any case: "March", "Sept.", "OCT". */
const MONTH = [...ENGLISH_MONTH_NAMES, ...ENGLISH_MONTH_ABBREVIATIONS]
  .flatMap((m) => [m, m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()])
  .join('|');

/**
 * An upper-case place of one to four words (two letters or more: "T - Mobile" is no place), then
 * optionally a region or two (", Marrow County", ", Conn."), a date (", March 4": a month, so that
 * an upper-case headline's score, "CHIEFS 20 - 13", is no date), the wire in brackets, and a dash.
 */
const DATELINE = new RegExp(
  String.raw`^[ \t]*\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}` + // place
    String.raw`(?:,[ \t]*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}){0,2}` + // region
    String.raw`(?:,?[ \t]*(?<month>${MONTH})\.?[ \t](?<day>\d{1,2}))?` + // date
    String.raw`[ \t]*(?:\((?<wire>[^()\n]{1,40})\))?[ \t]*(?:--?|–|—)[ \t]`, // wire, dash
  'u',
);

/** Characters of a report's opening that hold its headline, byline and dateline. */
export const DATELINE_WITHIN = 400;

/**
 * The span of the dateline that opens one of the lines starting before `within` (the lead), or
 * null: only the first paragraph of a report carries one, after its headline.
 */
export function findDateline(text: string, within = DATELINE_WITHIN): { start: number; end: number } | null {
  for (let start = 0; start < within && start < text.length;) {
    const m = DATELINE.exec(text.slice(start, start + 200));
    if (m) return { start, end: start + m[0].length };
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  return null;
}

/** Characters of a dateline that opens the text at `at` (0 for none): a clause reported there starts after it. */
export function datelineLengthAt(text: string, at: number): number {
  if (at > 0 && text[at - 1] !== '\n') return 0;
  return DATELINE.exec(text.slice(at, at + 200))?.[0].length ?? 0;
}

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((m) => m.names.map((name) => [name, m.month] as const)),
);

/**
 * The month (1–12) and day a wire dateline gives ("KERROW, Jan 19 (TNS) -"), or null. A dateline
 * has no year: the wire's copy carries it in metadata that a pasted text loses.
 */
export function datelineMonthDay(text: string, within = DATELINE_WITHIN): DatelineDate | null {
  const span = findDateline(text, within);
  return span ? dateOfDateline(text, span) : null;
}

/** A wire dateline's month, day and wire. */
export interface DatelineDate {
  month: number;
  day: number;
  wire: string | null;
}

/** The date of the dateline `findDateline` found at `span`, or null when it gives none. */
export function dateOfDateline(text: string, span: { start: number; end: number }): DatelineDate | null {
  const groups = DATELINE.exec(text.slice(span.start, span.end))?.groups;
  const month = groups?.month ? MONTH_NUMBERS.get(groups.month.toLowerCase()) : undefined;
  const day = Number(groups?.day);
  const wire = groups?.wire?.trim().toLowerCase() || null;
  return month !== undefined && day >= 1 && day <= 31 ? { month, day, wire } : null;
}
