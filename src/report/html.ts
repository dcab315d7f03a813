import { crossReportView } from '../link/provenance/cross-report.ts';
import type { Article } from '../model/article.ts';
import type { Dossier } from '../model/dossier.ts';
import { formatIssue } from '../model/issue.ts';
import { type Quote, quotesByArticle } from '../model/quote.ts';
import { confidenceByQuote, formatConfidence } from './calls-to-check.ts';
import { anchorOf, escapeHtml as esc } from './escape.ts';
import { excerpt } from './excerpt.ts';
import {
  callsHtml,
  claimsHtml,
  foldedTable,
  positionsHtml,
  speakersHtml,
  storiesHtml,
  timelineHtml,
  verdictBadge,
} from './html-brief.ts';
import { BRIEF_CSS } from './html-style.ts';
import { selectCrossReportRows } from './cross-report-rows.ts';
import { segmentText } from './segments.ts';

/**
 * The brief as one self-contained HTML page: no script, no external request (a Content Security
 * Policy forbids any), printable. A table of contents, then what matters first (calls to check,
 * stories with each report beside the original, positions, claims, timeline, speakers), then the
 * reference sections folded in <details>: each primary sentence report by report, and each
 * article's text with chrome greyed out and quotes marked (speaker and verdict in a tooltip).
 * Every quote as a row is `hearsay export --what quotes`: listing 10,000 of them here would make
 * a 500-article brief slow to open.
 */
export function renderHtml(dossier: Dossier): string {
  const sections: [id: string, title: string, html: string][] = [
    ['calls-to-check', 'Calls to check', callsHtml(dossier)],
    ['stories', 'Stories and how they were reported', storiesHtml(dossier)],
    ['positions', 'Positions', positionsHtml(dossier.positions)],
    ['claims', 'Claims', claimsHtml(dossier)],
    ['timeline', 'Timeline', timelineHtml(dossier)],
    ['speakers', 'Speakers', speakersHtml(dossier)],
    ['report-by-report', 'The primary source, report by report', crossReportHtml(dossier)],
    ['articles', 'Articles', articlesHtml(dossier)],
    ['input-problems', 'Input problems', issuesHtml(dossier)],
  ];
  const present = sections.filter(([, , html]) => html !== '');
  const toc = `<nav class="toc" aria-labelledby="contents"><h2 id="contents">Contents</h2><ol>${present
    .map(([id, title]) => `<li><a href="#${id}">${esc(title)}</a></li>`)
    .join('')}</ol></nav>`;
  const summary = `<p class="summary">${[
    `${dossier.articles.length} articles`,
    `${dossier.stories.length} stories`,
    `${dossier.quotes.length} quotes`,
    `${dossier.claims.length} claims`,
    `${dossier.positions.length} positions`,
    `${dossier.timeline.length} dated events`,
    `${dossier.entities.length} entities`,
  ].join(' · ')}</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hearsay dossier</title>
<style>${BRIEF_CSS}</style></head><body>
<header><h1>Hearsay dossier</h1>${summary}</header>
${toc}
<main>
${present.map(([, , html]) => `<section class="part">${html}</section>`).join('\n')}
</main>
</body></html>
`;
}

/** Reference sections: headed, then folded, so they cost nothing until opened. */
function folded(id: string, title: string, summary: string, body: string): string {
  return `<h2 id="${id}">${esc(title)}</h2><details><summary>${esc(summary)}</summary>${body}</details>`;
}

function crossReportHtml(d: Dossier): string {
  const all = crossReportView(d.quotes, d.articles);
  if (all.length === 0) return '';
  const { shown: rows, hidden } = selectCrossReportRows(all);
  const confidence = confidenceByQuote(d.quotes);
  const head = `<tr><th scope="col">report</th><th scope="col">rendering</th><th scope="col">verdict</th><th scope="col">confidence</th><th scope="col">why</th></tr>`;
  const blocks = rows.map((row) => {
    const renderings = row.renderings.map((r) => {
      const sure = confidence.get(r.quote);
      return `<tr><td>${esc(r.outlet ?? r.article)}<br><small>${esc(r.article)}</small></td><td><q>${esc(excerpt(r.text, 300))}</q></td><td>${verdictBadge(r.verdict)}</td><td>${sure === undefined ? '—' : formatConfidence(sure)}</td><td><small>${esc(r.reasons.join('; '))}</small></td></tr>`;
    });
    return `<blockquote>${esc(row.primary.text)} <small>${esc(row.primary.article)}@${row.primary.start}</small></blockquote>${foldedTable('How each report rendered this sentence', head, renderings)}`;
  });
  return folded(
    'report-by-report',
    'The primary source, report by report',
    `${all.length} primary sentences${hidden ? `, ${rows.length} shown (those reports part ways on first)` : ''}`,
    blocks.join(''),
  );
}

function articlesHtml(d: Dossier): string {
  if (d.articles.length === 0) return '';
  const quotesOf = quotesByArticle(d.quotes);
  const blocks = d.articles.map((a) => articleHtml(a, quotesOf.get(a.id) ?? []));
  return `<h2 id="articles">Articles</h2><p>Each text as decoded: chrome struck through, quotes marked by verdict.</p>${blocks.join('\n')}`;
}

function articleHtml(article: Article, quotes: Quote[]): string {
  // Labels are indices into `quotes` (or 'chrome'), so a mark can name its speaker and verdict.
  const ranges = [
    ...article.boilerplate.map((b) => ({ start: b.start, end: b.end, label: 'chrome' })),
    ...quotes.map((q, i) => ({ start: q.start, end: q.end, label: String(i) })),
  ];
  const html = segmentText(article.text.length, ranges)
    .map((seg) => {
      const text = esc(article.text.slice(seg.start, seg.end));
      if (seg.labels.length === 0) return text;
      if (seg.labels.includes('chrome')) return `<del class="chrome">${text}</del>`;
      const marked = seg.labels.map((l) => quotes[Number(l)]!);
      const classes = marked.map((q) => q.provenance?.verdict ?? 'unjudged');
      const title = marked.map(
        (q) => `${q.speaker?.name ?? 'unattributed'} · ${q.provenance?.verdict ?? q.kind}`,
      );
      return `<mark class="quote ${classes.map(esc).join(' ')}" title="${esc(title.join('; '))}">${text}</mark>`;
    })
    .join('');
  const source = article.source === article.id ? null : article.source;
  const meta = [article.id, article.outlet, article.published, source]
    .filter(Boolean)
    .map((x) => esc(x!))
    .join(' · ');
  return `<details id="${anchorOf(article.id)}"><summary>${esc(article.title ?? article.id)} <small>${meta}</small></summary><div class="text">${html}</div></details>`;
}

function issuesHtml(d: Dossier): string {
  if (d.issues.length === 0) return '';
  return `<h2 id="input-problems">Input problems</h2><ul>${d.issues.map((i) => `<li>${esc(formatIssue(i))}</li>`).join('')}</ul>`;
}
