import { type ChromeDoc, isContinuation, isWholeLineMarked, markLine } from './doc.ts';
import { carriesContent, countWords, endsWithFullStop } from './shapes.ts';

/**
 * Short leftovers inside the trailing chrome block: a button ("Got it"), a network name, a
 * counter, between marked lines or between a marked line and the end of the text. Position is the
 * signal: after the story has ended, a short non-sentence among chrome lines is chrome too.
 */

/** An island is one or two lines; a longer run of unmarked lines is text the detectors left alone on purpose. */
const ISLAND_MAX_LINES = 2;
const ISLAND_MAX_CHARS = 80;
const ISLAND_MAX_WORDS = 8;

function isIslandLine(line: string): boolean {
  return (
    line.length <= ISLAND_MAX_CHARS &&
    // A bare number is a table's last cell, not a button or a label.
    /\p{L}/u.test(line) &&
    countWords(line) <= ISLAND_MAX_WORDS &&
    !endsWithFullStop(line) &&
    !carriesContent(line)
  );
}

/** Marks short unmarked runs that have chrome before them and only chrome after them. */
export function markTailIslands(doc: ChromeDoc): void {
  const n = doc.lines.length;
  // Walk back from the end while lines are chrome or island candidates; stop at the story.
  let i = n - 1;
  while (i > 0) {
    if (doc.marks[i]) {
      i--;
      continue;
    }
    let a = i;
    while (a > 0 && !doc.marks[a - 1] && i - a + 1 < ISLAND_MAX_LINES + 1) a--;
    const run = i - a + 1;
    const bounded = a > 0 && isWholeLineMarked(doc, a - 1);
    if (run > ISLAND_MAX_LINES || !bounded) return;
    for (let k = a; k <= i; k++) if (!isIslandLine(doc.lines[k]!.text) || isContinuation(doc, k)) return;
    const kind = doc.marks[a - 1]!.kind;
    for (let k = a; k <= i; k++) markLine(doc, k, kind, 'chrome.tail-island');
    i = a - 1;
  }
}
