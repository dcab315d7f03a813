import type { Dossier } from '../model/dossier.ts';
import type { Quote } from '../model/quote.ts';
import { claimStatus, orderClaims, orderTimeline, speakerRows } from './brief-order.ts';
import { callsToCheck, formatConfidence } from './calls-to-check.ts';
import { anchorOf, escapeHtml as esc } from './escape.ts';
import { excerpt } from './excerpt.ts';
import {
  cellKey,
  matrixLayout,
  type PositionCell,
  positionMatrix,
  type PositionLike,
  stanceOf,
  stanceRuns,
  summaryOf,
} from './position-matrix.ts';
import { hiddenNote, listedReports, storyFidelity, VERDICT_ORDER } from './story-fidelity.ts';

/**
 * The leading sections of the HTML brief, in reading order. Every value from the dossier is
 * escaped; long lists show their first rows and fold the rest into <details>, so a 500-article
 * brief lays out only what is open.
 */

/** Rows of a story's report table shown before the rest is folded away. */
export const ROWS_SHOWN = 25;

export function verdictBadge(verdict: string): string {
  return `<span class="verdict ${esc(verdict)}">${esc(verdict.replace(/_/g, ' '))}</span>`;
}

function spanLink(article: string, start: number, end: number): string {
  return `<a href="#${anchorOf(article)}">${esc(article)}</a><small>@${start}-${end}</small>`;
}

