import { isPluralNoun, lemmasOf, synsetsOf } from './wordnet.ts';
import { hypernymsOf, lexFileOf, pointersOf } from './relations.ts';

/**
 * A body of people named by its members, or the members by their body: "the policemen sealed off the road" →
 * "the police sealed off the road". WordNet links a group to the kind of person it is made of by a member
 * meronym (`%m`: {police, police force} has member {policeman, police officer}). Only a body made of
 * one kind of person is its members: a family has fathers, mothers and children, so "fathers" is not
 * "the family". A colloquial word (WordNet's usage domain "colloquialism": "cop", a policeman) is
 * its hypernym in another register, so it stands for that kind. One hypernym step in general is not
 * taken: every person is a kind of "person", the member of "people", and "workers" → "people" widens.
 */

/** WordNet's lexicographer file of nouns denoting people (noun.person). */
const NOUN_PERSON = 18;
/** Senses of each word read: the common ones, as for synonymy. */
const MEMBER_SENSES = 3;
/** The synset of WordNet's usage domain "colloquialism". */
const COLLOQUIALISM = 'n:07089193';

function nounSenses(word: string): string[] {
  return lemmasOf(word, 'n').flatMap((l) => [...synsetsOf(l, 'n', MEMBER_SENSES)]);
}

/** A person sense, or the standard word a colloquial sense is a register of. */
function kindsOf(id: string): string[] {
  const colloquial = pointersOf(id).some(([symbol, target]) => symbol === ';u' && target === COLLOQUIALISM);
  return colloquial ? [id, ...hypernymsOf(id)] : [id];
}

/** The plural `members` names the one kind of person the body `group` is made of. */
function membersOf(group: string, members: string): boolean {
  if (!isPluralNoun(members)) return false;
  const persons = nounSenses(members).filter((id) => lexFileOf(id) === NOUN_PERSON);
  if (persons.length === 0) return false;
  const kinds = new Set(persons.flatMap(kindsOf));
  return nounSenses(group).some((g) => {
    const parts = pointersOf(g).filter(([symbol]) => symbol === '%m');
    return parts.length === 1 && kinds.has(parts[0]![1]);
  });
}

/** One side is a body of people and the other the plural of its members, either way round. */
export function isBodyOfMembers(a: string, b: string): boolean {
  return membersOf(a, b) || membersOf(b, a);
}
