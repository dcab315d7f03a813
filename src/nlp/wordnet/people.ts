import { indexForm, isMainlyNoun, isPluralNoun, lemmasOf, synsetsOf, taggedSenseCount } from './wordnet.ts';
import { hypernymsOf, lexFileOf } from './relations.ts';

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
 * A singular noun whose first sense names a group of people ("staff", "workforce", "police"): it
 * speaks of its members as a plural does, so a clause after it that says which ("staff who joined
 * last year") picks out some of them.
 */
export function isCollectiveOfPeople(word: string): boolean {
  const first = nounSenses(indexForm(word))[0];
  return first !== undefined && lexFileOf(first) === NOUN_GROUP;
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
 * The main sense of a noun read first as one names a person or a group of people. A plural is a
 * noun whatever its base mostly is ("seniors": "senior" is mostly an adjective).
 */
function mainSenseNamesPeople(word: string): boolean {
  if (!isPluralNoun(word) && !isMainlyNoun(word)) return false;
  const first = lemmasOf(indexForm(word), 'n').map((l) => synsetsOf(l, 'n', 1)[0])[0];
  return first !== undefined && (lexFileOf(first) === NOUN_PERSON || lexFileOf(first) === NOUN_GROUP);
}

/**
 * A singular noun whose main sense names a person ("engineer", "surgeon", "farmer"): "a top
 * engineer said" is an unnamed person speaking, whatever lexicon of sources lists the noun.
 */
export function isMainlyPersonNoun(word: string): boolean {
  let answer = PERSON_NOUN_CACHE.get(word);
  if (answer === undefined) {
    answer = !isPluralNoun(word) && isMainlyNoun(word) && mainSenseIsPerson(word);
    if (PERSON_NOUN_CACHE.size >= PERSON_NOUN_CACHE_MAX_ENTRIES) PERSON_NOUN_CACHE.clear();
    PERSON_NOUN_CACHE.set(word, answer);
  }
  return answer;
}

/**
 * A singular word whose main noun sense names a person, however often it is an adjective or verb
 * ("resident", "native"): for a word the syntax already reads as a noun, after an article and
 * before its verb ("a resident said"). The noun must occur as one in WordNet's tagged texts: "a
 * more focused campaign" is no "more" (Thomas More) speaking.
 */
export function isPersonAsNoun(word: string): boolean {
  if (isPluralNoun(word) || !mainSenseIsPerson(word)) return false;
  return lemmasOf(indexForm(word), 'n').some((l) => taggedSenseCount(l, 'n') > 0);
}

/**
 * A plural whose main noun sense names a person ("officers", "paramedics"): a bare plural subject
 * of a speech verb ("officers said") is unnamed people speaking. Unlike isPersonAsNoun, no tagged
 * count is asked: the plural ending already makes the word a noun.
 */
export function isPeoplePlural(word: string): boolean {
  return isPluralNoun(word) && mainSenseIsPerson(word);
}

function mainSenseIsPerson(word: string): boolean {
  const first = lemmasOf(indexForm(word), 'n').map((l) => synsetsOf(l, 'n', 1)[0])[0];
  return first !== undefined && lexFileOf(first) === NOUN_PERSON;
}

/**
 * The speaker reader asks of every lower-case word before a speech verb: answers kept per word,
 * at most this many (cleared, not evicted, when full).
 */
const PERSON_NOUN_CACHE_MAX_ENTRIES = 50_000;
const PERSON_NOUN_CACHE = new Map<string, boolean>();

/**
 * Two nouns whose main senses name people or groups of them ("the legislature" → "the governor",
 * "families" → "seniors"), put one for the other with no evidence they mean the same: the report
 * names other people as doing or undergoing it, an actor changed rather than a word.
 */
export function areOtherPeople(from: string, to: string): boolean {
  return from !== to && mainSenseNamesPeople(from) && mainSenseNamesPeople(to);
}

/**
 * A noun one of whose first senses names a person ("officer", "manager", "chair"), not only the
 * main one: an office in a heading note may be a later sense of its word ("chair" is third).
 */
export function mayNamePerson(word: string): boolean {
  return lemmasOf(indexForm(word), 'n').some((l) =>
    synsetsOf(l, 'n', OFFICE_SENSES).some((id) => lexFileOf(id) === NOUN_PERSON),
  );
}

/** Senses read by mayNamePerson: the first three, which hold "chair" as a presiding officer. */
const OFFICE_SENSES = 3;

/**
 * `to` names a narrower kind of person than `from` ("the official" → "the referee", "the doctor"
 * → "the surgeon"): a noun.person sense of `to` has a noun.person sense of `from` among its
 * hypernyms within two steps, and the two share no sense. The report says who more precisely than
 * the speaker did, and may name another person: a narrower noun says more, as a narrower verb does
 * (`isNarrowerVerbOnly`).
 */
export function isNarrowerPerson(from: string, to: string): boolean {
  const wide = nounSenses(from).filter((id) => lexFileOf(id) === NOUN_PERSON);
  const narrow = nounSenses(to).filter((id) => lexFileOf(id) === NOUN_PERSON);
  if (wide.length === 0 || narrow.length === 0 || narrow.some((id) => wide.includes(id))) return false;
  let frontier: readonly string[] = narrow;
  for (let step = 0; step < MAX_STEPS; step++) {
    frontier = frontier.flatMap((id) => hypernymsOf(id));
    if (frontier.some((id) => wide.includes(id))) return true;
  }
  return false;
}
