/**
 * The stance a clause takes, read from how the language marks it (src/nlp/lexicons/stance-cues.ts):
 * a condition with a commitment ("only if …, we will"), a refusal bound to the future or to every
 * case (a red line), a verb of refusing (rejection), a deontic modal or verb of requiring (demand),
 * an expression of readiness (offer), and otherwise an assessment — a statement of how things are.
 * The order is the order of specificity: "we will not accept it unless …" is a condition before it
 * is a red line, and "we must never give up" a red line before a demand.
 */
import type { Stance } from '../model/analysis.ts';
import type { Span } from '../model/span.ts';
import { CONDITION_CUES } from '../nlp/lexicons/conditions.ts';
import {
  COMMITMENT_MODALS,
  CONDITIONAL_COMMITMENTS,
  DEMAND_CUES,
  OFFER_CUES,
  RED_LINE_PHRASES,
  REJECTION_CUES,
  type StanceCue,
  YIELD_VERBS,
} from '../nlp/lexicons/stance-cues.ts';
import { inflectionStem } from '../nlp/stem.ts';
import { type Token, tokenize } from '../nlp/tokens.ts';


export interface StanceReading {
  stance: Stance;
  /** The cue that decided, or null for a plain assessment. */
  cue: Span | null;
}

/** A negation reaches a verb of yielding this many words on ("will not, under any pressure, give up"). */
const NEGATION_REACH_WORDS = 5;
/** A negation binds a modal this close ("will not", "would never", "do not intend"). */
const MODAL_REACH_WORDS = 3;

/** Cue phrases as arrays of inflection stems, so "insisted" meets "insist". */
interface Pattern {
  stems: string[];
}

function patternsOf(cues: readonly StanceCue[]): Pattern[] {
  return cues.map((c) => ({ stems: tokenize(c.cue).map((t) => inflectionStem(t.norm)) }));
}

const CONDITIONS = patternsOf(CONDITION_CUES.map((c) => ({ cue: c.cue, example: c.example })));
const CONDITIONAL = patternsOf(CONDITIONAL_COMMITMENTS);
const RED_LINES = patternsOf(RED_LINE_PHRASES);
const YIELDS = patternsOf(YIELD_VERBS);
const MODALS = patternsOf(COMMITMENT_MODALS);
const REJECTIONS = patternsOf(REJECTION_CUES);
const DEMANDS = patternsOf(DEMAND_CUES);
const OFFERS = patternsOf(OFFER_CUES);

/** Plain negators; contracted ones ("won't", "can't") are read from their ending. */
const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nor', 'neither', 'nothing']);
/** Contractions that carry a modal of commitment besides the negation. */
const NEGATED_MODALS = new Set(["won't", "wouldn't", "shan't"]);

interface Word {
  token: Token;
  stem: string;
}

/** The stance of `text[from, to)`: the first rule that fires, in order of specificity. */
export function readStance(text: string, from: number, to: number): StanceReading {
  const words: Word[] = tokenize(text, from, to).map((t) => ({ token: t, stem: inflectionStem(t.norm) }));
  return (
    conditionOf(words) ??
    redLineOf(words) ??
    firstCue(words, REJECTIONS, 'rejection') ??
    firstCue(words, DEMANDS, 'demand') ??
    firstCue(words, OFFERS, 'offer') ?? { stance: 'assessment', cue: null }
  );
}

/** A condition cue and, anywhere in the clause, a commitment it conditions. */
function conditionOf(words: readonly Word[]): StanceReading | null {
  const at = findFirst(words, CONDITIONS);
  if (at === null) return null;
  // "asked if", "whether": an indirect question, not a condition.
  const before = words[at.start - 1]?.stem;
  if (before === 'ask' || before === 'wonder') return null;
  if (findFirst(words, CONDITIONAL) === null) return null;
  return { stance: 'condition', cue: spanOf(words, at) };
}

/** A closing phrase, or a negation before a verb of yielding or a modal of commitment. */
function redLineOf(words: readonly Word[]): StanceReading | null {
  const phrase = findFirst(words, RED_LINES);
  if (phrase !== null) return { stance: 'red line', cue: spanOf(words, phrase) };
  for (let i = 0; i < words.length; i++) {
    const norm = words[i]!.token.norm;
    const contracted = norm.endsWith("n't");
    if (!NEGATORS.has(norm) && !contracted) continue;
    for (let j = i + 1; j <= i + NEGATION_REACH_WORDS && j < words.length; j++) {
      const hit = matchAt(words, j, YIELDS);
      if (hit !== null) return { stance: 'red line', cue: spanOf(words, { start: i, end: j + hit }) };
    }
    if (NEGATED_MODALS.has(norm)) return { stance: 'red line', cue: spanOf(words, { start: i, end: i + 1 }) };
    for (let j = Math.max(0, i - MODAL_REACH_WORDS); j <= i + MODAL_REACH_WORDS && j < words.length; j++) {
      if (j !== i && matchAt(words, j, MODALS) !== null) {
        return { stance: 'red line', cue: spanOf(words, { start: Math.min(i, j), end: Math.max(i, j) + 1 }) };
      }
    }
  }
  return null;
}

function firstCue(words: readonly Word[], patterns: readonly Pattern[], stance: Stance): StanceReading | null {
  const at = findFirst(words, patterns);
  return at === null ? null : { stance, cue: spanOf(words, at) };
}

/** The first place (in word order) where any pattern matches, as a word range. */
function findFirst(words: readonly Word[], patterns: readonly Pattern[]): { start: number; end: number } | null {
  for (let i = 0; i < words.length; i++) {
    const n = matchAt(words, i, patterns);
    if (n !== null) return { start: i, end: i + n };
  }
  return null;
}

/** The length in words of the longest pattern matching at word i, or null. */
function matchAt(words: readonly Word[], i: number, patterns: readonly Pattern[]): number | null {
  let best: number | null = null;
  for (const p of patterns) {
    if (i + p.stems.length > words.length) continue;
    if (p.stems.every((s, k) => words[i + k]!.stem === s) && (best === null || p.stems.length > best)) {
      best = p.stems.length;
    }
  }
  return best;
}

function spanOf(words: readonly Word[], range: { start: number; end: number }): Span {
  return { start: words[range.start]!.token.start, end: words[range.end - 1]!.token.end };
}
