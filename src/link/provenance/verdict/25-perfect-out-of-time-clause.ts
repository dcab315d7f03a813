import { TEMPORAL_SUBORDINATORS } from '../../../nlp/lexicons/verb-frames.ts';
import type { Term } from '../terms.ts';
import { isSentenceCapital, type Rule, textOf } from './rule.ts';

const TEMPORAL = new Set(TEMPORAL_SUBORDINATORS);
const PERFECT = new Set(['have', 'has', "'ve"]);
/** Adverbs that may stand between the perfect's auxiliary and its participle ("have now finished"). */
const INNER_ADVERBS = new Set(['now', 'already', 'just', 'all', 'finally', 'also', 'fully']);
/** Most words of a subject between the subordinator and the auxiliary ("until the night crews have"). */
const SUBJECT_MAX_TERMS = 5;

/**
 * A present perfect the speaker put in a clause of time, quoted as a clause of its own: "the
 * bridge stays shut until the crews have relaid the deck" → "the crews have relaid the deck". Under "until",
 * "once", "after", "before" or "when" the perfect sets a completion still to come (English puts a
 * future there in the present); out of that clause it states the work done. A lower-case fragment
 * that gives the speaker's words as they stand only leaves the clause's opening out as context
 * (docs/verdict-rules.md, conventions); one that rewords or adds, or opens as a sentence, recasts it.
 */
export const perfectOutOfTimeClause: Rule = ({ alignment, diff, quoteText, articleText }) => {
  const quote = alignment.quote;
  const first = quote[0];
  const asSaid = diff.unsupported.size === 0 && diff.substituted.length === 0;
  if (asSaid && first && !isSentenceCapital(quoteText.slice(first.start, first.end))) return [];
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    for (const m of seg.support.values()) {
      const pAux = auxiliaryBefore(terms, m.p);
      const qAux = auxiliaryBefore(quote, m.q);
      if (pAux < 0 || qAux < 0) continue;
      const sub = subordinatorBefore(terms, pAux);
      if (sub < 0 || subordinatorBefore(quote, qAux) >= 0) continue;
      // The quote renders the verb's clause but not its subordinator.
      if ([...seg.support.values()].some((n) => n.p === sub)) continue;
      const pText = articleText(seg.candidate.article);
      return [
        `verdict.tense-changed: "${textOf(pText, terms[sub]!)} … ${textOf(pText, terms[m.p]!)}" → "${textOf(quoteText, quote[qAux]!)} … ${textOf(quoteText, quote[m.q]!)}" (a completion to come told as done)`,
      ];
    }
  }
  return [];
};

/** The perfect's auxiliary before the participle at `i` (adverbs between), or -1. */
function auxiliaryBefore(terms: readonly Term[], i: number): number {
  if (terms[i]!.light) return -1;
  let j = i - 1;
  while (j >= 0 && INNER_ADVERBS.has(terms[j]!.norm)) j--;
  return j >= 0 && PERFECT.has(terms[j]!.norm) ? j : -1;
}

/** A subordinator of time opening the clause of the auxiliary at `aux`, across its subject, or -1. */
export function subordinatorBefore(terms: readonly Term[], aux: number): number {
  for (let j = aux - 1; j >= Math.max(0, aux - SUBJECT_MAX_TERMS - 1); j--) {
    const t = terms[j]!;
    if (TEMPORAL.has(t.norm)) return ['again', 'more'].includes(terms[j + 1]?.norm ?? '') ? -1 : j;
    // A verb or a clause boundary between them: the subordinator is another clause's.
    if (t.clause !== terms[aux]!.clause || t.num !== null) return -1;
    if (
      ['is', 'are', 'was', 'were', 'will', 'would', 'have', 'has', 'had', 'and', 'but', 'that'].includes(
        t.norm,
      )
    )
      return -1;
  }
  return -1;
}
