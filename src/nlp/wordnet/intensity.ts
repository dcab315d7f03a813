import {
  hasSense,
  indexForm,
  lemmasOf,
  sensesOfWord,
  synsetsOf,
  taggedSenseCount,
  type WordnetPos,
} from './wordnet.ts';
import { dataLine } from './relations.ts';

/**
 * Intensity read from WordNet glosses: a word whose main sense is defined as another pushed to an
 * extreme ("plummet": drop sharply; "skyrocket": shoot up abruptly; "enormous": extraordinarily
 * large; "devastate": … ruin utterly). This is the intensity scale the dictionary already holds, for every
 * verb, adjective and adverb, instead of a short list of hardened words.
 */

/** Gloss words that put a sense at the extreme of its scale of degree or completeness. */
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

/** Words looked up (a report's vocabulary repeats); cleared, not evicted, when full. */
const EXTREME_CACHE = new Map<string, string | null>();
const EXTREME_CACHE_MAX_ENTRIES = 50_000;

/**
 * The first sense of the word in the role it is mostly used in (the part of speech with the most
 * tagged senses), when that role is a verb, an adjective or an "-ly" adverb and the sense's
 * definition marks an extreme; else null. Only the main role and its first sense: "storm" is
 * mostly a noun, though as a verb it means to behave violently.
 */
export function extremeSenseOf(word: string): string | null {
  const cached = EXTREME_CACHE.get(word);
  if (cached !== undefined) return cached;
  const found = findExtremeSense(word);
  if (EXTREME_CACHE.size >= EXTREME_CACHE_MAX_ENTRIES) EXTREME_CACHE.clear();
  EXTREME_CACHE.set(word, found);
  return found;
}

function findExtremeSense(word: string): string | null {
  let best: { pos: WordnetPos; lemma: string; count: number } | null = null;
  // Nouns first: a tie goes to the noun, the commoner role of an ambiguous content word.
  // A past form is a verb or a participle, never a noun ("skyrocketed", though "skyrocket" is one).
  const pastForm = /ed$/.test(word) && hasSense(word, 'v');
  for (const pos of ['n', 'v', 'a', 'r'] as const) {
    if (pos === 'n' && pastForm) continue;
    for (const lemma of lemmasOf(word, pos)) {
      const count = taggedSenseCount(lemma, pos);
      if (best === null || count > best.count) best = { pos, lemma, count };
    }
  }
  if (best === null || best.pos === 'n' || (best.pos === 'r' && !/ly$/.test(word))) return null;
  const first = synsetsOf(best.lemma, best.pos, 1)[0];
  return first !== undefined && isExtremeSense(first) ? first : null;
}

/** Words that themselves mean all of a thing: no completeness word makes them more so. */
const TOTALITY: ReadonlySet<string> = new Set(['whole', 'entire', 'complete', 'full', 'total']);

/** Gloss words that say an act is done to the end, past undoing ("destroy": damage irreparably). */
const COMPLETENESS = /\b(?:completely|entirely|wholly|fully|irreparably|irrevocably|permanently)\b/;

/**
 * `word` is `base` pushed to its extreme: a sense of `word` (within its first `maxSenses`) is
 * defined by `base` itself with a word of extreme degree, manner or completeness ("destroy": destroy
 * completely; damage irreparably — for "damage"; "soar": rise rapidly — for "rise"). The relative
 * reading of the scale: "destroy" is no extreme of itself, but it is of "damage", which WordNet may
 * still join to it as a near-synonym.
 */
export function isExtremeOf(word: string, base: string, maxSenses: number): boolean {
  const bases = new Set([
    indexForm(base),
    ...(['v', 'a', 'n', 'r'] as const).flatMap((p) => lemmasOf(base, p)),
  ]);
  const totality = [...bases].some((b) => TOTALITY.has(b));
  return sensesOfWord(indexForm(word), maxSenses).some((id) => {
    // Every definition of the sense, not only the first ("destroy completely; damage irreparably"),
    // and none of its quoted examples.
    const line = dataLine(id);
    const clauses = line
      .slice(line.indexOf('|') + 1)
      .split(/[;,]/)
      .filter((c) => !c.trim().startsWith('"'));
    return clauses.some((clause) => {
      const words = clause.toLowerCase().match(/[a-z]+/g) ?? [];
      const namesBase = words.some((w) =>
        (['v', 'a', 'n'] as const).some((p) => lemmasOf(w, p).some((l) => bases.has(l))),
      );
      // A word of totality ("entire", "whole") already says all of it: "wholly" beside it in a
      // definition ("to the full or entire extent; wholly") restates it, and pushes it nowhere.
      const complete = COMPLETENESS.test(clause) && !totality;
      return namesBase && (EXTREME_DEGREE.test(clause) || EXTREME_MANNER.test(clause) || complete);
    });
  });
}

/**
 * A noun whose main sense is defined as an extreme ("panic": an overwhelming feeling of fear;
 * "grief": intense sorrow): the hardened form of its plain neighbour, however near in WordNet.
 */
export function isExtremeNoun(word: string): boolean {
  const first = sensesOfWord(indexForm(word), 1)[0];
  return first !== undefined && first.startsWith('n:') && isExtremeSense(first);
}
