import type { Term } from '../terms.ts';
import { type Rule, textOf, windowRangeOf } from './rule.ts';

/**
 * "did not see the report" → "did not see any report": under a negation "any" denies of every
 * member of the noun's set, while a definite or demonstrative determiner ("the", "this", "that")
 * denies of the one it points at. "not at this stage" leaves later stages open; "not at any stage"
 * closes them all. So "any" put in the determiner's slot, before the same word, widens the denial.
 * Read only where both sides negate before the slot in its clause and the word after it is
 * matched: the two determiners then stand for one another, neither kept beside the other.
 */
const DEFINITES: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/** A negation cue before `i` in its clause. */
function negatedBefore(terms: readonly Term[], i: number): boolean {
  for (let j = i - 1; j >= 0 && terms[j]!.clause === terms[i]!.clause; j--) if (terms[j]!.neg) return true;
  return false;
}

export const negatedAnyForDefinite: Rule = ({ alignment, quoteText, articleText }) => {
  const quote = alignment.quote;
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    const matchedP = new Set([...seg.support.values()].map((m) => m.p));
    const { from, to } = windowRangeOf(seg);
    for (let i = seg.from; i + 1 < seg.to; i++) {
      if (quote[i]!.norm !== 'any' || seg.support.has(i) || !negatedBefore(quote, i)) continue;
      const next = seg.support.get(i + 1);
      if (next === undefined) continue;
      const p = next.p - 1;
      if (p < from || p >= to || matchedP.has(p) || !DEFINITES.has(terms[p]!.norm)) continue;
      if (!negatedBefore(terms, p)) continue;
      const said = textOf(articleText(seg.candidate.article), terms[p]!);
      return [
        `verdict.scope-changed: "not … ${said}" → "not … ${textOf(quoteText, quote[i]!)}" (one ↔ none)`,
      ];
    }
  }
  return [];
};
