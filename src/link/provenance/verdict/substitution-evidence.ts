import { WORDNET_MAX_SENSES } from '../../../nlp/wordnet/wordnet.ts';
import { isMannerAdverbOf } from '../../../nlp/wordnet/manner.ts';
import { isBodyOfMembers } from '../../../nlp/wordnet/members.ts';

/**
 * Evidence that one word put for another says the same, from WordNet links between words of other
 * kinds than synonyms: a body of people and its members ("cops" → "police"), a quality's noun and
 * its manner adverb ("with caution" → "cautiously"). Each side is one word (the light words around
 * it, "with", "the", are the alignment's); the kind of evidence, or null when there is none.
 */
export function kinEvidence(from: string, to: string): string | null {
  const a = from.trim().toLowerCase();
  const b = to.trim().toLowerCase();
  if (!/^\p{L}+$/u.test(a) || !/^\p{L}+$/u.test(b)) return null;
  if (isBodyOfMembers(a, b)) return 'WordNet: a body of people and its members';
  if (isMannerAdverbOf(b, a, WORDNET_MAX_SENSES) || isMannerAdverbOf(a, b, WORDNET_MAX_SENSES))
    return "WordNet: a quality's noun and its manner adverb";
  return null;
}
