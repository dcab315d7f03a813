/**
 * A problem with one input, reported as a value so the rest of the batch goes on (zod's issues,
 * not exceptions). Codes are stable and never reused; docs/errors.md lists every one.
 */
export const ISSUE_CODES = {
  HEARSAY_E_NOT_FOUND: 'no such file or folder',
  HEARSAY_E_UNREADABLE: 'the input could not be read',
  HEARSAY_E_EMPTY: 'the input is empty',
  HEARSAY_E_BINARY: 'the input is binary, not text',
  HEARSAY_E_TOO_LARGE: 'the input is larger than the limit',
  HEARSAY_E_ENCODING: 'the bytes are not valid in any supported encoding',
  HEARSAY_E_HTML: 'no article text could be extracted from the HTML',
  HEARSAY_E_JSON_RECORD: 'a JSON record is malformed',
  HEARSAY_E_FEED: 'the feed is malformed',
  HEARSAY_E_GZIP: 'the gzip stream is corrupt',
  HEARSAY_E_NO_TEXT: 'the record has no text',
  HEARSAY_E_TIME_BUDGET: 'reading the document took longer than the per-document time budget',
  HEARSAY_W_DUPLICATE: 'an identical article is already stored',
  HEARSAY_W_LEGACY_ENCODING: 'decoded from a legacy charset',
  HEARSAY_W_REPLACED_BYTES: 'broken UTF-8 sequences were replaced by U+FFFD',
  HEARSAY_W_ANALYSIS_FAILED: 'a stage failed on this article; it is kept without what that stage finds',
  HEARSAY_W_FLATTENED_HTML: 'the page was nested too deep for the article reader; its text was read plainly',
} as const;
export type IssueCode = keyof typeof ISSUE_CODES;

export interface Issue {
  code: IssueCode;
  severity: 'error' | 'warning';
  /** The input named as the user gave it, plus where inside it. */
  input: { origin: string; line?: number; item?: number };
  /** What exactly was wrong, in a sentence. */
  detail: string;
}

export function makeIssue(code: IssueCode, input: Issue['input'], detail: string): Issue {
  return { code, severity: code.startsWith('HEARSAY_W_') ? 'warning' : 'error', input, detail };
}

/** One line for stderr: `path:line: error HEARSAY_E_X: detail`. */
export function formatIssue(issue: Issue): string {
  const where = [issue.input.origin, issue.input.line ?? issue.input.item]
    .filter((x) => x !== undefined)
    .join(':');
  return `${where}: ${issue.severity} ${issue.code}: ${issue.detail}`;
}
