import { isDictionaryWord } from '../../../nlp/wordnet/wordnet.ts';
import { isProperNoun } from '../../../nlp/wordnet/relations.ts';
import { isCapitalOf } from './capitals.ts';
import { type Rule } from './rule.ts';

/** Gaps longer than this are rewordings, not a name swapped for a name. */
const ACTOR_GAP_MAX_WORDS = 3;

/** A name substituted for a different name: the actor or target changed ("France" → "Germany"). */
export const actorChanged: Rule = ({ diff }) => {
  const out: string[] = [];
  const names = (s: string) =>
    capitalisedWords(s)
      .filter((w, k) => k > 0 || !isSentenceCapital(s, w))
      .map((w) => w.toLowerCase().slice(0, 5));
  const words = (s: string) => s.split(/\s+/).filter((w) => w.length > 0).length;
  for (const [from, to] of diff.gapPairs) {
    if (words(from) > ACTOR_GAP_MAX_WORDS || words(to) > ACTOR_GAP_MAX_WORDS) continue;
    const a = names(from);
    const b = names(to);
    if (a.length === 0 || b.length === 0) continue;
    // A capital for the country the speaker named is the same government ("Ukraine" → "Kyiv").
    if (isCapitalOf(to, from) || isCapitalOf(from, to)) continue;
    if (!b.some((w) => a.includes(w))) out.push(`verdict.actor-changed: "${from}" → "${to}"`);
  }
  return out;
};

/** The words of `s` that open on a capital. */
function capitalisedWords(s: string): string[] {
  return s.match(/\b\p{Lu}[\p{L}’'-]+/gu) ?? [];
}

/**
 * The gap's first word, capitalised only because it opens the sentence: a common noun WordNet lists
 * in lower case ("Teachers", "Legislators"). A subject put at a quote's opening is judged by the
 * wording rules, with its evidence, not as a name swapped for a name.
 */
function isSentenceCapital(s: string, w: string): boolean {
  if (!s.trimStart().startsWith(w)) return false;
  const word = w.toLowerCase();
  return isDictionaryWord(word) && !isProperNoun(word);
}
