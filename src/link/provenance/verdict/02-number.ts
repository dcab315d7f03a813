import { quoteTermsOf, regionTermsOf, type Rule, textOf } from './rule.ts';

/** Numbers and dates: a figure the primary never gives, or one put where the primary has another. */
export const numberChanged: Rule = ({ alignment, quoteText, primaryNumbers }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const region = regionTermsOf(seg).filter((t) => t.num !== null);
    const regionNums = new Set(region.map((t) => t.num));
    const quoteNums = new Set(quoteTermsOf(seg, alignment.quote).map((t) => t.num));
    for (const t of quoteTermsOf(seg, alignment.quote)) {
      if (t.num === null || regionNums.has(t.num)) continue;
      // The passage's own figure the report replaced comes first: "12 percent" → "20 percent".
      const other = region.find((r) => !quoteNums.has(r.num) && sameKindOfNumber(r.num!, t.num!));
      if (other) out.push(`verdict.number-changed: "${other.norm}" → "${textOf(quoteText, t)}"`);
      else if (!primaryNumbers.has(t.num))
        out.push(
          `verdict.number-not-in-primary: "${textOf(quoteText, t)}" is a figure the primary never gives`,
        );
    }
  }
  return out;
};

function sameKindOfNumber(a: string, b: string): boolean {
  return a.startsWith('month:') === b.startsWith('month:');
}
