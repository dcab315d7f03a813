import { lemmasOf, synsetsOf } from './wordnet.ts';
import { lexFileOf } from './relations.ts';

/**
 * Nouns of what someone says: WordNet files a noun's main sense in noun.communication when it
 * names a message, a statement or a speech act ("promise", "warning", "message", "plea", "claim",
 * "remarks"). A possessive before one names its speaker ("Lund's promise: …").
 */

/** WordNet's lexicographer file of nouns of communication (noun.communication). */
const NOUN_COMMUNICATION = 10;

/** The main noun sense of `word` is one of communication. */
export function isCommunicationNoun(word: string): boolean {
  return lemmasOf(word.toLowerCase(), 'n').some((lemma) => {
    const main = synsetsOf(lemma, 'n', 1)[0];
    return main !== undefined && lexFileOf(main) === NOUN_COMMUNICATION;
  });
}
