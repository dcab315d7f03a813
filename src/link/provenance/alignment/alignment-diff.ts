import type { QuotedSpan } from '../../../model/span.ts';
import {
  type Alignment,
  anchorFences,
  matchedPrimaryOf,
  type SegmentAlignment,
  type TermMatch,
} from './align.ts';
import {
  collocationAround,
  isSamePhrasal,
  phrasalVerbAround,
  splitVerbOfParticle,
  widenToCollocation,
} from './collocation-stretch.ts';
import { hasSense, isMainlyNoun, lemmasOf } from '../../../nlp/wordnet/wordnet.ts';
import { mayNamePeople } from '../../../nlp/wordnet/people.ts';
import type { Term } from '../terms.ts';

/**
 * What an alignment says in words: the primary spans, and what the report added, dropped and
 * substituted, read off the anchors. Substitutions are the gaps both sides have between the same
 * two anchors ("in effect" ↔ "in force"); what is left over is added (quote side) or dropped.
 */
export interface AlignmentDiff {
  primary: QuotedSpan[];
  added: string[];
  dropped: string[];
  substituted: [string, string][];
  /** The substitutions that are gaps between anchors (not word-for-word synonyms). */
  gapPairs: [string, string][];
  /**
   * The text right after each side of a gap pair (passage, quote), keyed by the pair: what follows
   * a phrase tells its reading ("got back to Kyiv" is a return, "got back the money" a recovery).
   */
  gapAfter: Map<readonly [string, string], [string, string]>;
  /** The text right before each side of a gap pair (passage, quote): what counts or points at it. */
  gapBefore: Map<readonly [string, string], [string, string]>;
  /** Per segment: quote term indexes with no support, primary term indexes left unmatched in the region. */
  unsupported: Set<number>;
  unmatchedPrimary: Map<SegmentAlignment, Set<number>>;
  /** Per segment: unmatched primary term indexes paired with quote words in a gap (reworded, not left out). */
  reworded: Map<SegmentAlignment, Set<number>>;
  /** Quote term indexes paired with primary words in a gap (rewordings, not additions). */
  rewordedQuote: Set<number>;
  /**
   * Quote term indexes the aligner matched alone that belong to a reworded collocation ("never"
   * for "no longer"): reworded, not the speaker's own words.
   */
  dissolved: Set<number>;
}

/** Article texts by id, to slice spans. */
export type TextOf = (article: string) => string;

function spanText(text: string, terms: Term[], idx: number[]): string {
  if (idx.length === 0) return '';
  const sorted = [...idx].sort((a, b) => a - b);
  const parts: string[] = [];
  let runStart = sorted[0]!;
  let prev = runStart;
  for (const i of [...sorted.slice(1), -1]) {
    if (i === prev + 1) {
      prev = i;
      continue;
    }
    parts.push(text.slice(terms[runStart]!.start, terms[prev]!.end));
    runStart = i;
    prev = i;
  }
  return parts.join(' … ');
}

/**
 * The one word a gap of the quote holds, matched to the same word elsewhere in the passage ("The
 * fire damaged the depot" against "destroyed the depot and damaged two trucks"), where the passage's
 * gap holds one content word of its own: a word put in another's place, not moved, so the two are
 * paired as a rewording. Longer gaps are moved phrases or clauses, left to the rules for those.
 */
function strayWordOf(
  seg: SegmentAlignment,
  a: { q: number; p: number },
  b: { q: number; p: number },
  qGap: readonly number[],
  pGap: readonly number[],
): number | null {
  if (qGap.length > 0 || b.q - a.q !== 2) return null;
  const content = pGap.filter((p) => !seg.candidate.terms[p]!.light);
  const m = seg.support.get(a.q + 1);
  if (content.length !== 1 || m === undefined || (m.p > a.p && m.p < b.p)) return null;
  return m.q;
}

/** Drop light terms at both ends of a run: "on an industrial scale" is reported as "industrial scale". */
const PARTICLES = new Set(['into', 'up', 'out', 'off', 'down', 'over', 'back', 'on', 'in', 'away']);

