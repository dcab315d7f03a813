/**
 * speaker.subject-phrase: "Surveys of voters taken as they left the polls showed …", "Only about 4
 * in 10 Republican voters in each state want …", "Monday night's results showed …": when no rule
 * named the source of a reported clause, the noun phrase opening the cue's clause, read up to the
 * cue's verb group, is its unnamed source in its own words, as an unnamed source elsewhere keeps
 * them ("a union leader"). Read for a clause the model already chose, so what the model reads of
 * its cue (an unresolved source) is unchanged, and used only when no later rule finds a speaker.
 *
 * The stretch is taken for a noun phrase only when it reads as one: a head part of a few words
 * opening with a determiner, a count or a capital, then modifiers opened by a preposition, a
 * participle or a relative word ("filed Thursday", "of exit polls", "who have seen him"), and at
 * most one insert set off by commas after it, left out of its words ("The ad, titled …, concludes").
 * Any other punctuation but an abbreviation's stop, a hyphen, an apostrophe or a quotation mark, an
 * auxiliary, a speech verb or an irregular past outside a relative clause, a verb before its
 * object, an infinitive's "to", an adverb or a verb-like plural before the head, an adjective as
 * head: the stretch holds a clause of its own ("Voters went home and said …", "Candidates scramble
 * to address …", "The attack sparked a debate over how X responds") or modifies a noun cue ("a new
 * report"), and no source is read.
 */
import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import {
  BE_FORMS,
  DETERMINERS,
  NOT_NAME_WORDS,
  PREPOSITIONS,
  SENTENCE_LINKING_CONJUNCTIONS,
  VERB_GAP_WORDS,
} from '../../nlp/lexicons/function-words.ts';
import { IRREGULAR_BASE } from '../../nlp/lexicons/irregular-forms.ts';
import { PRONOUN_FORMS } from '../../nlp/lexicons/pronouns.ts';
import { hasSense, lemmasOf, taggedSenseCount, type WordnetPos } from '../../nlp/wordnet/wordnet.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import type { Token } from '../../nlp/tokens.ts';
import { isDocumentNoun } from '../speakers/02-said-verb.ts';
import { mention, skipVerbGap } from '../speakers/clause.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef } from '../speakers/frame.ts';
import { findClauseOpen, skipAdverbs, surfaceSpeaker } from './source.ts';

/** Longest subject phrase read: a longer stretch before a verb is seldom one noun phrase. */
const MAX_SUBJECT_PHRASE_WORDS = 18;
/** Longest head part, before its first modifier ("Only about 4 in 10 Republican voters" is 3: "Only about 4"). */
const MAX_HEAD_WORDS = 5;
/** Relative words after which a clause's own verbs belong to the phrase ("voters who have said"). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whose', 'whom']);
/** Words that open a determiner-like count ("Only about 4 in 10", "Nearly all of", "Close to 50"). */
const COUNT_OPENERS: ReadonlySet<string> = new Set(['only', 'about', 'nearly', 'almost', 'close', 'some']);

/** "went", "grew", "took": a past of its own, not a participle ("taken", "known") or a form like its base ("cost"). */
const isIrregularPast = (norm: string): boolean => {
  const base = IRREGULAR_BASE.get(norm);
  return base !== undefined && base !== norm && !/(?:en|wn)$/u.test(norm);
};
/** Weekday and month names: capitalised, they may open a phrase ("Monday night's results"). */
const CALENDAR: ReadonlySet<string> = new Set(
  [...ENGLISH_MONTH_NAMES, ...ENGLISH_WEEKDAY_NAMES].map((w) => w.toLowerCase()),
);
const isLower = (t: Token): boolean => /^\p{Ll}/u.test(t.text);
/** A word opening a modifier of the head: a preposition (not an infinitive's "to"), a participle, a relative word. */
const opensModifier = (t: Token): boolean =>
  (PREPOSITIONS.has(t.norm) && t.norm !== 'to') ||
  RELATIVE_WORDS.has(t.norm) ||
  (isLower(t) && isParticiple(t.norm) && !NOT_NAME_WORDS.has(t.norm));
/** "filed", "conducted", "taken", "representing": a regular or irregular participle form. */
const isParticiple = (norm: string): boolean =>
  /(?:ed|ing)$/u.test(norm) || (/(?:en|wn)$/u.test(norm) && IRREGULAR_BASE.has(norm));

/** Words after a state's participle that make it a predicate of the subject ("are concerned about"). */
const STATE_COMPLEMENTS: ReadonlySet<string> = new Set(['about', 'that', 'over', 'of', 'with']);

/**
 * "That comment was posted from …", "A poll released Sunday by …": the subject of a passive cue,
 * or a noun a participle cue modifies, is what was reported, not who reported it; a participle
 * of state ("are concerned about", "is convinced that") leaves its subject the one who holds it.
 */
