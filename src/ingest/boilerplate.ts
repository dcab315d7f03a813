import type { Boilerplate } from '../model/article.ts';
import { markChromePhrases, markNeighbourPhrases } from './boilerplate/01-phrases.ts';
import { markMarkupLeftovers } from './boilerplate/02-markup-leftovers.ts';
import { markCaptchas } from './boilerplate/03-captcha.ts';
import { markRecordIds } from './boilerplate/04-record-ids.ts';
import { markShareBars } from './boilerplate/05-share-bars.ts';
import { markPhotoCredits } from './boilerplate/06-photo-credits.ts';
import { markTimestamps } from './boilerplate/07-timestamps.ts';
import { markRepeatedHeadline, markRepeatedLines } from './boilerplate/08-repeated-lines.ts';
import { markRelatedRails } from './boilerplate/09-related-rails.ts';
import { markTailIslands } from './boilerplate/10-tail-islands.ts';
import { type ChromeDoc, makeDoc } from './boilerplate/doc.ts';
import { looksLikeHeadline } from './boilerplate/shapes.ts';

/**
 * Site chrome in an article's text, recorded as ranges and never deleted. The text is cut into
 * non-blank lines and each detector below marks lines (or, for picture credits, the end of a
 * caption); the first detector to mark a line wins, and the later ones read earlier marks:
 *
 * 1. shapes no prose has: widget settings, shortcodes, script; arithmetic captchas; record ids;
 * 2. chrome vocabulary (src/nlp/lexicons/chrome.ts), guarded so that quotes and reporting verbs
 *    are never marked; share bars; picture credits; bare timestamps;
 * 3. repeats: the headline printed again, template lines stamped three times or more;
 * 4. structure: rails of related stories after their heading, or by their time-headline rhythm;
 * 5. position: buttons and fields beside marked blocks, short leftovers in the trailing chrome.
 *
 * Cost is linear in the text: whole-text scans for phrases, cheap gates before any per-line regex.
 */
const DETECTORS: readonly ((doc: ChromeDoc) => void)[] = [
  markMarkupLeftovers,
  markCaptchas,
  markRecordIds,
  markChromePhrases,
  markShareBars,
  markPhotoCredits,
  markTimestamps,
  markRepeatedHeadline,
  markRepeatedLines,
  markRelatedRails,
  markNeighbourPhrases,
  markTailIslands,
];

/**
 * Chrome ranges of `text`, sorted and non-overlapping, each with its kind and the rule that found
 * it. `hints.title` is the headline the container gave (HTML title, JSONL field); without it the
 * first line is taken as the headline when it is shaped like one.
 */
export function detectBoilerplate(text: string, hints?: { title?: string | null }): Boilerplate[] {
  const doc = makeDoc(text, hints?.title?.trim() || null);
  if (doc.title === null) {
    const first = doc.lines[0]?.text;
    if (first !== undefined && doc.lines.length > 1 && looksLikeHeadline(first)) doc.title = first;
  }
  for (const detect of DETECTORS) detect(doc);
  return toRanges(doc);
}

/** Whole-line marks of one kind and rule on consecutive lines become one range (blank lines between included). */
function toRanges(doc: ChromeDoc): Boilerplate[] {
  const out: Boilerplate[] = [];
  let lastLine = -2;
  doc.marks.forEach((mark, i) => {
    if (!mark) return;
    const line = doc.lines[i]!;
    const whole = mark.start === line.start && mark.end === line.end;
    const prev = out.at(-1);
    if (
      whole &&
      prev &&
      lastLine === i - 1 &&
      prev.kind === mark.kind &&
      prev.rule === mark.rule &&
      prev.end === doc.lines[i - 1]!.end
    ) {
      prev.end = mark.end;
    } else {
      out.push({ start: mark.start, end: mark.end, kind: mark.kind, rule: mark.rule });
    }
    lastLine = i;
  });
  return out;
}
