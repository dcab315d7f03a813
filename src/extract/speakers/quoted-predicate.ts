import { FINITE_AUXILIARIES } from '../../nlp/lexicons/function-words.ts';

/**
 * The quoted words are the predicate of a clause whose subject stands outside the marks ('her
 * rulings "are final"', 'the plant "will not reopen"'): they open on a lower-case finite
 * auxiliary right after a word of the sentence. A term or label is a noun phrase and never opens
 * on "are" or "will", so a predicate is someone's words however short. Not in a headline (the
 * text's first line): headlines cut words out of what was said ("minister 'will not reopen
 * offer'"), so there a quoted predicate is left to the headline rules.
 */
export function isQuotedPredicate(
  text: string,
  q: { openAt: number; closeAt: number; end: number },
): boolean {
  const inner = text.slice(q.openAt + 1, q.closeAt >= 0 ? q.closeAt : q.end);
  const first = /^\s*(\p{Ll}+)\s/u.exec(inner)?.[1];
  return (
    first !== undefined &&
    text.lastIndexOf('\n', q.openAt) >= 0 &&
    FINITE_AUXILIARIES.has(first) &&
    /[\p{L}\p{N}]\s+$/u.test(text.slice(Math.max(0, q.openAt - 3), q.openAt))
  );
}
