import type { QuotedSpan } from '../model/span.ts';
import { GENERAL_ISSUE } from '../analyze/positions/issues.ts';
import { STANCES } from '../model/analysis.ts';

/** Issue columns at most, so the matrix fits a terminal; the rest are listed per actor. */
export const MAX_MATRIX_ISSUES = 10;

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
  /** Most evidence first, then by name; the catch-all "general" issue is not one. */
  issues: string[];
  cells: Map<string, PositionCell>;
}

export function positionMatrix(positions: readonly PositionLike[]): PositionMatrix {
  const cells = new Map<string, PositionCell>();
  const actorCount = new Map<string, number>();
  const issueCount = new Map<string, number>();
  for (const p of positions) {
    // Statements with no issue of their own stay in the dossier, not in the matrix.
    if (p.issue === GENERAL_ISSUE) continue;
    const key = cellKey(p.actor, p.issue);
    let cell = cells.get(key);
    if (!cell) {
      cell = { actor: p.actor, issue: p.issue, positions: [], changed: false };
      cells.set(key, cell);
    }
    cell.positions.push(p);
    actorCount.set(p.actor, (actorCount.get(p.actor) ?? 0) + 1);
    issueCount.set(p.issue, (issueCount.get(p.issue) ?? 0) + Math.max(1, p.evidence.length));
  }
  for (const cell of cells.values()) {
    cell.positions = sortByDate(cell.positions);
    cell.changed = stanceRuns(cell).filter((r) => r.dates.length > 0).length > 1;
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

/** How the matrix is laid out: which issues get a column, and which way round is narrower. */
export interface MatrixLayout {
  /** `actors`: a row per actor, a column per shown issue; `issues`: the other way round. */
  rows: 'actors' | 'issues';
  /** The actors with a position on a shown issue, in matrix order. */
  actors: string[];
  /** The issues with the most evidence, at most MAX_MATRIX_ISSUES. */
  shown: string[];
  /** Per actor (in matrix order), its cells on issues without a column. */
  others: { actor: string; cells: PositionCell[] }[];
}

export function matrixLayout(m: PositionMatrix, maxIssues = MAX_MATRIX_ISSUES): MatrixLayout {
  const shown = m.issues.slice(0, maxIssues);
  const hidden = m.issues.slice(maxIssues);
  const others = m.actors
    .map((actor) => ({
      actor,
      cells: hidden.map((i) => m.cells.get(cellKey(actor, i))).filter((c) => c !== undefined),
    }))
    .filter((o) => o.cells.length > 0);
  const actors = m.actors.filter((a) => shown.some((i) => m.cells.has(cellKey(a, i))));
  // Whichever way round has fewer columns: a few actors on many issues read down the issues.
  return { rows: shown.length <= actors.length ? 'actors' : 'issues', actors, shown, others };
}

/**
 * A cell as text: what the actor held on each date, oldest first; a stance held on several dates
 * is written once ("red line 2025-04-10, 2025-11-02"), and an arrow only where it actually moved
 * ("demand 2025-04-10 → offer 2025-11-02"). Undated positions come last, after a semicolon, and
 * only when they add a stance: without a date they cannot show a move.
 */
export function cellText(cell: PositionCell): string {
  const runs = stanceRuns(cell);
  const dated = runs.filter((r) => r.dates.length > 0);
  const text = dated.map((r) => `${r.stance} ${r.dates.join(', ')}`).join(' → ');
  const undated = runs.filter((r) => r.dates.length === 0).map((r) => `${r.stance} (undated)`);
  return [text, ...undated].filter(Boolean).join('; ');
}

/**
 * The cell's stances: one per date (the commonest stance that date other than assessment, ties
 * to the more specific, as `STANCES` orders them), consecutive dates with the same stance as one
 * run; then the stances of undated positions not already shown, with no dates.
 */
export function stanceRuns(cell: PositionCell): { stance: string; dates: string[]; first: PositionLike }[] {
  const byDate = new Map<string, PositionLike[]>();
  for (const p of cell.positions) byDate.set(p.date ?? '', [...(byDate.get(p.date ?? '') ?? []), p]);
  const runs: { stance: string; dates: string[]; first: PositionLike }[] = [];
  for (const [date, list] of byDate) {
    if (date === '') continue;
    const first = dominant(list);
    const stance = stanceOf(first);
    const last = runs.at(-1);
    if (last && last.stance === stance) last.dates.push(date);
    else runs.push({ stance, dates: [date], first });
  }
  for (const p of byDate.get('') ?? []) {
    const stance = stanceOf(p);
    if (!runs.some((r) => r.stance === stance)) runs.push({ stance, dates: [], first: p });
  }
  return runs;
}

/** Stances from most to least specific; an assessment only says how things stand. */
const STANCE_ORDER: readonly string[] = STANCES;

/** The position whose stance is the commonest of a day's, assessments counting last. */
function dominant(list: readonly PositionLike[]): PositionLike {
  const count = (p: PositionLike): number => list.filter((q) => stanceOf(q) === stanceOf(p)).length;
  const rank = (p: PositionLike): number => {
    const at = STANCE_ORDER.indexOf(stanceOf(p));
    return at < 0 ? STANCE_ORDER.length : at;
  };
  return [...list].sort((a, b) => {
    const assess = Number(stanceOf(a) === 'assessment') - Number(stanceOf(b) === 'assessment');
    return assess || count(b) - count(a) || rank(a) - rank(b);
  })[0]!;
}
