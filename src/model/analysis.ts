import type { QuotedSpan } from './span.ts';

/**
 * One source stating a figure or a date: the span (from its hedge to its unit), the value read,
 * and who states it (a quoted speaker; absent for the outlet's own narration).
 */
export interface ClaimStatement extends QuotedSpan {
  /**
   * A number (money in currency units, percentages as written) or an ISO date; null for a
   * mention of the quantity without a figure, which confirms nothing.
   */
  value: number | string | null;
  /** The upper end of a range ("19–20 percent"); absent for a single figure. */
  high?: number;
  /** "%", a currency code, a time unit, "x", the counted noun, or "date". */
  unit: string;
  /** The hedge as written ("approximately", "just under"), or null. */
  hedge: string | null;
  speaker?: string;
  /** The noun phrase the figure measures, as written in this statement ("" when none is found). */
  subject: string;
}

/**
 * Statements about one quantity across articles and whether they agree, hedges taken into
 * account: true when the values they allow overlap, false when they cannot all be true, null
 * when only one source states it.
 */
export interface Claim {
  id: string;
  subject: string;
  kind: 'percent' | 'money' | 'count' | 'duration' | 'multiple' | 'date';
  statements: ClaimStatement[];
  agree: boolean | null;
}

export const STANCES = ['demand', 'red line', 'offer', 'condition', 'rejection', 'assessment'] as const;
/**
 * The speech act of a position: what the actor asks for (demand), refuses for good (red line),
 * puts on the table (offer), makes depend on the other side (condition), turns down (rejection),
 * or says of how things stand (assessment).
 */
export type Stance = (typeof STANCES)[number];

/**
 * What one actor holds on one issue in one story, with the spans that show it. The same actor
 * and issue in two stories are two positions, each dated by its story, so a change shows.
 */
export interface Position {
  id: string;
  /** The party the speakers speak for: a country, an organisation, or a person without one. */
  actor: string;
  /** The issue, named by the phrase its statements most often use. */
  issue: string;
  stance: Stance;
  /** One line: the statement that shows the stance best, shortened. */
  summary: string;
  /** ISO date of the story (its earliest dated article), or null when none is dated. */
  date: string | null;
  evidence: QuotedSpan[];
}

export interface TimelineItem {
  /** ISO date, as precise as the source: `2025`, `2025-08`, `2025-08-15`. */
  date: string;
  label: string;
  evidence: QuotedSpan[];
}
