import type { Span } from '../../model/span.ts';
import type { Frame } from '../speakers/frame.ts';
import { sentenceAt } from '../speakers/frame.ts';
import { countWordsUpTo } from '../../nlp/word-count.ts';

/** Most words between a cue and the quoted phrase it frames ("described Clinton as a “…”" is 4). */
const MAX_WORDS_BEFORE_QUOTE = 20;
/** Most words after the quote that still belong to its clause before the sentence ends. */
const MAX_WORDS_AFTER_QUOTE = 8;

/**
 * quote.indirect.mixed: a quoted phrase framed by a cue earlier in its sentence ("Christie
 * described Clinton as a “disgrace”", "likened the refugees to a “vicious snake”") is a mixed
 * quote: the statement is the clause from the cue to the quote, not the quoted words alone. The
 * clause runs from the first word after the cue (past a "that") to the closing mark, or to the
 * sentence end when only a few words follow. Not when the quote follows the cue directly or after
 * a comma or colon (`said: “…”`): that quote is the whole statement.
 */
export function findMixedClause(frame: Frame, quote: Span, cue: Span): Span | null {
  const s = sentenceAt(frame, quote.start);
  if (!s || cue.start < s.start || cue.end > quote.start) return null;
  const { masked } = frame;
  const open = masked.lastIndexOf(masked[quote.start - 1] ?? '', quote.start - 1);
  const between = masked.slice(cue.end, Math.max(cue.end, open));
  if (/[,:;]\s*$/u.test(between) || /[.!?]\s/u.test(between) || isNotProse(between)) return null;
  const words = between.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 2 || words.length > MAX_WORDS_BEFORE_QUOTE) return null;
  // Past a "that", and past the comma closing a source phrase ("According to one nurse, the ward “…”").
  const lead = /^\s*(?:,\s*)?(?:that\s+)?/iu.exec(between)![0].length;
  let end = quote.end;
  while (end < s.end && /[”"’».,!?]/u.test(masked[end]!)) end++;
  if (countWordsUpTo(masked, end, s.end, MAX_WORDS_AFTER_QUOTE) <= MAX_WORDS_AFTER_QUOTE) end = s.end;
  return { start: cue.end + lead, end };
}

/**
 * Markup or a title, not a framed statement: attribute syntax left in scraped text
 * (`author="…"`), or a possessive right before the mark (CNN's “State of the Union”).
 */
function isNotProse(between: string): boolean {
  return /[=<>/]/u.test(between) || /['’]s\s*$/u.test(between);
}
