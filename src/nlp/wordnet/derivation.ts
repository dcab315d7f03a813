import { indexForm, lemmasOf, synsetsOf } from './wordnet.ts';
import { clusterRelation } from './clusters.ts';
import { isExtremeNoun } from './intensity.ts';
import { bareWord, dataLine, lexicalTargetsOf, pointersOf } from './relations.ts';

/**
 * Synonymy across parts of speech. A noun of quality names the state of being what its adjective
 * says ("autarky" is being "autarkic", "self-sufficiency" being "self-sufficient"); WordNet links it
 * to its adjective by a derivation pointer (`+`). Two such nouns mean the same when their adjectives do:
 * one synset, or two satellites of one cluster head of the same grade (see clusters.ts).
 * Only adjectives bridge: the nouns and verbs a verb derives name different roles of one event
 * ("destroyer", "destruction"), not one meaning. Adverbs do not: their degree is the intensity
 * rules' to judge ("quickly" / "instantly" share a cluster, not a grade).
 */

/**
 * The words of part of speech `pos` ("a" takes in satellites) that derivation pointers leaving
 * `lemma`, in synset `id`, reach. A derivation pointer links one word of each synset
 * (source/target: two hex digits each), so only the pointers leaving `lemma` itself are read
 * ("autarky" → "autarkic", not its synonym's "autarchic").
 */
function derivedWordsOf(id: string, lemma: string, pos: 'a' | 'v'): string[] {
  const f = dataLine(id).split(' ');
  const count = parseInt(f[3]!, 16);
  let own = 0;
  for (let k = 0; k < count; k++) if (bareWord(f[4 + 2 * k]!) === lemma) own = k + 1;
  return lexicalTargetsOf(id, '+', pos, own);
}

/** The adjective lemmas that `lemma`, in synset `id`, is derived from or derives. */
export function adjectiveLemmasOf(id: string, lemma: string): string[] {
  return derivedWordsOf(id, lemma, 'a');
}

/** The adjectives a noun of quality stands for: those its first senses are derived from. */
function bridgingAdjectives(word: string, maxSenses: number): string[] {
  const out = lemmasOf(word, 'n').flatMap((lemma) =>
    synsetsOf(lemma, 'n', maxSenses).flatMap((id) => adjectiveLemmasOf(id, lemma)),
  );
  return [...new Set(out)];
}

/**
 * `a` and `b` (nouns of quality) stand for adjectives that mean the same; the
 * adjectives found, or null. Each word's own adjective senses count too ("autarky" / "self-sufficient").
 */
export function derivedSynonymy(a: string, b: string, maxSenses: number): readonly [string, string] | null {
  if (isExtremeNoun(a) !== isExtremeNoun(b)) return null;
  const xs = [...bridgingAdjectives(a, maxSenses), indexForm(a)];
  const ys = [...bridgingAdjectives(b, maxSenses), indexForm(b)];
  for (const x of xs) {
    for (const y of ys) {
      // Both words as they are is plain adjective synonymy, judged elsewhere.
      if (x === indexForm(a) && y === indexForm(b)) continue;
      if (x === y || clusterRelation(x, y, maxSenses) === 'same-grade') return [x, y];
    }
  }
  return null;
}

/**
 * The verbs an adjective is derived from ("acceptable" → "accept", "affordable" → "afford"):
 * derivation pointers leaving the adjective's own word in its first senses.
 */
export function verbsOfAdjective(adjective: string, maxSenses: number): string[] {
  const out = new Set<string>();
  for (const lemma of lemmasOf(adjective, 'a'))
    for (const id of synsetsOf(lemma, 'a', maxSenses))
      for (const v of derivedWordsOf(id, lemma, 'v')) out.add(v);
  return [...out];
}

/**
 * `noun` names the state `adjective` says (a derivation pointer between them: "vacancies" /
 * "vacant", "injuries" / "injured", "deaths" / "dead"), so a figure counting the noun and one
 * counting things the adjective describes ("1,200 vacancies" / "1,200 vacant posts") count the same.
 */
export function isStateNounOf(noun: string, adjective: string, maxSenses: number): boolean {
  const target = new Set(lemmasOf(adjective, 'a'));
  return target.size > 0 && bridgingAdjectives(noun, maxSenses).some((a) => target.has(a));
}

/**
 * The field a practitioner noun is derived from, every word of it ("engineer" → "technology",
 * "engineering"; "physicist" → "physics"): the noun synsets a derivation pointer of the word's
 * first senses reaches. A description by field ("Professor of Marine Physics") names a
 * practitioner of it, so a report's "a leading physicist" can be that professor.
 */
export function fieldNounsOf(practitioner: string, maxSenses: number): string[] {
  const out = new Set<string>();
  for (const id of synsetsOf(practitioner, 'n', maxSenses)) {
    for (const [symbol, target] of pointersOf(id)) {
      if (symbol !== '+' || !target.startsWith('n:')) continue;
      const f = dataLine(target).split(' ');
      const count = parseInt(f[3]!, 16);
      for (let k = 0; k < count; k++) out.add(bareWord(f[4 + 2 * k]!).replace(/_/gu, ' '));
    }
  }
  return [...out];
}
