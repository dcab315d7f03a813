import { crossReportView } from '../link/provenance/cross-report.ts';
import type { Article } from '../model/article.ts';
import type { Dossier } from '../model/dossier.ts';
import { formatIssue } from '../model/issue.ts';
import type { Quote } from '../model/quote.ts';
import { callsToCheck, confidenceByQuote, formatConfidence } from './calls-to-check.ts';
import { excerpt } from './excerpt.ts';

/** A dossier a person reads in a terminal or pastes into notes: every line cites `article@start-end`. */
export function renderMarkdown(dossier: Dossier): string {
  const out: string[] = ['# Hearsay dossier', ''];
  out.push(summaryLine(dossier), '');
  out.push(...callsSection(dossier));
  out.push(...articlesSection(dossier.articles));
  out.push(...storiesSection(dossier));
  out.push(...quotesSection(dossier));
  out.push(...crossReportSection(dossier));
  out.push(...entitiesSection(dossier));
  if (dossier.issues.length > 0) {
    out.push('## Input problems', '');
    for (const issue of dossier.issues) out.push(`- ${escapeMd(formatIssue(issue))}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function summaryLine(d: Dossier): string {
  const dup = d.articles.filter((a) => a.duplicateOf !== null).length;
  return [
    `${d.articles.length} articles${dup ? ` (${dup} exact duplicates)` : ''}`,
    `${d.stories.length} stories`,
    `${d.quotes.length} quotes`,
    `${d.entities.length} entities`,
    `${d.issues.filter((i) => i.severity === 'error').length} input errors`,
  ].join(' · ');
}

/** The weakest provenance calls, first in the dossier: where a fact-checker looks first. */
function callsSection(d: Dossier): string[] {
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
    const where = `${outlet}${c.quote.article}@${c.quote.start}-${c.quote.end}${also}`;
    out.push(
      `| ${cells(String(i + 1), `“${excerpt(c.quote.text, 160)}”`, where, c.provenance.verdict, formatConfidence(c.provenance.confidence), c.reason || '—')} |`,
    );
  });
  out.push('');
  return out;
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
      `| ${cells(a.id, excerpt(a.title ?? '—', 80), a.outlet ?? '—', a.published ?? '—', a.credited.join(', ') || '—')} | ${a.boilerplate.length} ranges, ${chrome} chars | ${escapeMd(note)} |`,
    );
  }
  out.push('');
  return out;
}

function storiesSection(d: Dossier): string[] {
  if (d.stories.length === 0) return [];
  const out = ['## Stories', ''];
  for (const s of d.stories) {
    const primary = s.primary
      ? `primary: **${s.primary}** (${(s.primaryConfidence * 100).toFixed(0)}%${s.primarySource === 'user' ? ', set by user' : ''})`
      : 'no primary source in the set';
    out.push(`### ${escapeMd(s.title)}`, '', `${s.articles.length} articles — ${primary}`, '');
    for (const id of s.articles) out.push(`- ${escapeMd(id)}`);
    out.push('');
  }
  return out;
}

function quotesSection(d: Dossier): string[] {
  if (d.quotes.length === 0) return [];
  const out = ['## Who said what', ''];
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of d.quotes) {
    const key = q.speaker?.name ?? 'Unattributed';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  const speakers = [...bySpeaker.keys()].sort(
    (a, b) => bySpeaker.get(b)!.length - bySpeaker.get(a)!.length || a.localeCompare(b),
  );
  for (const speaker of speakers) {
    out.push(`### ${escapeMd(speaker)}`, '');
    for (const q of bySpeaker.get(speaker)!) {
      const where = q.venue ? ` — ${escapeMd(q.venue)}` : '';
      const verdict = q.provenance
        ? ` **[${q.provenance.verdict}]** (confidence ${formatConfidence(q.provenance.confidence)})`
        : '';
      out.push(
        `- “${escapeMd(excerpt(q.text, 220))}” (${q.kind}, ${q.article}@${q.start}-${q.end}${where})${verdict}`,
      );
      const p = q.provenance;
      if (p && p.primary.length > 0) {
        out.push(
          `  - primary: ${p.primary.map((s) => `“${escapeMd(excerpt(s.text, 160))}” (${s.article}@${s.start}-${s.end})`).join(' + ')}`,
        );
      }
      if (p && p.reasons.length > 0) out.push(`  - why: ${escapeMd(p.reasons.join('; '))}`);
    }
    out.push('');
  }
  return out;
}

/** One primary sentence, then how each report rendered it, with the verdict and its reasons. */
function crossReportSection(d: Dossier): string[] {
  const rows = crossReportView(d.quotes, d.articles);
  if (rows.length === 0) return [];
  const confidence = confidenceByQuote(d.quotes);
  const out = ['## The primary source, report by report', ''];
  for (const row of rows) {
    out.push(
      `> ${escapeMd(excerpt(row.primary.text, 400))} — ${row.primary.article}@${row.primary.start}-${row.primary.end}`,
      '',
    );
    out.push('| report | rendering | verdict | confidence | why |', '|---|---|---|---|---|');
    for (const r of row.renderings) {
      const who = r.outlet ? `${r.outlet} (${r.article})` : r.article;
      const sure = confidence.get(r.quote);
      out.push(
        `| ${cells(who, `“${excerpt(r.text, 200)}”`, r.verdict, sure === undefined ? '—' : formatConfidence(sure), r.reasons.join('; ') || '—')} |`,
      );
    }
    out.push('');
  }
  return out;
}

function entitiesSection(d: Dossier): string[] {
  if (d.entities.length === 0) return [];
  const out = ['## Entities', '', '| name | type | aliases | mentions |', '|---|---|---|---|'];
  const sorted = [...d.entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
  for (const e of sorted) {
    out.push(
      `| ${cells(e.name, e.type, e.aliases.filter((x) => x !== e.name).join(', ') || '—', String(e.mentions.length))} |`,
    );
  }
  out.push('');
  return out;
}

function cells(...values: string[]): string {
  return values.map(escapeMd).join(' | ');
}

function escapeMd(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
