import { hasSense, isMainlyNoun, lemmasOf } from '../../../nlp/wordnet/wordnet.ts';
import type { Term } from '../terms.ts';
import { isVoiceChange } from './15-patient-made-agent.ts';
import { type Rule, textOf } from './rule.ts';

/**
 * Two things the speaker named, each put in the other's place: "pensions, not salaries" → "salaries, not
 * pensions"; "treat adults first, then children" → "treat children first, then adults".
 * Every word is the speaker's, but who gets what, or what comes first, is swapped. The names rule
 * (`actorsSwapped`) reads names; this one reads common nouns, which carry the roles of a sentence as
 * names do.
 *
 * Two quote words cross when they stand in one order in the quote and in the other in the passage.
 * A coordination reads the same either way ("timber and steel"), and a word moved alone
 * (an adverb, "will first visit") is no noun: both must be nouns (one read first as a noun), each
 * found once in the passage so that the crossing is not a choice between repeats. A voice changed
 * ("the contract was signed by the council" → "the council signed the contract") keeps the roles.
 */
export const rolesSwapped: Rule = ({ alignment, quoteText }) => {
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    const once = (t: Term) => terms.filter((x) => x.stem === t.stem).length === 1;
    const nouns = [...seg.support.values()]
      .filter((m) => m.kind === 'same' || m.kind === 'inflection')
      .filter((m) => {
        const t = alignment.quote[m.q]!;
        const named = t.name && !isInstitution(alignment.quote, m.q);
        return !t.light && t.num === null && !named && isNounNotAdverb(t.norm) && once(terms[m.p]!);
      })
      .sort((a, b) => a.q - b.q);
    for (let i = 0; i < nouns.length; i++) {
      for (let j = i + 1; j < nouns.length; j++) {
        const a = nouns[i]!;
        const b = nouns[j]!;
        if (a.p < b.p) continue;
        const x = alignment.quote[a.q]!;
        const y = alignment.quote[b.q]!;
        if (!isMainlyNoun(x.norm) && !isMainlyNoun(y.norm)) continue;
        if (x.stem === y.stem || isCoordination(quoteText.slice(x.end, y.start))) continue;
        if (isCoordination(normsBetween(terms, b.p, a.p))) continue;
        if (isCopular(terms, b.p, a.p) || isCopular(alignment.quote, a.q, b.q)) continue;
        if (!standInEachOthersPlace(alignment.quote, terms, a, b)) continue;
        if (isVoiceChange(alignment.quote, terms, a, b)) continue;
        return [
          `verdict.actors-swapped: "${textOf(quoteText, x)}" and "${textOf(quoteText, y)}" stand in each other's place`,
        ];
      }
    }
  }
  return [];
};

/** Determiners before a capitalised common noun that make it a body's name, not a person's. */
const INSTITUTION_DETERMINERS = new Set('the this that our your their its'.split(' '));

/**
 * A capitalised common noun after a determiner ("this Committee", "the Board"): a body the speaker
 * names by its kind, which holds a role in the sentence as a common noun does, not a person's name.
 */
function isInstitution(terms: readonly Term[], k: number): boolean {
  const before = terms[k - 1];
  return before !== undefined && INSTITUTION_DETERMINERS.has(before.norm) && isNounNotAdverb(terms[k]!.norm);
}

/** A word WordNet lists as a noun and not as an adverb. */
function isNounNotAdverb(word: string): boolean {
  return hasSense(word, 'n') && !hasSense(word, 'r');
}

/**
 * Words that set two nouns against each other or in an order ("pensions, not salaries"; "adults first,
 * then children"): members on either side of one are no list.
 */
const CONTRAST_WORDS = new Set(
  'not no but than instead rather versus vs against over first then before after followed later next'.split(
    ' ',
  ),
);
/** Forms of the copulas: the nouns either side of one name one thing ("our priority remains the reform"). */
const COPULAS = new Set(
  'is are was were be been being remain remains remained become becomes became stay stays stayed'.split(' '),
);

/**
 * A copula between two terms, as the main verb (no participle after it before the second term:
 * "the council is suing the company" is an action with two roles): subject and complement are one
 * thing, so their order is the clause's, not who does what ("which remains our priority").
 */
function isCopular(terms: readonly Term[], from: number, to: number): boolean {
  const between = terms.slice(from + 1, to);
  const at = between.findIndex((t) => COPULAS.has(t.norm));
  if (at < 0) return false;
  // A participle after it ("suing", "seen"): an inflected verb form, not its base.
  return !between.slice(at + 1).some((t) => !t.light && lemmasOf(t.norm, 'v').some((l) => l !== t.norm));
}

