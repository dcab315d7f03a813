import type { SegmentAlignment, TermMatch } from '../alignment/align.ts';
import { cueBefore, isNegationEcho } from '../negation-scope.ts';
import type { Term } from '../terms.ts';
import { isCloseRendering } from './08-wording-without-evidence.ts';
import { type Rule, governingFrom, hasEllipsis } from './rule.ts';

/**
 * Polarity flip, clause by clause: each clause of the quote is compared with the source clauses its
 * words render ("we are not closing the door" → "we are closing the door"), so a report that keeps
 * one "not" of two and drops the other is caught, while the cue may sit on another word ("requires
 * no effort" = "does not require any effort"). A word matched to its negative-prefixed form
 * ("true" ↔ "untrue") carries a "not" of its own. One reason per quote clause.
 */
export const negationChanged: Rule = ({ alignment, diff, quoteText, articleText, leadNegated }) => {
  const close = isCloseRendering(alignment, diff);
  const out: string[] = [];
  const q = alignment.quote;
  for (const seg of alignment.segments) {
    const p = seg.candidate.terms;
    const near = governingFrom(p, seg.regionFrom);
    for (const group of clauseGroupsOf(seg, q)) {
      const quoteSide = polarityOf(q, group, (m) => m.q, 0, leadNegated === true);
      // A quote that negates is compared with its whole source clause (the source's "not" may stand
      // before the words the report kept); one that does not, only with the passage it renders.
      const sourceSide = polarityOf(p, group, (m) => m.p, quoteSide.negated ? 0 : near, false);
      if (quoteSide.negated === sourceSide.negated) continue;
      // The source's cue is in the quote, in a clause the report cut apart from this one ("will not
      // issue a permit until the review … has been completed"): kept, not dropped.
      if (sourceSide.negated && isCueRendered(seg, sourceSide.cue)) continue;
      const negSide = sourceSide.negated ? sourceSide : quoteSide;
      if (!isGovernedEnough(negSide, sourceSide.negated ? seg.regionTo : q.length)) continue;
      const focus = focusOf(group, negSide, negSide === sourceSide ? (m) => m.p : (m) => m.q);
      const before = shownPhrase(articleText(seg.candidate.article), sourceSide, focus.p);
      const after = shownPhrase(quoteText, quoteSide, focus.q);
      out.push(`verdict.negation-${sourceSide.negated ? 'dropped' : 'added'}: "${before}" → "${after}"`);
    }
    // Words cut with an ellipsis take their negations with them: only an unbroken quote is counted.
    if (out.length === 0 && close && !hasEllipsis(quoteText))
      out.push(...cueCountChanged(seg, q, quoteText, articleText, leadNegated === true));
  }
  return out;
};

/**
 * Clause pairing needs two content words a clause; a short clause ("it's no longer a concern" for
 * "it's still a concern") or two negations the splitter left in one clause ("does not mean that …
 * will not be") escape it. Counted instead: the passage a segment renders and the quote must hold
 * as many negation cues. A cue reworded as a prefix ("not true" / "untrue") counts on both sides.
 */
function cueCountChanged(
  seg: SegmentAlignment,
  q: Term[],
  quoteText: string,
  articleText: (id: string) => string,
  leadNegated: boolean,
): string[] {
  const lead = leadNegated && seg.from === 0;
  // A report's "would not “…”" renders the source's "not" just before the passage it quotes.
  const from = lead ? governingFrom(seg.candidate.terms, seg.regionFrom) : seg.regionFrom;
  const region = seg.candidate.terms.slice(from, seg.regionTo);
  const quote = q.slice(seg.from, seg.to);
  // A negation said again for stress ("not one, not one") counts once.
  const count = (all: readonly Term[], at: number, n: number, text: string) =>
    all.slice(at, at + n).filter((t, k) => t.neg && !isNegationEcho(text, all, at + k)).length;
  const pText = articleText(seg.candidate.article);
  const inQuote = count(q, seg.from, quote.length, quoteText) + (lead ? 1 : 0);
  const inSource = count(seg.candidate.terms, from, region.length, pText);
  if (inQuote === inSource) return [];
  const side = inSource > inQuote ? region : quote;
  const text = inSource > inQuote ? articleText(seg.candidate.article) : quoteText;
  const cue = side.findIndex((t) => t.neg);
  const shown = cue >= 0 ? text.slice(side[cue]!.start, side[Math.min(side.length - 1, cue + 1)]!.end) : '';
  return [`verdict.negation-${inSource > inQuote ? 'dropped' : 'added'}: "${shown}"`];
}

/** The source cue at `cue` is matched by a word of the quote (its own "not"). */
function isCueRendered(seg: SegmentAlignment, cue: number): boolean {
  if (cue < 0) return false;
  return [...seg.support.values()].some((m) => m.p === cue);
}

/** One side of a clause comparison: its terms, the compared words, and what negates them. */
interface ClauseSide {
  terms: Term[];
  /** Indexes of the compared (matched) words, ascending. */
  words: number[];
  /** The cue before the last compared word, or -1. */
  cue: number;
  /** A compared word negated by its prefix ("untrue" matched to "true"), or -1. */
  prefixed: number;
  /** A cue outside the quote governs this clause: would not “accept …”. */
  lead: boolean;
  negated: boolean;
}

