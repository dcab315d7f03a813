import type { Span } from '../../model/span.ts';
import type { Frame } from '../speakers/frame.ts';
import { sentenceAt } from '../speakers/frame.ts';
import { countWordsUpTo } from '../../nlp/word-count.ts';
import { lastIndexWithin } from '../../nlp/text-search.ts';
import { postposedTagStart } from './postposed-tag.ts';

/**
 * Most words outside the quotation marks that still make one statement with it. Past a dozen the
 * words are narration of their own (a scene, a time) rather than the speaker's sentence; read off
 * PolNeAR train prose.
 */
const MAX_UNQUOTED_WORDS = 12;

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
  // A quotation closed by its own comma before a tag ("…,” Ruiz, her deputy, said) has ended its
  // clause: the words after it say who spoke, not more of the statement.
  const tagFollows = postposedTagStart(masked, quote, cue) !== null;
  // Only a comma at or after `closed` counts: the search stops there, not at the article start.
  const comma = tagFollows ? -1 : lastIndexWithin(masked, ',', cue.start, closed);
  const end = comma >= closed ? comma : closed;
  let start = s.start;
  while (start < quote.start && /\s/u.test(masked[start]!)) start++;
  const leadEnd = Math.max(start, quote.start - 1);
  if (endsWithLeadInMark(masked, start, leadEnd)) return null;
  // Words counted only a little past the bound: the lead may be most of a very long sentence.
  const inLead = countWordsUpTo(masked, start, leadEnd, MAX_UNQUOTED_WORDS);
  const outside = inLead + countWordsUpTo(masked, closed, end, MAX_UNQUOTED_WORDS);
  if (outside < 2 || outside > MAX_UNQUOTED_WORDS) return null;
  return { start, end };
}

/** Whether `text[start, end)` ends in a colon or a dash, white space after it aside. */
function endsWithLeadInMark(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && /\s/u.test(text[k]!)) k--;
  return k >= start && /[:\u2014\u2013]/u.test(text[k]!);
}
