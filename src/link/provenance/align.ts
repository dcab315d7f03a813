import type { Span } from '../../model/span.ts';
import { nameSkeleton } from '../../nlp/names.ts';
import { areSynonyms, isDictionaryWord } from '../../nlp/wordnet.ts';
import { meaningKeys, type Term } from './terms.ts';

/**
 * Word-level alignment of a reported quote to primary sentences. Two steps:
 * 1. Segmentation (stitching): a Viterbi pass assigns each quote word to one candidate sentence,
 *    paying a price to switch sentence (less to a nearby one), so a report that stitches three
 *    passages together comes out as three segments, and a reordered clause stays with its sentence.
 * 2. Per segment, a weighted LCS between the segment and its sentence gives ordered anchors; words
 *    matched out of order still count as supported ("bag" matches). Gaps between anchors on both
 *    sides are substitutions; a gap on the quote side only is an insertion.
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

export interface SegmentAlignment {
  candidate: CandidateSentence;
  /** Quote term range [from, to). */
  from: number;
  to: number;
  /** Ordered anchors (LCS). */
  anchors: TermMatch[];
  /** Best match of each supported quote term anywhere in the sentence, by quote term index. */
  support: Map<number, TermMatch>;
  /** Primary term range [from, to) the segment covers. */
  regionFrom: number;
  regionTo: number;
}

export interface Alignment {
  quote: Term[];
  /** The candidates the quote was aligned against (for rules that look past the chosen segments). */
  candidates: CandidateSentence[];
  segments: SegmentAlignment[];
  /** Weighted share of the quote's words supported by the primary, in [0, 1]. */
  coverage: number;
  /** Coverage discounted by how scattered the support is in the primary, in [0, 1]. */
  score: number;
}

/** Closed-class words weigh this much of a content word: they align, but never carry a match. */
export const LIGHT_WEIGHT = 0.15;
/** Match weights by kind; hardened/softened pairs align (so they can be reported) at a discount. */
const MATCH_WEIGHT: Record<MatchKind, number> = {
  same: 1,
  inflection: 0.95,
  synonym: 0.85,
  'prefix-negation': 0.85,
  fuzzy: 0.75,
  hardened: 0.7,
  softened: 0.7,
};
/**
 * Price of moving to another sentence mid-quote, in content words: a switch must buy more than one
 * matching content word (far) or most of one (within NEAR_SENTENCES). Tuned on invented stitched
 * quotes; lower values split single quotes on one shared word.
 */
const SWITCH_FAR = 1.2;
const SWITCH_NEAR = 0.6;
export const NEAR_SENTENCES = 3;
/**
 * Extra price of a switch inside one clause of the quote (no punctuation or conjunction between the
 * two words): reports stitch at clause boundaries; a clause whose first words also occur in the
 * sentence before ("its share of the money … Our contribution was transferred") is one rendering.
 */
const SWITCH_IN_CLAUSE_EXTRA = 2;
/**
 * A segment must hold this much matched content (about two words), else it merges into its
 * neighbour: one shared word ("unions") is not evidence that the report switched passage.
 */
const MIN_SEGMENT_SUPPORT = 1.5;
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
  return isPlainWord(a) && isPlainWord(b) && areSynonyms(a.norm, b.norm);
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

