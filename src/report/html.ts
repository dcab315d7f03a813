import { crossReportView } from '../link/provenance/cross-report.ts';
import type { Article } from '../model/article.ts';
import type { Dossier } from '../model/dossier.ts';
import { formatIssue } from '../model/issue.ts';
import type { Quote } from '../model/quote.ts';
import { callsToCheck, confidenceByQuote, formatConfidence } from './calls-to-check.ts';
import { excerpt } from './excerpt.ts';
import { segmentText } from './segments.ts';

/**
 * A self-contained page (no scripts, no network): summary, stories, every quote with its verdict
 * and aligned primary span, and each article's text with chrome greyed out and quotes marked, so
 * a reader can check every answer against the characters it came from.
 */
export function renderHtml(dossier: Dossier): string {
  const body = [
    `<h1>Hearsay dossier</h1>`,
    `<p class="summary">${dossier.articles.length} articles · ${dossier.stories.length} stories · ${dossier.quotes.length} quotes · ${dossier.entities.length} entities</p>`,
    callsHtml(dossier),
    storiesHtml(dossier),
    quotesHtml(dossier.quotes),
    crossReportHtml(dossier),
    dossier.articles
      .map((a) =>
        articleHtml(
          a,
          dossier.quotes.filter((q) => q.article === a.id),
        ),
      )
      .join('\n'),
    issuesHtml(dossier),
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hearsay dossier</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;background:#fafafa}
.chrome{color:#999;background:#eee;text-decoration:line-through}
.quote{background:#fff3b0}.verbatim{background:#c8f7c5}.paraphrase{background:#d6ecff}.altered{background:#ffd2cc}.unsupported{background:#ffb3b3}
.verdict{font-weight:600;padding:0 .3rem;border-radius:3px}
caption{text-align:left;font-weight:600;padding:.3rem 0}
</style></head><body>
${body}
</body></html>
`;
}

/**
 * The weakest provenance calls, before everything else: a fact-checker's first stops. Each row
 * links to the report's text below, where the quote is marked.
 */
function callsHtml(d: Dossier): string {
  if (!d.quotes.some((q) => q.provenance)) return '';
  const calls = callsToCheck(d);
  if (calls.length === 0)
    return `<h2 id="calls-to-check">Calls to check</h2><p>Every provenance call is a confident one: none to check first.</p>`;
  const rows = calls.map((c, i) => {
    const outlet = c.article?.outlet ? `${esc(c.article.outlet)}<br>` : '';
    const also = c.alsoIn.length > 0 ? `<br><small>also in ${c.alsoIn.map(esc).join(', ')}</small>` : '';
    return `<tr><td>${i + 1}</td><td>“${esc(excerpt(c.quote.text, 300))}”</td><td>${outlet}<a href="#${esc(c.quote.article)}">${esc(c.quote.article)}</a> <small>@${c.quote.start}-${c.quote.end}</small>${also}</td><td><span class="verdict ${c.provenance.verdict}">${c.provenance.verdict}</span></td><td>${formatConfidence(c.provenance.confidence)}</td><td><small>${esc(c.reason || '—')}</small></td></tr>`;
  });
  return `<h2 id="calls-to-check">Calls to check</h2><p>The verdicts Hearsay is least sure of, weakest first: check these against the primary before the rest.</p><table><caption>Weakest provenance calls</caption><thead><tr><th scope="col">#</th><th scope="col">quote</th><th scope="col">report</th><th scope="col">verdict</th><th scope="col">confidence</th><th scope="col">first reason</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function storiesHtml(d: Dossier): string {
  if (d.stories.length === 0) return '';
  const rows = d.stories.map(
    (s) =>
      `<tr><td>${esc(s.title)}</td><td>${s.articles.map(esc).join('<br>')}</td><td>${s.primary ? `${esc(s.primary)} (${Math.round(s.primaryConfidence * 100)}%)` : '—'}</td></tr>`,
  );
  return `<h2>Stories</h2><table><tr><th>story</th><th>articles</th><th>primary source</th></tr>${rows.join('')}</table>`;
}

function quotesHtml(quotes: Quote[]): string {
  if (quotes.length === 0) return '';
  const rows = quotes.map((q) => {
    const p = q.provenance;
    const primary =
      p?.primary
        .map((s) => `“${esc(excerpt(s.text, 200))}” <small>${esc(s.article)}@${s.start}</small>`)
        .join('<br>') ?? '';
    const verdict = p
      ? `<span class="verdict ${p.verdict}">${p.verdict}</span> <small>confidence ${formatConfidence(p.confidence)}</small><br><small>${esc(p.reasons.join('; '))}</small>`
      : '';
    return `<tr><td>${esc(q.speaker?.name ?? '—')}</td><td>“${esc(excerpt(q.text, 300))}”<br><small>${esc(q.article)}@${q.start}-${q.end} · ${q.kind}${q.venue ? ` · ${esc(q.venue)}` : ''}</small></td><td>${verdict}</td><td>${primary}</td></tr>`;
  });
  return `<h2>Who said what</h2><table><tr><th>speaker</th><th>quote</th><th>verdict</th><th>primary source</th></tr>${rows.join('')}</table>`;
}

function crossReportHtml(d: Dossier): string {
  const rows = crossReportView(d.quotes, d.articles);
  if (rows.length === 0) return '';
  const confidence = confidenceByQuote(d.quotes);
  const head = `<thead><tr><th scope="col">report</th><th scope="col">rendering</th><th scope="col">verdict</th><th scope="col">confidence</th><th scope="col">why</th></tr></thead>`;
  const blocks = rows.map((row) => {
    const renderings = row.renderings
      .map((r) => {
        const sure = confidence.get(r.quote);
        return `<tr><td>${esc(r.outlet ?? r.article)}<br><small>${esc(r.article)}</small></td><td>“${esc(excerpt(r.text, 300))}”</td><td><span class="verdict ${r.verdict}">${r.verdict}</span></td><td>${sure === undefined ? '—' : formatConfidence(sure)}</td><td><small>${esc(r.reasons.join('; '))}</small></td></tr>`;
      })
      .join('');
    return `<blockquote>${esc(row.primary.text)} <small>${esc(row.primary.article)}@${row.primary.start}</small></blockquote><table>${head}<tbody>${renderings}</tbody></table>`;
  });
  return `<h2>The primary source, report by report</h2>${blocks.join('')}`;
}

function articleHtml(article: Article, quotes: Quote[]): string {
  const ranges = [
    ...article.boilerplate.map((b) => ({ start: b.start, end: b.end, label: 'chrome' })),
    ...quotes.map((q) => ({ start: q.start, end: q.end, label: q.provenance?.verdict ?? 'quote' })),
  ];
  const html = segmentText(article.text.length, ranges)
    .map((seg) => {
      const text = esc(article.text.slice(seg.start, seg.end));
      return seg.labels.length
        ? `<span class="${seg.labels.includes('chrome') ? 'chrome' : `quote ${seg.labels.join(' ')}`}">${text}</span>`
        : text;
    })
    .join('');
  const meta = [article.outlet, article.published, article.source]
    .filter(Boolean)
    .map((x) => esc(x!))
    .join(' · ');
  return `<h2 id="${esc(article.id)}">${esc(article.title ?? article.id)}</h2><p><small>${esc(article.id)} · ${meta}</small></p><div class="text">${html}</div>`;
}

function issuesHtml(d: Dossier): string {
  if (d.issues.length === 0) return '';
  return `<h2>Input problems</h2><ul>${d.issues.map((i) => `<li>${esc(formatIssue(i))}</li>`).join('')}</ul>`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