function polarityOf(
  terms: Term[],
  group: TermMatch[],
  at: (m: TermMatch) => number,
  from: number,
  lead: boolean,
): ClauseSide {
  const words = group.map(at).sort((a, b) => a - b);
  const prefixed = prefixedOf(group, terms, at);
  let cue = -1;
  for (const clause of new Set(words.map((i) => terms[i]!.clause))) {
    const last = Math.max(...words.filter((i) => terms[i]!.clause === clause));
    cue = cueBefore(terms, clause, from, last + 1, prefixed);
    if (cue >= 0) break;
  }
  const leads = lead && terms[words[0]!]!.clause === terms[0]!.clause;
  return { terms, words, cue, prefixed, lead: leads, negated: (cue >= 0 || leads) !== prefixed >= 0 };
}

/**
 * The negated side's cue must govern enough compared words: a "not" whose words the other side
 * does not render ("not trying to persuade" against a passage sharing only "persuade") is another
 * statement, not a dropped negation. A prefixed word governs itself.
 */
function isGovernedEnough(side: ClauseSide, to: number): boolean {
  if (side.prefixed >= 0 || side.cue < 0) return true;
  const clause = side.terms[side.cue]!.clause;
  let content = 0;
  for (let i = side.cue + 1; i < Math.min(to, side.terms.length); i++) {
    const t = side.terms[i]!;
    if (t.clause === clause && !t.light && !isBareCue(t) && !isCueParticle(side.terms, i, side.cue))
      content++;
  }
  const governed = side.words.filter((i) => i > side.cue).length;
  return governed >= Math.min(MIN_CLAUSE_PAIR_MATCHES, content);
}

/** The match the reason shows: the prefixed word, or the first word the negating cue governs. */
function focusOf(group: TermMatch[], side: ClauseSide, at: (m: TermMatch) => number): TermMatch {
  const key = side.prefixed >= 0 ? side.prefixed : side.cue;
  const sorted = [...group].sort((a, b) => at(a) - at(b));
  return sorted.find((m) => (side.prefixed >= 0 ? at(m) === key : at(m) > key)) ?? sorted[0]!;
}

/** What a side says around word `i`, for the reason: "not closing", "untrue", "closing". */
function shownPhrase(text: string, side: ClauseSide, i: number): string {
  if (side.negated && side.prefixed < 0 && side.cue >= 0 && side.cue < i) {
    return text.slice(side.terms[side.cue]!.start, side.terms[i]!.end);
  }
  return wordOf(text, side.terms, i);
}

/**
 * A quote clause is compared when this many of its content words are matched in the segment (or all
 * of them, when it has fewer): one shared name ("the US") does not pair two clauses.
 */
const MIN_CLAUSE_PAIR_MATCHES = 2;

/** Words that make one negation with the cue before them: "no longer", "no more". */
const CUE_PARTICLES = new Set(['longer', 'more']);

/** The word at `i` completes the cue at `cue` ("no longer"): part of the negation, nothing it governs. */
function isCueParticle(terms: readonly Term[], i: number, cue: number): boolean {
  return i === cue + 1 && CUE_PARTICLES.has(terms[i]!.norm);
}

/** A cue that is not a prefixed word: "not", "never" (but not "unable", compared as a word). */
function isBareCue(t: Term): boolean {
  return t.neg && t.negBase === null;
}

/** The segment's content matches grouped by quote clause, clauses matched too thinly left out. */
function clauseGroupsOf(seg: SegmentAlignment, q: Term[]): TermMatch[][] {
  const p = seg.candidate.terms;
  const groups = new Map<number, TermMatch[]>();
  for (const m of [...seg.support.values()].sort((a, b) => a.q - b.q)) {
    if (q[m.q]!.light || p[m.p]!.light || isBareCue(q[m.q]!) || isBareCue(p[m.p]!)) continue;
    groups.set(q[m.q]!.clause, [...(groups.get(q[m.q]!.clause) ?? []), m]);
  }
  return [...groups.entries()]
    .filter(([clause, g]) => {
      const content = q.filter((t) => t.clause === clause && !t.light && !isBareCue(t)).length;
      return g.length >= Math.min(MIN_CLAUSE_PAIR_MATCHES, content);
    })
    .map(([, g]) => g);
}

/** The term of a prefix-negation match that carries the prefix on one side ("untrue"), or -1. */
function prefixedOf(group: TermMatch[], terms: Term[], at: (m: TermMatch) => number): number {
  const m = group.find((x) => x.kind === 'prefix-negation' && terms[at(x)]!.negBase !== null);
  return m ? at(m) : -1;
}

function wordOf(text: string, terms: Term[], i: number): string {
  return text.slice(terms[i]!.start, terms[i]!.end);
}

/** Words that already say "at no time" or "at any time": a passage holding one says "never" itself. */
const EVERY_TIME = new Set(['never', 'ever']);
const NOT_WORD = /^(?:not|\p{L}+n['’]t|cannot)$/iu;

/**
 * "never" for the passage's "not": "never" is "not ever", so a negation of one act, or for a
 * while, becomes one of every time ("will not be permitted to race for thirty days" → "will never
 * be permitted to race"). A passage that says "never" or "ever" itself ("I don't believe it, and
 * I never have") is rendered, not hardened.
 */
export const negationMadeAbsolute: Rule = ({ alignment, diff }) => {
  if (alignment.segments.some((seg) => seg.candidate.terms.some((t) => EVERY_TIME.has(t.norm)))) return [];
  const out: string[] = [];
  for (const [from, to] of diff.substituted) {
    const before = from.split(/\s+/u);
    const after = to.toLowerCase().split(/\s+/u);
    if (after.includes('never') && before.some((w) => NOT_WORD.test(w)))
      out.push(`verdict.negation-hardened: "${from}" → "${to}" (at no time)`);
  }
  return out;
};
