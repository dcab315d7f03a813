import { OWN_SIDE_NOUNS, PRONOUN_PERSONS } from '../../../nlp/lexicons/pronoun-persons.ts';
import { anchorFences } from '../alignment/align.ts';
import { mayNamePeople } from '../../../nlp/wordnet/people.ts';
import { isCloseRendering } from './08-wording-without-evidence.ts';
import { referentNamedTerms } from './referent-named.ts';
import type { Term } from '../terms.ts';
import { type Rule, textOf } from './rule.ts';

/** The speaker's own side: "I", "we". */
const FIRST_PERSONS = new Set(['speaker', 'speakers']);

const PERSON = new Map(PRONOUN_PERSONS.flatMap((p) => p.forms.map((f) => [f, p.person] as const)));

/**
 * A pronoun of another person in the place of the source's ("we will pay" → "they will pay", "our
 * partners" → "their partners"): the words are the speaker's but the actor or target is another.
 * Read in the gaps between aligned words of a close rendering, where one side has a pronoun of one
 * person and the other of another, and neither is found elsewhere on the other side.
 */
export const pronounChanged: Rule = ({ alignment, diff, quoteText, articleText }) => {
  if (!isCloseRendering(alignment, diff)) return [];
  for (const seg of alignment.segments) {
    const p = seg.candidate.terms;
    const pText = articleText(seg.candidate.article);
    const matchedP = new Set([...seg.support.values()].map((m) => m.p));
    const referent = referentNamedTerms(seg, alignment.quote);
    const bounds = anchorFences(seg);
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k]!;
      const b = bounds[k + 1]!;
      const qPersons: { i: number; person: string }[] = [];
      for (let i = a.q + 1; i < b.q; i++) {
        const person = PERSON.get(alignment.quote[i]!.norm);
        if (person && !seg.support.has(i) && !referent.has(i)) qPersons.push({ i, person });
      }
      const pPersons: { i: number; person: string }[] = [];
      // Before the first and after the last anchor the passage is widened by the quote's own words
      // there: "They remain open" renders "We remain open" though "We" lies before the region.
      const first = k === 0 ? Math.max(0, seg.regionFrom - (b.q - seg.from)) : a.p + 1;
      const last = k + 2 === bounds.length ? Math.min(p.length, seg.regionTo + (seg.to - a.q - 1)) : b.p;
      // Widened only within the anchor's clause: "is investigating, and I'm not …" → "is looking
      // into it" puts nothing in the place of the next clause's "I".
      const headClause = k === 0 && bounds.length > 2 ? p[b.p]?.clause : undefined;
      const tailClause = k + 2 === bounds.length && bounds.length > 2 ? p[a.p]?.clause : undefined;
      const widened = (j: number): boolean =>
        (headClause !== undefined && j <= a.p && p[j]!.clause !== headClause) ||
        (tailClause !== undefined && j >= b.p && p[j]!.clause !== tailClause);
      for (let j = first; j < last; j++) {
        const person = PERSON.get(p[j]!.norm);
        if (person && !matchedP.has(j) && !widened(j)) pPersons.push({ i: j, person });
      }
      // A named party put as the speaker's own, in its very slot, right before the same next word
      // ("Ana Ruiz's ministry has asked" → "Our ministry has asked"): a third party named is not the
      // speaker's side.
      if (qPersons.length === 1 && pPersons.length === 0 && FIRST_PERSONS.has(qPersons[0]!.person)) {
        const slot = b.p - 1;
        const named = slot >= first && slot < last && !matchedP.has(slot) ? p[slot] : undefined;
        if (named?.name && qPersons[0]!.i === b.q - 1) {
          const to = textOf(quoteText, alignment.quote[qPersons[0]!.i]!);
          return [`verdict.actor-changed: "${textOf(pText, named)}" → "${to}"`];
        }
        // So too a body or person the speaker named by a common noun, as the subject, put as "we"
        // or "I" filling its slot ("the panel can decide" → "we can decide").
        const own = alignment.quote[qPersons[0]!.i]!.norm;
        const party = qPersons[0]!.i === a.q + 1 && qPersons[0]!.i === b.q - 1 && isSubjectForm(own);
        // Opening the quote, the slot is the subject the passage's clause opens with ("A supplier
        // pushed …" → "We pushed …"), however many words it has.
        const slotFrom = k === 0 ? clauseSubjectStart(p, b.p, matchedP) : Math.max(first, a.p + 1);
        const phrase = party ? thirdPartyPhrase(p, slotFrom, b.p, matchedP) : null;
        if (phrase) {
          const from = pText.slice(phrase.start, phrase.end);
          return [
            `verdict.actor-changed: "${from}" → "${textOf(quoteText, alignment.quote[qPersons[0]!.i]!)}"`,
          ];
        }
      }
      // The speaker's own "we" or "I", in its very slot right before the same next word, put as a
      // noun phrase of another party ("We underestimated it" → "the regulator underestimated it");
      // so too the speaker's "our" or "my" put as another party's genitive ("our engineers" →
      // "the airport's engineers"): whose they are, and so who acts, has changed.
      if (qPersons.length === 0 && pPersons.length === 1 && FIRST_PERSONS.has(pPersons[0]!.person)) {
        const other = otherPartyInSlot(alignment.quote, seg.support, referent, a.q + 1, b.q, pPersons[0]!.i);
        const own = p[pPersons[0]!.i]!.norm;
        const form =
          isSubjectForm(own) || (other !== null && OWN_POSSESSIVES.has(own) && isGenitive(quoteText, other));
        if (other && pPersons[0]!.i === b.p - 1 && form) {
          const from = textOf(pText, p[pPersons[0]!.i]!);
          const put = quoteText.slice(alignment.quote[a.q + 1]!.start, other.end);
          return [`verdict.actor-changed: "${from}" → "${put}"`];
        }
      }
      if (qPersons.length !== 1 || pPersons.length !== 1) continue;
      if (qPersons[0]!.person === pPersons[0]!.person) continue;
      const from = textOf(pText, p[pPersons[0]!.i]!);
      const to = textOf(quoteText, alignment.quote[qPersons[0]!.i]!);
      return [`verdict.actor-changed: "${from}" → "${to}"`];
    }
  }
  return [];
};

