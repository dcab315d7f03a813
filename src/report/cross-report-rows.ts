import type { CrossReportRow } from '../link/provenance/cross-report.ts';

/**
 * Primary sentences shown report by report in a brief. The ones some outlet altered or did not
 * support are kept first, then the rest in primary order up to the cap; the chosen rows stay in
 * primary order. A 500-article set has thousands of such sentences: the brief shows where the
 * reports part ways, the export has them all.
 */
export const CROSS_REPORT_ROWS = 60;

export function selectCrossReportRows(
  rows: readonly CrossReportRow[],
  limit = CROSS_REPORT_ROWS,
): { shown: CrossReportRow[]; hidden: number } {
  if (rows.length <= limit) return { shown: [...rows], hidden: 0 };
  const isContested = (row: CrossReportRow) =>
    row.renderings.some((r) => r.verdict === 'altered' || r.verdict === 'unsupported');
  const indexed = rows.map((row, i) => ({ row, i, contested: isContested(row) }));
  const chosen = [...indexed.filter((x) => x.contested), ...indexed.filter((x) => !x.contested)]
    .slice(0, limit)
    .sort((a, b) => a.i - b.i);
  return { shown: chosen.map((x) => x.row), hidden: rows.length - chosen.length };
}
