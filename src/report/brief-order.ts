import type { Claim, TimelineItem } from '../model/analysis.ts';
import type { Quote, Verdict } from '../model/quote.ts';

/**
 * The order the brief lists claims, timeline events and speakers in. Deterministic: every sort
 * ends on a stable key, never on input order alone.
 */

/** Conflicts first (what a reader must resolve), then agreements, then single-source figures. */
export function orderClaims(claims: readonly Claim[]): Claim[] {
  const rank = (c: Claim) => (c.agree === false ? 0 : c.agree === true ? 1 : 2);
  return [...claims].sort(
    (a, b) => rank(a) - rank(b) || b.statements.length - a.statements.length || compare(a.id, b.id),
  );
}

export function claimStatus(c: Claim): string {
  return c.agree === false ? 'conflict' : c.agree === true ? 'agree' : 'single source';
}

/** Oldest first; `2025` before `2025-08` before `2025-08-15`, as ISO prefixes sort. */
export function orderTimeline(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort((a, b) => compare(a.date, b.date) || compare(a.label, b.label));
}

export interface SpeakerRow {
  name: string;
  quotes: number;
  kinds: Record<Quote['kind'], number>;
  articles: number;
  verdicts: Partial<Record<Verdict, number>>;
}

/** One row per speaker (unattributed quotes last), most quoted first. */
export function speakerRows(quotes: readonly Quote[]): SpeakerRow[] {
  const rows = new Map<string, SpeakerRow & { seen: Set<string> }>();
  for (const q of quotes) {
    const name = q.speaker?.name ?? '';
    let row = rows.get(name);
    if (!row) {
      row = {
        name,
        quotes: 0,
        kinds: { direct: 0, transcript: 0, indirect: 0 },
        articles: 0,
        verdicts: {},
        seen: new Set(),
      };
      rows.set(name, row);
    }
    row.quotes++;
    row.kinds[q.kind]++;
    row.seen.add(q.article);
    const v = q.provenance?.verdict;
    if (v) row.verdicts[v] = (row.verdicts[v] ?? 0) + 1;
  }
  return [...rows.values()]
    .map(({ seen, ...row }) => ({ ...row, articles: seen.size }))
    .sort((a, b) =>
      (a.name === '') !== (b.name === '')
        ? a.name === ''
          ? 1
          : -1
        : b.quotes - a.quotes || compare(a.name, b.name),
    );
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
