import { lemmasOf, synsetsOf } from './wordnet.ts';
import { glossOf } from './wordnet-intensity.ts';

/**
 * Words that are figures without digits: "double" (twice as great), "triple", "twofold",
 * "quadruple". WordNet puts them in one cluster, even one synset ("twofold" and "threefold" share
 * "having more than one … aspects"), but two of them are two values: "doubled" → "tripled" changes
 * the figure as "2" → "3" does, and no synonymy vouches for it.
 */

/** Counts a definition or a word may state: cardinals from two, their multiplicatives, digits. */
const COUNT_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|hundred|thousand|twice|thrice|\d+)(?:-?fold)?\b/gi;
/** Multiplicative adverbs stand for their cardinal: "twice as great" states two. */
const CARDINAL_OF: Readonly<Record<string, string>> = { twice: 'two', thrice: 'three' };
/** Senses of each word read for a stated count: its common ones. */
const COUNT_SENSES = 3;

/** The counts a text states, as cardinal words ("twice as great or many" → two). */
export function countsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(COUNT_WORD)) {
    const w = m[1]!.toLowerCase();
    out.add(CARDINAL_OF[w] ?? w);
  }
  return out;
}

/**
 * The counts a word states, by its form ("threefold") or the definitions of its common adjective,
 * verb and adverb senses ("double": twice as great; "triple": increase threefold). Nouns are left
 * out: their definitions mention counts of parts ("a pair": two items), not a value the word says.
 */
export function statedCountsOf(word: string): Set<string> {
  const out = countsIn(word.replace(/-/g, ''));
  for (const pos of ['a', 'v', 'r'] as const) {
    for (const lemma of lemmasOf(word, pos)) {
      for (const id of synsetsOf(lemma, pos, COUNT_SENSES)) for (const c of countsIn(glossOf(id))) out.add(c);
    }
  }
  return out;
}

/** Both words state a count and no count of one is a count of the other: two values. */
export function stateOtherCounts(a: string, b: string): boolean {
  const ca = statedCountsOf(a);
  const cb = statedCountsOf(b);
  return ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c));
}