/** Most words a list member between the two may have ("trade, border security and energy"). */
const LIST_MEMBER_MAX_WORDS = 2;

/**
 * Words joined by a coordination or a list, with at most short members between ("wheat and corn",
 * "the cities or the towns", "trade, security and energy"): their order says nothing. Not where a
 * contrast joins them ("pensions, not salaries").
 */
export function isCoordination(between: string): boolean {
  const words = between.toLowerCase().match(/[\p{L}\p{N}'-]+|,|&/gu) ?? [];
  if (words.some((w) => CONTRAST_WORDS.has(w))) return false;
  let member = 0;
  let separators = 0;
  for (const w of words) {
    if (w === ',' || w === 'and' || w === 'or' || w === '&' || w === 'nor') {
      separators++;
      member = 0;
    } else if (++member > LIST_MEMBER_MAX_WORDS) return false;
  }
  // Nothing between is two nouns side by side, read as one coordination too.
  return separators > 0 || words.length === 0;
}

/**
 * Two crossing words each stand where the other stood: beside a word, on the same side, that stood
 * beside the other ("the ministry fined the company" → "the company fined the ministry").
 * Clauses or phrases moved whole ("After the spill, the ministry fined …" → "The ministry fined … after the spill"; "exports
 * to Europe rose while imports from Asia fell" → "imports from Asia fell while exports to Europe
 * rose") keep their own neighbours.
 */
export function standInEachOthersPlace(
  quote: readonly Term[],
  passage: readonly Term[],
  a: { q: number; p: number },
  b: { q: number; p: number },
): boolean {
  // Word `m.q` took the place of the passage's `other`: a neighbour it has in the quote stood on that
  // side of `other`, and not on that side of its own passage word (a neighbour both had tells nothing:
  // "sales to Brazil rose while sales to Chile fell").
  const took = (m: { q: number; p: number }, other: { q: number; p: number }, phrase: boolean) => {
    // A noun moves with its modifiers ("a private clinic rather than a public hospital" → "a
    // public hospital rather than a private clinic"): its place is then told by the words around
    // the phrase, past the modifiers it kept on both sides.
    const mine = phrase ? modifiersKept(quote, passage, m) : 0;
    const theirs = phrase ? modifiersKept(quote, passage, other) : 0;
    const inQuote = neighboursOf(quote, m.q, mine);
    const there = neighboursOf(passage, other.p, theirs);
    const own = neighboursOf(passage, m.p, mine);
    return [0, 1].some((s) => inQuote[s] !== null && inQuote[s] === there[s] && own[s] !== there[s]);
  };
  const heads = isHeadKept(quote, passage, a) && isHeadKept(quote, passage, b);
  return (took(a, b, false) && took(b, a, false)) || (heads && took(a, b, true) && took(b, a, true));
}

/** The last word of its phrase on both sides: the next content word, if any, is not one it kept. */
function isHeadKept(quote: readonly Term[], passage: readonly Term[], m: { q: number; p: number }): boolean {
  const x = quote[m.q + 1];
  const y = passage[m.p + 1];
  return !x || !y || x.light || y.light || x.stem !== y.stem;
}

/** How many content words right before a matched noun it has on both sides, in order: its own modifiers. */
function modifiersKept(
  quote: readonly Term[],
  passage: readonly Term[],
  m: { q: number; p: number },
): number {
  let d = 1;
  for (; ; d++) {
    const x = quote[m.q - d];
    const y = passage[m.p - d];
    if (!x || !y || x.light || y.light || x.stem !== y.stem) return d - 1;
  }
}

/**
 * The stems of the nearest words before and after term `k` that are not light (null at an edge),
 * the `skip` words right before it (its modifiers) passed over.
 */
function neighboursOf(terms: readonly Term[], k: number, skip = 0): [string | null, string | null] {
  let left: string | null = null;
  let right: string | null = null;
  for (let j = k - 1 - skip; j >= 0 && left === null; j--) if (!terms[j]!.light) left = terms[j]!.stem;
  for (let j = k + 1; j < terms.length && right === null; j++) if (!terms[j]!.light) right = terms[j]!.stem;
  return [left, right];
}

/** The passage's words strictly between two of its terms, as their norms joined. */
function normsBetween(terms: readonly Term[], from: number, to: number): string {
  return ` ${terms
    .slice(from + 1, to)
    .map((t) => t.norm)
    .join(' ')}`;
}
