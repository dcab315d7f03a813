import type { Term } from '../terms.ts';
import { type Rule, windowRangeOf } from './rule.ts';

/**
 * A comparison of equals made one of more or less, or the other way round: "about as many seats
 * as the old hall" → "many more seats than the old hall", or "as many as" → "fewer than". The figure of the comparison changed though no digit did; the
 * words around it align, so the change reads as a few words swapped.
 */
export const equalMadeUnequal: Rule = ({ alignment, quoteText, articleText }) => {
  for (const seg of alignment.segments) {
    const { from, to } = windowRangeOf(seg);
    if (to <= from) continue;
    const terms = seg.candidate.terms;
    const said = spanText(articleText(seg.candidate.article), terms, from, to);
    const put = spanText(quoteText, alignment.quote, seg.from, seg.to);
    const saidEqual = EQUATIVE.test(said) && !COMPARATIVE.test(said);
    const saidUnequal = COMPARATIVE.test(said) && !EQUATIVE.test(said);
    const putEqual = EQUATIVE.test(put) && !COMPARATIVE.test(put);
    const putUnequal = COMPARATIVE.test(put) && !EQUATIVE.test(put);
    if ((saidEqual && putUnequal) || (saidUnequal && putEqual))
      return [
        `verdict.wording-changed: "${(saidEqual ? EQUATIVE : COMPARATIVE).exec(said)![0]}" → "${(putEqual ? EQUATIVE : COMPARATIVE).exec(put)![0]}" (a comparison of equals and one of more or less)`,
      ];
  }
  return [];
};

/**
 * "as much … as", "as many as", "as large as": an equative, up to three words between; not the
 * conjunctions "as well as", "as soon as", "as long as", "as far as".
 */
const EQUATIVE = /\bas (?!(?:well|soon|long|far|such|though|if)\b)(?:[\p{L}-]+ ){1,3}as\b/iu;
/** "more … than", "fewer than", "cheaper than": a comparative, up to three words between; not "rather than", "other than". */
const COMPARATIVE = /\b(?!(?:rather|other)\b)(?:more|less|fewer|[\p{L}]+er) (?:[\p{L}-]+ ){0,3}than\b/iu;

function spanText(text: string, terms: readonly Term[], from: number, to: number): string {
  return text.slice(terms[from]!.start, terms[to - 1]!.end);
}
