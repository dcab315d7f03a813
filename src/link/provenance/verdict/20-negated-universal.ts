import type { Term } from '../terms.ts';
import { type Rule, textOf, windowRangeOf } from './rule.ts';

/**
 * "will not pay the whole fine" → "will not pay any of the fine": under a negation a
 * universal ("all", "every", "whole", "entire") and "any" are the two ends of the scale. "not all"
 * leaves some ("not the whole fine": part of it), "not any" leaves none. The quantifier tables give
 * "any" no rank, since outside a negation it reads as "some" or as "every" by turns, so the slot
 * is read here: "any" on one side and a universal on the other, in the passage the quote renders,
 * each in a clause its own side negates before it, the one side's word left out of the other.
 */
const UNIVERSAL_RANK = 6;

/** A negation cue before `i` in its clause. */
function negatedBefore(terms: readonly Term[], i: number): boolean {
  for (let j = i - 1; j >= 0 && terms[j]!.clause === terms[i]!.clause; j--) if (terms[j]!.neg) return true;
  return false;
}

export const negatedUniversalChanged: Rule = ({ alignment, quoteText, articleText }) => {
  for (const seg of alignment.segments) {
    const quote = alignment.quote;
    const terms = seg.candidate.terms;
    const matchedQ = new Set(seg.support.keys());
    const matchedP = new Set([...seg.support.values()].map((m) => m.p));
    const { from, to } = windowRangeOf(seg);
    const kind = (t: Term) => (t.norm === 'any' ? 'any' : t.scope === UNIVERSAL_RANK ? 'all' : null);
    const qSlots = [];
    for (let i = seg.from; i < seg.to; i++) {
      const k = kind(quote[i]!);
      if (k && !matchedQ.has(i) && negatedBefore(quote, i)) qSlots.push({ i, k });
    }
    for (const { i, k } of qSlots) {
      for (let p = from; p < to; p++) {
        const other = kind(terms[p]!);
        if (other === null || other === k || matchedP.has(p) || !negatedBefore(terms, p)) continue;
        const said = textOf(articleText(seg.candidate.article), terms[p]!);
        const put = textOf(quoteText, quote[i]!);
        return [`verdict.scope-changed: "not … ${said}" → "not … ${put}" (not all ↔ none)`];
      }
    }
  }
  return [];
};
