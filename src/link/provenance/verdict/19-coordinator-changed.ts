import { type Rule, textOf } from './rule.ts';

/**
 * "and" put where the speaker said "or", or "or" for "and", between the same two conjuncts
 * ("on Fridays and Saturdays" → "on Fridays or Saturdays"; "a passport or a bank letter" → "a
 * passport and a bank letter"): a conjunction claims every member, a disjunction any one, so the
 * claim is widened or narrowed. Function words weigh nothing in the alignment, so the slot is read
 * directly, as for opposite prepositions: the quote's coordinator stands outside the anchors and
 * the passage holds the other one between the same two anchors. Under a negation the two come
 * close in usage ("we will not cut pensions or benefits" is often put "… pensions and benefits"),
 * and "between … and" bounds a range, so a clause with a negation or "between" before the slot is
 * left alone (any negation cue: "no one", "nobody", "without"). So is a list climbing to its extreme ("ten, fifteen and even twenty years" = "… or even
 * twenty years": "even" marks the last member as the top of a scale, either way), and a list of
 * figures, values of one measure that cannot all hold at once, so "and" there already reads "or".
 */
const OTHER = new Map([
  ['and', 'or'],
  ['or', 'and'],
]);

/** Words before the slot in its clause that make "and" / "or" no plain coordination of claims. */
const LICENSERS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'nobody',
  'none',
  'nothing',
  'between',
  'whether',
]);

/** How far back a negation or "between" is looked for: the coordination's own clause, roughly. */
const CLAUSE_LOOKBACK_TERMS = 8;

export const coordinatorChanged: Rule = ({ alignment, quoteText, articleText }) => {
  for (const seg of alignment.segments) {
    const anchored = new Set(seg.anchors.map((a) => a.q));
    const terms = seg.candidate.terms;
    for (let i = seg.from; i < seg.to; i++) {
      const other = OTHER.get(alignment.quote[i]!.norm);
      if (other === undefined || anchored.has(i)) continue;
      const before = [...seg.anchors].reverse().find((a) => a.q < i);
      const after = seg.anchors.find((a) => a.q > i);
      // Both conjuncts kept, each side of the slot: a coordinator at the quote's edge joins nothing kept.
      if (!before || !after || after.q - before.q > 3) continue;
      const slot = terms.slice(before.p + 1, after.p);
      if (slot.length > 2 || !slot.some((t) => t.norm === other)) continue;
      if (slot.some((t) => t.norm === alignment.quote[i]!.norm)) continue;
      const licensed = (ts: readonly { norm: string; neg: boolean }[]) =>
        ts.some((t) => t.neg || LICENSERS.has(t.norm));
      const pBack = terms.slice(Math.max(0, before.p - CLAUSE_LOOKBACK_TERMS), before.p + 1);
      const qBack = alignment.quote.slice(Math.max(0, i - CLAUSE_LOOKBACK_TERMS), i);
      if (licensed(pBack) || licensed(qBack)) continue;
      if (alignment.quote[i + 1]?.norm === 'even') continue;
      const figure = (t: { norm: string } | undefined) => t !== undefined && /^\d/.test(t.norm);
      if (figure(terms[before.p]) && figure(terms[after.p])) continue;
      const said = textOf(
        articleText(seg.candidate.article),
        slot.find((t) => t.norm === other)!,
      );
      return [
        `verdict.scope-changed: "${said}" → "${textOf(quoteText, alignment.quote[i]!)}" (every member ↔ any one)`,
      ];
    }
  }
  return [];
};
