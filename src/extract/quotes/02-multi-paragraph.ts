import { OPENERS, type QuoteMarkPair } from '../../nlp/lexicons/quote-marks.ts';
import type { ParagraphMarks } from './01-quote-marks.ts';
import { hasWords, type MarkedSpan, trimSpan } from './candidate.ts';
import { findReportingClause } from './reporting-clause.ts';

/**
 * A quote may run over this many paragraphs. Newswire style re-opens each paragraph of a long
 * quote; a longer chain is far more likely a run of unbalanced marks than one speech.
 */
const MAX_QUOTE_PARAGRAPHS = 12;

/**
 * Join quotes that run over several paragraphs and close what was left open. Typographic style
 * for a long quotation opens every paragraph with a mark and closes only the last, so a paragraph
 * left open whose successor begins with an opener of the same family continues there. An opener
 * left open otherwise closes at its paragraph end when it is a typographic mark (best effort: the
 * paragraph bounds it); a straight mark left open is more often an inch sign or a typo and is dropped.
 */
export function joinParagraphQuotes(text: string, marks: readonly ParagraphMarks[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const consumed = new Set<MarkedSpan>();
  /** Paragraphs already read as the continuation of an earlier paragraph's quote. */
  const continued = new Set<number>();
  for (let k = 0; k < marks.length; k++) {
    const here = marks[k]!;
    for (const span of here.spans) if (!consumed.has(span)) out.push(span);
    const open = here.openAtEnd;
    if (!open || continued.has(k) || isUnmatched(text, here, open.at)) continue;
    // quote.lost-closer: "…, Orla Venn said." after the opener is the writer's clause, so the quote
    // closed before its comma (the mark lost) and does not run on into the next paragraph. A
    // typographic opener is surely one and its quote ends at the comma; a straight mark left open
    // is as often an apostrophe or an inch sign ("Ltd>'s shares"), so it is dropped as below.
    const clause = findReportingClause(text, open.at + 1, here.paragraph.end);
    if (clause >= 0) {
      const span = trimSpan(text, open.at + 1, clause + 1);
      if (!open.pair.straight && hasWords(text, span))
        out.push({ ...span, openAt: open.at, closeAt: -1, pair: open.pair, rule: 'quote.lost-closer' });
      continue;
    }
    let end = -1;
    let closeAt = -1;
    let j = k + 1;
    for (; j < marks.length && j - k < MAX_QUOTE_PARAGRAPHS; j++) {
      const next = marks[j]!;
      const first = text[next.paragraph.start]!;
      if (!continuesQuote(first, open.pair)) break;
      continued.add(j);
      const closed = next.spans.find((s) => s.openAt === next.paragraph.start);
      if (closed) {
        consumed.add(closed);
        end = closed.end;
        closeAt = closed.closeAt;
        break;
      }
      if (next.openAtEnd?.at !== next.paragraph.start) break;
      end = next.paragraph.end;
    }
    if (closeAt >= 0) {
      out.push({
        ...trimSpan(text, open.at + 1, end),
        openAt: open.at,
        closeAt,
        pair: open.pair,
        rule: 'quote.multi-paragraph',
      });
      continue;
    }
    if (open.pair.straight || isStrayNameMark(text, open.at, open.pair)) continue;
    const span = trimSpan(text, open.at + 1, here.paragraph.end);
    if (hasWords(text, span)) {
      out.push({ ...span, openAt: open.at, closeAt: -1, pair: open.pair, rule: 'quote.unclosed-paragraph' });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A single opening mark left open between two capitalised words is a letter of a transliterated
 * name ("Siti ‘Aisyah", "Abu ‘Ubaida": the ayn), not a quotation: one that opens a quote follows
 * a cue, a colon or the paragraph's start, and a quoted sentence closes its mark.
 */
function isStrayNameMark(text: string, at: number, pair: QuoteMarkPair): boolean {
  return (
    pair.family === 'single' &&
    /\p{Lu}\p{Ll}*\s$/u.test(text.slice(Math.max(0, at - 30), at)) &&
    /^\p{Lu}/u.test(text[at + 1] ?? '')
  );
}

/**
 * Whether a paragraph opening with `first` continues a quotation left open with `pair`: an opener
 * of the same family and the same convention. A block quoted with straight marks does not run on
 * into a paragraph that opens with “: that paragraph quotes someone anew.
 */
function continuesQuote(first: string, pair: QuoteMarkPair): boolean {
  return OPENERS.get(first)?.some((p) => p.family === pair.family && p.straight === pair.straight) ?? false;
}

/**
 * quote.unmatched-opener: an opener left open at its paragraph's end after which a quotation of the
 * same mark opened and closed. English does not nest a mark in itself (an inner quote takes the
 * other family: “… ‘…’ …”), so the later quote stands on its own and the left-open mark was a
 * stray (its closing mark lost). Joined with the next paragraph, or closed at this one's end, it
 * would swallow that quote and the reporting clause around it; it is dropped instead.
 */
function isUnmatched(text: string, here: ParagraphMarks, at: number): boolean {
  return here.spans.some((s) => s.openAt > at && text[s.openAt] === text[at]);
}