function isPassive(s: Sentence, last: number, cue: number): boolean {
  const verb = s.tokens[cue]!;
  if (!/(?:ed|en)$/u.test(verb.norm) && !IRREGULAR_BASE.has(verb.norm)) return false;
  const next = s.tokens[cue + 1]?.norm ?? '';
  let be = false;
  for (let k = last + 1; k < cue; k++) if (BE_FORMS.has(s.tokens[k]!.norm)) be = true;
  if (be) return !STATE_COMPLEMENTS.has(next);
  const afterDate = CALENDAR.has(next) ? (s.tokens[cue + 2]?.norm ?? '') : next;
  return cue === last + 1 && afterDate === 'by';
}

/** Question words: a clause they open is no noun phrase ("What her team calls …"). */
const WH_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'who', 'whom', 'whose', 'how', 'why']);
/** Words that open a verb's object: a determiner or an owner ("sparked a debate", "hastened their fall"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my'],
]);

/** WordNet reads the word as an adjective at least as often as a noun ("new", "common", "future"). */
function isMainlyAdjective(word: string): boolean {
  const tagged = (pos: WordnetPos): number =>
    Math.max(0, ...lemmasOf(word, pos).map((l) => taggedSenseCount(l, pos)));
  if (!hasSense(word, 'a')) return false;
  return !hasSense(word, 'n') || tagged('a') >= Math.max(1, tagged('n'));
}

/** Longest insert set off by commas after the phrase ("titled “Unifier?”", "long dismissive of …"). */
const MAX_INSERT_WORDS = 12;
/** Subordinators opening a sentence whose clause runs to the cue with no comma ("While X circulate …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'while',
  'as',
  'when',
  'although',
  'though',
  'because',
  'if',
]);

/** Whether a comma stands between tokens `from` and `to` (a gap after `from`, up to the one before `to`). */
function hasComma(frame: Frame, s: Sentence, from: number, to: number): boolean {
  return firstComma(frame, s, from, to) >= 0;
}

/** The first token in (open, last] a comma stands before, or -1. */
function firstComma(frame: Frame, s: Sentence, open: number, last: number): number {
  for (let k = open + 1; k <= last; k++) if (gapBetween(frame, s, k - 1, k).includes(',')) return k;
  return -1;
}

