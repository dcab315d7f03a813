import type { Span } from '../../../model/span.ts';
import { nameSkeleton } from '../../../nlp/names.ts';
import { unitMarkOf } from '../../../nlp/number-words.ts';
import { areSynonyms, isDictionaryWord } from '../../../nlp/wordnet/wordnet.ts';
import { stateOtherCounts } from '../../../nlp/wordnet/counts.ts';
import { meaningKeys, type Term } from '../terms.ts';

/**
 * How one quote word matches one primary word (same, inflection, synonym, spelling, prefix
 * negation, hardened …), and the weighted LCS that orders such matches into anchors.
 */

/** A primary sentence offered to the aligner, with its terms and a prior from retrieval. */
export interface CandidateSentence {
  article: string;
  span: Span;
  terms: Term[];
  /** Retrieval and context evidence in [0, 1]: breaks ties between equally matching sentences. */
  prior: number;
  /** The sentence's position in the primary, for the nearby-switch discount. */
  position: number;
}

export type MatchKind =
  'same' | 'inflection' | 'synonym' | 'prefix-negation' | 'fuzzy' | 'hardened' | 'softened';

export interface TermMatch {
  q: number;
  p: number;
  kind: MatchKind;
  weight: number;
  /** A second primary term the match consumes: the "not" of "not true" rendered as "untrue". */
  pAlso?: number;
}

/** Closed-class words weigh this much of a content word: they align, but never carry a match. */
export const LIGHT_WEIGHT = 0.15;
/** Match weights by kind; hardened/softened pairs align (so they can be reported) at a discount. */
export const MATCH_WEIGHT: Record<MatchKind, number> = {
  same: 1,
  inflection: 0.95,
  synonym: 0.85,
  'prefix-negation': 0.85,
  fuzzy: 0.75,
  hardened: 0.7,
  softened: 0.7,
};
/** Fuzzy matches: shared prefix (chars) and at most this many extra chars ("Ukraine"/"Ukrainian"). */
const FUZZY_MIN_PREFIX = 5;
const FUZZY_MAX_EXTRA = 3;
const FUZZY_LONG_PREFIX = 7;

export function termWeight(t: Term): number {
  return t.light ? LIGHT_WEIGHT : 1;
}

function sharesMeaningKey(a: Term, b: Term): boolean {
  const bk = meaningKeys(b);
  return (
    meaningKeys(a).some((k, i) => i > 0 && bk.includes(k)) ||
    (a.keys[0] !== a.stem && bk.includes(a.keys[0]!))
  );
}

/**
 * Two forms of one word the stemmer kept apart: one is the other plus a short ending ("Ukraine" /
 * "Ukrainian"), or they share a long prefix and differ by a short ending ("voluntary" / "voluntarily").
 */
function isFuzzyForm(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length - s.length > FUZZY_MAX_EXTRA || s.length < FUZZY_MIN_PREFIX) return false;
  let common = 0;
  while (common < s.length && s[common] === l[common]) common++;
  return common === s.length || (common >= FUZZY_LONG_PREFIX && s.length - common <= 2);
}

/** Porter joins "decisively" with "decision": an adverb only matches an adverb by stem. */
function isAdverb(word: string): boolean {
  return word.endsWith('ly') && word.length > 4;
}

/**
 * A plain content word WordNet may compare: not a closed-class word, name, number, acronym,
 * country or lexicon phrase, and not a word the hardening, loaded-word, hedge, intensifier or
 * negation tables grade. Those tables decide their words; WordNet must not excuse a graded word
 * as a synonym (it relates "reject" and "refuse", which the hardening table keeps apart).
 */
function isPlainWord(t: Term): boolean {
  return (
    !t.light &&
    !t.name &&
    t.num === null &&
    !t.neg &&
    !t.hedge &&
    t.grade === 0 &&
    !t.loaded &&
    t.keys[0] === t.stem &&
    !t.norm.includes(' ') &&
    !t.keys.some((k) => k.startsWith('hard:') || k.startsWith('place:'))
  );
}

/** Single-word synonymy from WordNet ("purchased" / "buying"), for plain words only (see above). */
function isWordnetSynonym(a: Term, b: Term): boolean {
  // "twofold" / "threefold" share a WordNet synset (of many aspects) but state two values.
  return isPlainWord(a) && isPlainWord(b) && areSynonyms(a.norm, b.norm) && !stateOtherCounts(a.norm, b.norm);
}

/**
 * Two spellings of one name ("Zelenskyy" / "Zelensky", "Sergei" / "Sergey"): words with one
 * transliteration skeleton are the same word, so the quote stays verbatim. Only for names
 * (capitalised mid-sentence) or words no dictionary lists: "planning" / "planing" stay apart.
 */
function isNameSpelling(a: Term, b: Term): boolean {
  if (a.norm.includes(' ') || b.norm.includes(' ') || a.num !== null || b.num !== null) return false;
  if (nameSkeleton(a.norm) !== nameSkeleton(b.norm)) return false;
  return a.name || b.name || (!isDictionaryWord(a.norm) && !isDictionaryWord(b.norm));
}

/** `a` is `b` with a negative prefix ("untrue" / "true"): same word, polarity carried by the prefix. */
function isPrefixNegationOf(a: Term, b: Term): boolean {
  return a.negBase !== null && !b.light && a.negBase === b.stem;
}

/** "15" and "15y": one figure, one side naming its unit; "15%" and "15x" stay apart. */
export function sameValue(a: string, b: string): boolean {
  // An hour of the clock named bare and with its half of the day ("nine until five" / "9am until
  // 5pm"): the report only says which nine the speaker meant.
  if (isHourOf(a, b) || isHourOf(b, a)) return true;
  const ua = unitMarkOf(a);
  const ub = unitMarkOf(b);
  if (ua !== '' && ub !== '') return false;
  return a.slice(0, a.length - ua.length) === b.slice(0, b.length - ub.length);
}

