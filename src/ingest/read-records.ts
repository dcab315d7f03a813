import type { RawArticle } from '../model/article.ts';
import { type Issue, makeIssue } from '../model/issue.ts';
import { toIsoDate } from './html/date.ts';
import { readGuardedHtml } from './read-html.ts';

/**
 * JSONL / JSON exports shaped like the project's corpora: `{id, title, published, outlet, url,
 * text}` or `html` instead of `text`. Each broken line is an Issue naming its line number; the
 * other lines still become articles.
 */
export interface RecordBatch {
  articles: RawArticle[];
  issues: Issue[];
}

export function readJsonLines(
  origin: string,
  name: string,
  text: string,
  encoding: string,
  maxLineChars = Infinity,
): RecordBatch {
  const batch: RecordBatch = { articles: [], issues: [] };
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    // A record over the one-document limit is refused before parsing: a 50 MB line otherwise
    // became one article that the analysis worked on for minutes, with gigabytes.
    if (line.length > maxLineChars) {
      batch.issues.push(
        makeIssue('HEARSAY_E_TOO_LARGE', { origin, line: lineNo }, recordTooLarge(line.length, maxLineChars)),
      );
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      batch.issues.push(
        makeIssue('HEARSAY_E_JSON_RECORD', { origin, line: lineNo }, `not JSON: ${(error as Error).message}`),
      );
      continue;
    }
    addRecord(batch, value, { origin, line: lineNo }, `${name}#${lineNo}`, encoding);
  }
  return batch;
}

export function readJsonDocument(
  origin: string,
  name: string,
  text: string,
  encoding: string,
  maxRecordChars = Infinity,
): RecordBatch {
  const batch: RecordBatch = { articles: [], issues: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    batch.issues.push(
      makeIssue('HEARSAY_E_JSON_RECORD', { origin }, `not JSON: ${(error as Error).message}`),
    );
    return batch;
  }
  const records = Array.isArray(value) ? value : [value];
  records.forEach((record, i) => {
    const chars = bodyChars(record);
    if (chars > maxRecordChars) {
      batch.issues.push(
        makeIssue('HEARSAY_E_TOO_LARGE', { origin, item: i + 1 }, recordTooLarge(chars, maxRecordChars)),
      );
      return;
    }
    addRecord(batch, record, { origin, item: i + 1 }, `${name}#${i + 1}`, encoding);
  });
  return batch;
}

function addRecord(
  batch: RecordBatch,
  value: unknown,
  where: Issue['input'],
  fallbackId: string,
  encoding: string,
): void {
  const problem = recordProblem(value);
  if (problem) {
    batch.issues.push(makeIssue(problem.code, where, problem.detail));
    return;
  }
  const record = value as Record<string, unknown>;
  // A blank id names nothing a user could pass back (`--primary`): it is read as no id.
  const given = record.id === undefined || record.id === null ? '' : String(record.id).toWellFormed();
  const id = given.trim() === '' ? fallbackId : given;
  const source = `${where.origin}#${where.line ?? where.item}`;
  const url = asString(record.url);
  const text = typeof record.text === 'string' && record.text.trim() !== '' ? record.text : null;
  const hasHtml = typeof record.html === 'string' && record.html.trim() !== '';
  if (text !== null || !hasHtml) {
    batch.articles.push({
      id,
      source,
      format: 'jsonl',
      text: text ?? titleAndSummary(record)!,
      title: asString(record.title),
      published: asDate(record.published),
      outlet: asString(record.outlet),
      url,
      byline: asString(record.byline ?? record.author),
      encoding,
    });
    return;
  }
  const { page, warning } = readGuardedHtml(source, id, record.html as string, encoding, url);
  if (warning) batch.issues.push({ ...warning, input: where });
  if ('code' in page) {
    batch.issues.push({ ...page, input: where });
    return;
  }
  batch.articles.push({
    ...page,
    format: 'jsonl',
    title: asString(record.title) ?? page.title,
    published: asDate(record.published) ?? page.published,
    outlet: asString(record.outlet) ?? page.outlet,
  });
}

function recordProblem(value: unknown): { code: Issue['code']; detail: string } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { code: 'HEARSAY_E_JSON_RECORD', detail: 'expected a JSON object with `text` or `html`' };
  }
  const record = value as Record<string, unknown>;
  const hasText = typeof record.text === 'string' && record.text.trim() !== '';
  const hasHtml = typeof record.html === 'string' && record.html.trim() !== '';
  const short = hasText || hasHtml ? null : titleAndSummary(record);
  if (!hasText && !hasHtml && short === null)
    return {
      code: 'HEARSAY_E_NO_TEXT',
      detail: 'the record has no non-empty `text`, `html` or `title`',
    };
  // JSON escapes can encode half a surrogate pair ("\ud800"), which no store can keep exactly.
  const body = short ?? ((hasText ? record.text : record.html) as string);
  if (!body.isWellFormed())
    return { code: 'HEARSAY_E_JSON_RECORD', detail: 'the text holds a lone UTF-16 surrogate escape' };
  if (
    record.id !== undefined &&
    record.id !== null &&
    typeof record.id !== 'string' &&
    typeof record.id !== 'number'
  ) {
    return { code: 'HEARSAY_E_JSON_RECORD', detail: '`id` must be a string or a number' };
  }
  return null;
}

/**
 * A headline-only record (a feed export, a news API hit without the body) is a short article:
 * its text is the title, and the summary after a blank line when there is one. Rejecting it
 * would drop reports that still say who did what and when.
 */
function titleAndSummary(record: Record<string, unknown>): string | null {
  const title = asString(record.title);
  if (title === null) return null;
  const summary = asString(record.summary ?? record.description);
  return summary === null ? title : `${title}\n\n${summary}`;
}

/**
 * A metadata field, trimmed. Half a surrogate pair (a JSON escape such as "\ud800") becomes U+FFFD:
 * metadata carries no spans, and no store can keep the lone half (the text is refused instead).
 */
function asString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toWellFormed() : null;
}

/** The calendar date a record states (the same reading as HTML dates), else null. */
function asDate(value: unknown): string | null {
  return typeof value === 'string' ? toIsoDate(value) : null;
}

function recordTooLarge(size: number, limit: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `a record of ${mb(size)} is over the ${mb(limit)} limit for one document`;
}

/** The length of a record's body (`text` and `html`): what the one-document limit bounds. */
function bodyChars(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const { text, html } = value as Record<string, unknown>;
  return (typeof text === 'string' ? text.length : 0) + (typeof html === 'string' ? html.length : 0);
}
