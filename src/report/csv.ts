/**
 * RFC 4180 CSV: CRLF between records, a header row, a field quoted when it holds a comma, a double
 * quote, CR or LF, and a double quote inside a quoted field doubled.
 */
export type CsvValue = string | number | boolean | null | undefined;

export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(formatValue(row[c]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function formatValue(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  return String(v);
}

/**
 * A text field a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a
 * leading apostrophe (OWASP's advice for CSV injection): article text is hostile input. Numbers
 * are written as numbers and never touched.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