function trimLight(terms: Term[], idx: number[], text?: string): number[] {
  let from = 0;
  let to = idx.length;
  // A light word hyphened to the next ("all-out") is part of a compound, not a function word.
  const hyphened = (a: number, b: number) =>
    text !== undefined && a >= 0 && b < terms.length && text.slice(terms[a]!.end, terms[b]!.start) === '-';
  while (from < to && terms[idx[from]!]!.light && !hyphened(idx[from]!, idx[from]! + 1)) from++;
  // A particle after a content word ends a phrasal verb ("look into"), which WordNet lists whole.
  const particle = (k: number) =>
    PARTICLES.has(terms[idx[k]!]!.norm) && k > from && !terms[idx[k - 1]!]!.light;
  while (
    to > from &&
    terms[idx[to - 1]!]!.light &&
    !hyphened(idx[to - 1]! - 1, idx[to - 1]!) &&
    !particle(to - 1)
  )
    to--;
  return idx.slice(from, to);
}

/** Auxiliaries and copulas a predicate's head follows. */
const PREDICATE_AUXILIARIES = new Set(
  'is are was were be been being am has have had will would shall should can could may might must do does did'.split(
    ' ',
  ),
);

/**
 * A closing word of the quote that the passage has, but only elsewhere: matched to an earlier
 * mention before the last anchor ("the final date is up to the council" → "… up to the contractor",
 * the contractor named in the clause before), or found only in another sentence of the primary
 * (`elsewhere`). The word is the speaker's, put in another word's place, as a stray word between
 * anchors is (`strayWordOf`).
 */
function isStrayClose(seg: SegmentAlignment, i: number, elsewhere: (i: number) => boolean): boolean {
  const last = seg.anchors[seg.anchors.length - 1];
  const m = seg.support.get(i);
  if (last === undefined || i <= last.q) return false;
  return m !== undefined ? m.p < last.p : elsewhere(i);
}

/**
 * The quote's last word, a noun matched only to an earlier mention (`isStrayClose`), right after
 * the last anchor (past light words), where the passage's sentence closes on one noun of its own
 * after that anchor: the speaker's word put in that noun's place ("… is up to the council." → "… is
 * up to the contractor"). The quote need not carry the full stop: its word is no addition at the
 * edge, which a fragment might simply stop on, but one the passage placed elsewhere.
 */
function strayCloseOf(
  seg: SegmentAlignment,
  q: Term[],
  pText: string,
  elsewhere: (i: number) => boolean,
): { q: number[]; p: number[] } | null {
  const last = seg.anchors[seg.anchors.length - 1];
  const i = seg.to - 1;
  if (!last || !isStrayClose(seg, i, elsewhere) || q[i]!.light || q[i]!.num !== null) return null;
  for (let k = last.q + 1; k < i; k++) if (!q[k]!.light) return null;
  const pTerms = seg.candidate.terms;
  const pRun = closingRunOf(pTerms, last.p + 1, pTerms.length, pText);
  if (!pRun || pRun.length !== 1 || pTerms[pRun[0]!]!.clause !== pTerms[last.p]!.clause) return null;
  const noun = (t: Term) => t.num === null && (t.name || isMainlyNoun(t.norm));
  return noun(q[i]!) && noun(pTerms[pRun[0]!]!) ? { q: [i], p: pRun } : null;
}

