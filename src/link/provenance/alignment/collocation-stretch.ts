import { lemmasOf } from '../../../nlp/wordnet/wordnet.ts';
import {
  COLLOCATION_MAX_WORDS,
  isCollocation,
  PHRASAL_PARTICLES,
  splitPhrasalVerbOf,
} from '../../../nlp/wordnet/collocations.ts';
import type { Term } from '../terms.ts';

/**
 * A reworded stretch is judged as the collocations it is made of (src/nlp/wordnet/collocations.ts):
 * these helpers find, in one side's terms, the whole collocation a reworded word belongs to, when
 * the alignment cut it apart. Three ways it is cut:
 * - the gap's light words were trimmed off its edges ("do away with" → "away");
 * - one word of it was matched alone, as a synonym, and the rest left over ("no longer" → "never":
 *   "no" matched "never", "longer" left out; "called off" → "cancelled": "off" matched);
 * - an object stands between a verb and its particle ("called the parade off");
 * - the verb was kept and its particle changed or cut ("give up" → "give in").
 */

/** How far before its particle a split phrasal verb's verb may stand (the verb and a short object). */
export const PHRASAL_MAX_SPLIT_TERMS = 4;

/** The norms of terms, as the words of a phrase. */
function wordsOf(terms: readonly Term[], idx: readonly number[]): string[] {
  return idx.map((i) => terms[i]!.norm);
}

/** Consecutive term indexes of one clause. */
function isContiguous(terms: readonly Term[], idx: readonly number[]): boolean {
  return idx.every(
    (i, k) => k === 0 || (i === idx[k - 1]! + 1 && terms[i]!.clause === terms[idx[0]!]!.clause),
  );
}

/**
 * `run`, the trimmed core of a gap, widened within the gap to a WordNet collocation that holds it
 * and light words the trimming cut ("away" in the gap "do away with" → "do away with"); `run`
 * itself when there is none.
 */
export function widenToCollocation(
  terms: readonly Term[],
  gap: readonly number[],
  run: readonly number[],
): number[] {
  if (run.length === 0) return [...run];
  const s = gap.indexOf(run[0]!);
  const e = gap.indexOf(run[run.length - 1]!);
  if (s < 0 || e < 0) return [...run];
  for (let n = COLLOCATION_MAX_WORDS; n >= 2; n--) {
    // The collocation takes in the whole core and more: "out of" beside "pulled out" is no widening.
    for (let a = Math.max(0, e - n + 1); a <= s && a + n <= gap.length; a++) {
      if (a === s && a + n - 1 === e) continue;
      const window = gap.slice(a, a + n);
      if (isContiguous(terms, window) && isCollocation(wordsOf(terms, window))) return window;
    }
  }
  return [...run];
}

/**
 * The collocation a matched word `i` belongs to, with words around it that nothing else accounts
 * for (`isFree`): the run of up to three words WordNet lists whole ("no" + "longer"), or a verb and
 * a particle set apart by a short object ("called" … "off"). Null when the word stands alone.
 */
export function collocationAround(
  terms: readonly Term[],
  i: number,
  isFree: (j: number) => boolean,
): number[] | null {
  for (let n = COLLOCATION_MAX_WORDS; n >= 2; n--) {
    for (let a = i - n + 1; a <= i; a++) {
      if (a < 0 || a + n > terms.length) continue;
      const window = Array.from({ length: n }, (_, k) => a + k);
      if (!window.every((j) => j === i || isFree(j))) continue;
      if (isContiguous(terms, window) && isCollocation(wordsOf(terms, window))) return window;
    }
  }
  return splitPhrasalAround(terms, i, isFree);
}

/** Words that open a noun phrase: a word right after one is a noun ("the strike"), not a verb. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
]);

/**
 * A particle belongs to the nearest verb before it that takes it: between a split phrasal verb's
 * verb and particle stands only its object, never another verb that forms a phrasal verb with the
 * particle ("The rebel forces have pulled back": "back" is "pulled"'s, not the noun "forces"'s,
 * though WordNet lists "force back"). A word after a determiner is the object's noun ("called the
 * strike off"), not a verb.
 */
function hasNearerVerbFor(terms: readonly Term[], verb: number, particle: number): boolean {
  for (let j = verb + 1; j < particle; j++) {
    if (terms[j]!.light || DETERMINERS.has(terms[j - 1]!.norm)) continue;
    if (splitPhrasalVerbOf(terms[j]!.norm, terms[particle]!.norm)) return true;
  }
  return false;
}