/** How a quote term matches a primary term, or null. Numbers only ever match equal numbers. */
export function matchTerms(q: Term, p: Term): MatchKind | null {
  // One figure written two ways ("4" / "four") is the same number but not the same words.
  if (q.num !== null || p.num !== null)
    return q.num !== p.num ? null : q.norm === p.norm ? 'same' : 'inflection';
  if (q.norm === p.norm || isNameSpelling(q, p)) return 'same';
  if (q.stem === p.stem && isAdverb(q.norm) === isAdverb(p.norm)) return 'inflection';
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

/** Viterbi over quote terms × candidates: the sentence each quote term is rendered from. */
function segmentQuote(quote: Term[], candidates: CandidateSentence[]): number[] {
  const n = quote.length;
  const m = candidates.length;
  const emit: number[][] = quote.map((q, qi) =>
    candidates.map((c) => bestMatchIn(q, qi, c.terms)?.weight ?? 0),
  );
  let score = candidates.map((c, j) => c.prior + emit[0]![j]!);
  const back: Int32Array[] = [];
  for (let i = 1; i < n; i++) {
    const sameClause = quote[i]!.clause === quote[i - 1]!.clause;
    const next = new Array<number>(m);
    const from = new Int32Array(m);
    for (let j = 0; j < m; j++) {
      let best = score[j]!;
      let arg = j;
      for (let k = 0; k < m; k++) {
        if (k === j) continue;
        const near = Math.abs(candidates[k]!.position - candidates[j]!.position) <= NEAR_SENTENCES;
        const s = score[k]! - (near ? SWITCH_NEAR : SWITCH_FAR) - (sameClause ? SWITCH_IN_CLAUSE_EXTRA : 0);
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      next[j] = best + emit[i]![j]!;
      from[j] = arg;
    }
    back.push(from);
    score = next;
  }
  let state = 0;
  for (let j = 1; j < m; j++) if (score[j]! > score[state]!) state = j;
  const path = new Array<number>(n);
  path[n - 1] = state;
  for (let i = n - 1; i > 0; i--) {
    state = back[i - 1]![state]!;
    path[i - 1] = state;
  }
  return mergeWeakSegments(returnExcursions(path, quote, candidates), emit, quote);
}

/** Path runs: a state held over quote terms [from, to). */
function runsOf(path: number[]): { state: number; from: number; to: number }[] {
  const runs: { state: number; from: number; to: number }[] = [];
  path.forEach((state, i) => {
    const last = runs[runs.length - 1];
    if (last && last.state === state) last.to = i + 1;
    else runs.push({ state, from: i, to: i + 1 });
  });
  return runs;
}

/** Weight of the content words of quote[from, to) matched in order in a sentence (no bag matches). */
function orderedSupport(quote: Term[], from: number, to: number, terms: Term[]): number {
  return anchorsOf(quote, from, to, terms)
    .filter((a) => !quote[a.q]!.light)
    .reduce((s, a) => s + a.weight, 0);
}

/**
 * A run far from every other run (an excursion) stays there only when that sentence supports it, in
 * ordered content matches, by more than a far switch's price beyond the best sentence near the rest
 * of the quote. The Viterbi pass counts bag matches, so two words scattered through a long unrelated
 * sentence ("trying … persuade" / "attempting to persuade …") could pull a clause away from the
 * nearby sentence it renders, and the rules would then compare it with the wrong statement.
 */
function returnExcursions(path: number[], quote: Term[], candidates: CandidateSentence[]): number[] {
  const runs = runsOf(path);
  const pos = (k: number) => candidates[k]!.position;
  const out = path.slice();
  runs.forEach((run, r) => {
    const others = runs.filter((o) => o.state !== run.state);
    if (others.length === 0) return;
    if (others.some((o) => Math.abs(pos(o.state) - pos(run.state)) <= NEAR_SENTENCES)) return;
    let home = (runs[r - 1] ?? runs[r + 1])!.state;
    let homeSupport = orderedSupport(quote, run.from, run.to, candidates[home]!.terms);
    candidates.forEach((c, k) => {
      if (!others.some((o) => Math.abs(pos(o.state) - c.position) <= NEAR_SENTENCES)) return;
      const support = orderedSupport(quote, run.from, run.to, c.terms);
      if (support > homeSupport) [home, homeSupport] = [k, support];
    });
    const away = orderedSupport(quote, run.from, run.to, candidates[run.state]!.terms);
    if (away >= homeSupport + SWITCH_FAR) return;
    for (let i = run.from; i < run.to; i++) out[i] = home;
  });
  return out;
}

/** Runs of one state whose matched content is too thin join the previous (or next) run. */
function mergeWeakSegments(path: number[], emit: number[][], quote: Term[]): number[] {
  const runs: { state: number; from: number; to: number; support: number }[] = [];
  path.forEach((state, i) => {
    const e = quote[i]!.light ? 0 : emit[i]![state]!;
    const last = runs[runs.length - 1];
    if (last && last.state === state) {
      last.to = i + 1;
      last.support += e;
    } else runs.push({ state, from: i, to: i + 1, support: e });
  });
  for (let r = 0; r < runs.length && runs.length > 1; r++) {
    if (runs[r]!.support >= MIN_SEGMENT_SUPPORT) continue;
    const into = r > 0 ? runs[r - 1]! : runs[r + 1]!;
    into.from = Math.min(into.from, runs[r]!.from);
    into.to = Math.max(into.to, runs[r]!.to);
    into.support += runs[r]!.support;
    runs.splice(r, 1);
    r = -1;
  }
  const out = path.slice();
  for (const run of runs) for (let i = run.from; i < run.to; i++) out[i] = run.state;
  // Light words at a switch ("The" of "The dispute …") belong to the sentence they match in.
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1]!;
    if (out[i] !== next && quote[i]!.light && emit[i]![next]! > 0) out[i] = next;
  }
  return out;
}

