import type { Provenance, Verdict } from '../../../model/quote.ts';
import type { Alignment } from '../alignment/align.ts';
import { type Term, termize } from '../terms.ts';
import { UNSUPPORTED_COVERAGE, UNSUPPORTED_COVERAGE_FRAGMENT } from './verdict.ts';

/**
 * How sure Hearsay is of a verdict (not of the quote): a number in [0, 1] read from the same
 * evidence the judge decided on. Every verdict is a line drawn somewhere — a coverage floor, a
 * named rule that fired, an alignment good enough to judge a quote credited to someone else — and
 * a call is weak when its measure sits close to that line or when the rule that decided it rests
 * on soft evidence. Per verdict:
 * - verbatim: word for word is a fact of the alignment; only a quote stitched from several passages
 *   (an ellipsis) is less sure: the cut may have taken a hedge or a negation with it.
 * - altered: the crispness of the strongest rule that fired (a figure or a negation changed is
 *   crisp; a word added or a rewording without WordNet evidence is soft; an added negation or a
 *   figure written in words is crisp in kind but rests on a looser reading), raised a little by other
 *   rules agreeing, times how firmly the quote aligned (a change found against the wrong passage
 *   is an artefact of the alignment, not of the report).
 * - paraphrase: the margin of coverage above the unsupported floor, lowered by every rewording,
 *   addition and omission no rule vouched for (each is a place an alteration could hide), more when
 *   one of them holds a negation, a figure, a name, a quantifier, a hedge or a condition (the words
 *   the crisp rules read: a change there that no rule called is suspect), and by words matched out
 *   of order (a swapped subject and object, a negation moved, keep every word).
 * - unsupported: the margin of coverage below the floor.
 * - no_primary: sure when nothing aligns at all; when it was decided on a judgement (the speaker
 *   is not in the primary, the report tells another event, the quote is unattributed) the better
 *   the words align, the likelier the judgement hid a quote that should have been checked.
 * A primary of another story than the report's (the reason `provenance.primary-of-another-story`)
 * lowers any verdict: the report may quote another occasion.
 * The values are an ordering set by reasoning about each rule, not probabilities fitted to labelled
 * data: they rank calls for a person to check, weakest first. `node eval/confidence.ts` measures
 * how well they separate right verdicts from wrong ones on the quote-pair set: AUROC dev 0.95
 * (3 wrong calls of 193 left, so little to go on; the rule table was adjusted looking at dev
 * misses), held-out 0.52 (6 wrong of 47: one wrong call moves it by about 0.04).
 */

/** What the judge knew: the verdict, its reasons, the diff's sizes and the alignment's measures. */
export interface ConfidenceInput {
  verdict: Verdict;
  /** The verdict's reasons; their rule names (`verdict.number-changed`) say how crisp it is. */
  reasons: readonly string[];
  /** The rewordings, additions and omissions the diff lists (Provenance's own fields). */
  substituted: readonly (readonly [string, string])[];
  added: readonly string[];
  dropped: readonly string[];
  /** The alignment's weighted coverage and score, or null when nothing aligned (or was retrieved). */
  coverage: number | null;
  score: number | null;
  /**
   * The line the deciding measure was compared with: the coverage floor for paraphrase, altered and
   * unsupported; for a `no_primary` decided on a weak alignment, the alignment it would have needed
   * to be judged anyway (see NO_PRIMARY_MEASURE for which measure).
   */
  threshold: number;
  /**
   * Share of the quote's supported content words the primary has, but not in the quote's order
   * (matched as a bag, off the ordered anchors); 0 when unknown.
   */
  unordered?: number;
  /** How many primary spans the quote was aligned to (Provenance.primary.length); several = stitched. */
  spans?: number;
}

/** An exact quote: every word the source's own, in order. Short of 1 only for rounding's sake. */
const VERBATIM_CONFIDENCE = 0.98;
/**
 * A verbatim quote stitched from several primary passages (an ellipsis, or pieces joined without
 * one) is word for word in each piece, but what was cut between them can change what the pieces
 * say (a hedge, a negation), and whether a cut quote is still "verbatim" is itself a call.
 */
const STITCHED_VERBATIM_CONFIDENCE = 0.8;
/** Confidence lost per unit of scatter (1 − score) of a verbatim quote's support, down to the above. */
const SCATTERED_VERBATIM_PENALTY = 0.3;

/**
 * How crisp the evidence of each altered rule is. High: the change is a token-level fact that
 * can be shown (a figure, a negation, a verb frame, a quantifier, a dropped "if"). Middle: word
 * lists decide (hedges, intensifiers, hardened pairs, loaded words, names). Low: the rule says the
 * source lacks a word or a rewording has no synonym evidence, which a translation or a synonym
 * WordNet lacks also produces.
 */
