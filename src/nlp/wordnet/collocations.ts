import { lemmasOf, type WordnetPos } from './wordnet.ts';

/**
 * WordNet lists many multi-word expressions as lemmas of their own, members of synsets like any
 * word: phrasal verbs ("pull_out", "call_off", "carry_out", "look_into", "set_up"), verb idioms
 * ("do_away_with", "get_rid_of"), adverbs ("no_longer", "in_fact") and noun compounds
 * ("interest_rate", read word by word: see COLLOCATION_POS). Such an expression means what its synsets say, not what its words say apart
 * ("look into" is "investigate", though "look" alone is "see"), so a reworded stretch is compared
 * collocation by collocation. Inflection is undone as morphy does it (wordnet.ts `lemmasOf`):
 * "pulled out" → "pull_out", "interest rates" → "interest_rate".
 */

/** Words a WordNet collocation is searched over: the longest in the index has few more. */
export const COLLOCATION_MAX_WORDS = 3;

/** Particles that close a phrasal verb ("pull out", "look into", "bring … back"). */
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set([
  'into',
  'up',
  'out',
  'off',
  'down',
  'over',
  'back',
  'on',
  'in',
  'away',
]);

/**
 * Words as WordNet lists them: "not any" is "no" ("not any more" → "no more", "not any longer" →
 * "no longer"), the same negation of a quantity written in two words.
 */
export function lexicalFormOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'not' && words[i + 1] === 'any' && i + 2 < words.length) {
      out.push('no');
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

/**
 * Parts of speech whose collocations are read whole. Noun compounds are left out: their head names
 * the thing and their first word classifies it ("Russian banks" are banks, though WordNet also
 * lists "Russian bank", a card game), so they are compared word by word and a cut modifier stays
 * the qualifier rules' to judge.
 */
const COLLOCATION_POS: readonly WordnetPos[] = ['v', 'a', 'r'];

/**
 * Two or three words that WordNet lists together as one verb, adjective or adverb, in any
 * inflection ("called off", "no longer").
 */
export function isCollocation(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > COLLOCATION_MAX_WORDS) return false;
  if (!words.every((w) => /^[\p{L}'-]+$/u.test(w))) return false;
  const form = lexicalFormOf(words.map((w) => w.toLowerCase()));
  return form.length > 1 && COLLOCATION_POS.some((pos) => lemmasOf(form.join(' '), pos).length > 0);
}

/**
 * A verb and a particle set apart by its object ("called the parade off" → "call off"), when
 * WordNet lists the pair as a verb; null otherwise. The verb is lemmatised, the particle kept.
 */
export function splitPhrasalVerbOf(verb: string, particle: string): string | null {
  const p = particle.toLowerCase();
  if (!PHRASAL_PARTICLES.has(p)) return null;
  const phrasal = `${verb.toLowerCase()} ${p}`;
  const lemma = lemmasOf(phrasal, 'v')[0];
  return lemma === undefined ? null : lemma.replace(/_/g, ' ');
}

/**
 * The units a stretch of words is compared by: from left to right, the longest run of up to
 * COLLOCATION_MAX_WORDS words that WordNet lists as one lemma, else the single word ("we pulled
 * out of" → "we", "pulled out", "of").
 */
export function collocationUnitsOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let n = Math.min(COLLOCATION_MAX_WORDS, words.length - i);
    while (n > 1 && !isCollocation(words.slice(i, i + n))) n--;
    out.push(words.slice(i, i + n).join(' '));
    i += n;
  }
  return out;
}