/** "we", "I" (and their contractions): the speaker's side as the subject. */
function isSubjectForm(norm: string): boolean {
  return /^(?:i|we)(?:['’](?:m|ve|ll|d|re))?$/u.test(norm);
}

/** A noun in the genitive: "the airport's" ("'s" may be read into the term or left after it). */
function isGenitive(text: string, t: Term): boolean {
  return /['’]s?$/u.test(text.slice(t.start, t.end)) || /^['’]s?(?!\p{L})/u.test(text.slice(t.end));
}

/** The speaker's side as a possessor. */
const OWN_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'my']);

const OWN_SIDE: ReadonlySet<string> = new Set(OWN_SIDE_NOUNS.map((n) => n.word));
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
]);
/** Most words of the noun phrase read in the pronoun's slot ("the energy regulator"). */
const OTHER_PARTY_MAX_WORDS = 3;

/** How near the speaker's pronoun a mention of the noun reads as its apposition ("we, the owners,"). */
const APPOSITION_TERMS = 3;

/**
 * The head noun of a common noun phrase that fills quote[from, to) and nothing else, opened by an
 * article or a demonstrative, none of it a name (a name may be the speaker's own, put for "I"),
 * when that noun is no body the speaker speaks for. None of it found in the passage, or found only
 * apart from the speaker's pronoun (at `pronoun`): a party the speaker spoke of in the third person
 * ("We found cracks, and the owner must repair them" → "The owner found cracks") is another party
 * still; one set beside the pronoun ("we, the owners, found") may be its apposition, a gloss.
 */
function otherPartyInSlot(
  quote: readonly Term[],
  support: ReadonlyMap<number, { p: number }>,
  referent: ReadonlySet<number>,
  from: number,
  to: number,
  pronoun: number,
): Term | null {
  if (to - from < 2 || to - from > OTHER_PARTY_MAX_WORDS) return null;
  if (!NOUN_PHRASE_OPENERS.has(quote[from]!.norm)) return null;
  for (let i = from; i < to; i++) {
    const t = quote[i]!;
    const m = support.get(i);
    const beside = m !== undefined && Math.abs(m.p - pronoun) <= APPOSITION_TERMS;
    if ((beside && !t.light) || referent.has(i) || t.name || t.num !== null || PERSON.has(t.norm))
      return null;
  }
  const head = quote[to - 1]!;
  return head.light || OWN_SIDE.has(head.norm) ? null : head;
}