/** "over" / "under" / "up to" before a figure bound it ("pensioners over seventy"): no particle. */
function boundsFigure(terms: readonly Term[], k: number): boolean {
  return (terms[k + 1]?.num ?? null) !== null;
}

/** A verb and its particle a short object apart, one of them `i` and the other free. */
function splitPhrasalAround(
  terms: readonly Term[],
  i: number,
  isFree: (j: number) => boolean,
): number[] | null {
  const t = terms[i]!;
  const sameClause = (j: number) => terms[j]!.clause === t.clause;
  if (PHRASAL_PARTICLES.has(t.norm)) {
    if (boundsFigure(terms, i)) return null;
    for (let j = i - 2; j >= Math.max(0, i - PHRASAL_MAX_SPLIT_TERMS) && sameClause(j); j--) {
      if (isFree(j) && !terms[j]!.light && splitPhrasalVerbOf(terms[j]!.norm, t.norm))
        return hasNearerVerbFor(terms, j, i) ? null : [j, i];
    }
    return null;
  }
  if (t.light) return null;
  for (let k = i + 2; k <= Math.min(terms.length - 1, i + PHRASAL_MAX_SPLIT_TERMS) && sameClause(k); k++) {
    if (
      isFree(k) &&
      !boundsFigure(terms, k) &&
      splitPhrasalVerbOf(t.norm, terms[k]!.norm) &&
      !hasNearerVerbFor(terms, i, k)
    )
      return [i, k];
  }
  return null;
}

/**
 * A particle left over after an object ("called the parade off") whose verb, a few words before in
 * the clause, belongs to a reworded stretch (`stretchOf`): the particle joins it, and the stretch is
 * judged as the phrasal verb WordNet lists whole. Null when the particle closes no such verb.
 */
export function splitVerbOfParticle<T>(
  terms: readonly Term[],
  i: number,
  stretchOf: (j: number) => T | undefined,
): T | null {
  const particle = terms[i]!;
  if (!PHRASAL_PARTICLES.has(particle.norm)) return null;
  for (let k = i - 1; k >= Math.max(0, i - PHRASAL_MAX_SPLIT_TERMS); k--) {
    if (terms[k]!.clause !== particle.clause) return null;
    const stretch = stretchOf(k);
    if (stretch === undefined || terms[k]!.light) continue;
    return splitPhrasalVerbOf(terms[k]!.norm, particle.norm) ? stretch : null;
  }
  return null;
}

/**
 * The phrasal verb a kept verb `i` heads with free particles or prepositions after it ("give" +
 * "up", "look" + "into", "do" + "away with", "call" … "off"), as WordNet lists it; null when the verb
 * stands alone. A kept verb whose particle changed is another verb ("give up" → "give in").
 */
export function phrasalVerbAround(
  terms: readonly Term[],
  i: number,
  isFree: (j: number) => boolean,
): number[] | null {
  const verb = terms[i]!;
  if (verb.light || PHRASAL_PARTICLES.has(verb.norm)) return null;
  const isParticle = (j: number) =>
    j < terms.length &&
    isFree(j) &&
    !boundsFigure(terms, j) &&
    terms[j]!.clause === verb.clause &&
    (terms[j]!.light || PHRASAL_PARTICLES.has(terms[j]!.norm));
  const isVerbPhrase = (idx: number[]) => lemmasOf(idx.map((j) => terms[j]!.norm).join(' '), 'v').length > 0;
  for (let n = COLLOCATION_MAX_WORDS; n >= 2; n--) {
    const window = Array.from({ length: n }, (_, k) => i + k);
    if (window.slice(1).every(isParticle) && isVerbPhrase(window)) return window;
  }
  for (let k = i + 2; k <= Math.min(terms.length - 1, i + PHRASAL_MAX_SPLIT_TERMS); k++) {
    if (terms[k]!.clause !== verb.clause) break;
    if (
      isFree(k) &&
      !boundsFigure(terms, k) &&
      splitPhrasalVerbOf(verb.norm, terms[k]!.norm) &&
      !hasNearerVerbFor(terms, i, k)
    )
      return [i, k];
  }
  return null;
}

/** Both sides head the same phrasal verb (or neither does): nothing changed. */
export function isSamePhrasal(
  pTerms: readonly Term[],
  pIdx: readonly number[] | null,
  qTerms: readonly Term[],
  qIdx: readonly number[] | null,
): boolean {
  if (pIdx === null || qIdx === null) return pIdx === qIdx;
  const lemma = (terms: readonly Term[], idx: readonly number[]) =>
    lemmasOf(idx.map((j) => terms[j]!.norm).join(' '), 'v')[0];
  return lemma(pTerms, pIdx) === lemma(qTerms, qIdx);
}