/**
 * A whole quote sentence held on one source sentence moves to another that renders it better in
 * order, or as well and right after the source sentence the quote rendered before it: reports quote
 * consecutive sentences in order, and a word the two sentences share ("balance … We're going to
 * balance it") must not keep the second quote sentence on the first.
 */
function followSentenceOrder(
  path: number[],
  quote: Term[],
  candidates: CandidateSentence[],
  sentenceStarts: readonly number[],
): number[] {
  const out = path.slice();
  const bounds = [...sentenceStarts.filter((s) => s > 0 && s < quote.length), quote.length];
  let from = 0;
  for (const to of bounds) {
    const held = out[from]!;
    if (from > 0 && out.slice(from, to).every((k) => k === held)) {
      const before = candidates[out[from - 1]!]!.position;
      let best = held;
      let bestSupport = orderedSupport(quote, from, to, candidates[held]!.terms);
      candidates.forEach((c, k) => {
        const support = orderedSupport(quote, from, to, c.terms);
        const next = c.position === before + 1 && candidates[best]!.position !== before + 1;
        if (support > bestSupport + 1e-9 || (next && support >= bestSupport - 1e-9 && support > 0)) {
          best = k;
          bestSupport = support;
        }
      });
      for (let i = from; i < to; i++) out[i] = best;
    }
    from = to;
  }
  return out;
}

/**
 * Equal-weight alignments differ in where a repeated word is anchored ("a third dose of … booster
 * dose"): the last anchor moves back to the nearest equal match after the one before it, the first
 * forward to the nearest before the one after it, so the passage is as short as the quote allows.
 */
function tightenEnds(anchors: TermMatch[], quote: Term[], terms: Term[]): TermMatch[] {
  if (anchors.length < 2) return anchors;
  const out = anchors.slice();
  const moveTo = (k: number, lo: number, hi: number, step: 1 | -1): void => {
    const a = out[k]!;
    for (let p = step === -1 ? lo : hi; step === -1 ? p < a.p : p > a.p; p -= step) {
      if (matchTerms(quote[a.q]!, terms[p]!) === a.kind) {
        out[k] = { ...a, p };
        return;
      }
    }
  };
  moveTo(out.length - 1, out[out.length - 2]!.p + 1, 0, -1);
  moveTo(0, 0, out[1]!.p - 1, 1);
  return out;
}

/** Weighted LCS of quote[from, to) against a sentence's terms: the ordered anchors. */
function anchorsOf(quote: Term[], from: number, to: number, terms: Term[]): TermMatch[] {
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
  return out;
}

/**
 * The primary term range a segment covers: from the first to the last anchor or content match, so
 * the words the report skipped between them ("clearly fabricated") count as part of the passage.
 */
function regionOf(
  anchors: TermMatch[],
  support: Map<number, TermMatch>,
  quote: Term[],
  from: number,
): [number, number] {
  const content = [...support.values()].filter((s) => !quote[s.q]!.light);
  if (content.length === 0 && anchors.length === 0) return [0, 0];
  // The quote's opening words matched to the sentence's opening words ("And …", "We will, …") mark
  // where the rendered passage starts, however many words the report then left out.
  const lightAnchors = anchors.filter(
    (a) => quote[a.q]!.light && (isNearContent(a, content) || (a.q - from === a.p && content.length > 0)),
  );
  const used = [...content, ...lightAnchors];
  const ps = (used.length > 0 ? used : anchors).map((a) => a.p);
  return [Math.min(...ps), Math.max(...ps) + 1];
}

/**
 * A light anchor counts for the region only near a content match, and only where the two sides
 * keep step: between it and the content match the primary may hold a few words more than the quote
 * (the words the report left out there: "And [I believe,] in the 35 days"), never many, so an
 * article matched far away does not stretch the passage.
 */
