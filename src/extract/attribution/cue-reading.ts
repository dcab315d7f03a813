import type { Token } from '../../nlp/tokens.ts';
import type { Sentence } from '../speakers/frame.ts';

/**
 * How a cue word reads in its context, from the words around it: many cue words are nouns as often
 * as verbs ("the state", "his remarks", "their calls", "a report"), and a capitalised one inside a
 * sentence is part of a name ("United States", "the State Department", "U.S."). A verb follows a
 * subject pronoun, an auxiliary or "to"; a noun follows a determiner, a possessive or a preposition.
 * The reading is a model feature (the model weighs each from PolNeAR train), and a name reading
 * takes the word out of the cues altogether.
 */
export type CueReading =
  | 'name'
  | 'after-determiner'
  | 'after-possessive'
  | 'after-preposition'
  | 'after-to'
  | 'after-auxiliary'
  | 'after-pronoun'
  | 'first'
  | 'other';

/** Words before a noun, never before a finite verb ("the report", "his claims", "every call"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this these those his her its their our my your some any each every no another such several many few'.split(
    ' ',
  ),
);

/** Subject pronouns: a cue word after one is its verb ("she says", "they claim"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('i you he she it we they who'.split(' '));

/** Auxiliaries and modals: a cue word after one is a verb ("has stated", "would call"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'has have had is are was were be been being will would shall should can could may might must do does did'.split(
    ' ',
  ),
);

/** Prepositions before a noun phrase ("in the report", "for states", "of claims"); "to" apart. */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'in on at by for from with without of about against after before during under over between into through across among despite since amid upon within'.split(
    ' ',
  ),
);

/**
 * A sentence in title case or capitals (a headline, a slogan): more than this share of its longer
 * words are capitalised, so a capital says nothing about a name there.
 */
const TITLE_CASE_SHARE = 0.6;
/** Words shorter than this ("a", "of", "to") stay lower case in titles; they are not counted. */
const MIN_TITLE_WORD_LENGTH = 4;

export function isTitleCased(s: Sentence): boolean {
  let long = 0;
  let capitalised = 0;
  for (const t of s.tokens) {
    if (t.text.length < MIN_TITLE_WORD_LENGTH) continue;
    long++;
    if (isCapitalised(t.text)) capitalised++;
  }
  return long > 0 && capitalised > TITLE_CASE_SHARE * long;
}

function isCapitalised(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
}

/** Characters after which a capital starts a new sentence or quotation, not a name. */
const FRESH_START = /[:“"‘'(—–-]\s*$/u;

/**
 * Token `k` of `s` is a word of a name: capitalised inside a sentence in ordinary case, not right
 * after a colon, dash, bracket or opening quotation mark (which may start a sentence of its own).
 */
export function isNameWord(text: string, s: Sentence, k: number, titleCased: boolean): boolean {
  if (k === 0 || titleCased) return false;
  const tok = s.tokens[k]!;
  if (!isCapitalised(tok.text)) return false;
  // A run of capitals is a heading set in caps ("HE'S BEEN CALLED OUT — He's …"), not a name.
  if (isAllCaps(tok.text) && isAllCaps(s.tokens[k - 1]!.text)) return false;
  const before = text.slice(s.tokens[k - 1]!.end, tok.start);
  return !FRESH_START.test(before);
}

/** Two or more letters, none lower case ("CALLED"; not "U" of "U.S."). */
function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The reading of cue token `k` (see CueReading). */
export function readCue(text: string, s: Sentence, k: number, titleCased: boolean): CueReading {
  if (k === 0) return 'first';
  if (isNameWord(text, s, k, titleCased)) return 'name';
  return readAfter(s.tokens[k - 1]!);
}

function readAfter(prev: Token): CueReading {
  const w = prev.norm;
  if (NOUN_DETERMINERS.has(w)) return 'after-determiner';
  if (SUBJECT_PRONOUNS.has(w)) return 'after-pronoun';
  if (AUXILIARIES.has(w) || w.endsWith("n't")) return 'after-auxiliary';
  if (w === 'to') return 'after-to';
  if (PREPOSITIONS.has(w)) return 'after-preposition';
  // "Trump's comments": a possessive (a contraction of a pronoun, "he's said", is a verb's auxiliary).
  if (w.endsWith("'s") && !SUBJECT_PRONOUNS.has(w.slice(0, -2))) return 'after-possessive';
  return 'other';
}
