import { PRONOUN_FORMS } from '../../../nlp/lexicons/pronouns.ts';
import { containsWholeWord } from '../../../nlp/text-search.ts';
import { hasSense } from '../../../nlp/wordnet/wordnet.ts';
import type { AlignmentDiff } from '../alignment/alignment-diff.ts';
import type { SegmentAlignment, TermMatch } from '../alignment/align.ts';
import type { Term } from '../terms.ts';
import { type Rule, textOf } from './rule.ts';

/**
 * The subject of a kept verb left out and a noun of another clause put in its place ("The sponsors
 * have paid for the roof; we still need a permit from the county" → "The county has paid for the
 * roof"): every quoted word is the speaker's, but the one who acts is another. The
 * quote's subject is matched after the verb, in a clause of its own, while the passage's own
 * subject, right before the verb, is left out. A voice changed ("the roof was paid for by the
 * sponsors") keeps the doer, whom the quote then matches, and is no such case. A subject pronoun
 * of another clause borrowed the same way ("…, which we welcome" → "we have paid") changes the
 * doer too; the aligner leaves a pronoun unmatched, so it is read as the quote's unmatched subject.
 */
export const subjectBorrowed: Rule = ({ alignment, diff, quoteText, articleText }) => {
  const quote = alignment.quote;
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    const matches = [...seg.support.values()].sort((a, b) => a.q - b.q);
    for (let k = 0; k < matches.length; k++) {
      const noun = matches[k]!;
      const verb = matches.slice(k + 1).find((m) => !quote[m.q]!.light);
      if (verb === undefined || !isBorrowedSubject(quote, terms, noun, verb)) continue;
      const own = subjectBefore(terms, verb.p);
      if (own < 0 || !isLeftOut(seg, diff, own) || terms[noun.p]!.clause === terms[verb.p]!.clause) continue;
      const said = textOf(articleText(seg.candidate.article), terms[own]!);
      return [
        `verdict.actor-changed: "${said}" → "${textOf(quoteText, quote[noun.q]!)}" (a noun of another clause put as the subject)`,
      ];
    }
    for (const verb of matches) {
      const borrowed = pronounBorrowedFor(seg, diff, quote, verb);
      if (!borrowed) continue;
      const said = textOf(articleText(seg.candidate.article), terms[borrowed.own]!);
      const pronoun = quote[borrowed.pronoun]!;
      return [
        `verdict.actor-changed: "${said}" → "${textOf(quoteText, pronoun)}" (a pronoun of another clause put as the subject)`,
      ];
    }
    for (const m of matches) {
      const head = partyForSpeaker(seg, quote, m, articleText(seg.candidate.article));
      if (head < 0) continue;
      const said = textOf(articleText(seg.candidate.article), terms[m.p + 1]!);
      return [
        `verdict.actor-changed: "${said}" → "${textOf(quoteText, quote[head]!)}" (a party the passage names elsewhere put for the speaker)`,
      ];
    }
  }
  return [];
};

/** The speaker as the object of a word ("important to us"): a noun phrase put there is another party. */
const SPEAKER_OBJECTS: ReadonlySet<string> = new Set(['us', 'me']);
/** Longest noun phrase read as the party put in the speaker's place ("the road haulage industry"). */
const MAX_PARTY_WORDS = 4;

/**
 * After the kept word `m`, the passage's "us"/"me" unmatched (past the quote's end, often) and the quote's unmatched noun phrase in
 * its slot, whose head noun the primary says in another sentence ("that matters to us … the hauliers are
 * unhappy" → "that matters to the hauliers"): the quote's head, or -1. A third-person pronoun
 * spelled out (`referent-named.ts`) names the same party; the speaker's own pronoun does not.
 */
