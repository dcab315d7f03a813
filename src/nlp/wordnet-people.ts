import { indexForm, lemmasOf, synsetsOf } from './wordnet.ts';
import { hypernymsOf, lexFileOf } from './wordnet-relations.ts';

/**
 * A plural noun of people put in for a narrower one ("our farmers have suffered" → "our people have
 * suffered"): the report says it of a wider group than the speaker did. WordNet's two hypernym
 * steps vouch for "spade" → "shovel", one thing named less precisely; a set of people named by a
 * wider class is no longer the same set, so who acted or was acted on has changed.
 */

/** WordNet's lexicographer file of nouns denoting people (noun.person). */
const NOUN_PERSON = 18;
/** … and of groups of people ("households", "families"). */
const NOUN_GROUP = 14;
/** Senses of each word read: the common ones, as for synonymy. */
const PEOPLE_SENSES = 3;
/** Hypernym steps searched up from the narrower noun (as far as `areNearSynonyms` reaches). */
const MAX_STEPS = 2;

/** `word` is a plural: some noun base of it is not the word itself ("farmers" → "farmer"). */
function isPluralNoun(word: string): boolean {
  const form = indexForm(word);
  return lemmasOf(form, 'n').some((l) => l !== form);
}

function nounSenses(word: string): string[] {
  return lemmasOf(word, 'n').flatMap((l) => [...synsetsOf(l, 'n', PEOPLE_SENSES)]);
}

/**
 * `to` names a wider class of people than the plural `from`: a noun.person sense of `from` has a
 * sense of `to` among its hypernyms within two steps, and the two share no sense.
 */
export function isWiderGroupOfPeople(from: string, to: string): boolean {
  if (!isPluralNoun(from)) return false;
  const narrow = nounSenses(from).filter((id) => lexFileOf(id) === NOUN_PERSON);
  if (narrow.length === 0) return false;
  const wide = new Set(nounSenses(to));
  if (narrow.some((id) => wide.has(id))) return false;
  let frontier: readonly string[] = narrow;
  for (let step = 0; step < MAX_STEPS; step++) {
    frontier = frontier.flatMap((id) => hypernymsOf(id));
    if (frontier.some((id) => wide.has(id))) return true;
  }
  return false;
}

/**
 * A plural noun whose common senses name people or groups of them ("households", "pensioners",
 * "families"): a phrase after it that says which of them ("on low incomes", "with children") picks
 * out some of the people, not a circumstance of the verb.
 */
export function isPluralOfPeople(word: string): boolean {
  if (!isPluralNoun(word)) return false;
  return nounSenses(word).some((id) => lexFileOf(id) === NOUN_PERSON || lexFileOf(id) === NOUN_GROUP);
}

/**
 * A noun one of whose common senses names a person or a group of people ("boy", "designer",
 * "ministry"), not a thing or a state ("certainty", "plan"): only such a noun can be who spoke.
 */
export function mayNamePeople(word: string): boolean {
  return nounSenses(indexForm(word)).some(
    (id) => lexFileOf(id) === NOUN_PERSON || lexFileOf(id) === NOUN_GROUP,
  );
}

/**
 * A noun some sense of which names a person ("officer", "manager", "chair"), any sense, not only
 * the common ones: an office in a heading note may be a rarer sense of its word ("chair").
 */
export function mayNamePerson(word: string): boolean {
  return lemmasOf(indexForm(word), 'n').some((l) =>
    [...synsetsOf(l, 'n', ALL_SENSES)].some((id) => lexFileOf(id) === NOUN_PERSON),
  );
}

/** Senses read by mayNamePerson: every sense a noun has. */
const ALL_SENSES = 3;