/**
 * The span of a common noun phrase filling terms[from, to) and nothing else, opened by an article
 * or a demonstrative, unmatched, whose head may name people or a body of them (WordNet noun.person,
 * noun.group) and is no body the speaker speaks for ("the government" put as "we" is a gloss).
 */
function thirdPartyPhrase(
  terms: readonly Term[],
  from: number,
  to: number,
  matched: ReadonlySet<number>,
): { start: number; end: number } | null {
  if (to - from < 2 || to - from > OTHER_PARTY_MAX_WORDS) return null;
  if (!NOUN_PHRASE_OPENERS.has(terms[from]!.norm)) return null;
  for (let j = from; j < to; j++) {
    const t = terms[j]!;
    if (matched.has(j) || t.name || t.num !== null || PERSON.has(t.norm)) return null;
  }
  const head = terms[to - 1]!;
  if (head.light || OWN_SIDE.has(head.norm) || !mayNamePeople(head.norm)) return null;
  return { start: terms[from]!.start, end: head.end };
}

/**
 * Where the noun phrase right before term `to` starts when it opens its clause (its first word the
 * clause's first, nothing of it matched): the subject of the verb at `to`; else `to`.
 */
function clauseSubjectStart(terms: readonly Term[], to: number, matched: ReadonlySet<number>): number {
  for (let j = to - 1; j >= 0 && to - j <= OTHER_PARTY_MAX_WORDS; j--) {
    if (matched.has(j) || terms[j]!.clause !== terms[to]!.clause) return to;
    if (j === 0 || terms[j - 1]!.clause !== terms[j]!.clause)
      return NOUN_PHRASE_OPENERS.has(terms[j]!.norm) ? j : to;
  }
  return to;
}

/** The object pronouns of a noun phrase and the possessive determiner of each. */
const POSSESSIVE_OF = new Map([
  ['them', 'their'],
  ['him', 'his'],
  ['her', 'her'],
  ['it', 'its'],
  ['us', 'our'],
  ['me', 'my'],
  ['you', 'your'],
]);
/** Most words after the possessive the noun phrase put in the pronoun's slot may have. */
const POSSESSED_MAX_WORDS = 3;

/**
 * A noun possessed by the pronoun's referent put in the pronoun's very slot ("we will pay them in
 * full" → "we will pay their suppliers in full"): a possessive noun phrase names what belongs to its
 * possessor, not the possessor, so the one the act is done to has changed. The pronoun must be
 * unmatched and the possessive the pronoun's own person, its head a content word; the slot lies
 * between two aligned words, or closes both the quote and the passage's clause.
 */
export const possessedForPronoun: Rule = ({ alignment, quoteText, articleText }) => {
  const quote = alignment.quote;
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    const pText = articleText(seg.candidate.article);
    for (let k = 0; k < seg.anchors.length; k++) {
      const a = seg.anchors[k]!;
      const b = seg.anchors[k + 1];
      const pronoun = terms[a.p + 1];
      const possessive = quote[a.q + 1];
      if (!pronoun || !possessive || POSSESSIVE_OF.get(pronoun.norm) !== possessive.norm) continue;
      if (seg.support.has(a.q + 1)) continue;
      const end = b ? b.q : seg.to;
      if (b ? b.p !== a.p + 2 : !closesClause(pText, pronoun, terms[a.p + 2])) continue;
      const phrase = quote.slice(a.q + 2, end);
      if (phrase.length === 0 || phrase.length > POSSESSED_MAX_WORDS) continue;
      const head = phrase[phrase.length - 1]!;
      if (head.light || head.num !== null || PERSON.has(head.norm)) continue;
      const to = quoteText.slice(possessive.start, head.end);
      return [
        `verdict.actor-changed: "${textOf(pText, pronoun)}" → "${to}" (what belongs to the referent, not the referent)`,
      ];
    }
  }
  return [];
};

/** Only punctuation, or nothing, after the pronoun before the clause's next word. */
function closesClause(pText: string, pronoun: Term, next: Term | undefined): boolean {
  if (!next) return true;
  return /[.,;:!?]/.test(pText.slice(pronoun.end, next.start));
}
