import { OPPOSITE_RELATIONS } from '../../../nlp/lexicons/opposite-relations.ts';
import { type Rule, textOf } from './rule.ts';

const OPPOSITE = new Map<string, string>();
for (const { pair } of OPPOSITE_RELATIONS) {
  OPPOSITE.set(pair[0], pair[1]);
  OPPOSITE.set(pair[1], pair[0]);
}

/**
 * A preposition put where the speaker said its opposite, between the same words ("campaigned against the
 * plan" → "campaigned for the plan"): the relation is turned around, a polarity flip that carries no
 * "not". Function words escape the word rules (they weigh nothing in the alignment), so the slot is
 * read directly: the quote's word stands outside the ordered anchors, and the passage, between the
 * same two anchors, holds its opposite.
 */
export const oppositeRelation: Rule = ({ alignment, quoteText, articleText }) => {
  for (const seg of alignment.segments) {
    const anchored = new Set(seg.anchors.map((a) => a.q));
    const terms = seg.candidate.terms;
    for (let i = seg.from; i < seg.to; i++) {
      const opposite = OPPOSITE.get(alignment.quote[i]!.norm);
      if (opposite === undefined || anchored.has(i)) continue;
      const before = [...seg.anchors].reverse().find((a) => a.q < i);
      const after = seg.anchors.find((a) => a.q > i);
      // Only a word between two anchors, or right after the last: a slot the passage fills too.
      if (!before) continue;
      const to = after ? after.p : Math.min(terms.length, before.p + 3);
      for (let p = before.p + 1; p < to; p++) {
        if (terms[p]!.norm !== opposite) continue;
        const said = textOf(articleText(seg.candidate.article), terms[p]!);
        return [
          `verdict.negation: "${said}" → "${textOf(quoteText, alignment.quote[i]!)}" (opposite relations)`,
        ];
      }
    }
  }
  return [];
};
