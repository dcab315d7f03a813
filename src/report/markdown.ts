import { crossReportView } from '../link/provenance/cross-report.ts';
import type { Article } from '../model/article.ts';
import type { Dossier } from '../model/dossier.ts';
import { formatIssue } from '../model/issue.ts';
import type { Quote } from '../model/quote.ts';
import { compare } from './brief-order.ts';
import { confidenceByQuote, formatConfidence } from './calls-to-check.ts';
import { escapeMarkdown as md } from './escape.ts';
import { selectCrossReportRows } from './cross-report-rows.ts';
import { excerpt } from './excerpt.ts';
import {
  callsSection,
  cells,
  claimsSection,
  positionsSection,
  speakersSection,
  storiesSection,
  timelineSection,
} from './markdown-brief.ts';

/**
 * The brief as Markdown, for a terminal or notes: what matters first (calls to check, stories and
 * how faithfully each outlet reported the primary, positions, claims, timeline, speakers), then
 * the reference sections (articles, every quote, each primary sentence report by report,
 * entities). Every value from the dossier is escaped, so raw HTML in an article stays text.
 */
export function renderMarkdown(dossier: Dossier): string {
  return [...renderMarkdownChunks(dossier)].join('');
}

/**
 * renderMarkdown's text, byte for byte, one section at a time: the article texts and every quote
 * of a large set are each a section, and the whole report was never needed as one string.
 */
export function* renderMarkdownChunks(dossier: Dossier): Generator<string> {
  const sections: (() => string[])[] = [
    () => ['# Hearsay dossier', '', summaryLine(dossier), ''],
    () => callsSection(dossier),
    () => storiesSection(dossier),
    () => positionsSection(dossier.positions),
    () => claimsSection(dossier),
    () => timelineSection(dossier),
    () => speakersSection(dossier),
    () => articlesSection(dossier.articles),
    () => quotesSection(dossier),
    () => crossReportSection(dossier),
    () => entitiesSection(dossier),
    () => issuesSection(dossier),
  ];
  // The lines of all sections joined by line breaks, as one list of them would be.
  let first = true;
  for (const section of sections) {
    const lines = section();
    if (lines.length === 0) continue;
    yield `${first ? '' : '\n'}${lines.join('\n')}`;
    first = false;
  }
  yield '\n';
}

function issuesSection(dossier: Dossier): string[] {
  if (dossier.issues.length === 0) return [];
  return ['## Input problems', '', ...dossier.issues.map((issue) => `- ${md(formatIssue(issue))}`), ''];
}

function summaryLine(d: Dossier): string {
  const dup = d.articles.filter((a) => a.duplicateOf !== null).length;
  return [
    `${d.articles.length} articles${dup ? ` (${dup} exact duplicates)` : ''}`,
    `${d.stories.length} stories`,
    `${d.quotes.length} quotes`,
    `${d.claims.length} claims`,
    `${d.positions.length} positions`,
    `${d.timeline.length} dated events`,
    `${d.entities.length} entities`,
    `${d.issues.filter((i) => i.severity === 'error').length} input errors`,
  ].join(' · ');
}

function articlesSection(articles: Article[]): string[] {
  if (articles.length === 0) return [];
  const out = [
    '## Articles',
    '',
    '| id | title | outlet | published | credited | chrome | note |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const a of articles) {
    const chrome = a.boilerplate.reduce((n, b) => n + (b.end - b.start), 0);
    const note = a.duplicateOf
      ? `duplicate of ${a.duplicateOf}`
      : a.syndicated.map((s) => `syndicated with ${s.article} (${s.similarity.toFixed(2)})`).join('; ');
    out.push(
      cells(
        a.id,
        excerpt(a.title ?? '—', 80),
        a.outlet ?? '—',
        a.published ?? '—',
        a.credited.join(', ') || '—',
        `${a.boilerplate.length} ranges, ${chrome} chars`,
        note,
      ),
    );
  }
  out.push('');
  return out;
}

/** Every quote by speaker, most quoted first, with its verdict, primary span and reasons. */
function quotesSection(d: Dossier): string[] {
  if (d.quotes.length === 0) return [];
  const out = ['## Who said what', ''];
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of d.quotes) {
    const key = q.speaker?.name ?? 'Unattributed';
    const list = bySpeaker.get(key);
    if (list) list.push(q);
    else bySpeaker.set(key, [q]);
  }
  const speakers = [...bySpeaker.keys()].sort(
    (a, b) => bySpeaker.get(b)!.length - bySpeaker.get(a)!.length || compare(a, b),
  );
  for (const speaker of speakers) {
    out.push(`### ${md(speaker)}`, '');
    for (const q of bySpeaker.get(speaker)!) {
      const venue = q.venue ? ` — ${md(q.venue)}` : '';
      const verdict = q.provenance
        ? ` **[${q.provenance.verdict}]** (confidence ${formatConfidence(q.provenance.confidence)})`
        : '';
      out.push(
        `- “${md(excerpt(q.text, 220))}” (${q.kind}, ${md(`${q.article}@${q.start}-${q.end}`)}${venue})${verdict}`,
      );
      const p = q.provenance;
      if (p && p.primary.length > 0) {
        const spans = p.primary.map(
          (s) => `“${md(excerpt(s.text, 160))}” (${md(`${s.article}@${s.start}-${s.end}`)})`,
        );
        out.push(`  - primary: ${spans.join(' + ')}`);
      }
      if (p && p.reasons.length > 0) out.push(`  - why: ${md(p.reasons.join('; '))}`);
    }
    out.push('');
  }
  return out;
}

/** One primary sentence, then how each report rendered it, with the verdict and its reasons. */
function crossReportSection(d: Dossier): string[] {
  const all = crossReportView(d.quotes, d.articles);
  if (all.length === 0) return [];
  const { shown: rows, hidden } = selectCrossReportRows(all);
  const confidence = confidenceByQuote(d.quotes);
  const out = ['## The primary source, report by report', ''];
  for (const row of rows) {
    const p = row.primary;
    out.push(`> ${md(excerpt(p.text, 400))} — ${md(`${p.article}@${p.start}-${p.end}`)}`, '');
    out.push('| report | rendering | verdict | confidence | why |', '|---|---|---|---|---|');
    for (const r of row.renderings) {
      const who = r.outlet ? `${r.outlet} (${r.article})` : r.article;
      const sure = confidence.get(r.quote);
      out.push(
        cells(
          who,
          `“${excerpt(r.text, 200)}”`,
          r.verdict,
          sure === undefined ? '—' : formatConfidence(sure),
          r.reasons.join('; ') || '—',
        ),
      );
    }
    out.push('');
  }
  if (hidden > 0) out.push(`${hidden} more primary sentences, where the reports agree, are not shown.`, '');
  return out;
}

function entitiesSection(d: Dossier): string[] {
  if (d.entities.length === 0) return [];
  const out = ['## Entities', '', '| name | type | aliases | mentions |', '|---|---|---|---|'];
  const sorted = [...d.entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || compare(a.name, b.name),
  );
  for (const e of sorted) {
    const aliases = e.aliases.filter((x) => x !== e.name).join(', ') || '—';
    out.push(cells(e.name, e.type, aliases, String(e.mentions.length)));
  }
  out.push('');
  return out;
}
