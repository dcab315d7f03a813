import { lemmasOf, synsetsOf, WORDNET_MAX_SENSES } from './wordnet.ts';
import { glossOf } from './intensity.ts';

/**
 * The object a verb's own sense names. WordNet defines many verbs as an act on a thing ("legislate":
 * make *laws*, bills, etc.; {legislate, pass}); a report that renders the verb by a synonym and spells
 * that thing out as its object ("legislate" → "pass a law") adds no claim: the law was in the verb.
 * Read in the definitions of the verb's first senses, as a noun in any inflection ("laws" → "law").
 */
export function isObjectNamedByDefinition(verb: string, noun: string): boolean {
  const nouns = new Set(lemmasOf(noun, 'n'));
  if (nouns.size === 0) return false;
  for (const lemma of lemmasOf(verb, 'v')) {
    for (const id of synsetsOf(lemma, 'v', WORDNET_MAX_SENSES)) {
      const words =
        glossOf(id)
          .toLowerCase()
          .match(/[a-z]+/g) ?? [];
      if (words.some((w) => lemmasOf(w, 'n').some((l) => nouns.has(l)))) return true;
    }
  }
  return false;
}
