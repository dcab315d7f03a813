import type { Dossier } from '../model/dossier.ts';
import type { Quote } from '../model/quote.ts';
import { claimStatus, orderClaims, orderTimeline, speakerRows } from './brief-order.ts';
import { callsToCheck, formatConfidence } from './calls-to-check.ts';
import { escapeMarkdown as md } from './escape.ts';
import { excerpt } from './excerpt.ts';
import {
  cellKey,
  cellText,
  matrixLayout,
  positionMatrix,
  type PositionLike,
  stanceOf,
  summaryOf,
} from './position-matrix.ts';
import { hiddenNote, listedReports, storyFidelity, VERDICT_ORDER } from './story-fidelity.ts';

/**
 * The leading sections of the Markdown brief, in the order a reader needs them: calls to check,
 * stories with how each outlet reported the primary, positions, claims, timeline, speakers.
 * Every value from the dossier is escaped; every line cites `article@start-end`.
 */

export function cells(...values: string[]): string {
  return `| ${values.map(md).join(' | ')} |`;
}

function where(article: string, start: number, end: number): string {
  return `${article}@${start}-${end}`;
}

/** The weakest provenance calls, first in the brief: where a fact-checker looks first. */
export function callsSection(d: Dossier): string[] {
  if (!d.quotes.some((q) => q.provenance)) return [];
  const calls = callsToCheck(d);
  const out = ['## Calls to check', ''];
  if (calls.length === 0) {
    out.push('Every provenance call is a confident one: none to check first.', '');
    return out;
  }
  out.push(
    'The verdicts Hearsay is least sure of, weakest first: check these against the primary before the rest.',
    '',
    '| # | quote | report | verdict | confidence | first reason |',
    '|---|---|---|---|---|---|',
  );
  calls.forEach((c, i) => {
    const outlet = c.article?.outlet ? `${c.article.outlet}, ` : '';
    const also = c.alsoIn.length > 0 ? `; also in ${c.alsoIn.join(', ')}` : '';
    out.push(
      cells(
        String(i + 1),
        `“${excerpt(c.quote.text, 160)}”`,
        `${outlet}${where(c.quote.article, c.quote.start, c.quote.end)}${also}`,
        c.provenance.verdict,
        formatConfidence(c.provenance.confidence),
        c.reason || '—',
      ),
    );
  });
  out.push('');
  return out;
}

/** Per story: the primary, a tally per outlet, then every judged report, altered and unsupported first. */
export function storiesSection(d: Dossier): string[] {
  if (d.stories.length === 0) return [];
  const out = ['## Stories and how they were reported', ''];
  const outlets = new Map(d.articles.map((a) => [a.id, a.outlet]));
  for (const f of storyFidelity(d)) {
    const s = f.story;
    out.push(`### ${md(s.title)}`, '');
    if (f.primary) {
      const meta = [f.primary.outlet, f.primary.published].filter(Boolean).join(', ');
      const by = s.primarySource === 'user' ? ', set by user' : '';
      out.push(
        `Primary source: **${md(f.primary.title ?? f.primary.id)}**${meta ? ` — ${md(meta)}` : ''} (${md(f.primary.id)}; confidence ${formatConfidence(s.primaryConfidence)}${by})`,
      );
    } else {
      out.push('No primary source in the set: the reports could not be checked against the original.');
    }
    out.push('', `Articles: ${s.articles.map(md).join(', ')}`, '');
    if (f.outlets.length > 0) {
      out.push(
        `| outlet | ${VERDICT_ORDER.join(' | ')} |`,
        `|---|${VERDICT_ORDER.map(() => '---|').join('')}`,
      );
      for (const t of f.outlets) out.push(cells(t.outlet, ...VERDICT_ORDER.map((v) => String(t.counts[v]))));
      out.push('');
      out.push('| verdict | confidence | report | reported | original | why |', '|---|---|---|---|---|---|');
      const listed = listedReports(f);
      for (const q of listed.shown) out.push(reportRow(q, outlets.get(q.article) ?? null));
      out.push('');
      const note = hiddenNote(listed.hidden);
      if (note) out.push(note, '');
    }
    if (f.unjudged > 0) out.push(`${f.unjudged} quotes of these reports have no verdict (no primary).`, '');
  }
  return out;
}

