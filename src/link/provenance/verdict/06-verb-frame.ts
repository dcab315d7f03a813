import { hasSense, lemmasOf } from '../../../nlp/wordnet/wordnet.ts';
import {
  EPISTEMIC_ADVERBS,
  GERUND_BEFORE_INFINITIVE_AFTER_WORDS,
  STATIVE_VERBS,
} from '../../../nlp/lexicons/verb-frames.ts';
import { NEGATION_CUES } from '../../../nlp/lexicons/negations.ts';
import { SPEECH_VERB_FORMS } from '../../../nlp/lexicons/speech-verbs.ts';
import type { Term } from '../terms.ts';
import { frameOf, isConative, isMarked, type VerbFrame } from './verb-frame.ts';
import { type Rule, textOf } from './rule.ts';
import { subordinatorBefore } from './25-perfect-out-of-time-clause.ts';

/**
 * The verb is kept but its frame changed: what was possible, advised or wished becomes certain or
 * required ("could get done" → "will get done", "should sell" → "will sell"), or what was planned
 * becomes done ("intend to announce" → "have announced", "is going to create" → "has created").
 * Compared on every verb the quote renders from its source; a quote that opens on the verb itself
 * ("exceed 6 percent") says nothing of the frame and is not compared. One reason per segment.
 */
export const verbFrameChanged: Rule = ({ alignment, quoteText, articleText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const pText = articleText(seg.candidate.article);
    for (const m of [...seg.support.values()].sort((a, b) => a.q - b.q)) {
      const q = alignment.quote[m.q]!;
      const p = seg.candidate.terms[m.p]!;
      if (!isComparableVerb(q) || !isComparableVerb(p)) continue;
      if (isNounModifier(alignment.quote, m.q) || isNounModifier(seg.candidate.terms, m.p)) continue;
      const complement = complementMoved(alignment.quote, m.q, seg.candidate.terms, m.p);
      if (complement !== null) {
        out.push(`verdict.tense-changed: "${complement[0]}" → "${complement[1]}"`);
        break;
      }
      const fq = frameOf(alignment.quote, m.q);
      const fp = frameOf(seg.candidate.terms, m.p);
      // Two bare verbs are compared only where one is a finite present ("we fund" → "we funded").
      if (!isMarked(fq) && !isMarked(fp) && fq.time !== 'present' && fp.time !== 'present') continue;
      if (fq.truncated && !isMarked(fq)) continue;
      // "has to end, and end soon": a bare verb after "and"/"or" shares the frame of the verb before.
      if (!isMarked(fq) && COORDINATORS.has(alignment.quote[m.q - 1]?.norm ?? '')) continue;
      // An attempt against a bare verb may be a noun's ("no intention of lobbying"): not compared,
      // unless the bare verb is told as done ("have worked to lower" → "lowered").
      if ((isConative(fq) || isConative(fp)) && !(isMarked(fq) && isMarked(fp))) {
        const bare = isMarked(fq) ? fp : fq;
        if (bare.time !== 'done') continue;
      }
      // "We expect the ferry to sail on time" → "We expect that the ferry will sail on time": a verb
      // of expectation takes its complement as an infinitive or as a "that … will" clause, and
      // the quote kept the verb that governs it.
      if (
        isInfinitiveMadeFinite(fp, fq) &&
        keepsGoverningHedge(seg.candidate.terms, m.p, alignment.quote, m.q)
      )
        continue;
      // "until the bridge is declared safe" → "until it has been declared safe": in a clause of time
      // the present and the perfect both set a point still to come.
      if (isPresentOrPerfectInTimeClause(fq, alignment.quote, m.q, fp, seg.candidate.terms, m.p)) continue;
      const kind = isInfinitiveMadeFinite(fp, fq)
        ? hasHedgeBefore(seg.candidate.terms, m.p)
          ? 'hedge-dropped'
          : 'modality-changed'
        : isHypotheticalMadeReal(fp, fq, seg.candidate.terms, m.p)
          ? 'modality-changed'
          : isInfinitiveMadeDone(fp, fq)
            ? 'tense-changed'
            : changeOf(fq, fp, isStative(p.norm));
      if (kind === null) continue;
      if (
        kind === 'modality-changed' &&
        possibilityByAdverb(fq, fp, alignment.quote, m.q, seg.candidate.terms, m.p)
      )
        continue;
      const before = `${fp.words.filter(isShown).join(' ')} ${textOf(pText, p)}`.trim();
      const after = `${fq.words.filter(isShown).join(' ')} ${textOf(quoteText, q)}`.trim();
      out.push(`verdict.${kind}: "${before}" → "${after}"`);
      break;
    }
  }
  return out;
};

