import { BODY_NAME_PREPOSITIONS, isOrganizationHeadWord } from '../../nlp/lexicons/organizations.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/**
 * Nouns of the means or occasion of a statement ("in a statement", "in a Medium post", "at a
 * rally", "during the debate"): a phrase with one between a subject and its verb says how or
 * where the subject spoke.
 */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'interview',
  'post',
  'tweet',
  'tweets',
  'letter',
  'email',
  'e-mail',
  'speech',
  'op-ed',
  'video',
  'message',
  'release',
  'column',
  'essay',
  'appearance',
  'podcast',
  'memo',
  'briefing',
  'hearing',
  'rally',
  'debate',
  'call',
  'conference',
  'broadcast',
  'editorial',
  'filing',
  'memoir',
  'book',
  'remarks',
]);
/** Whether a word names a statement's means ("statement", "tweet", "letter", "rally"). */
export function isMediumNoun(norm: string): boolean {
  return MEDIUM_NOUNS.has(norm);
}

/** Articles and owners opening such a phrase ("in a post", "on his podcast"). */
const PHRASE_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
]);
/** Words that open or join clauses: never inside the phrase ("… on Friday that Weller once described"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'and',
  'or',
  'but',
  'if',
  'as',
]);
/** Prepositions of such a phrase. */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'via', 'through']);
/** Most words of the phrase after its preposition ("a lengthy Medium post" is 4). */
const MAX_MEDIUM_WORDS = 4;

/**
 * speaker.medium-phrase: "Jeb Bush in a Medium post said", "Lund on Twitter wrote", "Cole at a
 * rally Tuesday said" — a short prepositional phrase of the statement's means or occasion between
 * a named subject and its verb (no commas) is the verb's adjunct; its noun ("post", "Twitter") is
 * no subject. The phrase ends in a medium noun, or is "on"/"via" a capitalised name (a platform
 * or programme). Given the token `at` before the verb, returns the token before the phrase when
 * a name (a capitalised word or a bracketed label) ends there, else `at`.
 */
export function skipMediumPhrase(frame: Frame, s: Sentence, at: number): number {
  // "…, who spoke across Iowa on Friday, said": a phrase closed by a comma ends an insert, not this one.
  if (at < 1 || at + 1 >= s.tokens.length || !/^\s+$/u.test(gapBetween(frame, s, at, at + 1))) return at;
  const last = s.tokens[at]!;
  const medium = MEDIUM_NOUNS.has(last.norm) && /^\p{Ll}/u.test(last.text);
  const named = /^\p{Lu}/u.test(last.text);
  if (!medium && !named) return at;
  for (let p = at - 1; p >= 1 && at - p <= MAX_MEDIUM_WORDS; p--) {
    if (!/^\s+$/u.test(gapBetween(frame, s, p, p + 1))) return at;
    const prep = s.tokens[p]!.norm;
    if (!MEDIUM_PREPOSITIONS.has(prep)) {
      // Inside the phrase: an article, an owner or a modifier; a capitalised run after "on".
      const word = s.tokens[p]!;
      const modifier =
        PHRASE_DETERMINERS.has(word.norm) ||
        (medium ? !CLAUSE_WORDS.has(word.norm) : /^\p{Lu}/u.test(word.text));
      if (!modifier) return at;
      continue;
    }
    if (!medium && prep !== 'on' && prep !== 'via') return at;
    const before = s.tokens[p - 1]!;
    // "The Council on Foreign Relations said": "on" after a body's head continues its name.
    if (
      !medium &&
      BODY_NAME_PREPOSITIONS.has(prep) &&
      /^\p{Lu}/u.test(before.text) &&
      isOrganizationHeadWord(before.norm)
    )
      return at;
    const gap = gapBetween(frame, s, p - 1, p);
    const subjectEnd = (/^\p{Lu}/u.test(before.text) && /^\s+$/u.test(gap)) || /^\.?\)\s+$/u.test(gap);
    return subjectEnd ? p - 1 : at;
  }
  return at;
}

/** Most words of a platform's or programme's name ("Fox News Sunday" is 3). */
const MAX_PLATFORM_WORDS = 3;

/**
 * speaker.platform-object: "posted a message on Twitter reading …", "a video via Facebook saying":
 * a participle right after a name that is the object of "on" or "via" modifies the post or
 * message the phrase is attached to; the platform says where the words appeared, never who said them.
 */
export function isPlatformObject(frame: Frame, s: Sentence, at: number): boolean {
  for (let k = at; k >= 1 && at - k < MAX_PLATFORM_WORDS; k--) {
    if (!/^\p{Lu}/u.test(s.tokens[k]!.text) || !/^\s+$/u.test(gapBetween(frame, s, k - 1, k))) return false;
    const prep = s.tokens[k - 1]!.norm;
    if (prep === 'on' || prep === 'via') return true;
  }
  return false;
}
