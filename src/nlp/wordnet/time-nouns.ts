import { lexFileOf } from './relations.ts';
import { lemmasOf, synsetsOf } from './wordnet.ts';

/** WordNet's lexicographer file of nouns of time (noun.time): periods, points, units of time. */
const NOUN_TIME = 28;

/**
 * The main noun sense of `word` names a time ("hours", "midnight", "months", "weekdays",
 * "summer"): a phrase it heads after a preposition says when a claim holds.
 */
export function isTimeNoun(word: string): boolean {
  const lemma = lemmasOf(word, 'n')[0];
  const main = lemma === undefined ? undefined : synsetsOf(lemma, 'n', 1)[0];
  return main !== undefined && lexFileOf(main) === NOUN_TIME;
}