/** A table whose rows beyond `shown` are folded into a <details> below it, same columns. */
export function foldedTable(caption: string, head: string, rows: string[], shown = ROWS_SHOWN): string {
  const table = (body: string[], cap: string) =>
    `<table><caption>${cap}</caption><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
  if (rows.length <= shown) return table(rows, esc(caption));
  return `${table(rows.slice(0, shown), esc(caption))}<details><summary>${rows.length - shown} more rows</summary>${table(rows.slice(shown), `${esc(caption)} (continued)`)}</details>`;
}

function th(...names: string[]): string {
  return `<tr>${names.map((n) => `<th scope="col">${esc(n)}</th>`).join('')}</tr>`;
}

export function callsHtml(d: Dossier): string {
  if (!d.quotes.some((q) => q.provenance)) return '';
  const calls = callsToCheck(d);
  const title = `<h2 id="calls-to-check">Calls to check</h2>`;
  if (calls.length === 0)
    return `${title}<p>Every provenance call is a confident one: none to check first.</p>`;
  const rows = calls.map((c, i) => {
    const outlet = c.article?.outlet ? `${esc(c.article.outlet)}<br>` : '';
    const also = c.alsoIn.length > 0 ? `<br><small>also in ${c.alsoIn.map(esc).join(', ')}</small>` : '';
    return `<tr><td>${i + 1}</td><td>“${esc(excerpt(c.quote.text, 300))}”</td><td>${outlet}${spanLink(c.quote.article, c.quote.start, c.quote.end)}${also}</td><td>${verdictBadge(c.provenance.verdict)}</td><td>${formatConfidence(c.provenance.confidence)}</td><td><small>${esc(c.reason || '—')}</small></td></tr>`;
  });
  return `${title}<p>The verdicts Hearsay is least sure of, weakest first: check these against the primary before the rest.</p>${foldedTable('Weakest provenance calls', th('#', 'quote', 'report', 'verdict', 'confidence', 'first reason'), rows)}`;
}

export function storiesHtml(d: Dossier): string {
  if (d.stories.length === 0) return '';
  const outletOf = new Map(d.articles.map((a) => [a.id, a.outlet]));
  const blocks = storyFidelity(d).map((f, i) => {
    const s = f.story;
    let primary: string;
    if (f.primary) {
      const meta = [f.primary.outlet, f.primary.published].filter(Boolean).map((x) => esc(x!));
      const by = s.primarySource === 'user' ? ', set by user' : '';
      primary = `<p>Primary source: <strong>${esc(f.primary.title ?? f.primary.id)}</strong>${meta.length ? ` — ${meta.join(', ')}` : ''} (<a href="#${anchorOf(f.primary.id)}">${esc(f.primary.id)}</a>; confidence ${formatConfidence(s.primaryConfidence)}${by})</p>`;
    } else {
      primary = `<p>No primary source in the set: the reports could not be checked against the original.</p>`;
    }
    const articles = `<p><small>Articles: ${s.articles.map((a) => `<a href="#${anchorOf(a)}">${esc(a)}</a>`).join(', ')}</small></p>`;
    let tables = '';
    if (f.outlets.length > 0) {
      const tally = f.outlets.map(
        (t) =>
          `<tr><td>${esc(t.outlet)}</td>${VERDICT_ORDER.map((v) => `<td>${t.counts[v]}</td>`).join('')}</tr>`,
      );
      const listed = listedReports(f);
      const rows = listed.shown.map((q) => reportRow(q, outletOf.get(q.article) ?? null));
      const note = hiddenNote(listed.hidden);
      tables =
        foldedTable(
          'Reports per outlet',
          th('outlet', ...VERDICT_ORDER.map((v) => v.replace(/_/g, ' '))),
          tally,
        ) +
        foldedTable(
          'Each report beside the original, altered and unsupported first',
          th('verdict', 'confidence', 'report', 'reported', 'original', 'why'),
          rows,
        ) +
        (note ? `<p>${esc(note).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>` : '');
    }
    const unjudged =
      f.unjudged > 0 ? `<p>${f.unjudged} quotes of these reports have no verdict (no primary).</p>` : '';
    return `<section aria-labelledby="story-${i}"><h3 id="story-${i}">${esc(s.title)}</h3>${primary}${articles}${tables}${unjudged}</section>`;
  });
  return `<h2 id="stories">Stories and how they were reported</h2>${blocks.join('')}`;
}

function reportRow(q: Quote, outlet: string | null): string {
  const p = q.provenance!;
  const original =
    p.primary
      .map((s) => `<q>${esc(excerpt(s.text, 300))}</q> <small>${spanLink(s.article, s.start, s.end)}</small>`)
      .join('<br>+ ') || '—';
  const who = q.speaker ? `<br><small>— ${esc(q.speaker.name)}</small>` : '';
  return `<tr class="${esc(p.verdict)}-row"><td>${verdictBadge(p.verdict)}</td><td>${formatConfidence(p.confidence)}</td><td>${outlet ? `${esc(outlet)}<br>` : ''}<small>${spanLink(q.article, q.start, q.end)}</small></td><td><q>${esc(excerpt(q.text, 300))}</q>${who}</td><td>${original}</td><td><small>${esc(p.reasons.join('; ') || '—')}</small></td></tr>`;
}

export function positionsHtml(positions: readonly PositionLike[]): string {
  const title = `<h2 id="positions">Positions</h2>`;
  if (positions.length === 0) return `${title}<p>No positions found.</p>`;
  const m = positionMatrix(positions);
  const layout = matrixLayout(m);
  const byActor = layout.rows === 'actors';
  const rowNames = byActor ? layout.actors : layout.shown;
  const columns = byActor ? layout.shown : layout.actors;
  const rows = rowNames.map((row) => {
    const tds = columns.map((column) => {
      const cell = m.cells.get(byActor ? cellKey(row, column) : cellKey(column, row));
      return cell ? `<td>${cellHtml(cell)}</td>` : '<td></td>';
    });
    return `<tr><th scope="row">${esc(row)}</th>${tds.join('')}</tr>`;
  });
  const head = `<tr><th scope="col">${byActor ? 'actor' : 'issue'}</th>${columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`;
  const others = layout.others.map(
    (o) => `<li>${esc(o.actor)}: ${o.cells.map((c) => `${esc(c.issue)} (${cellHtml(c)})`).join('; ')}</li>`,
  );
  const matrix = `<div class="wide" tabindex="0" role="region" aria-label="Positions"><table><caption>${byActor ? 'Actors × issues' : 'Issues × actors'}: stances with their dates, oldest first; → marks a stance that moved</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>${others.length > 0 ? `<p>Other issues:</p><ul>${others.join('')}</ul>` : ''}`;
  const detail: string[] = [];
  for (const actor of m.actors)
    for (const issue of m.issues) {
      const cell = m.cells.get(cellKey(actor, issue));
      for (const p of cell?.positions ?? []) {
        const evidence = p.evidence
          .map(
            (e) =>
              `<li><q>${esc(excerpt(e.text, 300))}</q> <small>${spanLink(e.article, e.start, e.end)}</small></li>`,
          )
          .join('');
        detail.push(
          `<tr><td>${esc(actor)}</td><td>${esc(issue)}</td><td><span class="badge stance-${stanceClass(p)}">${esc(stanceOf(p))}</span></td><td>${esc(p.date ?? '—')}</td><td>${esc(summaryOf(p))}${evidence ? `<ul>${evidence}</ul>` : ''}</td></tr>`,
        );
      }
    }
  return `${title}${matrix}${foldedTable('Each position with its evidence', th('actor', 'issue', 'stance', 'date', 'summary and evidence'), detail)}`;
}

/** A cell's stance badges with their dates; an arrow only where the stance moved, undated ones last. */
function cellHtml(cell: PositionCell): string {
  const badge = (r: ReturnType<typeof stanceRuns>[number]): string =>
    `<span class="badge stance-${stanceClass(r.first)}" title="${esc(summaryOf(r.first))}">${esc(r.stance)}</span> <small>${esc(r.dates.join(', ') || 'undated')}</small>`;
  const runs = stanceRuns(cell);
  const dated = runs.filter((r) => r.dates.length > 0).map(badge);
  const undated = runs.filter((r) => r.dates.length === 0).map(badge);
  return [dated.join(' → '), ...undated].filter(Boolean).join('; ');
}

function stanceClass(p: PositionLike): string {
  return stanceOf(p)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}

export function claimsHtml(d: Dossier): string {
  const title = `<h2 id="claims">Claims</h2>`;
  if (d.claims.length === 0) return `${title}<p>No claims found.</p>`;
  const rows = orderClaims(d.claims).map((c) => {
    const statements = c.statements
      .map(
        (s) =>
          `<li><q>${esc(excerpt(s.text, 120))}</q> — ${esc(s.speaker ?? 'narration')} <small>${spanLink(s.article, s.start, s.end)}</small></li>`,
      )
      .join('');
    const status = claimStatus(c);
    return `<tr><td><span class="claim ${status.replace(/ /g, '-')}">${esc(status)}</span></td><td>${esc(c.subject || '—')}</td><td>${esc(c.kind)}</td><td><ul>${statements}</ul></td></tr>`;
  });
  return `${title}${foldedTable('Figures and dates across sources, conflicts first', th('status', 'subject', 'kind', 'statements'), rows)}`;
}

export function timelineHtml(d: Dossier): string {
  const title = `<h2 id="timeline">Timeline</h2>`;
  if (d.timeline.length === 0) return `${title}<p>No dated events found.</p>`;
  const rows = orderTimeline(d.timeline).map((t) => {
    const evidence = t.evidence.map((e) => spanLink(e.article, e.start, e.end)).join(', ');
    return `<tr><td><time>${esc(t.date)}</time></td><td>${esc(excerpt(t.label, 300))}</td><td><small>${evidence || '—'}</small></td></tr>`;
  });
  return `${title}${foldedTable('Dated events, oldest first', th('date', 'event', 'evidence'), rows)}`;
}

export function speakersHtml(d: Dossier): string {
  const title = `<h2 id="speakers">Speakers</h2>`;
  if (d.quotes.length === 0) return `${title}<p>No quotes found.</p>`;
  const rows = speakerRows(d.quotes).map((r) => {
    const verdicts = VERDICT_ORDER.filter((v) => r.verdicts[v]).map(
      (v) => `${r.verdicts[v]} ${verdictBadge(v)}`,
    );
    return `<tr><td>${esc(r.name || 'Unattributed')}</td><td>${r.quotes}</td><td>${r.kinds.direct}</td><td>${r.kinds.transcript}</td><td>${r.kinds.indirect}</td><td>${r.articles}</td><td>${verdicts.join(' ') || '—'}</td></tr>`;
  });
  return `${title}${foldedTable('Who is quoted, how often and how faithfully', th('speaker', 'quotes', 'direct', 'transcript', 'indirect', 'articles', 'verdicts'), rows)}`;
}
