import { type Rule, textOf } from './rule.ts';

/**
 * A quote that opens or closes inside one of the speaker's hyphened compounds: "self-employed
 * jurors" → "employed jurors", "non-essential repairs" → "essential repairs", "post-war" → "war".
 * The compound is one word, and the part the quote keeps names another thing (often its opposite);
 * read word by word the quote looks like a contiguous run of the speaker's words.
 */
export const compoundCut: Rule = ({ alignment, articleText }) => {
  const quote = alignment.quote;
  for (const seg of alignment.segments) {
    const pText = articleText(seg.candidate.article);
    const terms = seg.candidate.terms;
    const edges = [
      { q: seg.from, cut: (p: number) => COMPOUND_BEFORE.test(pText.slice(0, terms[p]!.start)) },
      { q: seg.to - 1, cut: (p: number) => COMPOUND_AFTER.test(pText.slice(terms[p]!.end)) },
    ];
    for (const { q, cut } of edges) {
      const m = seg.support.get(q);
      if (!m || quote[q]!.light || !cut(m.p)) continue;
      const compound = compoundAround(pText, terms[m.p]!.start, terms[m.p]!.end);
      return [
        `verdict.wording-changed: "${compound}" cut to "${textOf(pText, terms[m.p]!)}" (part of a compound)`,
      ];
    }
  }
  return [];
};

/** A letter and a hyphen right before a word, or a hyphen and a letter right after it. */
const COMPOUND_BEFORE = /\p{L}-$/u;
const COMPOUND_AFTER = /^-\p{L}/u;

function compoundAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && /[\p{L}-]/u.test(text[from - 1]!)) from--;
  while (to < text.length && /[\p{L}-]/u.test(text[to]!)) to++;
  return text.slice(from, to);
}