/** `marked` is a clock hour ("8am", "6pm") and `bare` the same hour as a bare figure ("8", "6"). */
function isHourOf(marked: string, bare: string): boolean {
  const hour = /^(\d{1,2})(?:am|pm)$/.exec(marked)?.[1];
  return hour !== undefined && /^\d{1,2}$/.test(bare) && Number(bare) === Number(hour) && Number(bare) <= 12;
}

/** How a quote term matches a primary term, or null. Numbers only ever match equal numbers. */
export function matchTerms(q: Term, p: Term): MatchKind | null {
  // One figure written two ways ("4" / "four") is the same number but not the same words.
  if (q.num !== null || p.num !== null) {
    if (q.num === null || p.num === null) return null;
    if (q.num === p.num) return q.norm === p.norm ? 'same' : 'inflection';
    // A bare figure in a list shares its neighbour's unit ("ten, fifteen or twenty years").
    return sameValue(q.num, p.num) ? 'inflection' : null;
  }
  if (q.norm === p.norm || isNameSpelling(q, p)) return 'same';
  if (q.stem === p.stem && isAdverb(q.norm) === isAdverb(p.norm)) return 'inflection';
  // An adjective and its own adverb ("firm" / "firmly") are one word in two grammatical roles.
  if (q.norm === `${p.norm}ly` || p.norm === `${q.norm}ly`) return 'inflection';
  if (sharesMeaningKey(q, p)) return 'synonym';
  if (isPrefixNegationOf(q, p) || isPrefixNegationOf(p, q)) return 'prefix-negation';
  if (p.hardKeys.some((k) => q.keys.includes(k))) return 'hardened';
  if (p.softKeys.some((k) => q.keys.includes(k))) return 'softened';
  if (isWordnetSynonym(q, p)) return 'synonym';
  if (!q.light && !p.light && isFuzzyForm(q.norm, p.norm)) return 'fuzzy';
  return null;
}

export function bestMatchIn(q: Term, qi: number, terms: Term[]): TermMatch | null {
  let best: TermMatch | null = null;
  for (let pi = 0; pi < terms.length; pi++) {
    const kind = matchTerms(q, terms[pi]!);
    if (kind === null) continue;
    const weight = MATCH_WEIGHT[kind] * termWeight(q);
    if (!best || weight > best.weight) best = { q: qi, p: pi, kind, weight };
  }
  return best;
}

/** Weighted LCS of quote[from, to) against a sentence's terms: the ordered anchors. */
export function anchorsOf(quote: Term[], from: number, to: number, terms: Term[]): TermMatch[] {
  const n = to - from;
  const m = terms.length;
  const dp = new Float64Array((n + 1) * (m + 1));
  const w = (i: number, j: number): number => {
    const kind = matchTerms(quote[from + i]!, terms[j]!);
    return kind === null ? 0 : MATCH_WEIGHT[kind] * termWeight(quote[from + i]!);
  };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const diag = w(i, j);
      const skip = Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
      dp[i * (m + 1) + j] = diag > 0 ? Math.max(skip, diag + dp[(i + 1) * (m + 1) + j + 1]!) : skip;
    }
  }
  const out: TermMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = dp[i * (m + 1) + j]!;
    const diag = w(i, j);
    // On a tie, skip ahead in the primary: "the" then joins the "the" right before the next match.
    const skipSame = Math.abs(here - dp[i * (m + 1) + j + 1]!) < 1e-9;
    if (diag > 0 && !skipSame && Math.abs(here - (diag + dp[(i + 1) * (m + 1) + j + 1]!)) < 1e-9) {
      const kind = matchTerms(quote[from + i]!, terms[j]!)!;
      out.push({ q: from + i, p: j, kind, weight: diag });
      i++;
      j++;
    } else if (skipSame) j++;
    else if (Math.abs(here - dp[(i + 1) * (m + 1) + j]!) < 1e-9) i++;
    else j++;
  }
  return keptInStep(out, quote, terms);
}

/**
 * The same words matched where they keep step: after a run of anchors word after word on both
 * sides, the next anchors up to and including the next content word move back to follow the run
 * when the passage has the same matches right there ("It is for the board, and I hope the board
 * reads it" → "is for the board" is the first "the board", not the second, which the tie rule
 * above took). Only positions change, never which words match or how, so the weight is the same.
 */
function keptInStep(anchors: TermMatch[], quote: Term[], terms: Term[]): TermMatch[] {
  const out = anchors.slice();
  for (let j = 0; j + 1 < out.length; j++) {
    const a = out[j]!;
    if (out[j + 1]!.q !== a.q + 1 || out[j + 1]!.p === a.p + 1) continue;
    // The anchors to move: the next ones, each the quote's next word, through the first content word.
    let r = j + 1;
    while (r < out.length && out[r]!.q === a.q + (r - j) && quote[out[r]!.q]!.light) r++;
    if (r >= out.length || out[r]!.q !== a.q + (r - j)) continue;
    const moved = out.slice(j + 1, r + 1).map((m, d) => ({ ...m, p: a.p + 1 + d }));
    const fits = moved.every((m) => m.p < terms.length && matchTerms(quote[m.q]!, terms[m.p]!) === m.kind);
    // Not where the words after keep step with them where they are ("for … the board and the staff").
    const next = out[r + 1];
    const stepsOn = next !== undefined && next.q === out[r]!.q + 1 && next.p === out[r]!.p + 1;
    if (fits && !stepsOn && (!next || next.p > moved.at(-1)!.p)) out.splice(j + 1, moved.length, ...moved);
  }
  return out;
}
