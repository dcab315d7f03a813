import type { Rule } from './rule.ts';

/**
 * Words the speaker broke off and answered "no" to at once ("Raise the tax? No." / "raise the tax —
 * no, we won't"): in a gaggle an official echoes a reporter's question before denying it, so what
 * the quote renders is what the speaker rejected. Only a bare "no" (standing alone before a stop,
 * comma or dash) right after the quoted words counts: "no question about it" is emphasis, not an
 * answer.
 */
const BARE_NO_AFTER = /^\s*(?:[?.!]|—|–|--)?\s*no\s*(?:[.,!;]|—|–|--)/i;
const ECHO_REACH_CHARS = 16;

export const echoDenied: Rule = ({ alignment, articleText, quoteText }) => {
  // A quote that keeps the question ("Is that fair?") reports the question, answered or not.
  if (/\?\s*["”’]?\s*$/u.test(quoteText)) return [];
  const last = alignment.segments[alignment.segments.length - 1];
  if (!last || last.regionTo <= last.regionFrom) return [];
  const terms = last.candidate.terms;
  const end = terms[last.regionTo - 1]!;
  const text = articleText(last.candidate.article);
  if (!BARE_NO_AFTER.test(text.slice(end.end, end.end + ECHO_REACH_CHARS))) return [];
  const from = terms[last.regionFrom]!;
  return [
    `verdict.negation-dropped: "${text.slice(from.start, end.end)}" is what the speaker answered "no" to`,
  ];
};
