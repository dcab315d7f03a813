import type { QuotedSpan } from '../model/span.ts';

/**
 * The positions matrix: actors × issues, each cell the actor's positions on the issue in date
 * order, marked when the stance moved. Read structurally from the dossier's `positions[]`
 * (`{actor, issue, stance, summary, date, evidence}`), so an older dossier whose positions carry
 * only `position` text still renders.
 */
export interface PositionLike {
  actor: string;
  issue: string;
  stance?: string;
  summary?: string;
  /** Older dossiers: the position as one line of text. */
  position?: string;
  date?: string | null;
  evidence: readonly QuotedSpan[];
}

export interface PositionCell {
  actor: string;
  issue: string;
  /** Dated positions first, oldest first; undated ones after, in input order. */
  positions: PositionLike[];
  /** The stance differs between two dated positions: what the actor holds moved over time. */
  changed: boolean;
}

export interface PositionMatrix {
  /** Most positions first, then by name. */
  actors: string[];
  issues: string[];
  cells: Map<string, PositionCell>;
}

export function positionMatrix(positions: readonly PositionLike[]): PositionMatrix {
  const cells = new Map<string, PositionCell>();
  const actorCount = new Map<string, number>();
  const issueCount = new Map<string, number>();
  for (const p of positions) {
    const key = cellKey(p.actor, p.issue);
    let cell = cells.get(key);
    if (!cell) {
      cell = { actor: p.actor, issue: p.issue, positions: [], changed: false };
      cells.set(key, cell);
    }
    cell.positions.push(p);
    actorCount.set(p.actor, (actorCount.get(p.actor) ?? 0) + 1);
    issueCount.set(p.issue, (issueCount.get(p.issue) ?? 0) + 1);
  }
  for (const cell of cells.values()) {
    cell.positions = sortByDate(cell.positions);
    const stances = cell.positions.filter((p) => p.date).map(stanceOf);
    cell.changed = stances.some((s) => s !== stances[0]);
  }
  return { actors: byCount(actorCount), issues: byCount(issueCount), cells };
}

export function cellKey(actor: string, issue: string): string {
  return `${actor}\u0000${issue}`;
}

/** The stance as people read it: `red_line` and `red-line` become `red line`. */
export function stanceOf(p: PositionLike): string {
  return (p.stance ?? 'position').replace(/[_-]+/g, ' ').trim() || 'position';
}

export function summaryOf(p: PositionLike): string {
  return p.summary ?? p.position ?? '';
}

function sortByDate(positions: PositionLike[]): PositionLike[] {
  const indexed = positions.map((p, i) => ({ p, i }));
  indexed.sort((a, b) => {
    const da = a.p.date ?? '';
    const db = b.p.date ?? '';
    if (!da !== !db) return da ? -1 : 1;
    return (da < db ? -1 : da > db ? 1 : 0) || a.i - b.i;
  });
  return indexed.map((x) => x.p);
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}
