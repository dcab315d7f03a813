import type { QuotedSpan } from './span.ts';

/** A checkable statement (a number, a date, a fact) and how the sources that state it agree. */
export interface Claim {
  id: string;
  claim: string;
  type: 'numeric' | 'date' | 'fact';
  statements: QuotedSpan[];
  agree: boolean | null;
}

/** What one actor demands or holds on one issue, with the spans that show it. */
export interface Position {
  id: string;
  actor: string;
  issue: string;
  position: string;
  evidence: QuotedSpan[];
}

export interface TimelineItem {
  /** ISO date, as precise as the source: `2025`, `2025-08`, `2025-08-15`. */
  date: string;
  label: string;
  evidence: QuotedSpan[];
}
