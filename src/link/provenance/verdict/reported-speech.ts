import type { Provenance, Quote } from '../../../model/quote.ts';

/**
 * Reasons that leave a reported clause's meaning as the primary's: the shift of tense and person
 * every report makes ("we will" → "they would"), the coverage a paraphrase was judged on, and
 * which primary was used.
 */
const SAME_MEANING_REASONS = ['verdict.tense-changed', 'verdict.same-meaning', 'provenance.'];

/**
 * Reported speech ("She said the fund would double") is the outlet's own wording of what was said,
 * so it is judged by meaning, not word for word: against the passage it aligns to it is
 * `supported` when it says what the primary says (the same words, a paraphrase, or only a
 * reporting shift of tense), and `unsupported` when a change of meaning was found (a negation, a
 * number, an actor, a hedge dropped …) or no passage says it. The reasons and the aligned span
 * stay, so a reader sees what differs. Quoted words keep their word-level verdict.
 */
export function judgeByMeaning(quote: Quote, provenance: Provenance): Provenance {
  if (quote.kind !== 'indirect') return provenance;
  switch (provenance.verdict) {
    case 'verbatim':
    case 'paraphrase':
      return { ...provenance, verdict: 'supported' };
    case 'altered': {
      const same = provenance.reasons.every((r) =>
        SAME_MEANING_REASONS.some((prefix) => r.startsWith(prefix)),
      );
      return { ...provenance, verdict: same ? 'supported' : 'unsupported' };
    }
    default:
      return provenance;
  }
}
