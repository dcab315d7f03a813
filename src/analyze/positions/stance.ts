/**
 * The stance a clause takes, read from how the language marks it (src/nlp/lexicons/stance-cues.ts):
 * a condition with a commitment ("only if …, we will"), a refusal bound to the future or to every
 * case (a red line), a verb of refusing (rejection), a verb of requiring or a deontic modal
 * (demand), an expression of readiness (offer), and otherwise an assessment — a statement of how
 * things are. The order is the order of specificity: "we will not accept it unless …" is a
 * condition before it is a red line, and "we must never give up" a red line before a demand.
 */
import type { Stance } from '../../model/analysis.ts';
import type { Span } from '../../model/span.ts';
import { CONDITION_CUES } from '../../nlp/lexicons/conditions.ts';
import {
  COMMITMENT_MODALS,
  CONDITIONAL_COMMITMENTS,
  DEMAND_VERBS,
  OBLIGATION_CUES,
  OFFER_CUES,
  RED_LINE_PHRASES,
  REJECTION_CUES,
  type StanceCue,
  YIELD_VERBS,
} from '../../nlp/lexicons/stance-cues.ts';
import { inflectionStem } from '../../nlp/stem.ts';
import { type Token, tokenize } from '../../nlp/tokens.ts';

export interface StanceReading {
  stance: Stance;
  /** The cue that decided, or null for a plain assessment. */
  cue: Span | null;
  /**
   * Every cue whose subject holds the stance: "Ruritania rejects the plan", "Ruritania will not
   * accept it" — but not "Ruritania must withdraw", a demand made on it. A sentence may report
   * several holders ("… Ruritania's demand, which Varnia rejects").
   */
  holderCues: Span[];
}

interface CueReading {
  stance: Stance;
  cue: Span;
  bySubject: boolean;
}

/** A negation reaches a verb of yielding this many words on ("will not, under any pressure, give up"). */
const NEGATION_REACH_WORDS = 5;
/** A negation binds a modal this close ("will not", "would never", "do not intend"). */
const MODAL_REACH_WORDS = 3;

/** Cue phrases as arrays of inflection stems ("insisted" meets "insist"), indexed by first stem. */
type Patterns = Map<string, string[][]>;

function patternsOf(...lists: (readonly StanceCue[])[]): Patterns {
  const out: Patterns = new Map();
  for (const c of lists.flat()) {
    const stems = tokenize(c.cue).map((t) => inflectionStem(t.norm));
    const list = out.get(stems[0]!) ?? [];
    list.push(stems);
    list.sort((a, b) => b.length - a.length);
    out.set(stems[0]!, list);
  }
  return out;
}

const CONDITIONS = patternsOf(CONDITION_CUES.map((c) => ({ cue: c.cue, example: c.example })));
const CONDITIONAL = patternsOf(CONDITIONAL_COMMITMENTS);
const RED_LINES = patternsOf(RED_LINE_PHRASES);
const YIELDS = patternsOf(YIELD_VERBS);
const MODALS = patternsOf(COMMITMENT_MODALS);
const REJECTIONS = patternsOf(REJECTION_CUES);
const DEMANDS = patternsOf(DEMAND_VERBS);
const OBLIGATIONS = patternsOf(OBLIGATION_CUES);
const OFFERS = patternsOf(OFFER_CUES);

/** Plain negators; contracted ones ("won't", "can't") are read from their ending. */
const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nor', 'neither', 'nothing']);
/** Contractions that carry a modal of commitment besides the negation. */
const NEGATED_MODALS = new Set(["won't", "wouldn't", "shan't"]);

interface Word {
  token: Token;
  stem: string;
}

/**
 * The stance of `text[from, to)` (its `tokens`, when the caller has them): the first rule that
 * fires, in order of specificity.
 */
export function readStance(
  text: string,
  from: number,
  to: number,
  tokens: readonly Token[] = tokenize(text, from, to),
): StanceReading {
  const words: Word[] = tokens.map((t) => ({ token: t, stem: inflectionStem(t.norm) }));
  const readings = [
    conditionOf(words),
    redLineOf(words, 0),
    firstCue(words, REJECTIONS, 'rejection', true),
    negatedDemand(firstCue(words, DEMANDS, 'demand', true), words),
    negatedDemand(firstCue(words, OBLIGATIONS, 'demand', false), words),
    firstCue(words, OFFERS, 'offer', true),
  ].filter((r) => r !== null);
  if (readings.length === 0) return { stance: 'assessment', cue: null, holderCues: [] };
  return { stance: readings[0]!.stance, cue: readings[0]!.cue, holderCues: holderCuesOf(words) };
}