const RULE_CONFIDENCE: Readonly<Record<string, number>> = {
  'number-changed': 0.95,
  'negation-dropped': 0.92,
  'negation-added': 0.8,
  'tense-changed': 0.88,
  'time-changed': 0.88,
  'modality-changed': 0.88,
  'scope-changed': 0.85,
  'condition-dropped': 0.85,
  'number-not-in-primary': 0.85,
  'wording-hardened': 0.85,
  'wording-softened': 0.85,
  'hedge-dropped': 0.82,
  'hedge-added': 0.8,
  'intensifier-added': 0.8,
  'loaded-word-added': 0.75,
  'actor-changed': 0.75,
  'sentence-added': 0.72,
  'conjunct-cut': 0.8,
  'qualifier-dropped': 0.72,
  'qualifier-added': 0.62,
  'word-added': 0.6,
  'wording-changed': 0.58,
};
/**
 * A changed figure of which one side is written in words ("42" → "forty") rests on parsing number
 * words, which can split "forty-two" or lose a scale word: a crisp rule on a soft reading.
 */
const NUMBER_IN_WORDS_CONFIDENCE = 0.75;
/** A hardening found through WordNet definitions ("drop sharply") rather than the hardening table. */
const GLOSS_HARDENED_CONFIDENCE = 0.72;
/** A rule this table does not know yet (one added since): between the soft and the middle ones. */
const UNKNOWN_RULE_CONFIDENCE = 0.65;
/**
 * Share of the remaining doubt each further, different rule removes (scaled by its own crispness):
 * two independent rules finding a change agree, but they read the same alignment, so they are not
 * independent evidence.
 */
const CORROBORATION = 0.3;
/**
 * An alteration found against an alignment scoring this much or more is found against the passage
 * the report renders; at the coverage floor it keeps ALTERED_WEAK_ALIGNMENT_FACTOR of its rule's
 * confidence (a weak alignment pairs words of the wrong passage, and the "changes" are the gaps).
 */
const ALTERED_FIRM_SCORE = 0.8;
const ALTERED_WEAK_ALIGNMENT_FACTOR = 0.7;

/**
 * A paraphrase at the floor is close to a coin toss against `unsupported` (and may hide an
 * alteration no rule caught); one PARAPHRASE_CLEAR_MARGIN of coverage above it is clear of it. Even
 * then "same meaning" is read from words and WordNet, never proven: PARAPHRASE_MAX.
 */
const PARAPHRASE_AT_FLOOR = 0.45;
const PARAPHRASE_MAX = 0.9;
const PARAPHRASE_CLEAR_MARGIN = 0.35;
/**
 * Share of confidence lost per rewording or addition the diff lists (an omission counts half: it
 * selects rather than changes, and dropped hedges and conditions have rules of their own), up to
 * REWORDING_MAX_PENALTY: a loose paraphrase is where an unflagged alteration hides.
 */
const REWORDING_PENALTY = 0.05;
const OMISSION_WEIGHT = 0.5;
const REWORDING_MAX_PENALTY = 0.3;
/**
 * Kept share of a paraphrase's confidence when its diff touches a negation, a figure, a name, a
 * quantifier, a hedge or a condition: a crisp rule should have spoken, and did not (a prefix
 * negation rendered with "not" is a fair paraphrase that lands here too: worth a look, not an alarm).
 */
const SENSITIVE_CHANGE_FACTOR = 0.8;
/**
 * Confidence lost per unit of out-of-order share: every word kept but in another order is how a
 * swapped comparison ("China invests more than the US" → "the US … than China") slips through.
 */
const UNORDERED_PENALTY = 0.4;

/**
 * An `unsupported` at the floor is a coin toss against `paraphrase`; with nothing of the quote in
 * the primary it is as sure as retrieval can make it (the quote may still be reworded past
 * recognition, or come from another occasion the same speaker spoke at).
 */
const UNSUPPORTED_AT_FLOOR = 0.5;
const UNSUPPORTED_MAX = 0.92;

/** No primary in the whole set: a fact of the input, not a judgement. */
const NO_PRIMARY_IN_SET = 0.99;
/**
 * A primary exists but nothing of the quote aligns to it, and its speaker is not (or not known to
 * be) the primary's: sure, short of a quote so reworded that no word survives, misattributed.
 */
const NO_PRIMARY_NOTHING_ALIGNS = 0.9;
/**
 * A `no_primary` that rests on another stage's judgement is no surer than that judgement, however
 * little aligns: the attribution (a quote credited to someone the primary does not give the floor
 * to; right for some 83–90% of quotes, see the README), the event (a report dated or clustered
 * elsewhere), or no speaker at all — then whether the primary's speaker said it is open, and a
 * quote of theirs that the primary lacks would be `unsupported`, the call a reader most needs.
 */
