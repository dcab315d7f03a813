import type { Alignment, SegmentAlignment } from '../alignment/align.ts';
import type { AlignmentDiff, TextOf } from '../alignment/alignment-diff.ts';
import type { Term } from '../terms.ts';

/**
 * What every altered rule reads, and the helpers they share. Each rule is a named function
 * returning the reasons it found (empty when it does not fire).
 */

/** Negations and hedges this many terms before an aligned region govern it ("not to respond …"). */
export const GOVERNING_LOOKBEHIND_TERMS = 2;

/** The copulas that close a pseudo-cleft's "what … do" ("What we will not do is raise taxes"). */
const CLEFT_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'will be', 'would be']);

/**
 * Where words governing a region that starts at `regionFrom` may begin: the lookbehind, read past a
 * pseudo-cleft's "do is" ("What I will not do is commit …": the "not" of the cleft's clause negates
 * "commit", as "I will not commit" does), whose auxiliary stands three terms back or more.
 */
export function governingFrom(terms: readonly Term[], regionFrom: number): number {
  const copula = terms[regionFrom - 1];
  const pro = terms[regionFrom - 2];
  const cleft = copula && pro && CLEFT_COPULAS.has(copula.norm) && pro.norm === 'do';
  return Math.max(0, regionFrom - GOVERNING_LOOKBEHIND_TERMS - (cleft ? 2 : 0));
}

export interface JudgeInput {
  alignment: Alignment;
  diff: AlignmentDiff;
  quoteText: string;
  /** Every number and month the primary mentions anywhere (question turns included). */
  primaryNumbers: ReadonlySet<string>;
  /** The primary's text by article id, to quote what changed. */
  articleText: TextOf;
  /** A negation just outside the quote governs its first clause: would not “accept a situation”. */
  leadNegated?: boolean;
  /** The report prints the quote in another language's marks («…», „…“): a translation. */
  translated?: boolean;
}

export type Rule = (input: JudgeInput) => string[];

export const textOf = (text: string, t: Term): string => text.slice(t.start, t.end);

/** The quote terms a segment covers. */
export function quoteTermsOf(seg: SegmentAlignment, quote: Term[]): Term[] {
  return quote.slice(seg.from, seg.to);
}

/**
 * The primary term range [from, to) a segment renders: its region widened by as many words as the
 * quote has of its own before its first and after its last supported word.
 */
export function windowRangeOf(seg: SegmentAlignment): { from: number; to: number } {
  const matched = [...seg.support.keys()];
  if (matched.length === 0) return { from: seg.regionFrom, to: seg.regionTo };
  const head = Math.min(...matched) - seg.from;
  const tail = seg.to - 1 - Math.max(...matched);
  const length = seg.candidate.terms.length;
  return { from: Math.max(0, seg.regionFrom - head), to: Math.min(length, seg.regionTo + tail) };
}

/** An ellipsis in the quote marks words the report cut openly. */
export function hasEllipsis(quoteText: string): boolean {
  return /…|\.\.\./.test(quoteText);
}

/** The primary terms of the region a segment aligned to. */
export function regionTermsOf(seg: SegmentAlignment): Term[] {
  return seg.candidate.terms.slice(seg.regionFrom, seg.regionTo);
}

/**
 * A word capitalised as a sentence's first: "I" (and "I'm", "I'll", "I'd", "I've") is capitalised
 * wherever it stands, so its capital tells nothing of where the reported sentence begins.
 */
export function isSentenceCapital(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !/^I(?:['’](?:m|ll|d|ve))?$/u.test(word);
}

/**
 * The speaker's words a quote running on from the passage `previous` to the next one, `seg`, left
 * out at the earlier passage's end: after its last matched word, to the later passage's first where
 * both are of one sentence, else to the earlier sentence's end ("cut 90 posts over two years." →
 * "cut 90 posts."), the quote closing a sentence the speaker went on with. Empty for passages of
 * different articles, or where the quote goes back to an earlier sentence (a reordering). The
 * opening of a later sentence, and whole sentences between, are not counted: a report may stitch
 * what was said in two places (see docs/verdict-rules.md, conventions).
 */
export function wordsSkippedBetween(previous: SegmentAlignment, seg: SegmentAlignment): Term[] {
  const last = previous.anchors[previous.anchors.length - 1];
  const first = seg.anchors[0];
  if (!last || !first || previous.candidate.article !== seg.candidate.article) return [];
  if (previous.candidate === seg.candidate) return seg.candidate.terms.slice(last.p + 1, first.p);
  if (previous.candidate.position > seg.candidate.position) return [];
  return previous.candidate.terms.slice(last.p + 1);
}
