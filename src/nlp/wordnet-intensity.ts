import { lemmasOf, synsetsOf } from './wordnet.ts';
import { dataLine } from './wordnet-relations.ts';

/**
 * Intensity read from WordNet glosses: a word whose main sense is defined as another pushed to an
 * extreme ("soar": rise rapidly; "plummet": drop sharply; "catastrophic": extremely harmful;
 * "devastate": … ruin utterly). This is the intensity scale the dictionary already holds, for every
 * verb, adjective and adverb, instead of a short list of hardened words.
 */

/** Gloss words that put a sense at the far end of its scale of degree or completeness. */
const EXTREME_DEGREE =
  /\b(?:extreme|extremely|intense|intensely|excessive|excessively|utmost|overwhelming|overwhelmingly|exceedingly|exceptionally|extraordinarily|unusually|drastically|utterly|violently|violent|severely|totally)\b/;
/**
 * A verb defined as another done fast or hard ("rise rapidly") is its hardened form; an adjective
 * defined by speed ("quick": accomplished rapidly) is not the extreme of anything.
 */
const EXTREME_MANNER = /\b(?:rapidly|sharply|abruptly|steeply)\b/;

/** The definition of a synset: its gloss up to the first example. */
export function glossOf(id: string): string {
  const line = dataLine(id);
  return line
    .slice(line.indexOf('|') + 1)
    .split(';')[0]!
    .trim();
}

/** Whether a synset's definition marks it as the extreme of its scale. */
export function isExtremeSense(id: string): boolean {
  const gloss = glossOf(id);
  return EXTREME_DEGREE.test(gloss) || (id.startsWith('v:') && EXTREME_MANNER.test(gloss));
}

/**
 * The first sense of the word as a verb or adjective (as an adverb too for an "-ly" word) whose
 * definition marks an extreme, or null. Only first senses: a rare sense ("big": extremely well,
 * as an adverb) says nothing of the word as it is used.
 */
export function extremeSenseOf(word: string): string | null {
  const pos = /ly$/.test(word) ? (['v', 'a', 'r'] as const) : (['v', 'a'] as const);
  for (const p of pos) {
    const first = lemmasOf(word, p)
      .map((l) => synsetsOf(l, p, 1)[0])
      .find((s) => s !== undefined);
    if (first && isExtremeSense(first)) return first;
  }
  return null;
}
