import { type ChromeDoc, markLine } from './doc.ts';

/**
 * CMS record numbers printed on the page: "News ID 200143", "Article ID: 58-1122", «Код материала:
 * 123». A label naming a record plus an identifier is bookkeeping, not reporting.
 */

const RECORD_ID_MAX_CHARS = 48;
const RECORD_ID_LINE =
  /^(?:(?:news|article|story|post|item|material|document|doc|content|page)\s*(?:id|no\.?|#|number|code)|id|код (?:новости|материала|статьи)|номер (?:новости|материала|статьи)|id (?:новости|материала|статьи))\s*[:#№]?\s*[\w-]*\d[\w-]*$/iu;

export function isRecordIdLine(line: string): boolean {
  return line.length <= RECORD_ID_MAX_CHARS && RECORD_ID_LINE.test(line);
}

/** Marks record-number lines. */
export function markRecordIds(doc: ChromeDoc): void {
  doc.lines.forEach((line, i) => {
    if (isRecordIdLine(line.text)) markLine(doc, i, 'other', 'chrome.record-id');
  });
}