/** Every cue of a stance held by its subject, in text order. */
function holderCuesOf(words: readonly Word[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const red = redLineAt(words, i);
    if (red !== null) {
      out.push(red.cue);
      continue;
    }
    for (const patterns of [REJECTIONS, DEMANDS, OFFERS]) {
      const n = matchAt(words, i, patterns);
      if (n !== null) {
        out.push(spanOf(words, { start: i, end: i + n }));
        break;
      }
    }
  }
  return out;
}

/** A condition cue and, anywhere in the clause, a commitment it conditions. */
function conditionOf(words: readonly Word[]): CueReading | null {
  const at = findFirst(words, CONDITIONS);
  if (at === null) return null;
  // "asked if", "whether": an indirect question, not a condition.
  const before = words[at.start - 1]?.stem;
  if (before === 'ask' || before === 'wonder') return null;
  if (findFirst(words, CONDITIONAL) === null) return null;
  return { stance: 'condition', cue: spanOf(words, at), bySubject: false };
}

/** The first red line from word `from` on. */
function redLineOf(words: readonly Word[], from: number): CueReading | null {
  for (let i = from; i < words.length; i++) {
    const hit = redLineAt(words, i);
    if (hit !== null) return hit;
  }
  return null;
}

/** A closing phrase at word i, or a negation there before a verb of yielding or a modal of commitment. */
function redLineAt(words: readonly Word[], i: number): CueReading | null {
  const phrase = matchAt(words, i, RED_LINES);
  if (phrase !== null) return redLine(words, i, i + phrase);
  const norm = words[i]!.token.norm;
  if (!NEGATORS.has(norm) && !norm.endsWith("n't")) return null;
  for (let j = i + 1; j <= i + NEGATION_REACH_WORDS && j < words.length; j++) {
    const hit = matchAt(words, j, YIELDS);
    if (hit !== null) return redLine(words, i, j + hit);
  }
  if (NEGATED_MODALS.has(norm)) return redLine(words, i, i + 1);
  for (let j = Math.max(0, i - MODAL_REACH_WORDS); j <= i + MODAL_REACH_WORDS && j < words.length; j++) {
    if (j !== i && matchAt(words, j, MODALS) !== null)
      return redLine(words, Math.min(i, j), Math.max(i, j) + 1);
  }
  return null;
}

function redLine(words: readonly Word[], start: number, end: number): CueReading {
  return { stance: 'red line', cue: spanOf(words, { start, end }), bySubject: true };
}

/**
 * A demand denied is a rejection: "we do not consider it necessary to talk", "requires no
 * negotiation", "there is no need to" turn down what the cue would ask for.
 */
function negatedDemand(reading: CueReading | null, words: readonly Word[]): CueReading | null {
  if (reading === null) return null;
  const at = words.findIndex((w) => w.token.start === reading.cue.start);
  for (let i = Math.max(0, at - MODAL_REACH_WORDS); i < at; i++) {
    const norm = words[i]!.token.norm;
    if (NEGATORS.has(norm) || norm.endsWith("n't")) return { ...reading, stance: 'rejection' };
  }
  const next = words[at + 1]?.token.norm;
  return next === 'no' || next === 'nothing' ? { ...reading, stance: 'rejection' } : reading;
}

function firstCue(
  words: readonly Word[],
  patterns: Patterns,
  stance: Stance,
  bySubject: boolean,
): CueReading | null {
  const at = findFirst(words, patterns);
  return at === null ? null : { stance, cue: spanOf(words, at), bySubject };
}

/** The first place (in word order) where any pattern matches, as a word range. */
function findFirst(words: readonly Word[], patterns: Patterns): { start: number; end: number } | null {
  for (let i = 0; i < words.length; i++) {
    const n = matchAt(words, i, patterns);
    if (n !== null) return { start: i, end: i + n };
  }
  return null;
}

/** The length in words of the longest pattern matching at word i, or null. */
function matchAt(words: readonly Word[], i: number, patterns: Patterns): number | null {
  // Asked at every word for each cue list: most words open no pattern, and an empty list made
  // for each of them was most of the positions stage's garbage.
  const list = patterns.get(words[i]!.stem);
  if (list === undefined) return null;
  for (const p of list) {
    if (i + p.length > words.length) continue;
    let k = 0;
    while (k < p.length && words[i + k]!.stem === p[k]) k++;
    if (k === p.length) return p.length;
  }
  return null;
}

function spanOf(words: readonly Word[], range: { start: number; end: number }): Span {
  return { start: words[range.start]!.token.start, end: words[range.end - 1]!.token.end };
}
