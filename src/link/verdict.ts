import type { Verdict } from '../model/quote.ts';
import { splitSentences } from '../nlp/sentences.ts';
import { type Alignment, bestMatchIn, type SegmentAlignment, type TermMatch } from './align.ts';
import type { AlignmentDiff, TextOf } from './alignment-diff.ts';
import { cueBefore } from './negation-scope.ts';
import type { Term } from './terms.ts';

/**
 * The decision rules that turn an alignment into a verdict. Each `altered` rule is a named function
 * returning the reasons it found (empty when it does not fire); the verdict records every reason
 * with its rule name, e.g. `verdict.intensifier-added: "decisively"`.
 */

/**
 * Below this weighted coverage nothing in the primary supports the quote. Calibrated on invented
 * near-miss pairs (unrelated sentences sharing two or three words score 0.15–0.3) and on heavily
 * re-translated quotes, which stay above 0.4.
 */
export const UNSUPPORTED_COVERAGE = 0.35;
/**
 * Fragments (a few words) have a lower floor: one matched head word of three is evidence when the
 * rest is a qualifier the report added ("theft" + "at the state level").
 */
export const UNSUPPORTED_COVERAGE_FRAGMENT = 0.25;
const FRAGMENT_MAX_CONTENT_WORDS = 3;
/** A quote sentence with at least this many content words and less support than the share below is one the source never said. */
const ADDED_SENTENCE_MIN_CONTENT = 3;
const ADDED_SENTENCE_MAX_SUPPORT = 0.25;
/** Negations and hedges this many terms before an aligned region govern it ("not to respond …"). */
const GOVERNING_LOOKBEHIND_TERMS = 2;

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
}

export interface Judgement {
  verdict: Verdict;
  reasons: string[];
}

type Rule = (input: JudgeInput) => string[];

const textOf = (text: string, t: Term): string => text.slice(t.start, t.end);

function quoteTermsOf(seg: SegmentAlignment, quote: Term[]): Term[] {
  return quote.slice(seg.from, seg.to);
}

function regionTermsOf(seg: SegmentAlignment): Term[] {
  return seg.candidate.terms.slice(seg.regionFrom, seg.regionTo);
}

/**
 * Polarity flip, clause by clause: each clause of the quote is compared with the source clauses its
 * words render ("we are not closing the door" → "we are closing the door"), so a report that keeps
 * one "not" of two and drops the other is caught, while the cue may sit on another word ("requires
 * no effort" = "does not require any effort"). A word matched to its negative-prefixed form
 * ("true" ↔ "untrue") carries a "not" of its own. One reason per quote clause.
 */
const negationChanged: Rule = ({ alignment, quoteText, articleText, leadNegated }) => {
  const out: string[] = [];
  const q = alignment.quote;
  for (const seg of alignment.segments) {
    const p = seg.candidate.terms;
    const near = Math.max(0, seg.regionFrom - GOVERNING_LOOKBEHIND_TERMS);
    for (const group of clauseGroupsOf(seg, q)) {
      const quoteSide = polarityOf(q, group, (m) => m.q, 0, leadNegated === true);
      // A quote that negates is compared with its whole source clause (the source's "not" may stand
      // before the words the report kept); one that does not, only with the passage it renders.
      const sourceSide = polarityOf(p, group, (m) => m.p, quoteSide.negated ? 0 : near, false);
      if (quoteSide.negated === sourceSide.negated) continue;
      const negSide = sourceSide.negated ? sourceSide : quoteSide;
      if (!isGovernedEnough(negSide, sourceSide.negated ? seg.regionTo : q.length)) continue;
      const focus = focusOf(group, negSide, negSide === sourceSide ? (m) => m.p : (m) => m.q);
      const before = shownPhrase(articleText(seg.candidate.article), sourceSide, focus.p);
      const after = shownPhrase(quoteText, quoteSide, focus.q);
      out.push(`verdict.negation-${sourceSide.negated ? 'dropped' : 'added'}: "${before}" → "${after}"`);
    }
  }
  return out;
};

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
    if (t.clause === clause && !t.light && !isBareCue(t)) content++;
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

/** Numbers and dates: a figure the primary never gives, or one put where the primary has another. */
const numberChanged: Rule = ({ alignment, quoteText, primaryNumbers }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const region = regionTermsOf(seg).filter((t) => t.num !== null);
    const regionNums = new Set(region.map((t) => t.num));
    const quoteNums = new Set(quoteTermsOf(seg, alignment.quote).map((t) => t.num));
    for (const t of quoteTermsOf(seg, alignment.quote)) {
      if (t.num === null || regionNums.has(t.num)) continue;
      // The passage's own figure the report replaced comes first: "12 percent" → "20 percent".
      const other = region.find((r) => !quoteNums.has(r.num) && sameKindOfNumber(r.num!, t.num!));
      if (other) out.push(`verdict.number-changed: "${other.norm}" → "${textOf(quoteText, t)}"`);
      else if (!primaryNumbers.has(t.num))
        out.push(
          `verdict.number-not-in-primary: "${textOf(quoteText, t)}" is a figure the primary never gives`,
        );
    }
  }
  return out;
};