const LIGHT_ANCHOR_REACH = 4;
const LIGHT_ANCHOR_SLACK = 4;
function isNearContent(a: TermMatch, content: TermMatch[]): boolean {
  return content.some((c) => {
    const dq = Math.abs(c.q - a.q);
    const dp = Math.abs(c.p - a.p);
    return dq <= LIGHT_ANCHOR_REACH && dp - dq <= LIGHT_ANCHOR_SLACK && (c.q - a.q) * (c.p - a.p) > 0;
  });
}

/** How far before a word its "not" may stand and still pair with a prefix ("not entirely true"). */
const CUE_PAIR_REACH_TERMS = 2;

/** The bare negation cue just before term `i` in its clause, or -1. */
function cueBefore(terms: Term[], i: number, floor: number): number {
  for (let j = i - 1; j >= Math.max(floor, i - CUE_PAIR_REACH_TERMS); j--) {
    if (terms[j]!.clause !== terms[i]!.clause) return -1;
    if (terms[j]!.neg && terms[j]!.negBase === null) return j;
  }
  return -1;
}

/**
 * "not true" ↔ "untrue": the "not" on the base word's side is the prefix on the other side, so it
 * joins the prefix-negation match instead of being left over as an added or dropped word.
 */
function pairNegationCues(quote: Term[], from: number, terms: Term[], support: Map<number, TermMatch>): void {
  for (const m of [...support.values()]) {
    if (m.kind !== 'prefix-negation') continue;
    if (terms[m.p]!.negBase !== null) {
      const c = cueBefore(quote, m.q, from);
      if (c >= 0 && !support.has(c)) support.set(c, { ...m, q: c, weight: m.weight * termWeight(quote[c]!) });
    } else {
      const c = cueBefore(terms, m.p, 0);
      if (c >= 0) m.pAlso = c;
    }
  }
}

/** Primary term indexes a segment's matches consume. */
export function matchedPrimaryOf(seg: SegmentAlignment): Set<number> {
  const out = new Set<number>();
  for (const m of seg.support.values()) {
    out.add(m.p);
    if (m.pAlso !== undefined) out.add(m.pAlso);
  }
  return out;
}

function alignSegment(
  quote: Term[],
  from: number,
  to: number,
  candidate: CandidateSentence,
): SegmentAlignment {
  const anchors = tightenEnds(anchorsOf(quote, from, to, candidate.terms), quote, candidate.terms);
  const support = new Map<number, TermMatch>();
  for (const a of anchors) support.set(a.q, a);
  for (let qi = from; qi < to; qi++) {
    if (support.has(qi) || quote[qi]!.light) continue;
    const m = bestMatchIn(quote[qi]!, qi, candidate.terms);
    if (m) support.set(qi, m);
  }
  pairNegationCues(quote, from, candidate.terms, support);
  const [regionFrom, regionTo] = regionOf(anchors, support, quote, from);
  return { candidate, from, to, anchors, support, regionFrom, regionTo };
}

/**
 * Align a quote's terms to the best of the candidate sentences. Returns null when there is nothing
 * to align (no candidates or an empty quote).
 */
export function alignQuote(
  quote: Term[],
  candidates: CandidateSentence[],
  sentenceStarts: readonly number[] = [],
): Alignment | null {
  if (quote.length === 0 || candidates.length === 0) return null;
  const path = followSentenceOrder(segmentQuote(quote, candidates), quote, candidates, sentenceStarts);
  const segments: SegmentAlignment[] = [];
  let start = 0;
  for (let i = 1; i <= quote.length; i++) {
    if (i < quote.length && path[i] === path[start]) continue;
    segments.push(alignSegment(quote, start, i, candidates[path[start]!]!));
    start = i;
  }
  let total = 0;
  let got = 0;
  let regionTerms = 0;
  let regionMatched = 0;
  for (const seg of segments) {
    for (let qi = seg.from; qi < seg.to; qi++) {
      total += termWeight(quote[qi]!);
      got += seg.support.get(qi)?.weight ?? 0;
    }
    const matchedP = matchedPrimaryOf(seg);
    for (let p = seg.regionFrom; p < seg.regionTo; p++) {
      const w = termWeight(seg.candidate.terms[p]!);
      regionTerms += w;
      if (matchedP.has(p)) regionMatched += w;
    }
  }
  const coverage = total > 0 ? Math.min(1, got / total) : 0;
  const density = regionTerms > 0 ? regionMatched / regionTerms : 0;
  return { quote, candidates, segments, coverage, score: coverage * (0.5 + 0.5 * density) };
}