/** A sentence ends here: only closing marks and a full stop, question or exclamation mark follow. */
const SENTENCE_CLOSE = /^[\s"”’')]*[.!?]/u;

/**
 * A sentence quoted whole to its end, closed on one word of the report's own where its source
 * sentence closed on one word of the speaker's, right after the same last anchor ("The offensive has
 * paused." → "The offensive has halted."): one word put for the other, judged as a rewording like a
 * gap between anchors. Only one word each side and both sentences closing: a quote that stops
 * mid-sentence, or a longer tail ("all the time" → "constantly"), stays unjudged.
 */
function closingSwapOf(
  seg: SegmentAlignment,
  q: Term[],
  quoteText: string,
  pText: string,
): { q: number[]; p: number[] } | null {
  const last = seg.anchors[seg.anchors.length - 1];
  const pTerms = seg.candidate.terms;
  if (!last) return null;
  // The closing words, past light words, on each side: one word, or a name of a few ("to the West
  // Bank"), running to the sentence's end.
  const qRun = closingRunOf(q, last.q + 1, seg.to, quoteText);
  const pRun = closingRunOf(pTerms, last.p + 1, pTerms.length, pText);
  if (!qRun || !pRun || seg.to - 1 !== qRun[qRun.length - 1]) return null;
  const qi = q[qRun[0]!]!;
  const pj = pTerms[pRun[0]!]!;
  if (pj.clause !== pTerms[last.p]!.clause) return null;
  // The closing word heads the predicate, right after its auxiliary ("has slowed", "was damaged",
  // "will fall"), or names what is acted on: a noun or a name ("hit Chinese steel", "send the aid
  // to Gaza"). After an object an adjective or participle is a complement that may be put otherwise
  // ("keep the mill open" / "running").
  const afterAuxiliary =
    PREDICATE_AUXILIARIES.has(pTerms[last.p]!.norm) && pRun[0] === last.p + 1 && qRun[0] === last.q + 1;
  const named = (run: number[], terms: Term[]) =>
    run.length === 1
      ? terms[run[0]!]!.name || isMainlyNoun(terms[run[0]!]!.norm)
      : run.every((k) => terms[k]!.name) || isNounPhrase(run, terms);
  if (qRun.length + pRun.length > 2 && !(named(qRun, q) && named(pRun, pTerms))) return null;
  if (!afterAuxiliary && !(named(qRun, q) && named(pRun, pTerms))) return null;
  if (qi.num !== null || pj.num !== null) return null;
  return { q: qRun, p: pRun };
}

/**
 * A quote opening on a subject of its own, a name or a noun of people, where the speaker's sentence
 * opened on another before the same first anchor ("FEMA has approved …" → "the state has approved …"; "Operators who leave …" →
 * "governments that leave …"): the subject a verb has is who does it, so the report's word was put
 * in the speaker's place, and is judged as a rewording like a gap between anchors. Only one word
 * each side or a run of a few names, each opening its sentence or clause past
 * light words, and a light word or none between it and the anchor: a quote that merely starts later
 * in the sentence has no opening of its own, and a pronoun ("we" → "the ministry") is light, left to
 * the pronoun rule.
 */
function openingSwapOf(
  seg: SegmentAlignment,
  q: Term[],
  quoteText: string,
  pText: string,
): { q: number[]; p: number[] } | null {
  const first = seg.anchors[0];
  if (!first) return null;
  const pTerms = seg.candidate.terms;
  const qRun = openingRunOf(q, seg.from, first.q, quoteText, true);
  const pRun = openingRunOf(pTerms, 0, first.p, pText, false);
  if (!qRun || !pRun) return null;
  if (pTerms[pRun[0]!]!.clause !== pTerms[first.p]!.clause) return null;
  if (qRun.some((i) => q[i]!.num !== null) || pRun.some((k) => pTerms[k]!.num !== null)) return null;
  // Who acts: a name, or a noun of people or of a body of them ("inspectors", "the state"). A
  // subject that is a thing ("the bridge", "prices") is left to the rules of what was said of it.
  const agent = (run: number[], terms: Term[], text: string) =>
    run.length === 1
      ? terms[run[0]!]!.name || isAcronym(text, terms[run[0]!]!) || mayNamePeople(terms[run[0]!]!.norm)
      : run.every((k) => terms[k]!.name || isAcronym(text, terms[k]!)) || isNounPhraseOfPeople(run, terms);
  if (!agent(qRun, q, quoteText) || !agent(pRun, pTerms, pText)) return null;
  return { q: qRun, p: pRun };
}

/** Most light words between an opening subject and the first anchor ("who", "that", "the"). */
const OPENING_LIGHT_MAX_TERMS = 1;

/** Words a sentence or clause opens after. */
const CLAUSE_OPEN = /[.!?;:]["”’')]*\s*$/u;

/**
 * The content terms before `to` (the first anchor), up to OPENING_LIGHT_MAX_TERMS light words back:
 * one word or a run of up to CLOSING_NAME_MAX_TERMS, with only light words before them back to
 * `from` (the quote's start) or, for the passage, back to its sentence's or clause's opening.
 */
function openingRunOf(
  terms: Term[],
  from: number,
  to: number,
  text: string,
  quoteSide: boolean,
): number[] | null {
  let k = to - 1;
  let light = 0;
  while (k >= from && terms[k]!.light && light < OPENING_LIGHT_MAX_TERMS) {
    k--;
    light++;
  }
  const run: number[] = [];
  for (; k >= from && !terms[k]!.light && run.length <= CLOSING_NAME_MAX_TERMS; k--) run.unshift(k);
  if (run.length === 0 || run.length > CLOSING_NAME_MAX_TERMS) return null;
  while (k >= from && terms[k]!.light) k--;
  if (quoteSide) return k < from ? run : null;
  // The passage's run opens its sentence or clause: nothing but light words since the last stop.
  if (k >= from && !CLAUSE_OPEN.test(text.slice(terms[k]!.end, terms[k + 1]!.start))) return null;
  return run;
}

/** An acronym: two capitals or more ("FEMA", "NATO"), a name even where it opens a sentence. */
function isAcronym(text: string, t: Term): boolean {
  return /^\p{Lu}{2,}$/u.test(text.slice(t.start, t.end));
}

/**
 * A run of content words that is one noun phrase: a head read first as a noun last, the words
 * before it nouns or adjectives that modify it ("parish councils", "cruise companies"), no figure.
 */
function isNounPhrase(run: readonly number[], terms: readonly Term[]): boolean {
  const head = terms[run[run.length - 1]!]!;
  if (head.num !== null || !(head.name || isMainlyNoun(head.norm))) return false;
  return run.slice(0, -1).every((k) => {
    const t = terms[k]!;
    return t.num === null && (t.name || isNounOrAdjective(t.norm));
  });
}

/**
 * A noun phrase whose head may name people or a body of them ("care staff", "the county
 * council"): a modifier before the head narrows who acts, it does not make the subject a thing.
 */
function isNounPhraseOfPeople(run: readonly number[], terms: readonly Term[]): boolean {
  return isNounPhrase(run, terms) && mayNamePeople(terms[run[run.length - 1]!]!.norm);
}

/** A word WordNet lists as a noun ("cruise companies") or as an adjective in this very form. */
function isNounOrAdjective(word: string): boolean {
  return hasSense(word, 'n') || lemmasOf(word, 'a').includes(word);
}

/**
 * A quote closing on a noun phrase of its own, without a full stop (a report closes its quotation
 * before its own punctuation: "… to the county police," she said), right after its last content
 * anchor past light words, where the speaker's sentence closed on another noun phrase right after
 * the same anchor ("… go to the parish councils."): what a verb acts on or a preposition reaches is
 * the object whichever way the report punctuates, so the report's noun phrase was put in the
 * speaker's place, and is judged as a rewording like a gap between anchors. The last content anchor,
 * not a light one, marks the place (a light word matches anywhere: "on a par" / "for a week"); an
 * adverbial tail ("all the time" → "constantly") is no noun phrase and stays unjudged.
 */
function unclosedNounPhraseSwapOf(
  seg: SegmentAlignment,
  q: Term[],
  pText: string,
): { q: number[]; p: number[] } | null {
  const last = seg.anchors.findLast((a) => !q[a.q]!.light);
  if (!last || seg.to !== q.length) return null;
  const pTerms = seg.candidate.terms;
  const qRun = closingNounPhraseOf(q, last.q + 1, seg.to);
  const pRun = closingRunOf(pTerms, last.p + 1, pTerms.length, pText);
  if (!qRun || !pRun || pTerms[pRun[0]!]!.clause !== pTerms[last.p]!.clause) return null;
  if (!isNounPhrase(pRun, pTerms)) return null;
  return { q: qRun, p: pRun };
}

/** The noun phrase from `from`, past light words, to `to`: null when a light word or a non-noun breaks it. */
function closingNounPhraseOf(terms: Term[], from: number, to: number): number[] | null {
  const run = contentRunOf(terms, from, to);
  return run && isNounPhrase(run, terms) ? run : null;
}

/**
 * The content terms from `from`, past light words, up to `to` or to the first after which
 * `closes` is true: null when a light word breaks the run, or it is empty or longer than
 * CLOSING_NAME_MAX_TERMS.
 */
function contentRunOf(
  terms: Term[],
  from: number,
  to: number,
  closes: (k: number) => boolean = () => false,
): number[] | null {
  let k = from;
  while (k < to && terms[k]!.light) k++;
  const run: number[] = [];
  for (; k < to; k++) {
    if (terms[k]!.light) return null;
    run.push(k);
    if (closes(k)) break;
  }
  return run.length === 0 || run.length > CLOSING_NAME_MAX_TERMS ? null : run;
}

/** Most words a closing name may run to ("the Democratic Republic of Congo" is more; it stays unjudged). */
const CLOSING_NAME_MAX_TERMS = 3;

/**
 * The content terms from `from` (past light words) to the end of the sentence, when they are one
 * word or a run of up to CLOSING_NAME_MAX_TERMS names with nothing after them but the sentence's
 * closing mark; null otherwise.
 */
function closingRunOf(terms: Term[], from: number, to: number, text: string): number[] | null {
  const closes = (k: number): boolean => SENTENCE_CLOSE.test(text.slice(terms[k]!.end));
  const run = contentRunOf(terms, from, to, closes);
  return run && closes(run[run.length - 1]!) ? run : null;
}

/** How much text after a stretch is kept: enough for the next word and the punctuation before it. */
const AFTER_CHARS = 24;

/** The text right after the last of `idx`'s terms. */
function textAfter(text: string, terms: Term[], idx: number[]): string {
  if (idx.length === 0) return '';
  const end = terms[Math.max(...idx)]!.end;
  return text.slice(end, end + AFTER_CHARS);
}

/** The text right before the first of `idx`'s terms. */
function textBefore(text: string, terms: Term[], idx: number[]): string {
  if (idx.length === 0) return '';
  const start = terms[Math.min(...idx)]!.start;
  return text.slice(Math.max(0, start - AFTER_CHARS), start);
}

/** A reworded stretch: its pair of texts and the terms of each side (primary, quote). */
interface RewordedStretch {
  pair: [string, string];
  p: number[];
  q: number[];
}

/** Maximal runs of consecutive indexes. */
function runsOf(idx: number[]): number[][] {
  const out: number[][] = [];
  for (const i of [...idx].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

/** The primary span a segment covers. */
export function segmentSpan(seg: SegmentAlignment, textOf: TextOf): QuotedSpan {
  const terms = seg.candidate.terms;
  const start = terms[seg.regionFrom]?.start ?? seg.candidate.span.start;
  const end = terms[Math.max(seg.regionFrom, seg.regionTo - 1)]?.end ?? seg.candidate.span.end;
  return {
    article: seg.candidate.article,
    start,
    end,
    text: textOf(seg.candidate.article).slice(start, end),
  };
}

/** Union spans of one article that overlap or touch. */
function mergeSpans(spans: QuotedSpan[], textOf: TextOf): QuotedSpan[] {
  const sorted = [...spans].sort((a, b) =>
    a.article === b.article ? a.start - b.start : a.article < b.article ? -1 : 1,
  );
  const out: QuotedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.article === s.article && s.start <= last.end + 1) {
      last.end = Math.max(last.end, s.end);
      last.text = textOf(last.article).slice(last.start, last.end);
    } else out.push({ ...s });
  }
  return out;
}

/**
 * "untrue" ↔ "not true" as one substitution, whichever side has the prefix; null for the cue's own
 * entry (its word's entry reports the pair).
 */
function prefixNegationPair(
  seg: SegmentAlignment,
  m: TermMatch,
  q: Term[],
  pText: string,
  quoteText: string,
): [string, string] | null {
  if (q[m.q]!.neg && q[m.q]!.negBase === null) return null;
  const pTerms = seg.candidate.terms;
  const cue = [...seg.support.values()].find((o) => o.kind === 'prefix-negation' && o.p === m.p && o.q < m.q);
  const qStart = q[cue ? cue.q : m.q]!.start;
  const pStart = pTerms[m.pAlso ?? m.p]!.start;
  return [pText.slice(pStart, pTerms[m.p]!.end), quoteText.slice(qStart, q[m.q]!.end)];
}

export function diffAlignment(alignment: Alignment, quoteText: string, textOf: TextOf): AlignmentDiff {
  const q = alignment.quote;
  const added: string[] = [];
  const dropped: string[] = [];
  const substituted: [string, string][] = [];
  const gapPairs: [string, string][] = [];
  const gapAfter = new Map<readonly [string, string], [string, string]>();
  const gapBefore = new Map<readonly [string, string], [string, string]>();
  const unsupported = new Set<number>();
  const unmatchedPrimary = new Map<SegmentAlignment, Set<number>>();
  const reworded = new Map<SegmentAlignment, Set<number>>();
  const rewordedQuote = new Set<number>();
  const dissolved = new Set<number>();
  for (const seg of alignment.segments) {
    const pText = textOf(seg.candidate.article);
    const pTerms = seg.candidate.terms;
    const matchedP = matchedPrimaryOf(seg);
    const lost = new Set<number>();
    for (let p = seg.regionFrom; p < seg.regionTo; p++) if (!matchedP.has(p)) lost.add(p);
    unmatchedPrimary.set(seg, lost);
    for (let i = seg.from; i < seg.to; i++) if (!seg.support.has(i)) unsupported.add(i);
    const pairedQ = new Set<number>();
    const pairOfQ = new Map<number, RewordedStretch>();
    const pairOfP = new Map<number, RewordedStretch>();
    const pairedP = new Set<number>();
    reworded.set(seg, pairedP);
    /** Words no match accounts for: left out of the region, or unsupported in the segment. */
    const freeP = (p: number) => lost.has(p) && !pairedP.has(p) && p >= seg.regionFrom && p < seg.regionTo;
    const freeQ = (i: number) => unsupported.has(i) && !pairedQ.has(i) && i >= seg.from && i < seg.to;
    /**
     * Record a reworded stretch: its words are paired, neither added nor left out; a quote word
     * that was matched alone (`matchedQ`) now counts as reworded, not as the speaker's own.
     */
    const addStretch = (pIdx: number[], qIdx: number[], matchedQ?: number): RewordedStretch => {
      if (matchedQ !== undefined) dissolved.add(matchedQ);
      const stretch: RewordedStretch = {
        pair: [spanText(pText, pTerms, pIdx), spanText(quoteText, q, qIdx)],
        p: pIdx,
        q: qIdx,
      };
      substituted.push(stretch.pair);
      gapPairs.push(stretch.pair);
      gapAfter.set(stretch.pair, [textAfter(pText, pTerms, pIdx), textAfter(quoteText, q, qIdx)]);
      gapBefore.set(stretch.pair, [textBefore(pText, pTerms, pIdx), textBefore(quoteText, q, qIdx)]);
      for (const i of qIdx) {
        if (!unsupported.has(i)) continue;
        pairedQ.add(i);
        rewordedQuote.add(i);
        pairOfQ.set(i, stretch);
      }
      for (const p of pIdx) {
        if (lost.has(p)) pairedP.add(p);
        pairOfP.set(p, stretch);
      }
      return stretch;
    };
    for (const m of seg.support.values()) {
      if (m.kind === 'prefix-negation') {
        const pair = prefixNegationPair(seg, m, q, pText, quoteText);
        if (pair) substituted.push(pair);
      } else if (m.kind === 'same' || m.kind === 'inflection') {
        // A verb kept with its particle changed or cut is another verb ("give up" → "give in").
        const pIdx = phrasalVerbAround(pTerms, m.p, freeP);
        const qIdx = phrasalVerbAround(q, m.q, freeQ);
        if ((pIdx !== null || qIdx !== null) && !isSamePhrasal(pTerms, pIdx, q, qIdx))
          addStretch(pIdx ?? [m.p], qIdx ?? [m.q], m.q);
      } else if (m.kind === 'synonym' || m.kind === 'hardened' || m.kind === 'softened') {
        // A word matched alone that is one word of a collocation ("no" of "no longer" → "never")
        // rewords the whole collocation, which needs evidence of its own.
        if (m.kind === 'synonym') {
          const pIdx = collocationAround(pTerms, m.p, freeP);
          const qIdx = collocationAround(q, m.q, freeQ);
          if (pIdx !== null || qIdx !== null) {
            addStretch(pIdx ?? [m.p], qIdx ?? [m.q], m.q);
            continue;
          }
        }
        substituted.push([
          pText.slice(pTerms[m.p]!.start, pTerms[m.p]!.end),
          quoteText.slice(q[m.q]!.start, q[m.q]!.end),
        ]);
      }
    }
    // Gaps between consecutive anchors, and the quote's edges, paired up as substitutions.
    const bounds = anchorFences(seg);
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k]!;
      const b = bounds[k + 1]!;
      const qGap: number[] = [];
      const pGap: number[] = [];
      for (let i = a.q + 1; i < b.q; i++) if (unsupported.has(i) && !pairedQ.has(i)) qGap.push(i);
      for (let p = Math.max(a.p + 1, seg.regionFrom); p < Math.min(b.p, seg.regionTo); p++)
        if (lost.has(p) && !pairedP.has(p)) pGap.push(p);
      const stray = strayWordOf(seg, a, b, qGap, pGap);
      if (stray !== null) qGap.push(stray);
      // Light words trimmed off an edge that close a collocation with the core ("do away with") stay.
      const qc = widenToCollocation(q, qGap, trimLight(q, qGap, quoteText));
      const pc = widenToCollocation(pTerms, pGap, trimLight(pTerms, pGap, pText));
      if (qc.some((i) => !q[i]!.light) && pc.some((p) => !pTerms[p]!.light)) {
        const stretch = addStretch(pc, qc);
        for (const i of qGap) {
          pairedQ.add(i);
          rewordedQuote.add(i);
          if (!pairOfQ.has(i)) pairOfQ.set(i, stretch);
        }
        for (const p of pGap) pairedP.add(p);
      }
    }
    const opening = openingSwapOf(seg, q, quoteText, pText);
    if (
      opening &&
      opening.q.every((i) => unsupported.has(i) && !pairedQ.has(i)) &&
      opening.p.every((p) => !matchedP.has(p))
    )
      addStretch(opening.p, opening.q);
    const elsewhere = (i: number) =>
      alignment.candidates.some(
        (c) => c !== seg.candidate && c.terms.some((t) => !t.light && t.stem === q[i]!.stem),
      );
    const closing =
      closingSwapOf(seg, q, quoteText, pText) ??
      unclosedNounPhraseSwapOf(seg, q, pText) ??
      strayCloseOf(seg, q, pText, elsewhere);
    if (
      closing &&
      closing.q.every((i) => (unsupported.has(i) || isStrayClose(seg, i, elsewhere)) && !pairedQ.has(i))
    )
      addStretch(closing.p, closing.q);
    // A particle after an object closes the phrasal verb of a reworded verb before it, on either
    // side ("return" → "bring … back"; "called … off" → "cancelled"); a particle after a verb the
    // speaker used ("give the land up") rewords nothing and stays an addition.
    for (let i = seg.from; i < seg.to; i++) {
      if (!unsupported.has(i) || pairedQ.has(i)) continue;
      const into = splitVerbOfParticle(q, i, (k) => pairOfQ.get(k));
      if (!into) continue;
      into.q.push(i);
      into.pair[1] = spanText(quoteText, q, into.q);
      pairedQ.add(i);
      rewordedQuote.add(i);
    }
    for (const p of lost) {
      if (pairedP.has(p)) continue;
      const into = splitVerbOfParticle(pTerms, p, (k) => pairOfP.get(k));
      if (!into) continue;
      into.p.push(p);
      into.pair[0] = spanText(pText, pTerms, into.p);
      pairedP.add(p);
    }
    for (const run of runsOf(
      [...unsupported].filter((i) => i >= seg.from && i < seg.to && !pairedQ.has(i)),
    )) {
      const t = trimLight(q, run);
      if (t.some((i) => !q[i]!.light)) added.push(spanText(quoteText, q, t));
    }
    for (const run of runsOf([...lost].filter((p) => !pairedP.has(p)))) {
      const t = trimLight(pTerms, run);
      if (t.some((p) => !pTerms[p]!.light)) dropped.push(spanText(pText, pTerms, t));
    }
  }
  const primary = mergeSpans(
    alignment.segments.map((s) => segmentSpan(s, textOf)),
    textOf,
  );
  return {
    primary,
    added,
    dropped,
    substituted,
    gapPairs,
    gapAfter,
    gapBefore,
    unsupported,
    unmatchedPrimary,
    reworded,
    rewordedQuote,
    dissolved,
  };
}