const NO_PRIMARY_CAP: Readonly<Record<string, number>> = {
  'provenance.speaker-not-in-primary': 0.85,
  'provenance.report-of-another-event-and-weakly-aligned': 0.9,
  'provenance.nothing-aligns-and-report-of-another-event': 0.9,
  'provenance.unattributed-and-weakly-aligned': 0.75,
  'provenance.nothing-aligns-and-speaker-unknown': 0.75,
};
/**
 * A `no_primary` whose measure reached its threshold (decided on another ground, e.g. too few
 * content words matched) is a borderline call; between nothing and the threshold confidence falls
 * with the square of the measure's share of it, so a few shared words barely lower it.
 */
const NO_PRIMARY_AT_THRESHOLD = 0.5;
/** Which alignment measure each `no_primary` judgement was drawn on (the orchestrator's rules). */
const NO_PRIMARY_MEASURE: Readonly<Record<string, 'score' | 'coverage'>> = {
  'provenance.speaker-not-in-primary': 'score',
  'provenance.report-of-another-event-and-weakly-aligned': 'score',
  'provenance.unattributed-and-weakly-aligned': 'coverage',
  'provenance.nothing-aligns-and-report-of-another-event': 'coverage',
  'provenance.nothing-aligns-and-speaker-unknown': 'coverage',
};

/**
 * The report was not clustered with the primary's story: it may quote another occasion, so any
 * verdict against this primary is less sure.
 */
const OTHER_STORY_FACTOR = 0.85;
const OTHER_STORY_REASON = 'provenance.primary-of-another-story';

/** Quotes of at most this many content words use the fragment floor (mirrors verdict.ts). */
const FRAGMENT_MAX_CONTENT_WORDS = 3;

/** The confidence of a verdict, in [0, 1], rounded to three decimals (see the file comment). */
export function verdictConfidence(input: ConfidenceInput): number {
  const base = byVerdict(input);
  const other = input.reasons.some((r) => ruleOf(r) === OTHER_STORY_REASON) ? OTHER_STORY_FACTOR : 1;
  return Math.round(clamp01(base * other) * 1000) / 1000;
}

function byVerdict(input: ConfidenceInput): number {
  switch (input.verdict) {
    case 'verbatim':
      if ((input.spans ?? 1) > 1) return STITCHED_VERBATIM_CONFIDENCE;
      return Math.max(
        STITCHED_VERBATIM_CONFIDENCE,
        VERBATIM_CONFIDENCE - SCATTERED_VERBATIM_PENALTY * (1 - (input.score ?? 1)),
      );
    case 'altered':
      return alteredConfidence(input);
    case 'paraphrase':
    case 'supported':
      return paraphraseConfidence(input);
    case 'unsupported': {
      const coverage = input.coverage ?? 0;
      const margin = clamp01((input.threshold - coverage) / input.threshold);
      return UNSUPPORTED_AT_FLOOR + (UNSUPPORTED_MAX - UNSUPPORTED_AT_FLOOR) * margin;
    }
    case 'no_primary':
      return noPrimaryConfidence(input);
  }
}

function alteredConfidence(input: ConfidenceInput): number {
  const names = [...new Set(input.reasons.filter((r) => r.startsWith('verdict.')).map(ruleOf))];
  const crisp = names.map((n) => ruleConfidence(n, input.reasons)).sort((a, b) => b - a);
  let evidence = crisp[0] ?? UNKNOWN_RULE_CONFIDENCE;
  for (const c of crisp.slice(1)) evidence += (1 - evidence) * CORROBORATION * c;
  const firmness = clamp01(
    ((input.score ?? 0) - input.threshold) / Math.max(1e-9, ALTERED_FIRM_SCORE - input.threshold),
  );
  return evidence * (ALTERED_WEAK_ALIGNMENT_FACTOR + (1 - ALTERED_WEAK_ALIGNMENT_FACTOR) * firmness);
}