const COORDINATORS = new Set(['and', 'or', 'but', 'nor']);

/** Auxiliaries of a present or perfect verb group, walked back over to find where it opens. */
const GROUP_AUXILIARIES = new Set(['is', 'are', 'am', 'be', 'been', 'being', 'has', 'have', "'ve"]);

/**
 * Both verbs are a present or a present perfect, each in a clause opened by a subordinator of time
 * ("until", "once", "after", "before", "when"): there English puts a future completion in either
 * form, and one for the other changes no time.
 */
function isPresentOrPerfectInTimeClause(
  fq: VerbFrame,
  quote: readonly Term[],
  q: number,
  fp: VerbFrame,
  terms: readonly Term[],
  p: number,
): boolean {
  const presentOrDone = (f: VerbFrame) =>
    f.modality === 'plain' && (f.time === 'present' || f.time === 'done');
  if (!presentOrDone(fq) || !presentOrDone(fp)) return false;
  return inTimeClause(quote, q) && inTimeClause(terms, p);
}

function inTimeClause(terms: readonly Term[], verb: number): boolean {
  let start = verb;
  while (start > 0 && GROUP_AUXILIARIES.has(terms[start - 1]!.norm)) start--;
  return start < verb && subordinatorBefore(terms, start) >= 0;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A word between an article and a noun modifies that noun ("the ground station", "a test flight"),
 * whatever else WordNet lists it as: no verb group to compare. (A noun after a copula, "will be the
 * subject of talks", carries the copula's time and is compared.)
 */
function isNounModifier(terms: readonly Term[], i: number): boolean {
  const next = terms[i + 1];
  if (!ARTICLES.has(terms[i - 1]?.norm ?? '') || next === undefined || next.light) return false;
  return hasSense(next.norm, 'n');
}

const EPISTEMIC = new Set(EPISTEMIC_ADVERBS.map((a) => a.word));
/** How far before its verb, in its clause, an adverb of possibility may stand ("maybe the pipes burst"). */
const EPISTEMIC_LOOKBACK_TERMS = 6;

/**
 * "may have started" ↔ "perhaps started": a modal of possibility on one side, a plain verb on the
 * other with "perhaps", "possibly" or "maybe" before it in its clause. The adverb says of the
 * clause what the modal says of the verb, so the possibility is kept, however worded.
 */
function possibilityByAdverb(
  fq: VerbFrame,
  fp: VerbFrame,
  quote: readonly Term[],
  qi: number,
  terms: readonly Term[],
  pi: number,
): boolean {
  const adverbBefore = (ts: readonly Term[], i: number) => {
    for (
      let j = i - 1;
      j >= Math.max(0, i - EPISTEMIC_LOOKBACK_TERMS) && ts[j]!.clause === ts[i]!.clause;
      j--
    )
      if (EPISTEMIC.has(ts[j]!.norm)) return true;
    return false;
  };
  if (fq.modality === 'plain' && fp.modality === 'possible') return adverbBefore(quote, qi);
  if (fp.modality === 'plain' && fq.modality === 'possible') return adverbBefore(terms, pi);
  return false;
}

/** The negation cues that are verbs in their own base form ("refuse", "lack"). */
const NEGATIVE_VERBS: ReadonlySet<string> = new Set(
  NEGATION_CUES.map((c) => c.cue).filter((c) => !c.includes(' ') && lemmasOf(c, 'v').includes(c)),
);

/** Modals that make a verb a statement of what will or must be. */
const ASSERTING_MODALS = new Set(['will', 'shall', "'ll", 'must']);

/**
 * An infinitive whose frame the walk did not read ("expect the inspections to start", "keep the
 * option to appeal": a noun stands between it and what governs it) put as "will"/"must" + the verb:
 * what was expected, wanted, asked or reserved is now said to happen. Whatever governed the "to",
 * the report asserts what the speaker did not.
 */
function isInfinitiveMadeFinite(p: VerbFrame, q: VerbFrame): boolean {
  // The frame may hold more after the "to" ("we hope to be ready to publish"): it opens on an
  // infinitive all the same, governed from behind the walk.
  if (p.truncated || p.words[0] !== 'to') return false;
  return q.words.some((w) => ASSERTING_MODALS.has(w));
}

/**
 * An infinitive put as done ("we aim, once the survey is back, to reopen the pier" → "we have
 * reopened the pier"): a "to"-infinitive names an act not yet realised, whatever governed it from
 * behind the walk; the perfect tells it as having happened.
 */
function isInfinitiveMadeDone(p: VerbFrame, q: VerbFrame): boolean {
  return !p.truncated && p.words[0] === 'to' && p.time !== 'done' && q.words[0] !== 'to' && q.time === 'done';
}

/** Terms before the verb, in its clause, read for a hedge that governed it ("I expect … to start"). */
const HEDGE_LOOKBEHIND_TERMS = 8;

function hasHedgeBefore(terms: readonly Term[], verb: number): boolean {
  const clause = terms[verb]!.clause;
  return terms
    .slice(Math.max(0, verb - HEDGE_LOOKBEHIND_TERMS), verb)
    .some((t) => t.hedge && t.clause === clause);
}

/**
 * The hedge that governs the passage's infinitive ("we expect … to avoid") stands before the
 * quote's verb too, in the words leading up to it ("we expect that … will avoid"), across the
 * "that" clause the report opened.
 */
function keepsGoverningHedge(
  passage: readonly Term[],
  verb: number,
  quote: readonly Term[],
  quoteVerb: number,
): boolean {
  const clause = passage[verb]!.clause;
  const said = passage
    .slice(Math.max(0, verb - HEDGE_LOOKBEHIND_TERMS), verb)
    .filter((t) => t.hedge && t.clause === clause)
    .map((t) => t.stem);
  if (said.length === 0) return false;
  return quote
    .slice(Math.max(0, quoteVerb - HEDGE_LOOKBEHIND_TERMS), quoteVerb)
    .some((t) => t.hedge && said.includes(t.stem));
}

/**
 * "would" is a conditional ("the refinery would reopen if the strike ended", "the offer would see
 * pay rise": under terms not yet met); "will" in its place makes it a real prospect. Only where the
 * speaker's "would" is itself a reported future, backshifted under a past verb of saying or thinking
 * before it ("we said the plant would close"), is "will" the future it reported. The other way
 * round ("will" → "would") is the report's own backshift, licensed by its past frame, and is not
 * compared here. A bare present in its place ("we'd start in the spring" → "we start in the
 * spring") asserts the plan as "will" does: the simple present tells of what is scheduled.
 */
function isHypotheticalMadeReal(
  p: VerbFrame,
  q: VerbFrame,
  sentence: readonly Term[],
  verb: number,
): boolean {
  if (!p.words.includes('would') || q.words.includes('would')) return false;
  const asserted =
    q.words.some((w) => w === 'will' || w === "'ll" || w === 'shall') ||
    (q.words.length === 0 && q.time === 'present');
  if (!asserted) return false;
  if (sentence.some((t) => t.condition)) return true;
  return !isBackshifted(sentence, verb);
}

/** Verbs of thinking that report a clause as verbs of saying do ("we thought it would hold"). */
const PAST_COGNITION_VERBS = new Set([
  'thought',
  'knew',
  'believed',
  'expected',
  'hoped',
  'feared',
  'assumed',
]);

/** A past verb of saying or thinking before the verb, in its sentence: the "would" it governs is backshift. */
function isBackshifted(sentence: readonly Term[], verb: number): boolean {
  return sentence.slice(0, verb).some((t) => {
    if (PAST_COGNITION_VERBS.has(t.norm)) return true;
    const sv = SPEECH_VERB_FORMS.get(t.norm);
    return sv !== undefined && sv.class === 'reports' && t.norm === sv.forms[2];
  });
}

/**
 * Words that may head a verb group: content words, and the light verbs "be", "have", "do", "get",
 * "let" (light for "let's" and "let me", but a verb that takes a frame: "must let them finish").
 */
function isComparableVerb(t: Term): boolean {
  if (t.name || t.num !== null || t.hedge || isAbleAdjective(t.norm)) return false;
  // A verb whose meaning holds the negation ("refuse" is "will not", "lack" is "not have") still
  // heads its verb group: "can refuse" → "must refuse" changes its frame as any verb's would.
  // Only the cues that are verbs themselves: "not" is no verb, whatever the stemmer makes of it.
  if (t.neg && !lemmasOf(t.norm, 'v').some((l) => NEGATIVE_VERBS.has(l))) return false;
  return !t.light || ['be', 'have', 'do', 'get', 'let', 'lets'].includes(t.norm);
}

const GERUND_BEFORE = new Set(GERUND_BEFORE_INFINITIVE_AFTER_WORDS);

/** The verb before `terms[i]` that takes it as an "-ing" or a "to" complement, with the form taken. */
function complementOf(
  terms: readonly Term[],
  i: number,
): { head: string; form: 'ing' | 'to'; words: string } | null {
  const to = terms[i - 1]?.norm === 'to';
  const head = terms[to ? i - 2 : i - 1];
  if (head === undefined) return null;
  const lemma = lemmasOf(head.norm, 'v').find((l) => GERUND_BEFORE.has(l));
  if (lemma === undefined) return null;
  if (!to && !/ing$/.test(terms[i]!.norm)) return null;
  return { head: lemma, form: to ? 'to' : 'ing', words: `${head.norm}${to ? ' to' : ''} ${terms[i]!.norm}` };
}

/** "remember signing" → "remember to sign": one head, the other complement, the act moved in time. */
function complementMoved(
  quote: readonly Term[],
  qi: number,
  passage: readonly Term[],
  pi: number,
): [string, string] | null {
  const q = complementOf(quote, qi);
  const p = complementOf(passage, pi);
  if (q === null || p === null || q.head !== p.head || q.form === p.form) return null;
  return [p.words, q.words];
}

/** "affordable", "acceptable": an adjective of what can be done, no verb with a frame of its own. */
function isAbleAdjective(word: string): boolean {
  return /(?:able|ible)$/.test(word) && lemmasOf(word, 'a').includes(word);
}

function isShown(w: string): boolean {
  return w !== 'the' && w !== 'all' && w !== 'both';
}

const STATIVE: ReadonlySet<string> = new Set(STATIVE_VERBS.map((v) => v.word));

/** A verb of a state ("have", "own", "know"), by any of its forms' lemmas. */
function isStative(word: string): boolean {
  return lemmasOf(word, 'v').some((l) => STATIVE.has(l));
}

/**
 * "modality-changed", "tense-changed", or null when the two frames say the same. `stative`: the
 * verb tells of a state, whose simple present is never a schedule.
 */
function changeOf(q: VerbFrame, p: VerbFrame, stative: boolean): 'modality-changed' | 'tense-changed' | null {
  // An intention reported as done is a change of time, as any plan told as done is ("we intend to
  // sign" → "we have signed"); put as "will", it is the modality that changed.
  const intentionDone =
    (q.intended === true || p.intended === true) && (q.time === 'done' || p.time === 'done');
  if (q.modality !== p.modality && !intentionDone) return 'modality-changed';
  if (q.time === null || p.time === null) return null;
  // The simple present also tells of what is scheduled ("we meet on Friday" / "we will meet"),
  // an event's, not a state's ("we have a deal" is not "we will have a deal").
  if ((q.time === 'present' && p.time === 'future') || (q.time === 'future' && p.time === 'present')) {
    if (!stative && (!isMarked(q) || !isMarked(p))) return null;
  }
  const same = (t: string) => (t === 'ongoing' ? 'present' : t);
  return same(q.time) !== same(p.time) ? 'tense-changed' : null;
}
