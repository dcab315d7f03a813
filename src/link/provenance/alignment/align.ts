import {
  anchorsOf,
  bestMatchIn,
  type CandidateSentence,
  matchTerms,
  MATCH_WEIGHT,
  type TermMatch,
  termWeight,
} from './match.ts';
import { followSentenceOrder, preferWholeSaying, segmentQuote } from './segment.ts';
import type { Term } from '../terms.ts';

export {
  bestMatchIn,
  type CandidateSentence,
  type MatchKind,
  matchTerms,
  type TermMatch,
  termWeight,
} from './match.ts';
export { NEAR_SENTENCES } from './segment.ts';

/**
 * Word-level alignment of a reported quote to primary sentences. Two steps:
 * 1. Segmentation (stitching): a Viterbi pass assigns each quote word to one candidate sentence,
 *    paying a price to switch sentence (less to a nearby one), so a report that stitches three
 *    passages together comes out as three segments, and a reordered clause stays with its sentence.
 * 2. Per segment, a weighted LCS between the segment and its sentence gives ordered anchors; words
 *    matched out of order still count as supported ("bag" matches). Gaps between anchors on both
 *    sides are substitutions; a gap on the quote side only is an insertion.
 */

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

/**
 * The segment's anchors with a fence on each side (just before its first quote and primary terms,
 * and at their ends): consecutive pairs bound the gaps both sides have between the same anchors,
 * where substitutions are read.
 */
