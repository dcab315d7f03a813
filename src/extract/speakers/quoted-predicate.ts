import { FINITE_AUXILIARIES } from '../../nlp/lexicons/function-words.ts';

/**
 * Whether the line holding `pos` is prose: it ends as a sentence does, with a full stop, "!" or
 * "?" (and any closing marks). A headline or a kicker ends bare ("Solvik at ferry talks: board
 * “is asking for too much”"), and headline-ese cuts words out of what was said, so the rules that
 * read a short quoted phrase as someone's words read it in prose only.
 */
export function isInProseLine(text: string, pos: number): boolean {
  const end = text.indexOf('\n', pos);
  const line = text.slice(text.lastIndexOf('\n', pos - 1) + 1, end < 0 ? text.length : end).trimEnd();
  return /[.!?…][”’"'»)\]]*$/u.test(line);
}

/**
 * The quoted words are the predicate of a clause whose subject stands outside the marks ('her
 * rulings "are final"', 'the plant "will not reopen"'): they open on a lower-case finite
 * auxiliary right after a word of the sentence, in prose. A term or label is a noun phrase and
 * never opens on "are" or "will", so a predicate is someone's words however short.
 */
export function isQuotedPredicate(
  text: string,
  q: { openAt: number; closeAt: number; end: number },
): boolean {
  const inner = text.slice(q.openAt + 1, q.closeAt >= 0 ? q.closeAt : q.end);
  const first = /^\s*(\p{Ll}+)\s/u.exec(inner)?.[1];
  return (
    first !== undefined &&
    FINITE_AUXILIARIES.has(first) &&
    /[\p{L}\p{N}]\s+$/u.test(text.slice(Math.max(0, q.openAt - 3), q.openAt)) &&
    isInProseLine(text, q.openAt)
  );
}