export function findSubjectPhrase(frame: Frame, s: Sentence, cue: number): SpeakerRef | null {
  let open = findClauseOpen(frame, s, cue);
  // "But Monday night's results showed": a linking conjunction with no comma after it opens the
  // sentence; "Only about 4 in 10 voters want": a count's adverb is no opening phrase.
  if (open < 0 && SENTENCE_LINKING_CONJUNCTIONS.has(s.tokens[0]?.norm ?? '')) open = 1;
  if (open < 0 && COUNT_OPENERS.has(s.tokens[0]?.norm ?? '')) open = 0;
  // "While Democratic groups circulate …": a subordinator with no comma before the cue opens its clause.
  if (open < 0 && SUBORDINATORS.has(s.tokens[0]?.norm ?? '') && !hasComma(frame, s, 0, cue)) open = 1;
  if (open < 0 || open >= cue) return null;
  // "All the more reason to consider …": an infinitive's doer is no phrase before it.
  if (s.tokens[cue - 1]?.norm === 'to') return null;
  const gap = skipVerbGap(frame, s, cue).at;
  let last = skipAdverbs(s, gap);
  // "A court document filed Thursday says": a day after a participle is the phrase's, not the verb's.
  if (last >= 0 && last < gap && /ed$/u.test(s.tokens[last]!.norm)) {
    let k = last + 1;
    while (k <= gap && CALENDAR.has(s.tokens[k]!.norm) && /^\p{Lu}/u.test(s.tokens[k]!.text)) k++;
    if (k > gap) last = gap;
  }
  // Between the phrase and the cue no determiner, relative word or name: "the problem was that
  // the states …" holds another clause's subject, not a verb group.
  for (let k = last + 1; k < cue; k++) {
    const t = s.tokens[k]!;
    if (DETERMINERS.has(t.norm) || RELATIVE_WORDS.has(t.norm)) return null;
    if (/^\p{Lu}/u.test(t.text) && !CALENDAR.has(t.norm)) return null;
  }
  if (isPassive(s, last, cue)) return null;
  // "The ad, titled …, concludes", "The union, for example, on Wednesday started": an insert set
  // off by commas after the phrase is read past and left out of its words.
  const comma = firstComma(frame, s, open, last);
  const after = gapBetween(frame, s, last, last + 1);
  // "The “No Comparison” ad": a phrase closed by a mark before a noun cue is no subject before its verb.
  if (comma < 0 && !/^\s+$/u.test(after)) return null;
  if (comma >= 0) {
    if (!/,/u.test(after) || last - comma + 1 > MAX_INSERT_WORDS) return null;
    if (hasComma(frame, s, comma, last)) return null;
    last = comma - 1;
  }
  const words = last - open + 1;
  if (words < 2 || words > MAX_SUBJECT_PHRASE_WORDS) return null;
  const first = s.tokens[open]!;
  const opens =
    DETERMINERS.has(first.norm) ||
    COUNT_OPENERS.has(first.norm) ||
    /^\d/u.test(first.norm) ||
    (/^\p{Lu}/u.test(first.text) && (!NOT_NAME_WORDS.has(first.norm) || CALENDAR.has(first.norm)));
  // "It’s a complex endeavor requiring", "What her team calls": a pronoun's clause or a question word.
  const bare = first.norm.replace(/['’].*$/u, '');
  if (!opens || PRONOUN_FORMS.has(bare) || WH_WORDS.has(bare)) return null;
  const head = s.tokens[last]!;
  // "The most telling promise": a participle or adjective before the cue modifies a noun cue.
  if (/ing$/u.test(head.norm)) return null;
  const dated = CALENDAR.has(head.norm) && last === gap;
  if ((NOT_NAME_WORDS.has(head.norm) && !dated) || PRONOUN_FORMS.has(head.norm) || isDocumentNoun(head.norm))
    return null;
  // "a new report", "The most common criticism": a lower-case head that is no noun modifies a noun cue.
  if (isLower(head) && isMainlyAdjective(head.norm)) return null;
  let modifier = -1;
  let relative = false;
  for (let k = open; k <= last; k++) {
    const t = s.tokens[k]!;
    if (k > open && !/^(?:\s+|\.\s*|-|['’]s?\s*|\s*["“”]\s*)$/u.test(gapBetween(frame, s, k - 1, k)))
      return null;
    // "This compared with": a past form right after a lone "this" or "that" is its verb ("those surveyed" is not).
    if (k === open + 1 && (first.norm === 'this' || first.norm === 'that') && /ed$/u.test(t.norm))
      return null;
    if (t.norm === 'ago') return null;
    if (k > open && modifier < 0 && opensModifier(t)) modifier = k;
    if (RELATIVE_WORDS.has(t.norm) && k > open) relative = true;
    if (t.norm === 'to' && modifier < 0) return null;
    if (/n['’]t$/u.test(t.norm)) return null;
    if (relative) continue;
    // "The attack sparked a fresh debate", "burned and …": a verb form before its object or a conjunct.
    const next = s.tokens[k + 1]?.norm ?? '';
    if (isLower(t) && k < last && /(?:ed|[^s']s)$/u.test(t.norm) && OBJECT_OPENERS.has(next)) return null;
    if (isLower(t) && k < last && /ed$/u.test(t.norm) && next === 'and') return null;
    if (COUNT_OPENERS.has(t.norm)) continue;
    // A speech verb's form after a determiner or as the head is its noun ("each state", "the report").
    const noun = k === last || DETERMINERS.has(s.tokens[k - 1]?.norm ?? '');
    if (BE_FORMS.has(t.norm) || VERB_GAP_WORDS.has(t.norm) || (SPEECH_VERB_FORMS.has(t.norm) && !noun))
      return null;
    if (isLower(t) && isIrregularPast(t.norm)) return null;
  }
  const headEnd = modifier < 0 ? last : modifier - 1;
  // Before the head's last word only determiners, counts, capitals, owners and adjectives stand,
  // and "and" before a second head ("the principal and the local bishop"); a lower-case adverb,
  // function word or plural there is a verb or a clause ("Israel regards all").
  let part = open;
  for (let k = open; k < headEnd; k++) {
    const t = s.tokens[k]!;
    if (t.norm === 'and' && k > open) {
      part = k + 1;
      continue;
    }
    if (k - part + 1 > MAX_HEAD_WORDS) return null;
    if (!isLower(t) || DETERMINERS.has(t.norm) || COUNT_OPENERS.has(t.norm)) continue;
    // A plural ends a conjunct before "and" ("Democratic groups and the party committees").
    // A plural owner keeps its apostrophe after it ("The drivers’ union").
    const conjunct = s.tokens[k + 1]?.norm === 'and' || /^['’]/u.test(gapBetween(frame, s, k, k + 1));
    if (NOT_NAME_WORDS.has(t.norm) || /ly$/u.test(t.norm) || (/[^s']s$/u.test(t.norm) && !conjunct))
      return null;
  }
  if (headEnd - part + 1 > MAX_HEAD_WORDS) return null;
  const phrase = mention(frame, s, 'role', open, last + 1, true, 'group', head.norm);
  return phrase ? surfaceSpeaker(frame, s, phrase, cue) : null;
}
