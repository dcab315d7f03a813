import type { Span } from '../../model/span.ts';
import type { Frame } from '../speakers/frame.ts';
import { sentenceAt } from '../speakers/frame.ts';

/**
 * Most words outside the quotation marks that still make one statement with it. Past a dozen the
 * words are narration of their own (a scene, a time) rather than the speaker's sentence; read off
 * PolNeAR train prose.
 */
const MAX_UNQUOTED_WORDS = 12;

const WORD = /[\p{L}\p{N}]+/gu;
/** Closing quotation marks and the punctuation a quotation ends with before its cue. */
const CLOSING = /[”"’»,.!?]/u;

/**
 * quote.indirect.mixed, cue after the quote: a sentence that is partly quoted and ends in its
 * attribution ("With thousands of systems, “there is no single point of failure,” he said";
 * "“You squeezed employees” to drive up the price, she said") reports the whole sentence up to
 * the comma before the cue, not only the quoted words. Null when nothing but the quote precedes
 * the cue, when the cue is not after the quote in its sentence, or when a colon or dash sets the
 * quote apart from the words before it (a lead-in, not part of the statement).
 */
export function findTailCueClause(frame: Frame, quote: Span, cue: Span): Span | null {
  const s = sentenceAt(frame, quote.start);
  if (!s || cue.start < quote.end || cue.end > s.end) return null;
  const { masked } = frame;
  let closed = quote.end;
  while (closed < cue.start && CLOSING.test(masked[closed]!)) closed++;
  const comma = masked.lastIndexOf(',', cue.start);
  const end = comma >= closed ? comma : closed;
  let start = s.start;
  while (start < quote.start && /\s/u.test(masked[start]!)) start++;
  const lead = masked.slice(start, Math.max(start, quote.start - 1));
  if (/[:\u2014\u2013]\s*$/u.test(lead)) return null;
  const outside = (lead.match(WORD) ?? []).length + (masked.slice(closed, end).match(WORD) ?? []).length;
  if (outside < 2 || outside > MAX_UNQUOTED_WORDS) return null;
  return { start, end };
}
