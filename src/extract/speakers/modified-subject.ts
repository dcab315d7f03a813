import {
  DETERMINERS,
  NOT_NAME_WORDS,
  PREPOSITIONS,
  VERB_GAP_WORDS,
} from '../../nlp/lexicons/function-words.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { isCommonWord, tagsOf } from '../../nlp/gazetteer.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/**
 * Longest subject read with its post-modifier ("Several judges handling federal records lawsuits
 * seeking information about the agency's work" is 12; the window keeps a verb of an earlier
 * clause out when nothing else does).
 */
const MAX_MODIFIED_SUBJECT_WORDS = 24;
/** Words of the noun phrase before its post-modifier ("A Harlow College poll" is 4). */
const MAX_HEAD_PHRASE_WORDS = 6;

/** Words that open a noun phrase as its quantity, besides the determiners ("Several judges", "Many voters"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'many', 'most', 'few', 'one', 'two', 'three']);

/** Determiners of one thing, before which a plural noun cannot stand ("this", "each"). */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set([
  'this',
  'that',
  'a',
  'an',
  'each',
  'every',
  'another',
]);

/**
 * Words that end a noun phrase's reach: a relative pronoun or complementizer opens a clause of
 * its own, whose verb the cue might be; a coordinator marks a second verb before the cue.
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'but', 'or']);

/** An -ing participle, which is never a finite verb on its own ("handling", "seeking"). */
const ING_PARTICIPLE = /^\p{Ll}[\p{L}-]{2,}ing$/u;

/**
 * A word that may be a finite past verb: an -ed form or one compromise's lexicon tags as past
 * tense ("met", "came", "found").
 */
function mayBePastVerb(text: string): boolean {
  return /^\p{Ll}[\p{L}-]+ed$/u.test(text) || tagsOf(text).includes('PastTense');
}

/**
 * Where a post-modifier opens: a preposition other than "to" (which may as well open an
 * infinitive after a verb, "wants to make"), an -ing participle, or a past form followed by a
 * preposition ("released in", "filed by"), a participle's usual company; a past form followed by
 * its object is the clause's verb ("The panel used one …").
 */
function opensModifier(s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  if (t.norm === 'to') return false;
  if (PREPOSITIONS.has(t.norm) || ING_PARTICIPLE.test(t.text)) return true;
  const next = s.tokens[k + 1]?.norm ?? '';
  return mayBePastVerb(t.text) && PREPOSITIONS.has(next) && next !== 'to';
}

/** Whether the phrase's first word opens a noun phrase: a determiner, a quantity, or a name. */
function opensNounPhrase(text: string, norm: string): boolean {
  if (norm === 'that' || norm === 'what' || norm === 'there') return false;
  if (DETERMINERS.has(norm) || QUANTIFIERS.has(norm) || /^\d/u.test(norm)) return true;
  // A capital that is an ordinary word ("He", "Nothing", "Young") is no name at the sentence start.
  return /^\p{Lu}/u.test(text) && !NOT_NAME_WORDS.has(norm) && !isCommonWord(text);
}

/**
 * speaker.modified-subject: "A Harlow College poll released in late May found …", "Several
 * judges handling records lawsuits have cited …", "A three-judge panel of the appeals court
 * overruled …" — the clause opens with a noun phrase (a determiner, a quantity, a number or a
 * name first) that a participle or prepositional phrase modifies, running up to the cue's verb
 * group. No finite verb stands between a subject and its verb, so the phrase is the subject when
 * nothing in it marks one: no auxiliary, relative pronoun, "that", coordinator after the head,
 * second past form, speech verb or punctuation. The source keeps the phrase's words, as an
 * unnamed source does. `open` is the clause's first token, `last` the word before the cue's verb
 * group. Returns the phrase's token range, or null.
 */
export function findModifiedSubject(
  frame: Frame,
  s: Sentence,
  open: number,
  last: number,
): { from: number; to: number } | null {
  if (last <= open || last - open >= MAX_MODIFIED_SUBJECT_WORDS) return null;
  const first = s.tokens[open]!;
  if (!opensNounPhrase(first.text, first.norm)) return null;
  for (let k = open; k < last; k++)
    if (!/^(?:\s+|\.\s?|-|['’]s?\s+)$/u.test(gapBetween(frame, s, k, k + 1))) return null;
  let modifier = -1;
  for (let k = open + 1; k <= last; k++) {
    const t = s.tokens[k]!;
    // An auxiliary or adverb marks the verb group; capitalised, it is a name's word ("late May").
    if (CLAUSE_WORDS.has(t.norm) || (VERB_GAP_WORDS.has(t.norm) && /^\p{Ll}/u.test(t.text))) return null;
    // A speech verb is another act's cue, unless a preposition or determiner makes it a noun ("of state").
    const before = s.tokens[k - 1]!.norm;
    if (SPEECH_VERB_FORMS.has(t.norm) && !PREPOSITIONS.has(before) && !DETERMINERS.has(before)) return null;
    if (modifier >= 0) {
      // "and" inside the modifier, or a second past form, joins a second clause, not a longer phrase.
      if (t.norm === 'and' || mayBePastVerb(t.text)) return null;
    } else if (opensModifier(s, k)) modifier = k;
  }
  if (modifier < 0 || modifier - open > MAX_HEAD_PHRASE_WORDS) return null;
  return isNounHead(s, open, modifier) ? { from: open, to: last + 1 } : null;
}

/**
 * Whether tokens [open, end) read as a noun phrase, not a subject and its verb: the word before
 * the modifier is no participle, adverb or function word; a bare name phrase ("Trump
 * supporters") holds only capitals and plural nouns; a past form past the determiner's slot ("The
 * panel used one …") or a lower-case word right after a plural noun ("voters feel …") is a verb.
 */
function isNounHead(s: Sentence, open: number, end: number): boolean {
  const head = s.tokens[end - 1]!;
  if (ING_PARTICIPLE.test(head.text) || /ly$/u.test(head.norm) || NOT_NAME_WORDS.has(head.norm)) return false;
  const first = s.tokens[open]!;
  const bare = !DETERMINERS.has(first.norm) && !QUANTIFIERS.has(first.norm) && !/^\d/u.test(first.norm);
  const plural = (text: string): boolean => /^\p{Ll}[\p{L}-]{2,}[^s'’]s$/u.test(text);
  for (let k = open + 1; k < end; k++) {
    const t = s.tokens[k]!;
    if (/^\p{Lu}/u.test(t.text) || t.norm === 'and') continue;
    if (bare && (!plural(t.text) || mayBePastVerb(t.text))) return false;
    // A past form right after the determiner is an adjective ("A detailed study"); later, a verb.
    if (k > open + 1 && mayBePastVerb(t.text)) return false;
    // "This comes after police said": a singular determiner takes no plural noun, so the -s
    // present form after it is the clause's verb.
    if (SINGULAR_DETERMINERS.has(s.tokens[k - 1]!.norm) && tagsOf(t.text).includes('PresentTense'))
      return false;
    if (plural(s.tokens[k - 1]!.text)) return false;
  }
  return true;
}