export function anchorFences(seg: SegmentAlignment): { q: number; p: number }[] {
  return [{ q: seg.from - 1, p: seg.regionFrom - 1 }, ...seg.anchors, { q: seg.to, p: seg.regionTo }];
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
  // Light words after the last content anchor ("… paid for them," where the passage goes on "…
  // waiting for them") sit right after it, each at the nearest match after the one before; those
  // before the first content anchor likewise right before it.
  const content = out.map((a, k) => (quote[a.q]!.light ? -1 : k)).filter((k) => k >= 0);
  if (content.length > 0) {
    for (let k = content[content.length - 1]! + 1; k < out.length; k++) moveTo(k, out[k - 1]!.p + 1, 0, -1);
    for (let k = content[0]! - 1; k >= 0; k--) moveTo(k, 0, out[k + 1]!.p - 1, 1);
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
  const near = anchors.map(
    (a) => quote[a.q]!.light && (isNearContent(a, content) || (a.q - from === a.p && content.length > 0)),
  );
  // A light anchor in an unbroken run of anchors, word after word on both sides, up to one that
  // counts ("we want it to go quicker": only "quicker" is content) counts too: the report
  // kept those words in that order, however far the content word.
  const counts = (k: number): boolean => near[k]! || !quote[anchors[k]!.q]!.light;
  const inStep = (x: TermMatch, y: TermMatch): boolean => y.q === x.q + 1 && y.p === x.p + 1;
  for (let k = anchors.length - 2; k >= 0; k--)
    if (!counts(k) && counts(k + 1) && inStep(anchors[k]!, anchors[k + 1]!)) near[k] = content.length > 0;
  for (let k = 1; k < anchors.length; k++)
    if (!counts(k) && counts(k - 1) && inStep(anchors[k - 1]!, anchors[k]!)) near[k] = content.length > 0;
  const lightAnchors = anchors.filter((a, k) => quote[a.q]!.light && near[k]);
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
  pairMovedCues(quote, from, terms, support);
}

/**
 * A "not" the report moved with its clause reordered ("We are not, for now, approving the rise" →
 * "For now, we are not approving the rise"; "We're not closing the depot" → "the depot is not
 * being closed"): the quote's unmatched bare cue is paired with the passage's unmatched bare cue
 * of the clause that holds the matched word the quote's cue negates, so the negation is kept, not
 * added. Left unpaired, the region the reordered words span starts after the passage's cue.
 */
function pairMovedCues(quote: Term[], from: number, terms: Term[], support: Map<number, TermMatch>): void {
  const usedP = new Set(
    [...support.values()].flatMap((m) => (m.pAlso === undefined ? [m.p] : [m.p, m.pAlso])),
  );
  for (let c = from; c < quote.length; c++) {
    const cue = quote[c]!;
    if (!cue.neg || cue.negBase !== null || support.has(c)) continue;
    // The first matched content word after the cue in its clause: what the cue negates.
    let m: TermMatch | undefined;
    for (let k = c + 1; k < quote.length && quote[k]!.clause === cue.clause && !m; k++)
      if (!quote[k]!.light && !quote[k]!.neg) m = support.get(k);
    if (!m) continue;
    const clause = terms[m.p]!.clause;
    let pc = -1;
    for (let j = m.p - 1; j >= 0 && terms[j]!.clause === clause; j--)
      if (terms[j]!.neg && terms[j]!.negBase === null) pc = j;
    if (pc < 0 || usedP.has(pc)) continue;
    usedP.add(pc);
    support.set(c, { q: c, p: pc, kind: 'same', weight: MATCH_WEIGHT.same * termWeight(cue) });
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

/**
 * An anchor of another form (fuzzy, synonym) right before the next anchor in the quote but far from
 * it in the passage, where the passage's word in its slot went unmatched ("until the provincial
 * review" against "The province, which … until the federal review"): the look-alike pulled the
 * passage's start back and hid the word it replaced. The anchors are read again without it.
 */
const STRAY_QUOTE_GAP = 2;
function withoutStrayLookAlikes(quote: Term[], from: number, to: number, terms: Term[]): TermMatch[] {
  const anchors = anchorsOf(quote, from, to, terms);
  const stray = anchors.findIndex((x, k) => {
    const y = anchors[k + 1];
    if (!y || x.kind === 'same' || quote[x.q]!.light) return false;
    const dq = y.q - x.q;
    const slot = terms[y.p - dq]!;
    return dq <= STRAY_QUOTE_GAP && y.p - x.p - dq > LIGHT_ANCHOR_SLACK && !slot.light && slot.num === null;
  });
  if (stray < 0) return anchors;
  const masked = quote.slice();
  const t = quote[anchors[stray]!.q]!;
  masked[anchors[stray]!.q] = { ...t, norm: '', stem: '', keys: [''], hardKeys: [], softKeys: [] };
  return anchorsOf(masked, from, to, terms);
}

/**
 * A quote word between two anchors whose passage gap holds a content word nothing matched stands in
 * that word's place ("until the federal review" → "until the provincial review"): a match of
 * another form elsewhere in the sentence ("The province, which …") out of order is a look-alike, not
 * its source, and would hide the change. The same word, or one moved a few words, keeps its match.
 */
const MOVED_REACH = 4;
function rendersOwnSlot(m: TermMatch, anchors: TermMatch[], terms: Term[]): boolean {
  if (m.kind === 'same') return false;
  const k = anchors.findIndex((a) => a.q > m.q);
  if (k <= 0) return false;
  const [a, b] = [anchors[k - 1]!, anchors[k]!];
  // Moved a few words ("orchards that took years to plant" → "orchards planted over years") is reordered.
  if (m.p > a.p - MOVED_REACH && m.p < b.p + MOVED_REACH) return false;
  for (let p = a.p + 1; p < b.p; p++) if (!terms[p]!.light) return true;
  return false;
}

function alignSegment(
  quote: Term[],
  from: number,
  to: number,
  candidate: CandidateSentence,
): SegmentAlignment {
  const anchors = tightenEnds(
    withoutStrayLookAlikes(quote, from, to, candidate.terms),
    quote,
    candidate.terms,
  );
  const support = new Map<number, TermMatch>();
  for (const a of anchors) support.set(a.q, a);
  for (let qi = from; qi < to; qi++) {
    // A negation cue negates the words after it: matched out of order, the passage's cue negates
    // something else ("will not license the quarry" / "This quarry will never …").
    if (support.has(qi) || quote[qi]!.light || quote[qi]!.neg) continue;
    const m = bestMatchIn(quote[qi]!, qi, candidate.terms);
    if (m && !rendersOwnSlot(m, anchors, candidate.terms)) support.set(qi, m);
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
  quoteText = '',
): Alignment | null {
  if (quote.length === 0 || candidates.length === 0) return null;
  const path = preferWholeSaying(
    followSentenceOrder(segmentQuote(quote, candidates), quote, candidates, sentenceStarts),
    quote,
    candidates,
    quoteText,
  );
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
