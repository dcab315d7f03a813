import { lemmasOf, synsetsOf } from './wordnet.ts';
import { adjectiveLemmasOf } from './derivation.ts';
import { lexFileOf, lexicalTargetsOf } from './relations.ts';

/**
 * A manner said with a noun or with its adverb: "acted with caution" → "acted cautiously". WordNet
 * derives a manner adverb from its adjective (the pertainym pointer `\` of an adverb: "cautiously" →
 * "cautious") and links the adjective to the noun of its quality (a derivation pointer `+`:
 * "cautious" → "caution"). Both links join words of one stem, not synsets, so the chain does not
 * drift the way adjective synsets shared between two adverbs do ("slowly" / "easily"): the adverb
 * says what "with" and the noun said. The noun must name a quality (WordNet's noun.attribute,
 * noun.feeling or noun.state: "caution", "anger", "haste"), as a manner does; a thing or a time
 * derives adjectives of another kind ("day" → "daily", "diagram" → "graphic").
 */

/** Lexicographer files of nouns of quality: noun.attribute, noun.cognition, noun.feeling, noun.state. */
const QUALITY_FILES: ReadonlySet<number> = new Set([7, 9, 12, 26]);

/** The adjectives a noun of quality is derived from or derives, in its first senses. */
function adjectivesOfQuality(noun: string, maxSenses: number): Set<string> {
  const out = new Set<string>();
  for (const lemma of lemmasOf(noun, 'n'))
    for (const id of synsetsOf(lemma, 'n', maxSenses))
      if (QUALITY_FILES.has(lexFileOf(id))) for (const a of adjectiveLemmasOf(id, lemma)) out.add(a);
  return out;
}

/** The adjectives an adverb's first senses are derived from, by their pertainym pointer. */
function adjectivesOfAdverb(adverb: string, maxSenses: number): string[] {
  const out = new Set<string>();
  for (const lemma of lemmasOf(adverb, 'r')) {
    for (const id of synsetsOf(lemma, 'r', maxSenses))
      for (const adjective of lexicalTargetsOf(id, '\\', 'a')) out.add(adjective);
  }
  return [...out];
}

/** `adverb` is the manner adverb of the quality `noun` names ("cautiously" / "caution"). */
export function isMannerAdverbOf(adverb: string, noun: string, maxSenses: number): boolean {
  const adjectives = adjectivesOfAdverb(adverb, maxSenses);
  if (adjectives.length === 0) return false;
  const ofNoun = adjectivesOfQuality(noun, maxSenses);
  return adjectives.some((a) => ofNoun.has(a));
}