function sameKindOfNumber(a: string, b: string): boolean {
  return a.startsWith('month:') === b.startsWith('month:');
}

/**
 * More intensity in the report than in the passage it renders ("respond" → "respond decisively").
 * A graded word matched to a milder one of the source says what it replaced.
 */
const intensifierAdded: Rule = ({ alignment, diff, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const q = quoteTermsOf(seg, alignment.quote);
    const qGrade = q.reduce((s, t) => s + t.grade, 0);
    const pGrade = regionTermsOf(seg).reduce((s, t) => s + t.grade, 0);
    if (qGrade <= pGrade) continue;
    const extra = q.filter((t, i) => t.grade > 0 && diff.unsupported.has(seg.from + i));
    const graded = extra.length > 0 ? extra : q.filter((t) => t.grade > 0);
    // A graded word that hardens a source word is reported once, by wordingHardened.
    if (graded.every((t) => seg.support.get(alignment.quote.indexOf(t))?.kind === 'hardened')) continue;
    const words = graded.map((t) => {
      const m = seg.support.get(alignment.quote.indexOf(t));
      const from = m ? seg.candidate.terms[m.p]!.norm : null;
      return from && from !== t.norm ? `"${from}" → "${textOf(quoteText, t)}"` : `"${textOf(quoteText, t)}"`;
    });
    out.push(
      `verdict.intensifier-added: ${words.join(', ')}${extra.length > 0 ? ' (not in the primary)' : ''}`,
    );
  }
  return out;
};

/** A hedge of the source gone ("may", "apparently"), or one the source did not use. */
const hedgeChanged: Rule = ({ alignment, diff, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const lost = diff.unmatchedPrimary.get(seg) ?? new Set<number>();
    const before = seg.candidate.terms.slice(
      Math.max(0, seg.regionFrom - GOVERNING_LOOKBEHIND_TERMS),
      seg.regionFrom,
    );
    const dropped = [...before, ...[...lost].map((p) => seg.candidate.terms[p]!)].filter((t) => t.hedge);
    const qTerms = quoteTermsOf(seg, alignment.quote);
    const added = qTerms.filter((t, i) => t.hedge && diff.unsupported.has(seg.from + i));
    if (dropped.length > 0 && !qTerms.some((t) => t.hedge))
      out.push(`verdict.hedge-dropped: "${dropped.map((t) => t.norm).join(', ')}" left out of the report`);
    if (added.length > 0 && !regionTermsOf(seg).some((t) => t.hedge)) {
      out.push(
        `verdict.hedge-added: "${added.map((t) => textOf(quoteText, t)).join(', ')}" (not in the primary)`,
      );
    }
  }
  return out;
};

/** A neutral word of the source replaced by its harsher (or softer) counterpart. */
const wordingHardened: Rule = ({ alignment, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    for (const m of seg.support.values()) {
      if (m.kind !== 'hardened' && m.kind !== 'softened') continue;
      const from = seg.candidate.terms[m.p]!.norm;
      const to = textOf(quoteText, alignment.quote[m.q]!);
      out.push(`verdict.wording-${m.kind}: "${from}" → "${to}"`);
    }
  }
  return out;
};

/** A pejorative label in the quote that the source does not use. */
const loadedWordAdded: Rule = ({ alignment, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    quoteTermsOf(seg, alignment.quote).forEach((t, i) => {
      const m = seg.support.get(seg.from + i);
      if (t.loaded && (!m || m.kind === 'hardened'))
        out.push(`verdict.loaded-word-added: "${textOf(quoteText, t)}" (not in the primary)`);
    });
  }
  return out;
};

/**
 * The report runs on past the end (or starts before the start) of the source sentence with words of
 * its own: a new qualifier or object ("theft" → "theft at the state level"). Only when the source
 * passage is rendered whole, with nothing of it left out, so a reordered paraphrase is not caught.
 */
const qualifierAdded: Rule = ({ alignment, diff, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    if (seg.anchors.length === 0) continue;
    const lost = [...(diff.unmatchedPrimary.get(seg) ?? [])].filter((p) => !seg.candidate.terms[p]!.light);
    if (lost.length > 0) continue;
    const supported = [...seg.support.keys()];
    const lastQ = Math.max(...supported);
    const firstQ = Math.min(...supported);
    const tail = seg.regionTo >= seg.candidate.terms.length ? range(lastQ + 1, seg.to) : [];
    const head = seg.regionFrom === 0 ? range(seg.from, firstQ) : [];
    for (const part of [head, tail]) {
      const words = part.filter((i) => diff.unsupported.has(i) && !alignment.quote[i]!.light);
      if (words.length > 0) {
        out.push(
          `verdict.qualifier-added: "${words.map((i) => textOf(quoteText, alignment.quote[i]!)).join(' ')}" (beyond the primary passage)`,
        );
      }
    }
  }
  return out;
};

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * A whole sentence of a multi-sentence quote that no candidate passage supports: the report added
 * it. Checked against every candidate, not only the segment it fell into, so a sentence merged into
 * a neighbour's segment is not mistaken for an invention.
 */
