/**
 * Cue stems generalised through WordNet, for training (scripts/train-attribution.ts): a verb train
 * holds too rarely to have learned anything of ("implore", "extol", "chastise") is a cue when one
 * of its first senses is a synset of verb.communication that it shares with a verb train has
 * shown to be a cue ("implore" with "beg", "extol" with "laud"). Read once at training; the
 * stems ship in the model file, so extraction reads no WordNet for them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictFolder, synsetsOf } from '../src/nlp/wordnet.ts';
import { dataLine } from '../src/nlp/wordnet-relations.ts';
import { inflectionStem } from '../src/nlp/stem.ts';

/** WordNet's lexicographer file of verbs of telling, asking, ordering, singing (verb.communication). */
const VERB_COMMUNICATION = 32;
/** Senses of a verb read: its rarer ones join everyday verbs to speech ("grill", "pepper"). */
const SENSES = 2;

/**
 * The inflection stems of WordNet's one-word verbs, other than those `isDecided` (train has
 * evidence enough either way), that share a verb.communication synset of their first SENSES
 * senses with a verb `isStrongCue` holds, sorted.
 */
export function wordnetCueStems(
  isStrongCue: (lemma: string) => boolean,
  isDecided: (stem: string) => boolean,
): string[] {
  const index = readFileSync(join(dictFolder(), 'index.verb'), 'latin1');
  const out = new Set<string>();
  for (const line of index.split('\n')) {
    const lemma = line.slice(0, line.indexOf(' '));
    // License lines start with a space; collocations ("speak_up") are no single cue word.
    if (!/^[a-z]+$/u.test(lemma)) continue;
    const stem = inflectionStem(lemma);
    if (out.has(stem) || isDecided(stem)) continue;
    if (synsetsOf(lemma, 'v', SENSES).some((id) => sharesWithCue(id, lemma, isStrongCue))) out.add(stem);
  }
  return [...out].sort();
}

/** Synset `id` is of verb.communication and another of its words is a strong cue. */
function sharesWithCue(id: string, lemma: string, isStrongCue: (lemma: string) => boolean): boolean {
  // A data line: offset lex_filenum ss_type w_cnt (word lex_id)×w_cnt …
  const f = dataLine(id).split(' ');
  if (Number(f[1]) !== VERB_COMMUNICATION) return false;
  const words = parseInt(f[3]!, 16);
  for (let k = 0; k < words; k++) {
    const word = f[4 + 2 * k]!.toLowerCase();
    if (word !== lemma && isStrongCue(word)) return true;
  }
  return false;
}
