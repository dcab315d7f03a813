import { isFunctionWord, isGivenName, tagsOf } from '../../nlp/gazetteer.ts';
import { NOT_NAME_WORDS } from '../../nlp/lexicons/function-words.ts';
import type { Word } from './words.ts';

/**
 * Capitalised closed-class words before a name ("But Brandt said", "And Canadian banks"): the
 * capital comes from the sentence start, not from the name, so the word is no part of the name.
 * The word pass marks most sentence starts; these rules cover the ones it cannot see, and the
 * evidence that a word of such a class is a name all the same ("Will Brandt", "In Capital").
 */

/** A conjunction, preposition, determiner, adverb or auxiliary (compromise's tags, or our lexicon). */
export function isClosedClassWord(w: Word): boolean {
  return NOT_NAME_WORDS.has(w.norm) || isFunctionWord(w.text);
}

/** A dash set in running text: a clause, often a new sentence, may open after it. */
const DASH_GAP = /(?:--|[—–])\s*$/u;

/**
 * entity.hidden-sentence-opener: a sentence may open after an acronym's full stop ("sales in the
 * U.S. But Brandt said") or after a dash, though the word pass keeps such a word mid-sentence
 * (most words there are names: "the U.S. Treasury"). A capitalised closed-class word there can
 * only be capitalised because a sentence or clause opens with it.
 */
export function opensHiddenSentence(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (!w.cap || w.upper || w.sentenceStart) return false;
  // The place before the word is read first: it rules out nearly every capital, and the word's
  // class costs a look-up.
  const prev = words[i - 1];
  if (prev === undefined || !((prev.upper && prev.text.endsWith('.')) || DASH_GAP.test(w.gap))) return false;
  return isClosedClassWord(w);
}

/** Closed-class readings a given name never has: "In", "If", "An" open sentences, never names. */
const NEVER_GIVEN_NAME_TAGS = new Set([
  'Preposition',
  'Conjunction',
  'Determiner',
  'QuestionWord',
  'Negative',
]);

/**
 * Evidence that the closed-class word at `i` (with a name word after it, before `to`) opens a name:
 * entity.given-name-opener: a given name whose other reading is a verb ("Will", from the modal)
 * before a further name word ("Will Brandt said");
 * entity.opener-name-elsewhere: the article writes the same two words mid-sentence, where only a
 * name explains the capital ("… the operations of In Capital." makes "In Capital said" a name).
 */
export function isNameDespiteOpener(words: readonly Word[], i: number, to: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (next === undefined || i + 1 >= to) return false;
  if (isGivenName(w.text) && !tagsOf(w.text).some((t) => NEVER_GIVEN_NAME_TAGS.has(t))) return true;
  return midSentenceOpeners(words).has(`${w.norm} ${next.norm}`);
}

/** Each word list's mid-sentence closed-class pairs, gathered once: asked at many sentence starts. */
const MID_SENTENCE_PAIRS = new WeakMap<readonly Word[], ReadonlySet<string>>();

/** Pairs ("in capital") of a capitalised closed-class word written mid-sentence and the word after it. */
function midSentenceOpeners(words: readonly Word[]): ReadonlySet<string> {
  let pairs = MID_SENTENCE_PAIRS.get(words);
  if (pairs !== undefined) return pairs;
  const found = new Set<string>();
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!;
    if (!w.cap || w.headline || w.sentenceStart || !isClosedClassWord(w) || opensHiddenSentence(words, k))
      continue;
    found.add(`${w.norm} ${words[k + 1]!.norm}`);
  }
  pairs = found;
  MID_SENTENCE_PAIRS.set(words, pairs);
  return pairs;
}