function ruleConfidence(name: string, reasons: readonly string[]): number {
  const rule = name.slice('verdict.'.length);
  // A hardening read off a dictionary definition, not off the hardening table: a looser reading.
  if (rule === 'wording-hardened' && reasons.every((r) => ruleOf(r) !== name || r.includes('(WordNet:')))
    return GLOSS_HARDENED_CONFIDENCE;
  if (rule === 'number-changed') {
    const sides = reasons.filter((r) => ruleOf(r) === name).flatMap((r) => r.match(/"[^"]*"/g) ?? []);
    if (sides.some((side) => !/\d/.test(side))) return NUMBER_IN_WORDS_CONFIDENCE;
  }
  return RULE_CONFIDENCE[rule] ?? UNKNOWN_RULE_CONFIDENCE;
}

function paraphraseConfidence(input: ConfidenceInput): number {
  const coverage = input.coverage ?? input.score ?? 0;
  const margin = clamp01((coverage - input.threshold) / PARAPHRASE_CLEAR_MARGIN);
  const base = PARAPHRASE_AT_FLOOR + (PARAPHRASE_MAX - PARAPHRASE_AT_FLOOR) * margin;
  const changes = input.substituted.length + input.added.length + OMISSION_WEIGHT * input.dropped.length;
  const reworded = 1 - Math.min(REWORDING_MAX_PENALTY, REWORDING_PENALTY * changes);
  const sensitive = touchesCrispWords(input) ? SENSITIVE_CHANGE_FACTOR : 1;
  const unordered = 1 - UNORDERED_PENALTY * clamp01(input.unordered ?? 0);
  return base * reworded * sensitive * unordered;
}

/**
 * Some word the report added or reworded is a negation, a figure, a name, a quantifier, a hedge or
 * a condition, or a word it left out is a negation. (Other omissions are a quote's selection: a
 * figure or a name left out of an ellipsis changes nothing said, and dropped hedges, quantifiers
 * and conditions have rules of their own.)
 */
function touchesCrispWords(input: ConfidenceInput): boolean {
  const negation = (t: Term) => t.neg || t.negBase !== null;
  // A name opening a listed phrase is not "inside a sentence" for termize: its capital says it.
  const crisp = (t: Term, text: string) =>
    negation(t) ||
    t.num !== null ||
    t.name ||
    (!t.light && /^\p{Lu}/u.test(text.slice(t.start, t.end))) ||
    t.scope !== null ||
    t.hedge ||
    t.condition;
  return (
    [...input.added, ...input.substituted.flat()].some((text) => termize(text).some((t) => crisp(t, text))) ||
    input.dropped.some((text) => termize(text).some(negation))
  );
}

function noPrimaryConfidence(input: ConfidenceInput): number {
  const rule = ruleOf(input.reasons[0] ?? '');
  if (rule === 'provenance.no-primary-in-the-set') return NO_PRIMARY_IN_SET;
  const cap = NO_PRIMARY_CAP[rule] ?? NO_PRIMARY_NOTHING_ALIGNS;
  const measure = NO_PRIMARY_MEASURE[rule] === 'coverage' ? input.coverage : input.score;
  if (measure === null) return cap;
  const share = clamp01(measure / Math.max(1e-9, input.threshold));
  return cap - (cap - NO_PRIMARY_AT_THRESHOLD) * share * share;
}

/** `verdict.tense-changed: "a" → "b"` → `verdict.tense-changed`. */
function ruleOf(reason: string): string {
  return /^[a-z]+\.[a-z-]+/.exec(reason)?.[0] ?? reason;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** The coverage floor judgeAlignment applied to this alignment (fragments have a lower one). */
export function coverageFloor(alignment: Alignment): number {
  const content = alignment.quote.filter((t) => !t.light).length;
  return content <= FRAGMENT_MAX_CONTENT_WORDS ? UNSUPPORTED_COVERAGE_FRAGMENT : UNSUPPORTED_COVERAGE;
}

/**
 * A provenance with its confidence, from the alignment it was judged on (null when nothing
 * aligned). `threshold` is the line a `no_primary` was drawn at; else the coverage floor.
 */
export function withConfidence(
  alignment: Alignment | null,
  provenance: Omit<Provenance, 'confidence'>,
  threshold?: number,
): Provenance {
  const confidence = verdictConfidence({
    verdict: provenance.verdict,
    reasons: provenance.reasons,
    substituted: provenance.substituted,
    added: provenance.added,
    dropped: provenance.dropped,
    coverage: alignment?.coverage ?? null,
    score: alignment?.score ?? null,
    threshold: threshold ?? (alignment ? coverageFloor(alignment) : UNSUPPORTED_COVERAGE),
    unordered: alignment ? unorderedShare(alignment) : 0,
    spans: provenance.primary.length,
  });
  return { ...provenance, confidence };
}

/** Share of the supported content words of the quote that are not on a segment's ordered anchors. */
export function unorderedShare(alignment: Alignment): number {
  let supported = 0;
  let off = 0;
  for (const seg of alignment.segments) {
    const anchored = new Set(seg.anchors.map((a) => a.q));
    for (const q of seg.support.keys()) {
      if (alignment.quote[q]?.light) continue;
      supported++;
      if (!anchored.has(q)) off++;
    }
  }
  return supported > 0 ? off / supported : 0;
}
