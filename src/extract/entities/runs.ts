import { isClockTimeTail } from '../../nlp/clock-times.ts';
import { isGivenName, lookupGazetteer } from '../../nlp/gazetteer.ts';
import {
  ENGLISH_MONTH_ABBREVIATIONS,
  ENGLISH_MONTH_NAMES,
  ENGLISH_WEEKDAY_NAMES,
} from '../../nlp/lexicons/calendar-words.ts';
import {
  BODY_NAME_PREPOSITIONS,
  isOrganizationHeadWord,
  ORGANIZATION_HEAD_WORDS,
  PLACE_HEADS,
} from '../../nlp/lexicons/organizations.ts';
import { OFFICES } from '../../nlp/lexicons/titles-and-offices.ts';
import { opensHiddenSentence } from './openers.ts';
import type { Word } from './words.ts';

/**
 * Capitalised runs: maximal sequences of capitalised words that may form one name, joined by
 * single spaces, name particles ("von der", "bin") and "of" after a head word that takes one
 * ("Ministry of Foreign Affairs", "President of Russia", "Gulf of Tonkin"). Everything the
 * recogniser names starts as a run; classify.ts splits and types them.
 */
export interface Run {
  /** Index of the first and one past the last word in the word list. */
  from: number;
  to: number;
}

/** Calendar words are capitalised but name no one: "March", "Sept", "Monday". */
const MONTHS_AND_DAYS = new Set([
  ...ENGLISH_MONTH_NAMES,
  ...ENGLISH_MONTH_ABBREVIATIONS,
  ...ENGLISH_WEEKDAY_NAMES,
]);
/** Lower-case particles inside a person's name. */
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'du',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
]);
/** Words after which "of" continues a name: office, organisation and place heads. */
const OF_HEADS = new Set<string>([
  ...ORGANIZATION_HEAD_WORDS,
  ...PLACE_HEADS.map((h) => h.word),
  ...OFFICES.flatMap((o) => o.phrase.split(' ')).filter((w) => w !== 'of'),
  'secretary',
  'minister',
  'prime',
  'chief',
  'head',
  'duke',
  'house',
  'bureau',
  'board',
  'chamber',
  'academy',
  'museum',
  'church',
  'commonwealth',
  'league',
  'states',
  'cape',
  'isle',
  'ministers',
]);
const SINGLE_SPACE = /^[ \u00a0]$/u;
/** An abbreviation's full stop and one space: "Sen. Ana Ruiz", "George W. Bush". */
const ABBREVIATION_GAP = /^\.[ \u00a0]$/u;
/** Offices and honorifics the table writes abbreviated, as its examples show ("Sen. Joan Hart"). */
const ABBREVIATED_TITLES = new Set(
  OFFICES.filter((o) => !o.phrase.includes(' ') && o.example.toLowerCase().startsWith(`${o.phrase}. `)).map(
    (o) => o.phrase,
  ),
);
const HYPHEN = /^[-‐]$/u;
const MAX_RUN_WORDS = 12;

/** A word that can be part of a name: capitalised or an acronym, not a month or weekday, not "I". */
export function isNameWord(w: Word): boolean {
  if (!(w.cap || w.upper) || w.text.length < 2) return false;
  if (w.norm === 'i' || MONTHS_AND_DAYS.has(w.norm)) return false;
  return /^\p{L}/u.test(w.text);
}

/** A one-digit number after a coined name ("Baltlink 2") or a roman numeral ("World War II"). */
function isNameNumber(prev: Word, w: Word): boolean {
  return /^\d$/u.test(w.text) && /\p{Ll}\p{Lu}|^\p{Lu}+$/u.test(prev.text);
}

/** The capitalised runs of a word list, in order. */
export function findRuns(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && j - i < MAX_RUN_WORDS && !words[j - 1]!.possessive) {
      const step = continuation(words, j);
      if (step === 0) break;
      j += step;
    }
    if (!isClockTimeTail(words[i]!.text, words[i]!.gap, words[i - 1]?.text, words[i - 2]?.text))
      runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** How many words starting at `j` continue the run ending at `j - 1` (0 = it ends). */
function continuation(words: readonly Word[], j: number): number {
  const prev = words[j - 1]!;
  const w = words[j]!;
  // An abbreviated title's full stop is inside the name, not a sentence end.
  if (ABBREVIATION_GAP.test(w.gap) && ABBREVIATED_TITLES.has(prev.norm) && isNameWord(w)) {
    if (!opensHiddenSentence(words, j)) return 1;
  }
  if (SINGLE_SPACE.test(w.gap)) {
    if (isMiddleInitial(words, j)) return 2;
    // "the U.S. But Brandt said": a sentence opens at the closed-class word, so the name before ends.
    if (opensHiddenSentence(words, j)) return 0;
    if (isNameWord(w)) return 1;
    if (isNameNumber(prev, w)) return 1;
    const next = words[j + 1];
    const afterNext = words[j + 2];
    const joins =
      (w.norm === 'of' && OF_HEADS.has(prev.norm)) ||
      (BODY_NAME_PREPOSITIONS.has(w.norm) && isOrganizationHeadWord(prev.norm));
    if (joins && next !== undefined && SINGLE_SPACE.test(next.gap)) {
      if (isNameWord(next)) return 2;
      if (
        next.norm === 'the' &&
        afterNext !== undefined &&
        isNameWord(afterNext) &&
        SINGLE_SPACE.test(afterNext.gap)
      ) {
        return 3;
      }
    }
    if (NAME_PARTICLES.has(w.text) && next !== undefined && SINGLE_SPACE.test(next.gap) && isNameWord(next))
      return 2;
    if (NAME_PARTICLES.has(w.text) && next !== undefined && NAME_PARTICLES.has(next.text)) {
      if (afterNext !== undefined && isNameWord(afterNext)) return 3;
    }
    return 0;
  }
  if (
    HYPHEN.test(w.gap) &&
    isNameWord(w) &&
    // "AFL-CIO", "KING-TV": two acronyms joined are one name; an acronym and a word ("NATO-Russia") two.
    prev.upper === w.upper &&
    !isKnownPlace(prev) &&
    !isKnownPlace(w)
  )
    return 1;
  return 0;
}

/**
 * "George W. Bush", "Michael J. Fox": a single capital after a given name, then its full stop and
 * a capitalised word, is a middle initial and the name goes on. After another word ("Plan B.",
 * "Group A.") the capital may end a sentence.
 */
function isMiddleInitial(words: readonly Word[], j: number): boolean {
  const next = words[j + 1];
  return (
    /^\p{Lu}$/u.test(words[j]!.text) &&
    isGivenName(words[j - 1]!.text) &&
    next !== undefined &&
    ABBREVIATION_GAP.test(next.gap) &&
    isNameWord(next)
  );
}

/** "Russia-Ukraine talks" joins two names: a hyphen never continues a run across a known name. */
function isKnownPlace(w: Word): boolean {
  return lookupGazetteer(w.text) !== null;
}
