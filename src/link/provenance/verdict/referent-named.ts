import type { SegmentAlignment } from '../alignment/align.ts';
import type { Term } from '../terms.ts';

/** Third-person pronouns that stand for a whole noun phrase, named earlier in the speech. */
const NOUN_PHRASE_PRONOUNS = new Set(['they', 'them', 'it', 'he', 'him', 'she', 'her']);
/** Words that may open the noun phrase put in their place: articles and possessives. */
const DETERMINERS = new Set('the a an this these those my our your his her its their'.split(' '));
/** Longest noun phrase read as the referent ("our European partners"). */
const MAX_REFERENT_WORDS = 4;

/**
 * Quote terms that name what a pronoun of the passage referred to, in the pronoun's very slot
 * between two aligned words ("we need them to join" → "we need our partners to join"): a report
 * spells out the referent its readers lack. The noun phrase is not a word the speaker did not say,
 * nor its possessive another actor; whether the referent is the right one the passage cannot tell.
 */
export function referentNamedTerms(seg: SegmentAlignment, quote: readonly Term[]): Set<number> {
  const out = new Set<number>();
  const terms = seg.candidate.terms;
  for (let k = 0; k + 1 < seg.anchors.length; k++) {
    const a = seg.anchors[k]!;
    const b = seg.anchors[k + 1]!;
    if (b.p - a.p !== 2 || !NOUN_PHRASE_PRONOUNS.has(terms[a.p + 1]!.norm)) continue;
    const gap = quote.slice(a.q + 1, b.q);
    if (gap.length === 0 || gap.length > MAX_REFERENT_WORDS) continue;
    const head = gap[gap.length - 1]!;
    if (head.light || head.num !== null || NOUN_PHRASE_PRONOUNS.has(head.norm)) continue;
    const modifiers = gap.slice(0, -1);
    if (modifiers.some((t, i) => (i === 0 ? false : DETERMINERS.has(t.norm)) || t.neg || t.scope !== null))
      continue;
    if (modifiers.some((t) => t.light && !DETERMINERS.has(t.norm))) continue;
    for (let i = a.q + 1; i < b.q; i++) if (!seg.support.has(i)) out.add(i);
  }
  return out;
}