function reportRow(q: Quote, outlet: string | null): string {
  const p = q.provenance!;
  const original = p.primary.map((s) => `“${excerpt(s.text, 200)}” (${where(s.article, s.start, s.end)})`);
  return cells(
    p.verdict,
    formatConfidence(p.confidence),
    `${outlet ? `${outlet}, ` : ''}${where(q.article, q.start, q.end)}`,
    `“${excerpt(q.text, 200)}”${q.speaker ? ` — ${q.speaker.name}` : ''}`,
    original.join(' + ') || '—',
    p.reasons.join('; ') || '—',
  );
}

/** Actors × issues with stance badges; a cell whose stance moved over time is marked ↻. */
export function positionsSection(positions: readonly PositionLike[]): string[] {
  const out = ['## Positions', ''];
  if (positions.length === 0) return [...out, 'No positions found.', ''];
  const m = positionMatrix(positions);
  const layout = matrixLayout(m);
  const rows = layout.rows === 'actors' ? layout.actors : layout.shown;
  const columns = layout.rows === 'actors' ? layout.shown : layout.actors;
  out.push(
    'Each cell: the stances with their dates, oldest first; → marks a stance that moved.',
    '',
    `| ${layout.rows === 'actors' ? 'actor' : 'issue'} | ${columns.map(md).join(' | ')} |`,
    `|---|${columns.map(() => '---|').join('')}`,
  );
  for (const row of rows) {
    const cells = columns.map((column) => {
      const cell = m.cells.get(layout.rows === 'actors' ? cellKey(row, column) : cellKey(column, row));
      return cell ? md(cellText(cell)) : '';
    });
    out.push(`| ${md(row)} | ${cells.join(' | ')} |`);
  }
  if (layout.others.length > 0) out.push('', 'Other issues:');
  for (const o of layout.others)
    out.push(`- ${md(o.actor)}: ${o.cells.map((c) => `${md(c.issue)} (${md(cellText(c))})`).join('; ')}`);
  out.push('');
  for (const actor of m.actors) {
    for (const issue of m.issues) {
      const cell = m.cells.get(cellKey(actor, issue));
      if (!cell) continue;
      for (const p of cell.positions) {
        const date = p.date ? ` (${md(p.date)})` : '';
        out.push(`- ${md(actor)} — ${md(issue)}: **${md(stanceOf(p))}**${date}: ${md(summaryOf(p))}`);
        for (const e of p.evidence)
          out.push(`  - “${md(excerpt(e.text, 200))}” (${md(where(e.article, e.start, e.end))})`);
      }
    }
  }
  out.push('');
  return out;
}

/** Figures and dates across sources, conflicts first, each statement with its source. */
export function claimsSection(d: Dossier): string[] {
  const out = ['## Claims', ''];
  if (d.claims.length === 0) return [...out, 'No claims found.', ''];
  out.push('| status | subject | kind | statements |', '|---|---|---|---|');
  for (const c of orderClaims(d.claims)) {
    const statements = c.statements.map((s) => {
      const who = s.speaker ?? 'narration';
      return `“${excerpt(s.text, 80)}” (${who}, ${where(s.article, s.start, s.end)})`;
    });
    out.push(cells(claimStatus(c), c.subject || '—', c.kind, statements.join('; ')));
  }
  out.push('');
  return out;
}

export function timelineSection(d: Dossier): string[] {
  const out = ['## Timeline', ''];
  if (d.timeline.length === 0) return [...out, 'No dated events found.', ''];
  out.push('| date | event | evidence |', '|---|---|---|');
  for (const t of orderTimeline(d.timeline)) {
    const evidence = t.evidence.map((e) => where(e.article, e.start, e.end));
    out.push(cells(t.date, excerpt(t.label, 200), evidence.join(', ') || '—'));
  }
  out.push('');
  return out;
}

export function speakersSection(d: Dossier): string[] {
  const out = ['## Speakers', ''];
  if (d.quotes.length === 0) return [...out, 'No quotes found.', ''];
  out.push(
    '| speaker | quotes | direct | transcript | indirect | articles | verdicts |',
    '|---|---|---|---|---|---|---|',
  );
  for (const r of speakerRows(d.quotes)) {
    const verdicts = VERDICT_ORDER.filter((v) => r.verdicts[v]).map((v) => `${r.verdicts[v]} ${v}`);
    out.push(
      cells(
        r.name || 'Unattributed',
        String(r.quotes),
        String(r.kinds.direct),
        String(r.kinds.transcript),
        String(r.kinds.indirect),
        String(r.articles),
        verdicts.join(', ') || '—',
      ),
    );
  }
  out.push('');
  return out;
}