const sentenceAdded: Rule = ({ alignment, quoteText }) => {
  const out: string[] = [];
  const sentences = splitSentences(quoteText);
  if (sentences.length < 2) return out;
  for (const s of sentences) {
    const idx = alignment.quote.flatMap((t, i) =>
      t.start >= s.start && t.end <= s.end && !t.light ? [i] : [],
    );
    if (idx.length < ADDED_SENTENCE_MIN_CONTENT) continue;
    const best = Math.max(
      0,
      ...alignment.candidates.map(
        (c) => idx.filter((i) => bestMatchIn(alignment.quote[i]!, i, c.terms) !== null).length / idx.length,
      ),
    );
    if (best < ADDED_SENTENCE_MAX_SUPPORT)
      out.push(`verdict.sentence-added: "${quoteText.slice(s.start, s.end)}" (no primary passage says it)`);
  }
  return out;
};

/** Gaps longer than this are rewordings, not a name swapped for a name. */
const ACTOR_GAP_MAX_WORDS = 3;

/** A name substituted for a different name: the actor or target changed ("France" → "Germany"). */
const actorChanged: Rule = ({ diff }) => {
  const out: string[] = [];
  const names = (s: string) =>
    (s.match(/\b\p{Lu}[\p{L}’'-]+/gu) ?? []).map((w) => w.toLowerCase().slice(0, 5));
  const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0).length;
  for (const [from, to] of diff.gapPairs) {
    if (words(from) > ACTOR_GAP_MAX_WORDS || words(to) > ACTOR_GAP_MAX_WORDS) continue;
    const a = names(from);
    const b = names(to);
    if (a.length === 0 || b.length === 0) continue;
    if (!b.some((w) => a.includes(w))) out.push(`verdict.actor-changed: "${from}" → "${to}"`);
  }
  return out;
};

/** The altered rules, in the order their reasons are listed. */
export const ALTERED_RULES: readonly { name: string; rule: Rule }[] = [
  { name: 'negation', rule: negationChanged },
  { name: 'number', rule: numberChanged },
  { name: 'intensifier', rule: intensifierAdded },
  { name: 'hedge', rule: hedgeChanged },
  { name: 'hardened', rule: wordingHardened },
  { name: 'loaded', rule: loadedWordAdded },
  { name: 'qualifier', rule: qualifierAdded },
  { name: 'sentence', rule: sentenceAdded },
  { name: 'actor', rule: actorChanged },
];

/** Every quote word matched to the same word, in order, with nothing skipped on either side. */
function isVerbatim({ alignment, diff }: JudgeInput): boolean {
  if (diff.unsupported.size > 0) return false;
  for (const seg of alignment.segments) {
    if (seg.anchors.length !== seg.to - seg.from) return false;
    if (seg.anchors.some((a) => a.kind !== 'same')) return false;
    for (let k = 1; k < seg.anchors.length; k++)
      if (seg.anchors[k]!.p !== seg.anchors[k - 1]!.p + 1) return false;
  }
  return true;
}

/**
 * Judge an aligned quote: `unsupported` under the coverage floor, `altered` when any altered rule
 * fires, `verbatim` when word for word, else `paraphrase`. (`no_primary` is decided before
 * alignment, by the orchestrator.)
 */
export function judgeAlignment(input: JudgeInput): Judgement {
  const content = input.alignment.quote.filter((t) => !t.light).length;
  const floor = content <= FRAGMENT_MAX_CONTENT_WORDS ? UNSUPPORTED_COVERAGE_FRAGMENT : UNSUPPORTED_COVERAGE;
  if (input.alignment.coverage < floor) {
    return {
      verdict: 'unsupported',
      reasons: [
        `verdict.below-coverage-floor: ${input.alignment.coverage.toFixed(2)} of the quote's wording found in the primary`,
      ],
    };
  }
  const reasons = ALTERED_RULES.flatMap(({ rule }) => rule(input));
  if (reasons.length > 0) return { verdict: 'altered', reasons };
  if (isVerbatim(input)) return { verdict: 'verbatim', reasons: ['verdict.word-for-word'] };
  return { verdict: 'paraphrase', reasons: [describeParaphrase(input)] };
}

/** Paraphrase in words: what was reworded, added and left out, then the coverage. */
function describeParaphrase({ alignment, diff }: JudgeInput): string {
  const parts: string[] = [];
  const quoted = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
  if (diff.substituted.length > 0)
    parts.push(`reworded ${diff.substituted.map(([from, to]) => `"${from}" → "${to}"`).join(', ')}`);
  if (diff.added.length > 0) parts.push(`added ${quoted(diff.added)}`);
  if (diff.dropped.length > 0) parts.push(`left out ${quoted(diff.dropped)}`);
  parts.push(`coverage ${alignment.coverage.toFixed(2)}`);
  return `verdict.same-meaning: ${parts.join('; ')}`;
}