function partyForSpeaker(
  seg: SegmentAlignment,
  quote: readonly Term[],
  m: TermMatch,
  primary: string,
): number {
  const terms = seg.candidate.terms;
  const pronoun = terms[m.p + 1];
  if (pronoun === undefined || !SPEAKER_OBJECTS.has(pronoun.norm)) return -1;
  if ([...seg.support.values()].some((x) => x.p === m.p + 1)) return -1;
  let head = -1;
  for (let q = m.q + 1; q < quote.length && q <= m.q + MAX_PARTY_WORDS; q++) {
    if (seg.support.has(q)) break;
    const t = quote[q]!;
    if (!t.light && t.num === null && hasSense(t.norm, 'n')) head = q;
    else if (!t.light || head >= 0) break;
  }
  if (head < 0) return -1;
  // The candidate is the quoted sentence; the party is named in another of the primary's sentences.
  const norm = quote[head]!.norm;
  if (!/^\p{L}+$/u.test(norm) || terms.some((t) => t.norm === norm)) return -1;
  return containsWholeWord(primary, norm, true) ? head : -1;
}

/**
 * The passage subject (a noun) of the kept verb `verb`, left out while the quote puts before that
 * verb an unmatched subject pronoun the passage says after it, of another verb: both indexes, or
 * null.
 */
function pronounBorrowedFor(
  seg: SegmentAlignment,
  diff: AlignmentDiff,
  quote: readonly Term[],
  verb: TermMatch,
): { own: number; pronoun: number } | null {
  const terms = seg.candidate.terms;
  if (verb.kind !== 'same' && verb.kind !== 'inflection') return null;
  if (quote[verb.q]!.light || !hasSense(terms[verb.p]!.norm, 'v')) return null;
  const pronoun = subjectPronounBefore(quote, verb.q);
  if (pronoun < 0 || seg.support.has(pronoun)) return null;
  const own = subjectBefore(terms, verb.p);
  if (own < 0 || !isLeftOut(seg, diff, own)) return null;
  const norm = quote[pronoun]!.norm;
  return terms.some((t, i) => i > verb.p && t.norm === norm) ? { own, pronoun } : null;
}

/** The subject pronoun right before the verb at `v`, auxiliaries ("have", "will") aside; or -1. */
function subjectPronounBefore(quote: readonly Term[], v: number): number {
  let s = v - 1;
  while (s >= 0 && quote[s]!.light && PRONOUN_FORMS.get(quote[s]!.norm) === undefined) s--;
  return s >= 0 && PRONOUN_FORMS.get(quote[s]!.norm)?.case === 'subject' ? s : -1;
}

/**
 * A quote noun followed, with only light words between, by the verb it is the subject of, the noun
 * matched as said but found after that verb in the passage.
 */
function isBorrowedSubject(
  quote: readonly Term[],
  terms: readonly Term[],
  noun: TermMatch,
  verb: TermMatch,
): boolean {
  const x = quote[noun.q]!;
  if (x.light || x.name || x.num !== null || !hasSense(x.norm, 'n')) return false;
  if (noun.kind !== 'same' && noun.kind !== 'inflection') return false;
  if (verb.kind !== 'same' && verb.kind !== 'inflection') return false;
  if (quote.slice(noun.q + 1, verb.q).some((t) => !t.light)) return false;
  return noun.p > verb.p && hasSense(terms[verb.p]!.norm, 'v');
}

/** The content noun right before the verb at `v`, light words aside, in its clause; or -1. */
function subjectBefore(terms: readonly Term[], v: number): number {
  let s = v - 1;
  while (s >= 0 && terms[s]!.light && terms[s]!.clause === terms[v]!.clause) s--;
  if (s < 0 || terms[s]!.clause !== terms[v]!.clause) return -1;
  const t = terms[s]!;
  return !t.light && t.num === null && hasSense(t.norm, 'n') ? s : -1;
}

/** The passage word at `p` is left out, not matched nor reworded. */
function isLeftOut(seg: SegmentAlignment, diff: AlignmentDiff, p: number): boolean {
  const lost = diff.unmatchedPrimary.get(seg);
  return lost !== undefined && lost.has(p) && !(diff.reworded.get(seg)?.has(p) ?? false);
}
