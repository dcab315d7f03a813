import type { Dossier } from '../model/dossier.ts';
import { orderTimeline } from './brief-order.ts';
import { type CsvValue, neutraliseFormula, toCsv } from './csv.ts';
import { type PositionLike, stanceOf, summaryOf } from './position-matrix.ts';

/**
 * `hearsay export`: one table of the dossier, flat, for spreadsheets (CSV) and other tools (JSON
 * Lines, the same rows, one object per line). One row per quote, per claim statement, per
 * position evidence span, per timeline evidence span, so every row carries one span.
 */
export const EXPORT_WHATS = ['quotes', 'claims', 'positions', 'timeline'] as const;
export type ExportWhat = (typeof EXPORT_WHATS)[number];
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Row = Record<string, CsvValue>;

const COLUMNS: Record<ExportWhat, readonly string[]> = {
  quotes: [
    'id',
    'article',
    'start',
    'end',
    'text',
    'kind',
    'speaker',
    'speaker_entity',
    'venue',
    'verdict',
    'confidence',
    'primary_article',
    'primary_start',
    'primary_end',
    'primary_text',
    'reasons',
  ],
  claims: [
    'claim',
    'subject',
    'kind',
    'agree',
    'article',
    'start',
    'end',
    'text',
    'value',
    'high',
    'unit',
    'hedge',
    'speaker',
  ],
  positions: ['actor', 'issue', 'stance', 'summary', 'date', 'article', 'start', 'end', 'text'],
  timeline: ['date', 'label', 'article', 'start', 'end', 'text'],
};

/** Columns whose values are numbers or fixed vocabulary, never article text. */
const NUMERIC = new Set([
  'start',
  'end',
  'confidence',
  'primary_start',
  'primary_end',
  'value',
  'high',
  'agree',
]);

export function renderExport(dossier: Dossier, what: ExportWhat, format: ExportFormat): string {
  const rows = ROWS[what](dossier);
  const columns = COLUMNS[what];
  if (format === 'jsonl')
    return rows
      .map((r) => `${JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? null])))}\n`)
      .join('');
  return toCsv(
    columns,
    rows.map((r) =>
      Object.fromEntries(
        columns.map((c) => [c, typeof r[c] === 'string' && !NUMERIC.has(c) ? neutraliseFormula(r[c]) : r[c]]),
      ),
    ),
  );
}

const ROWS: Record<ExportWhat, (d: Dossier) => Row[]> = {
  quotes: (d) =>
    d.quotes.map((q) => {
      const p = q.provenance;
      // A stitched quote aligns to several primary spans: the first and last bound them, the
      // texts are joined with an ellipsis as a reader would write it.
      const first = p?.primary[0];
      const last = p?.primary.at(-1);
      return {
        id: q.id,
        article: q.article,
        start: q.start,
        end: q.end,
        text: q.text,
        kind: q.kind,
        speaker: q.speaker?.name ?? null,
        speaker_entity: q.speaker?.entity ?? null,
        venue: q.venue,
        verdict: p?.verdict ?? null,
        confidence: p?.confidence ?? null,
        primary_article: first?.article ?? null,
        primary_start: first?.start ?? null,
        primary_end: last?.end ?? null,
        primary_text: p?.primary.map((s) => s.text).join(' … ') ?? null,
        reasons: p ? p.reasons.join('; ') : null,
      };
    }),
  claims: (d) =>
    d.claims.flatMap((c) =>
      c.statements.map((s) => ({
        claim: c.id,
        subject: c.subject,
        kind: c.kind,
        agree: c.agree,
        article: s.article,
        start: s.start,
        end: s.end,
        text: s.text,
        value: s.value,
        high: s.high ?? null,
        unit: s.unit,
        hedge: s.hedge,
        speaker: s.speaker ?? null,
      })),
    ),
  positions: (d) => {
    const positions: readonly PositionLike[] = d.positions;
    return positions.flatMap((p): Row[] => {
      const base = {
        actor: p.actor,
        issue: p.issue,
        stance: stanceOf(p),
        summary: summaryOf(p),
        date: p.date ?? null,
      };
      if (p.evidence.length === 0) return [{ ...base, article: null, start: null, end: null, text: null }];
      return p.evidence.map((e) => ({
        ...base,
        article: e.article,
        start: e.start,
        end: e.end,
        text: e.text,
      }));
    });
  },
  timeline: (d) =>
    orderTimeline(d.timeline).flatMap((t): Row[] => {
      if (t.evidence.length === 0) return [{ date: t.date, label: t.label }];
      return t.evidence.map((e) => ({
        date: t.date,
        label: t.label,
        article: e.article,
        start: e.start,
        end: e.end,
        text: e.text,
      }));
    }),
};
