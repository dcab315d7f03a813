import { lemmasOf, synsetsOf } from './wordnet.ts';
import { lexFileOf } from './relations.ts';

/**
 * Nouns of what someone says: WordNet files a noun's main sense in noun.communication when it
 * names a message, a statement or a speech act ("promise", "warning", "message", "plea", "claim",
 * "remarks"). A possessive before one names its speaker ("Lund's promise: …").
 */

/** WordNet's lexicographer file of nouns of communication (noun.communication). */
const NOUN_COMMUNICATION = 10;

/**
 * Nouns that news uses for the words someone said after her possessive ("Lund's line: …", "Lund's
 * housing pitch: …"), whose speech sense is not the main one WordNet gives them (a line is first a
 * mark, a pitch a throw).
 */
const SPEECH_SENSE_NOUNS: ReadonlySet<string> = new Set([
  'line',
  'lines',
  'pitch',
  'take',
  'verdict',
  'soundbite',
  'one-liner',
  'refrain',
]);

/** The main noun sense of `word` is one of communication. */
export function isCommunicationNoun(word: string): boolean {
  if (SPEECH_SENSE_NOUNS.has(word.toLowerCase())) return true;
  return lemmasOf(word.toLowerCase(), 'n').some((lemma) => {
    const main = synsetsOf(lemma, 'n', 1)[0];
    return main !== undefined && lexFileOf(main) === NOUN_COMMUNICATION;
  });
}
