import { matchTerms } from '../alignment/align.ts';
import { isCloseRendering } from './08-wording-without-evidence.ts';
import { hasEllipsis, type Rule } from './rule.ts';

/**
 * A member added to what the speaker named, with no coordination in the passage there ("reopen the
 * road to Ashby on Friday" → "… to Ashby and Brill on Friday"): the
 * predicate now holds of more than the speaker said, the mirror of a conjunct cut. Read in the
 * quote: "and"/"or" right after a word the passage gives, then one to three words of the quote's
 * own (a noun phrase: no pronoun opens a clause of its own there), then the quote's end or the
 * word the passage gives right after the first. Not a doublet whose member means the same as the
 * word before it ("fair and just"), not behind an ellipsis, which cuts openly, and only in a close
 * rendering (`isCloseRendering`): a summary in the report's own words joins things freely.
 */
const COORDINATORS = new Set(['and', 'or']);
const MAX_CONJUNCT_TERMS = 3;
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

export const conjunctAdded: Rule = ({ alignment, diff, quoteText }) => {
  // Only in a close rendering: a loose summary joins things in its own words.
  if (hasEllipsis(quoteText) || !isCloseRendering(alignment, diff)) return [];
  const quote = alignment.quote;
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    for (let i = seg.from + 1; i < seg.to; i++) {
      if (!COORDINATORS.has(quote[i]!.norm) || seg.support.has(i)) continue;
      const before = seg.support.get(i - 1);
      if (!before || quote[i - 1]!.light) continue;
      if (COORDINATORS.has(terms[before.p + 1]?.norm ?? '')) continue;
      let j = i + 1;
      while (j < seg.to && !seg.support.has(j)) j++;
      const run = quote.slice(i + 1, j);
      if (run.length === 0 || run.length > MAX_CONJUNCT_TERMS || run.every((t) => t.light)) continue;
      if (run.some((t) => CLAUSE_SUBJECTS.has(t.norm) || t.num !== null)) continue;
      // The quote resumes where the passage went on, or ends there.
      const after = seg.support.get(j);
      if (after ? after.p !== before.p + 1 : j !== seg.to) continue;
      const head = run[run.length - 1]!;
      if (matchTerms(quote[i - 1]!, head) !== null) continue;
      const added = quoteText.slice(quote[i]!.start, head.end);
      return [
        `verdict.scope-changed: "${added}" added to what the speaker named (the claim now reads wider)`,
      ];
    }
  }
  return [];
};
