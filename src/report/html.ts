import { crossReportView } from '../link/provenance/cross-report.ts';
import type { Article } from '../model/article.ts';
import type { Dossier } from '../model/dossier.ts';
import { formatIssue } from '../model/issue.ts';
import type { Quote } from '../model/quote.ts';
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
import { segmentText } from './segments.ts';

/**
 * The brief as one self-contained HTML page: no script, no external request (a Content Security
 * Policy forbids any), printable. A table of contents, then what matters first (calls to check,
 * stories with each report beside the original, positions, claims, timeline, speakers), then the
 * reference sections folded in <details>: every quote, each primary sentence report by report,
 * and each article's text with chrome greyed out and quotes marked.
 */
export function renderHtml(dossier: Dossier): string {
  const sections: [id: string, title: string, html: string][] = [
    ['calls-to-check', 'Calls to check', callsHtml(dossier)],
    ['stories', 'Stories and how they were reported', storiesHtml(dossier)],
    ['positions', 'Positions', positionsHtml(dossier.positions)],
    ['claims', 'Claims', claimsHtml(dossier)],
    ['timeline', 'Timeline', timelineHtml(dossier)],
    ['speakers', 'Speakers', speakersHtml(dossier)],
    ['quotes', 'Every quote', quotesHtml(dossier.quotes)],
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
${present.map(([, , html]) => html).join('\n')}
</main>
</body></html>
`;
}

/** Reference sections: headed, then folded, so they cost nothing until opened. */
function folded(id: string, title: string, summary: string, body: string): string {
  return `<h2 id="${id}">${esc(title)}</h2><details><summary>${esc(summary)}</summary>${body}</details>`;
}

function quotesHtml(quotes: Quote[]): string {
  if (quotes.length === 0) return '';
  const rows = quotes.map((q) => {
    const p = q.provenance;
    const primary =
      p?.primary
        .map((s) => `<q>${esc(excerpt(s.text, 200))}</q> <small>${esc(s.article)}@${s.start}</small>`)
        .join('<br>') ?? '';
    const verdict = p
      ? `${verdictBadge(p.verdict)} <small>confidence ${formatConfidence(p.confidence)}</small><br><small>${esc(p.reasons.join('; '))}</small>`
      : '';
    return `<tr><td>${esc(q.speaker?.name ?? '—')}</td><td><q>${esc(excerpt(q.text, 300))}</q><br><small><a href="#${anchorOf(q.article)}">${esc(q.article)}</a>@${q.start}-${q.end} · ${esc(q.kind)}${q.venue ? ` · ${esc(q.venue)}` : ''}</small></td><td>${verdict}</td><td>${primary}</td></tr>`;
  });
  const head = `<tr><th scope="col">speaker</th><th scope="col">quote</th><th scope="col">verdict</th><th scope="col">primary source</th></tr>`;
  return folded(
    'quotes',
    'Every quote',
    `${quotes.length} quotes in article order`,
    foldedTable('Who said what', head, rows, Infinity),
  );
}

function crossReportHtml(d: Dossier): string {
  const rows = crossReportView(d.quotes, d.articles);
  if (rows.length === 0) return '';
  const confidence = confidenceByQuote(d.quotes);
  const head = `<tr><th scope="col">report</th><th scope="col">rendering</th><th scope="col">verdict</th><th scope="col">confidence</th><th scope="col">why</th></tr>`;
  const blocks = rows.map((row) => {
    const renderings = row.renderings.map((r) => {
      const sure = confidence.get(r.quote);
      return `<tr><td>${esc(r.outlet ?? r.article)}<br><small>${esc(r.article)}</small></td><td><q>${esc(excerpt(r.text, 300))}</q></td><td>${verdictBadge(r.verdict)}</td><td>${sure === undefined ? '—' : formatConfidence(sure)}</td><td><small>${esc(r.reasons.join('; '))}</small></td></tr>`;
    });
    return `<blockquote>${esc(row.primary.text)} <small>${esc(row.primary.article)}@${row.primary.start}</small></blockquote>${foldedTable('How each report rendered this sentence', head, renderings, Infinity)}`;
  });
  return folded(
    'report-by-report',
    'The primary source, report by report',
    `${rows.length} primary sentences`,
    blocks.join(''),
  );
}

function articlesHtml(d: Dossier): string {
  if (d.articles.length === 0) return '';
  const quotesOf = new Map<string, Quote[]>();
  for (const q of d.quotes) {
    const list = quotesOf.get(q.article);
    if (list) list.push(q);
    else quotesOf.set(q.article, [q]);
  }
  const blocks = d.articles.map((a) => articleHtml(a, quotesOf.get(a.id) ?? []));
  return `<h2 id="articles">Articles</h2><p>Each text as decoded: chrome struck through, quotes marked by verdict.</p>${blocks.join('\n')}`;
}

function articleHtml(article: Article, quotes: Quote[]): string {
  const ranges = [
    ...article.boilerplate.map((b) => ({ start: b.start, end: b.end, label: 'chrome' })),
    ...quotes.map((q) => ({ start: q.start, end: q.end, label: q.provenance?.verdict ?? 'quote' })),
  ];
  const html = segmentText(article.text.length, ranges)
    .map((seg) => {
      const text = esc(article.text.slice(seg.start, seg.end));
      if (seg.labels.length === 0) return text;
      if (seg.labels.includes('chrome')) return `<del class="chrome">${text}</del>`;
      return `<mark class="quote ${seg.labels.map(esc).join(' ')}">${text}</mark>`;
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
