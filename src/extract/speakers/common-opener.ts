import { tagsOf } from '../../nlp/gazetteer.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';
import type { Token } from '../../nlp/tokens.ts';
import { synsetsOf } from '../../nlp/wordnet/wordnet.ts';

/**
 * Tags (compromise's lexicon) of words that open a sentence without naming anyone: adverbs
 * ("Perhaps"), prepositions ("Besides"), durations ("Hours later", "Days after"), month
 * abbreviations in a dateline ("Aug 27 (Reuters) -"), a participle used as a preposition
 * ("Given the polls, …"), a wh-word opening a clause ("Where the Republicans sought …"), an
 * interjection ("Please see …") and a possessive determiner ("Our plans …").
 */
const OPENER_TAGS: ReadonlySet<string> = new Set([
  'Adverb',
  'Preposition',
  'Conjunction',
  'Duration',
  'Month',
  'Participle',
  'QuestionWord',
  'Expression',
  'Possessive',
]);

/** Time words: a number after them is a date or a count of time ("Aug 27", "Hours later"), no quantity of the subject. */
const TIME_TAGS: ReadonlySet<string> = new Set(['Duration', 'Month']);

/** Tags that give a word a name reading: then the capital may be a name after all ("Will", "Carson"). */
const NAME_TAGS: ReadonlySet<string> = new Set([
  'MaleName',
  'FemaleName',
  'FirstName',
  'LastName',
  'Person',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
]);

/** Words after an opener that make it part of a quantity ("About half of voters", "More than 40"). */
const QUANTITY_WORDS =
  /^(?:\d.*|than|half|third|quarter|percent|all|most|every|of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundreds|thousands|millions)$/u;

/**
 * "About two-thirds of voters support …", "More than half said", "Only about 4 in 10 want": an
 * adverb or preposition before a number opens the subject's quantity, which the unnamed-source
 * readers keep whole; the opener is then no introductory word.
 */
function opensQuantity(s: Sentence): boolean {
  for (let k = 1; k <= 2; k++) {
    const t = s.tokens[k];
    if (t && QUANTITY_WORDS.test(t.norm)) return true;
  }
  return false;
}

/** Words that open a noun phrase: after a bare verb they make it an imperative ("Join our forum …"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['Determiner', 'Possessive', 'Pronoun']);

/**
 * A sentence adverb the compromise lexicon lacks but WordNet lists as one ("Originally published
 * …", "Mostly the …"); surnames in -ly ("Donnelly", "Scully") are no WordNet adverbs.
 */
function isListedAdverb(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}ly$/u.test(word) && synsetsOf(word.toLowerCase(), 'r').length > 0;
}

/** A manner adverb ("Hastily", "Quietly"): -ly after at least four letters. */
const MANNER_ADVERB = /^\p{Lu}\p{Ll}{4,}ly$/u;

/**
 * A plain word opening a sentence alone, before a lower-case word: a listed adverb; a manner
 * adverb opening a participle clause ("Hastily politicizing the attack, Trump …"), since surnames
 * in -ly ("Kelly", "Daly") are followed by a verb, not an -ing word; or a bare verb before a
 * determiner or possessive, an imperative ("Join our forum …", "Take the ferry …"). An adjective
 * is left alone: it opens a noun phrase that may be the source ("Early polls showed").
 */
function isPlainWordOpener(text: string, tags: readonly string[], next: Token | undefined): boolean {
  if (next === undefined || !/^\p{Ll}/u.test(next.text)) return false;
  if (tags.some((t) => NAME_TAGS.has(t))) return false;
  if (tags.length === 0)
    return isListedAdverb(text) || (MANNER_ADVERB.test(text) && /^\p{Ll}+ing$/u.test(next.text));
  return tags.includes('Infinitive') && tagsOf(next.norm).some((t) => PHRASE_OPENERS.has(t));
}

/**
 * speaker.common-opener: a sentence's first word is capitalised because it opens the sentence, so
 * its capital says nothing of a name. "Hours later, Trump returned …", "Besides attacking the
 * senator, …", "Perhaps more telling …": a word whose ordinary reading is an adverb, preposition,
 * duration or month, with no name reading, standing
 * alone (the next word is no capitalised one joined to it), is no name; so is a plain word opener
 * (isPlainWordOpener). The index knowing the word at that offset as an entity still makes it a
 * name.
 */
export function isCommonOpener(frame: Frame, s: Sentence, k: number): boolean {
  if (k !== 0) return false;
  const tok = s.tokens[0];
  const next = s.tokens[1];
  if (!tok || !/^\p{Lu}/u.test(tok.text)) return false;
  if (next && /^\p{Lu}/u.test(next.text) && /^\s$/u.test(gapBetween(frame, s, 0, 1))) return false;
  const tags = tagsOf(tok.norm);
  const common =
    (tags.some((t) => OPENER_TAGS.has(t)) && !tags.some((t) => NAME_TAGS.has(t))) ||
    isPlainWordOpener(tok.text, tags, next);
  if (!common || (!tags.some((t) => TIME_TAGS.has(t)) && opensQuantity(s))) return false;
  return !isSpelledEntity(frame, tok.text, tok.start);
}

/**
 * Whether the index knows `word` at `offset` as a name spelled so. The index forgives spelling
 * variants of family names ("Kiedis" for "Keidis"), but a common word is only a name when some
 * entity is written with it: "More broadly, …" is no "Ana Moore".
 */
function isSpelledEntity(frame: Frame, word: string, offset: number): boolean {
  const e = frame.entities.resolve(frame.articleId, word, offset);
  if (e === null) return false;
  const spelled = (name: string): boolean => name.split(/\s+/u).includes(word);
  return spelled(e.name) || e.aliases.some(spelled);
}

/** A unit of time after a count ("Five years earlier", "Two days later"). */
const TIME_UNIT = /^(?:second|minute|hour|day|week|month|year|decade)s?$/u;

/** Subordinators an adverb may lead ("Shortly after the call, …", "Long before the vote, …"). */
const LED_SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'until',
  'when',
  'once',
  'while',
  'as',
]);

/**
 * speaker.adverbial-opener: "Shortly after the call ended, the campaign said …", "Soon after the
 * vote, Lund went further, saying …", "Five years earlier, Lund had decided …, half-joking …": a
 * sentence opening with an adverb before a subordinator, or with a count of time, opens an
 * adverbial phrase; its first word is no name and the clause's subject follows the phrase's
 * comma. Not when the first word has a name reading or the index knows it there ("Long after"
 * with a Mr. Long in the article).
 */
export function opensAdverbialPhrase(frame: Frame, s: Sentence): boolean {
  const tok = s.tokens[0];
  const next = s.tokens[1];
  if (!tok || !next || !/^\p{Lu}\p{Ll}*$|^\d+$/u.test(tok.text)) return false;
  // Most sentences open otherwise: the cheap tests on the second word go first.
  const led = LED_SUBORDINATORS.has(next.norm);
  if (!led && !TIME_UNIT.test(next.norm)) return false;
  if (!/^\s+$/u.test(gapBetween(frame, s, 0, 1))) return false;
  const tags = tagsOf(tok.norm);
  if (tags.some((t) => NAME_TAGS.has(t))) return false;
  if (!led && !/^\d+$/u.test(tok.text) && !tags.includes('Cardinal')) return false;
  return frame.entities.resolve(frame.articleId, tok.text, tok.start) === null;
}
