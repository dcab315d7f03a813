import { RAIL_HEADING_RULE } from '../../nlp/lexicons/chrome.ts';
import { type ChromeDoc, isContinuation, type Mark } from './doc.ts';
import { hasQuotedSpeech, isHeadlineShaped, isTeaserShaped, isTimestampLine } from './shapes.ts';

/**
 * "Read next" / "Related" / «Читайте также» rails: after a rail heading, a run of items, each a
 * time, a short headline and perhaps a one- or two-sentence teaser. Without a heading, the same
 * run is recognised by its rhythm (time, headline, teaser, time, …) when it sits at the head or the
 * tail of the text. The item shapes, not the words, decide: rails are about other stories.
 */

const RAIL_RULE = 'chrome.related-rail';
/** Lines an item may take between two times in a headless rail: headline, teaser, and a kicker. */
const RAIL_ITEM_MAX_LINES = 3;
/** A headless rail shows its rhythm at least this often; one time above a paragraph is a dateline. */
const RAIL_MIN_TIMESTAMPS = 2;

type Item = 'heading' | 'timestamp' | 'headline' | 'teaser' | 'chrome';

function isTimestampMark(mark: Mark | undefined): boolean {
  return mark?.kind === 'timestamp';
}

function markRail(doc: ChromeDoc, from: number, to: number): void {
  for (let i = from; i <= to; i++) {
    const mark = doc.marks[i];
    if (mark && !isTimestampMark(mark)) continue;
    const line = doc.lines[i]!;
    doc.marks[i] = { kind: 'related-rail', rule: RAIL_RULE, start: line.start, end: line.end };
  }
}

/** The item a line would be in a rail, given the item before it; null ends the rail. */
function classifyItem(doc: ChromeDoc, i: number, previous: Item, headed: boolean): Item | null {
  const mark = doc.marks[i];
  if (mark && !isTimestampMark(mark)) return mark.rule === RAIL_HEADING_RULE ? null : 'chrome';
  const t = doc.lines[i]!.text;
  if (isContinuation(doc, i)) return null;
  if (isTimestampMark(mark) || isTimestampLine(t)) return 'timestamp';
  if (isHeadlineShaped(t) && !hasQuotedSpeech(t)) return 'headline';
  // A teaser belongs under a headline or a time; a headed rail may quote in its teasers.
  if (
    isTeaserShaped(t) &&
    (previous === 'headline' || previous === 'timestamp') &&
    (headed || !hasQuotedSpeech(t))
  )
    return 'teaser';
  return null;
}

/** Extends each rail heading over the items below it. */
function markHeadedRails(doc: ChromeDoc): void {
  for (let h = 0; h < doc.lines.length; h++) {
    if (doc.marks[h]?.rule !== RAIL_HEADING_RULE) continue;
    const taken: { i: number; item: Item }[] = [];
    let previous: Item = 'heading';
    let stoppedByContent = false;
    let i = h + 1;
    for (; i < doc.lines.length; i++) {
      const item = classifyItem(doc, i, previous, true);
      if (item === null) {
        stoppedByContent = doc.marks[i] === undefined;
        break;
      }
      if (item !== 'chrome') taken.push({ i, item });
      previous = item;
    }
    // Stopped by a paragraph right after a headline+teaser pair: the pair was most likely a
    // crosshead and the first paragraph of the resumed story, not a rail item.
    if (stoppedByContent && taken.at(-1)?.item === 'teaser') {
      taken.pop();
      if (taken.at(-1)?.item === 'headline') taken.pop();
    }
    if (taken.length > 0) markRail(doc, h + 1, taken.at(-1)!.i);
    h = Math.max(h, i - 1);
  }
}

/** Whether every line outside `[from, to]` on the given side is already chrome (or there is none). */
function isChromeBeyond(doc: ChromeDoc, index: number, step: 1 | -1): boolean {
  for (let i = index + step; i >= 0 && i < doc.lines.length; i += step) if (!doc.marks[i]) return false;
  return true;
}

/** Finds time-headline-teaser runs without a heading at the head or tail of the text. */
function markHeadlessRails(doc: ChromeDoc): void {
  const n = doc.lines.length;
  for (let i = 0; i < n; i++) {
    if (!isTimestampMark(doc.marks[i])) continue;
    let stamps = 1;
    let last = i;
    let previous: Item = 'timestamp';
    let gap = 0;
    for (let j = i + 1; j < n; j++) {
      const item = classifyItem(doc, j, previous, false);
      if (item === null || item === 'chrome') break;
      if (item === 'timestamp') {
        stamps++;
        gap = 0;
      } else if (++gap > RAIL_ITEM_MAX_LINES) break;
      previous = item;
      last = j;
    }
    if (stamps >= RAIL_MIN_TIMESTAMPS && (isChromeBeyond(doc, last, 1) || isChromeBeyond(doc, i, -1))) {
      markRail(doc, i, last);
    }
    i = Math.max(i, last);
  }
}

/** Marks related-story rails, headed first, then headless ones. */
export function markRelatedRails(doc: ChromeDoc): void {
  markHeadedRails(doc);
  markHeadlessRails(doc);
}
