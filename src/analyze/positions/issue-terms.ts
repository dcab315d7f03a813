/**
 * What an issue term is worth, read from WordNet rather than from a list of words. A noun whose
 * common sense is an abstraction (an act, attribute, cognition, state, communication …: "efforts",
 * "nature", "progress", "intention") or a kind of person or group ("envoy", "administration")
 * names no issue on its own; a thing, place or possession ("assets", "territory", "peninsula"), a
 * name, or a word WordNet does not know ("ceasefire") does. A modifier classifies when it is a
 * relational adjective ("territorial" pertains to "territory", "diplomatic" to "diplomacy") or a
 * participle ("frozen"); an evaluating one ("good", "high", "obvious") makes no phrase specific.
 * Terms are joined as one issue when WordNet relates them: a shared sense, a direct hypernym or
 * instance ("negotiation" is a kind of "discussion", Crimea an instance of a
 * peninsula).
 */
import { isDictionaryWord, lemmasOf, synsetsOf } from '../../nlp/wordnet/wordnet.ts';
import { hypernymsOf, lexFileOf, pertainymsOf } from '../../nlp/wordnet/relations.ts';

/**
 * Noun lexicographer files of abstractions, people and groups (see lexnames(5)): Tops 3, act 4,
 * attribute 7, cognition 9, communication 10, event 11, feeling 12, group 14, motive 16,
 * person 18, phenomenon 19, process 22, quantity 23, relation 24, shape 25, state 26, time 28.
 */
const ABSTRACT_LEXFILES = new Set([3, 4, 7, 9, 10, 11, 12, 14, 16, 18, 19, 22, 23, 24, 25, 26, 28]);
/** Noun senses beyond which a word is too vague to name an issue alone ("key" has 15, "tariff" 1). */
const MAX_SPECIFIC_SENSES = 8;
/** Senses of a noun read for its kind and its relations: the common ones. */
const TERM_SENSES = 2;

const weakMemo = new Map<string, boolean>();

/**
 * Whether a common noun names no issue on its own: an abstraction (its first sense decides), or
 * a word of so many senses ("key", "place", "position", "house") that only its context says what
 * it is about.
 */
export function isGenericNoun(word: string): boolean {
  let out = weakMemo.get(word);
  if (out === undefined) {
    const senses = lemmasOf(word, 'n').flatMap((l) => synsetsOf(l, 'n', Infinity));
    const first = senses[0];
    out =
      first !== undefined && (ABSTRACT_LEXFILES.has(lexFileOf(first)) || senses.length > MAX_SPECIFIC_SENSES);
    weakMemo.set(word, out);
  }
  return out;
}

/** Whether a modifier classifies its noun (relational adjective or participle), so the phrase is specific. */
export function isClassifyingModifier(word: string): boolean {
  const w = word.toLowerCase();
  if (pertainymsOf(w).length > 0) return true;
  return /(?:ed|en)$/u.test(w) && lemmasOf(w, 'v').some((l) => l !== w);
}

/** The nouns a relational adjective stands for ("territorial" → "territory"), as issue words. */
export function nounsOfModifier(word: string): string[] {
  return pertainymsOf(word.toLowerCase()).filter((n) => !n.includes('_'));
}

/**
 * A word's senses and their direct hypernyms (instances included). Only one step up: longer
 * chains, or derivations and hyponyms, join everything through hubs like "action" or "act".
 */
function neighbourhood(word: string): { own: string[]; near: string[] } {
  if (!isDictionaryWord(word)) return { own: [], near: [] };
  const own = lemmasOf(word, 'n').flatMap((l) => synsetsOf(l, 'n', TERM_SENSES));
  return { own, near: own.flatMap((s) => hypernymsOf(s)) };
}

/**
 * Pairs of words WordNet relates, as [a, b] index pairs into `words`: they share a sense, or one's
 * sense is the other's direct hypernym. A word that is the hypernym of more than MAX_KINDS of the
 * others ("activity", "action") is a hub of the vocabulary, not an issue: nothing joins through it.
 * Indexed by sense, so the cost grows with the words, not their pairs.
 */
export function relatedWordPairs(words: readonly string[]): [number, number][] {
  const hoods = words.map(neighbourhood);
  const bySense = new Map<string, number[]>();
  hoods.forEach((h, i) => {
    for (const s of h.own) bySense.set(s, [...(bySense.get(s) ?? []), i]);
  });
  const pairs = new Map<string, [number, number]>();
  const kinds = new Map<number, Set<number>>();
  const add = (i: number, j: number): void => {
    if (i !== j) pairs.set(i < j ? `${i}:${j}` : `${j}:${i}`, i < j ? [i, j] : [j, i]);
  };
  hoods.forEach((h, i) => {
    for (const s of h.own) for (const j of bySense.get(s) ?? []) add(i, j);
    for (const s of h.near) {
      for (const j of bySense.get(s) ?? []) {
        if (j === i) continue;
        kinds.set(j, (kinds.get(j) ?? new Set()).add(i));
        add(i, j);
      }
    }
  });
  const hub = (i: number): boolean => (kinds.get(i)?.size ?? 0) > MAX_KINDS;
  return [...pairs.values()]
    .filter(([i, j]) => !hub(i) && !hub(j))
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** Kinds of one word among a set's words beyond which it is a hub. */
const MAX_KINDS = 2;
