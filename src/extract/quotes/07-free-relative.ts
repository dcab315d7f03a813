import type { Span } from '../../model/span.ts';
import type { Frame } from '../speakers/frame.ts';
import { sentenceAt } from '../speakers/frame.ts';

/** Most words of the subject between "what" and its verb ("what the former secretary called"). */
const MAX_SUBJECT_WORDS = 4;
/** Most words between the verb and the quoted phrase ("what she called a “rant”" is 1). */
const MAX_WORDS_TO_QUOTE = 3;

/**
 * quote.indirect.free-relative: "what she called a “rant”", "what Gilbert described as “a
 * perception problem”". The free relative is the statement: the speaker's naming of something,
 * "what" to the closing mark. In PolNeAR train 8 of the 12 such phrases are annotated from
 * "what"; the rest only the quoted words, which the direct quote covers. Null unless the cue
 * is preceded, within a few plain words, by "what", and followed by the quote after a few words.
 */
export function findFreeRelativeClause(frame: Frame, quote: Span, cue: Span): Span | null {
  const s = sentenceAt(frame, cue.start);
  if (!s || cue.end > quote.start) return null;
  const k = s.tokens.findIndex((t) => t.start === cue.start);
  if (k < 1) return null;
  const { masked } = frame;
  for (let w = k - 1; w >= 0 && k - w - 1 <= MAX_SUBJECT_WORDS; w--) {
    const tok = s.tokens[w]!;
    if (/[^\s.’']/u.test(masked.slice(tok.end, s.tokens[w + 1]!.start))) return null;
    if (tok.norm !== 'what') continue;
    if (w === k - 1) return null;
    const between = masked.slice(cue.end, quote.start - 1);
    if (/[^\p{L}\p{N}\s]/u.test(between)) return null;
    if ((between.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_WORDS_TO_QUOTE) return null;
    let end = quote.end;
    while (end < s.end && /[”"’»]/u.test(masked[end]!)) end++;
    return { start: tok.start, end };
  }
  return null;
}
