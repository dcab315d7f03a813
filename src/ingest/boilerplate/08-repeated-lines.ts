import { type ChromeDoc, isContinuation, markLine } from './doc.ts';

/**
 * Repeats: the headline printed again inside the body (sticky headers, print-view repeats) and any
 * other line a template stamps several times. The first occurrence is kept as content: only the
 * repeats are chrome.
 */

/** The head of the text, where the headline itself stands; its first occurrence there is kept. */
const HEAD_LINES = 5;
/** A template line repeated this often is chrome even when it is not the headline. */
const REPEAT_MIN_COUNT = 3;
/** Shorter repeats are labels of a transcript or a table ("Question:", "Net 1.2 mln"), not chrome. */
const REPEAT_MIN_CHARS = 20;

/** Column gaps: a repeated table header ("IMPORTS     ALLOCATIONS") is the table's, not the site's. */
/**
 * Sentences and questions repeat as content (the same question put to each guest of a round-up);
 * labels end in a colon ("Question:"). Template lines end in neither.
 */
const SENTENCE_OR_LABEL_END = /[.?!…:]["”’»)]?$/u;
const TABLE_GAP = /\S {2,}\S|\t|--/;

function normalizeLine(line: string): string {
  return line.replace(/\s+/g, ' ').toLowerCase();
}

/** Marks later whole-line repeats of the headline. */
export function markRepeatedHeadline(doc: ChromeDoc): void {
  if (!doc.title) return;
  const title = normalizeLine(doc.title.trim());
  if (title.length === 0) return;
  let seenInHead = false;
  const lower = title.charCodeAt(0);
  const upper = title[0]!.toUpperCase().charCodeAt(0);
  doc.lines.forEach((line, i) => {
    // Gates before normalising: length and first letter rule out almost every line.
    const t = line.text;
    const c = t.charCodeAt(0);
    if ((c !== lower && c !== upper) || Math.abs(t.length - title.length) > 4) return;
    if (normalizeLine(t) !== title) return;
    if (i < HEAD_LINES && !seenInHead) {
      seenInHead = true;
      return;
    }
    markLine(doc, i, 'repeated-headline', 'chrome.repeated-headline');
  });
}

/** Length and three characters: equal lines share it, most different lines do not. */
function fingerprint(t: string): number {
  return (
    ((t.length * 31 + t.charCodeAt(0)) * 31 + t.charCodeAt(t.length >> 1)) * 31 + t.charCodeAt(t.length - 1)
  );
}

/**
 * Whether the repeats come with the same neighbour each time: then they belong to a repeated block
 * of content (a schedule per day, a question put to each guest), not a line a template stamps
 * between unrelated paragraphs.
 */
function isInRepeatedBlock(doc: ChromeDoc, group: readonly number[]): boolean {
  for (const step of [-1, 1]) {
    const neighbours = new Set(group.map((i) => doc.lines[i + step]?.text ?? ''));
    if (neighbours.size < group.length) return true;
  }
  return false;
}

/** Marks the repeats of any line that recurs REPEAT_MIN_COUNT times or more. */
export function markRepeatedLines(doc: ChromeDoc): void {
  // Bucket by a cheap numeric fingerprint first; strings are compared only inside full buckets.
  const buckets = new Map<number, number[]>();
  doc.lines.forEach((line, i) => {
    const t = line.text;
    if (t.length < REPEAT_MIN_CHARS || isContinuation(doc, i)) return;
    const key = fingerprint(t);
    const at = buckets.get(key);
    if (at) at.push(i);
    else buckets.set(key, [i]);
  });
  for (const at of buckets.values()) {
    if (at.length < REPEAT_MIN_COUNT) continue;
    const groups = new Map<string, number[]>();
    for (const i of at) {
      const t = doc.lines[i]!.text;
      if (SENTENCE_OR_LABEL_END.test(t) || TABLE_GAP.test(t)) continue;
      const group = groups.get(t);
      if (group) group.push(i);
      else groups.set(t, [i]);
    }
    for (const group of groups.values()) {
      if (group.length < REPEAT_MIN_COUNT || isInRepeatedBlock(doc, group)) continue;
      for (const i of group.slice(1)) markLine(doc, i, 'other', 'chrome.repeated-line');
    }
  }
}
