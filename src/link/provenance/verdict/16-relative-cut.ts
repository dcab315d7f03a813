import { isPluralNoun } from '../../../nlp/wordnet/wordnet.ts';
import type { Rule } from './rule.ts';

/** Pronouns that open a relative clause after a noun. */
const RELATIVE_PRONOUNS = new Set(['that', 'who', 'which', 'whose', 'whom']);

/**
 * A quote given as a whole sentence (capitalised, ending in a full stop) that ends on a plural noun
 * where the speaker's sentence ran on, with no comma, into a relative clause saying which of them
 * ("we will not sell farms that feed the hill villages" → "We will not sell farms."):
 * said of some, now said of all. A clause set off by a comma ("farms, which we bought in May") only
 * describes them and may go; a lower-case fragment, or one left open, claims no whole sentence.
 */
export const relativeClauseCut: Rule = ({ alignment, quoteText, articleText }) => {
  if (!/^\s*["“‘']?\p{Lu}/u.test(quoteText)) return [];
  const seg = alignment.segments[alignment.segments.length - 1];
  const last = alignment.quote[alignment.quote.length - 1];
  if (!seg || !last || seg.to !== alignment.quote.length) return [];
  if (!/^[\s"”’']*[.!?]["”’']*\s*$/u.test(quoteText.slice(last.end))) return [];
  const m = seg.support.get(seg.to - 1);
  if (!m) return [];
  const terms = seg.candidate.terms;
  const noun = terms[m.p]!;
  const next = terms[m.p + 1];
  if (
    !next ||
    !RELATIVE_PRONOUNS.has(next.norm) ||
    noun.light ||
    noun.num !== null ||
    !isPluralNoun(noun.norm)
  )
    return [];
  const pText = articleText(seg.candidate.article);
  if (/[^\s]/u.test(pText.slice(noun.end, next.start))) return [];
  // The clause runs to the end of the sentence, or to its next punctuation.
  const rest = pText.slice(next.start);
  const clause = rest.slice(0, rest.search(/[,;:.!?]|$/u));
  return [`verdict.qualifier-dropped: "${clause}" left out (a restriction cut where the quote closes)`];
};
