import { indexForm, isPluralNoun, lemmasOf, synsetsOf } from './wordnet.ts';
import { hypernymsOf } from './relations.ts';

/**
 * A plural noun put in for a wider class ("the tax on cigarettes" → "the tax on tobacco", "the
 * funding for buses" → "the funding for public transport"). A bare plural names a kind: what is
 * said of it is said of every member, so its hypernym in its place says it of members the speaker
 * never spoke of. WordNet's hypernym steps vouch for one thing named less precisely ("spade" →
 * "shovel"); a kind named by a wider kind is no longer the same set. The people-only form of this
 * (people.ts, `isWiderGroupOfPeople`) is the case of persons.
 */

/** Senses of each word read: the common ones, as for synonymy. */
const CLASS_SENSES = 3;
/** Hypernym steps searched up from the narrower noun (as far as `areNearSynonyms` reaches). */
const MAX_STEPS = 2;

function nounSenses(word: string): string[] {
  return lemmasOf(indexForm(word), 'n').flatMap((l) => [...synsetsOf(l, 'n', CLASS_SENSES)]);
}

/**
 * `to` names a wider class than the plural `from`: a common noun sense of `from` has a common sense
 * of `to` among its hypernyms within two steps, and the two share no sense.
 */
export function isWiderClass(from: string, to: string): boolean {
  if (!isPluralNoun(from)) return false;
  const narrow = nounSenses(from);
  const wide = new Set(nounSenses(to));
  if (narrow.length === 0 || wide.size === 0 || narrow.some((id) => wide.has(id))) return false;
  let frontier: readonly string[] = narrow;
  for (let step = 0; step < MAX_STEPS; step++) {
    frontier = frontier.flatMap((id) => hypernymsOf(id));
    if (frontier.some((id) => wide.has(id))) return true;
  }
  return false;
}
