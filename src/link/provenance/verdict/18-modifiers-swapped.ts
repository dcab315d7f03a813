import type { Term } from '../terms.ts';
import { hasSense } from '../../../nlp/wordnet/wordnet.ts';
import { isCoordination } from './13-roles-swapped.ts';
import { type Rule, textOf } from './rule.ts';

/**
 * Two mentions of one kind of thing told apart by their modifiers alone, the modifiers crossing:
 * "moved from the east terminal to the west terminal" → "… from the west terminal to the east
 * terminal", "small farms pay more than large farms" → "large farms pay more than small farms".
 * The head noun is the same on both sides, so the noun rule (`rolesSwapped`) finds no crossing;
 * the modifiers say which is which, and swapped, so is what happens to each. A coordination reads
 * the same either way ("the east and the west terminals", "the west terminal and the east terminal").
 */
export const modifiersSwapped: Rule = ({ alignment, quoteText, articleText }) => {
  for (const seg of alignment.segments) {
    const passage = seg.candidate.terms;
    const pText = articleText(seg.candidate.article);
    const mods = [...seg.support.values()]
      .filter((m) => m.kind === 'same' || m.kind === 'inflection')
      .filter((m) => isModifierOfRepeatedHead(alignment.quote, m.q) && isModifierOfRepeatedHead(passage, m.p))
      .filter((m) => passage.filter((t) => t.stem === passage[m.p]!.stem).length === 1)
      .sort((a, b) => a.q - b.q);
    for (let i = 0; i < mods.length; i++) {
      for (let j = i + 1; j < mods.length; j++) {
        const a = mods[i]!;
        const b = mods[j]!;
        if (a.p < b.p) continue;
        const x = alignment.quote[a.q]!;
        const y = alignment.quote[b.q]!;
        if (x.stem === y.stem || alignment.quote[a.q + 1]!.stem !== alignment.quote[b.q + 1]!.stem) continue;
        if (isCoordination(quoteText.slice(x.end, y.start))) continue;
        if (isCoordination(pText.slice(passage[b.p]!.end, passage[a.p]!.start))) continue;
        // Each phrase stands where the other stood; clauses moved whole keep their own neighbours.
        if (!tookPlace(alignment.quote, passage, a, b) || !tookPlace(alignment.quote, passage, b, a))
          continue;
        return [
          `verdict.actors-swapped: "${textOf(quoteText, x)}" and "${textOf(quoteText, y)}" ${textOf(quoteText, alignment.quote[a.q + 1]!)} stand in each other's place`,
        ];
      }
    }
  }
  return [];
};

/**
 * A content word right before a noun whose stem the span names again elsewhere right after another
 * content word: one of two mentions of one kind told apart by its modifier.
 */
function isModifierOfRepeatedHead(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const head = terms[i + 1];
  if (t.light || t.num !== null || t.name || !head || head.light || head.num !== null) return false;
  if (!hasSense(head.norm, 'n')) return false;
  return terms.some(
    (u, k) =>
      k !== i + 1 && u.stem === head.stem && k > 0 && !terms[k - 1]!.light && terms[k - 1]!.stem !== t.stem,
  );
}

/**
 * The phrase of modifier `m` (it and its head) stands in the quote where the other's stood in the
 * passage: a neighbour it has in the quote, past the phrase on one side, was on that side of the
 * other's phrase and not of its own.
 */
function tookPlace(
  quote: readonly Term[],
  passage: readonly Term[],
  m: { q: number; p: number },
  other: { q: number; p: number },
): boolean {
  const inQuote = phraseNeighbours(quote, m.q);
  const there = phraseNeighbours(passage, other.p);
  const own = phraseNeighbours(passage, m.p);
  return [0, 1].some((s) => inQuote[s] !== null && inQuote[s] === there[s] && own[s] !== there[s]);
}

/** The stems of the nearest content words before a modifier and after its head (null at an edge). */
function phraseNeighbours(terms: readonly Term[], k: number): [string | null, string | null] {
  let left: string | null = null;
  let right: string | null = null;
  for (let j = k - 1; j >= 0 && left === null; j--) if (!terms[j]!.light) left = terms[j]!.stem;
  for (let j = k + 2; j < terms.length && right === null; j++) if (!terms[j]!.light) right = terms[j]!.stem;
  return [left, right];
}
