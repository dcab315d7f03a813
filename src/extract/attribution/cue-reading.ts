/**
 * Whether a cue word is a word of a name: many cue words are nouns as often as verbs, and a
 * capitalised one inside a sentence in ordinary case is part of a name ("United States", "the
 * State Department", "U.S.", "the Harbour Report Office"), never a speech act, so it is no cue.
 * In a headline or a slogan in title case a capital says nothing, and those cues stay. (A model
 * feature reading the word before the cue, determiner, possessive, pronoun, auxiliary, was tried:
 * PolNeAR dev recall at precision 0.85 moved within the retraining noise, so it was left out.)
 */

import { isCapitalised } from '../../nlp/letter-case.ts';
import { NOT_NAME_WORDS, VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import { lemmasOf, synsetsOf } from '../../nlp/wordnet.ts';
import { lexFileOf } from '../../nlp/wordnet-relations.ts';
import type { Token } from '../../nlp/tokens.ts';
import type { Sentence } from '../speakers/frame.ts';

/**
 * A sentence in title case or capitals (a headline, a slogan): more than this share of its longer
 * words are capitalised, so a capital says nothing about a name there. 0.6 took a short sentence
 * full of names ("Delegates from the United States met the minister on Tuesday.") for a headline.
 */
const TITLE_CASE_SHARE = 0.75;
/** Words shorter than this ("a", "of", "to") stay lower case in titles; they are not counted. */
const MIN_TITLE_WORD_LENGTH = 4;

/** A word of masked quotation (speakers/frame.ts). */
const MASKED = /^x+$/u;

function isTitleCased(s: Sentence): boolean {
  let long = 0;
  let capitalised = 0;
  for (const t of s.tokens) {
    // Quoted words are masked to x's (speakers/frame.ts): their case is unknown here.
    if (t.text.length < MIN_TITLE_WORD_LENGTH || MASKED.test(t.text)) continue;
    long++;
    if (isCapitalised(t.text)) capitalised++;
  }
  return long > 0 && capitalised > TITLE_CASE_SHARE * long;
}

/** Characters after which a capital starts a new sentence or quotation, not a name. */
const FRESH_START = /[:“"‘'(—–-]\s*$/u;

/**
 * Token `k` of `s` is a word of a name: capitalised inside a sentence in ordinary case, not right
 * after a colon, dash, bracket or opening quotation mark (which may start a sentence of its own).
 */
export function isNameWord(text: string, s: Sentence, k: number): boolean {
  if (k === 0) return false;
  const tok = s.tokens[k]!;
  if (!isCapitalised(tok.text)) return false;
  // A run of capitals is a heading set in caps ("HE'S BEEN CALLED OUT — He's …"), not a name.
  if (isAllCaps(tok.text) && isAllCaps(s.tokens[k - 1]!.text)) return false;
  const before = text.slice(s.tokens[k - 1]!.end, tok.start);
  // Read last: few cue words are capitalised, so few sentences are scanned for title case.
  return !FRESH_START.test(before) && !isTitleCased(s);
}

/** Two or more letters, none lower case ("CALLED"; not "U" of "U.S."). */
function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * A word outside the cue lexicon heads an attribution by its construction and meaning: PolNeAR
 * annotates cognition, evidentials and intentions as well as speech ("now know that …", "his
 * critique of …", "is confident that …", "proposal to …"), an open class no list covers. Such a
 * word is read as a cue when it takes a clause complement, a colon or a topic preposition and
 * WordNet files one of its first senses under communication, cognition or feeling (an adjective
 * before a clause or a topic is a stance: "clear that", "critical of"); the model weighs each by
 * the two (features.ts, the cue-construction block).
 */

/** What follows a cue word: its complement's kind, read from the next token and the marks before it. */
export type Complement = 'that' | 'whether' | 'to' | 'colon' | 'about' | 'of' | 'none';

const COMPLEMENT_OF_WORD: ReadonlyMap<string, Complement> = new Map([
  ['that', 'that'],
  ['whether', 'whether'],
  ['to', 'to'],
  ['about', 'about'],
  ['on', 'about'],
  ['over', 'about'],
  ['against', 'about'],
  ['of', 'of'],
]);

/** The complement after token `k` of `s`: a colon right after it, else the next word's kind. */
export function complementAfter(masked: string, s: Sentence, k: number): Complement {
  const tok = s.tokens[k]!;
  const next = s.tokens[k + 1];
  const to = next ? next.start : s.end;
  for (let i = tok.end; i < to; i++) {
    const c = masked.charCodeAt(i);
    if (c === 58) return 'colon';
    if (c !== 32) return 'none';
  }
  return (next && COMPLEMENT_OF_WORD.get(next.norm)) ?? 'none';
}

/** WordNet lexicographer files of reporting meanings (lexnames(5)), by the label the model reads. */
const MEANING_FILES: ReadonlyMap<number, string> = new Map([
  [32, 'verb.communication'],
  [31, 'verb.cognition'],
  [37, 'verb.emotion'],
  [10, 'noun.communication'],
  [9, 'noun.cognition'],
  [12, 'noun.feeling'],
]);

/** Words shorter than this ("it", "one") are function words or names, never read by meaning. */
const MIN_MEANING_WORD_LENGTH = 4;
const PLAIN_WORD = /^[a-z][a-z'’-]*$/u;
/** Remembered answers, bounded like the model's cue memo (any input). */
const MAX_REMEMBERED_MEANINGS = 50_000;
const meanings = new Map<string, string | null>();

/**
 * The reporting meaning of a word: the lexicographer file of the first of its senses (a verb's
 * before a noun's, each lemma's first WORDNET_MAX_SENSES) filed under communication, cognition or
 * feeling; "adjective" for an adjective with none; null otherwise.
 */
export function cueMeaning(norm: string): string | null {
  let found = meanings.get(norm);
  if (found !== undefined) return found;
  found = readMeaning(norm);
  if (meanings.size >= MAX_REMEMBERED_MEANINGS) meanings.clear();
  meanings.set(norm, found);
  return found;
}

function readMeaning(norm: string): string | null {
  if (norm.length < MIN_MEANING_WORD_LENGTH || !PLAIN_WORD.test(norm) || NOT_NAME_WORDS.has(norm)) return null;
  for (const pos of ['v', 'n'] as const)
    for (const lemma of lemmasOf(norm, pos))
      for (const id of synsetsOf(lemma, pos)) {
        const label = MEANING_FILES.get(lexFileOf(id));
        if (label) return label;
      }
  return lemmasOf(norm, 'a').length > 0 ? 'adjective' : null;
}

/** Complements that make a word of reporting meaning a cue: a clause, an infinitive, a colon. */
const CLAUSE_COMPLEMENTS: ReadonlySet<Complement> = new Set(['that', 'whether', 'to', 'colon']);

/**
 * Token `k` (a word outside the cue lexicon) is a cue by construction: a word of reporting meaning
 * before a clause ("that", "whether") or a colon, or a verb or noun of one before an infinitive
 * ("vowed to", "plan to"); an adjective before "to" is a modal ("able to", "likely to"), not a
 * stance. A topic preposition ("critique of", "talked about") is no cue by itself: on PolNeAR
 * train those read as cues were right under two times in three, and ate into the precision that
 * the threshold buys with the lexicon's cues.
 */
export function isConstructionCue(masked: string, s: Sentence, k: number): boolean {
  const complement = complementAfter(masked, s, k);
  if (!CLAUSE_COMPLEMENTS.has(complement) || isCapitalised(s.tokens[k]!.text)) return false;
  if (NO_TO && complement === 'to') return false;
  const after = s.tokens[k + 2];
  // The word after the complement's is read first (by its letters, then a remembered WordNet
  // answer): it turns most words away before the cue word's own meaning is looked up.
  if (complement === 'that' && after && isRelativeClauseVerb(after.norm)) return false;
  if (complement === 'to' && !(after && isBareVerb(after))) return false;
  const meaning = cueMeaning(s.tokens[k]!.norm);
  if (VERBS_ONLY) return meaning === 'verb.cognition' || meaning === 'verb.communication';
  return meaning !== null && (complement !== 'to' || meaning !== 'adjective');
}

/**
 * "to" opens an infinitive only before a verb's bare form ("vowed to | repeal"); before a name, a
 * determiner or a plural it is a preposition and the word before it no reporting act ("spoke to
 * reporters", "talked to WDBJ").
 */
function isBareVerb(t: Token): boolean {
  if (!PLAIN_WORD.test(t.text) || NOT_NAME_WORDS.has(t.norm)) return false;
  let bare = bareVerbs.get(t.norm);
  if (bare === undefined) {
    bare = lemmasOf(t.norm, 'v').includes(t.norm);
    if (bareVerbs.size >= MAX_REMEMBERED_MEANINGS) bareVerbs.clear();
    bareVerbs.set(t.norm, bare);
  }
  return bare;
}
const bareVerbs = new Map<string, boolean>();

/**
 * A "that" followed at once by an auxiliary or a past form is a relative pronoun, the subject of
 * its own verb ("the ban that was lifted", "the bill that passed"), not the opening of a clause
 * complement, whose subject comes first ("knew that the ban …").
 */
function isRelativeClauseVerb(norm: string): boolean {
  return VERB_GAP_WORDS.has(norm) || norm.endsWith('ed');
}

const NO_TO = Boolean(process.env.NO_TO);
const VERBS_ONLY = Boolean(process.env.VERBS_ONLY);
