import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import {
  DETERMINERS,
  isContractedFunctionWord,
  NOT_NAME_WORDS,
  PARENTHETICAL_CONNECTIVES,
  PREPOSITIONS,
  VERB_GAP_WORDS,
} from '../../nlp/lexicons/function-words.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { isMainlyNoun } from '../../nlp/wordnet/wordnet.ts';
import { isCommonWord } from '../../nlp/gazetteer.ts';
import { PRONOUN_FORMS } from '../../nlp/lexicons/pronouns.ts';
import { resolveReference } from '../speakers/04-pronoun-role.ts';
import {
  isDocumentNoun,
  isObjectlessTold,
  skipTimePhrase,
  type SpeechEvent,
} from '../speakers/02-said-verb.ts';
import {
  DASH_GAP,
  findAppositiveSubject,
  findDashedInsertStart,
  findPersonBeforeAffiliation,
  skipBracketedLabel,
} from '../speakers/03-appositive.ts';
import { isCommonOpener } from '../speakers/common-opener.ts';
import { findFirstConjunct } from '../speakers/coordinated-subject.ts';
import { findQuantitySubject } from '../speakers/quantity-subject.ts';
import { extendGroupSubject, findGroupPhrase } from '../speakers/group-phrase.ts';
import { findModifiedSubject } from '../speakers/modified-subject.ts';
import {
  isFunctionWordName,
  type Mention,
  mention,
  mentionEndingAt,
  mentionStartingAt,
  resolveName,
  skipVerbGap,
} from '../speakers/clause.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef } from '../speakers/frame.ts';
import { withSourceModifier } from '../speakers/source-modifier.ts';
import { isObjectBeforeParticiple } from '../speakers/participle-object.ts';
import { findNonfinitePhrase } from '../speakers/nonfinite-phrase.ts';
import type { FrameAnalysis } from '../speakers.ts';
import type { Token } from '../../nlp/tokens.ts';
import {
  findControllerSource,
  findCoordinatedSource,
  findOpeningClauseSource,
  findTopicSource,
} from './main-clause-source.ts';

/** Longest source phrase read after "according to" when no mention was found there. */
const MAX_SOURCE_WORDS = 8;
/**
 * Longest source phrase read after "according to" when it ends at a comma or the sentence's end
 * ("according to early results of exit polls conducted by Harlow Research for the networks,"): a
 * phrase bounded so is the source whole, its modifiers naming who stands behind it.
 */
const MAX_BOUNDED_SOURCE_WORDS = 24;

/** A source the rules could not resolve, and the rule that read it instead. */
export interface FallbackSource {
  speaker: SpeakerRef;
  rule: string;
}

/**
 * The source of a reported clause whose speech act has no resolved speaker. In order:
 * speaker.source-surface: a subject the rules found but could not tie to anyone ("the Republican
 * nominee", "Civil rights activists") keeps its words, as an unnamed source does;
 * speaker.subject-before-cue: else the noun phrase ending just before the cue ("Gov. Lee (R) said");
 * speaker.according-to-phrase: "according to federal data", the words after "to" up to a comma.
 * A pronoun nobody stands for gives no source: its words name no one.
 */
export function findFallbackSource(
  a: FrameAnalysis,
  s: Sentence,
  token: number,
  event: SpeechEvent | null,
): FallbackSource | null {
  const maker = findLightVerbSubject(a, s, token);
  if (maker) return { speaker: maker, rule: 'speaker.light-verb-subject' };
  const owner = findUtteranceOwner(a, s, token);
  if (owner) return { speaker: owner, rule: 'speaker.utterance-owner' };
  const read = readFallbackSource(a, s, token, event);
  if (read !== PARTICIPLE_OBJECT && read?.rule === 'speaker.subject-before-cue') {
    const outer = findEmbeddingSpeaker(a, s, read.speaker.start);
    if (outer) return { speaker: outer, rule: 'speaker.embedding-report' };
    // "Scott's family has called": the owner read before the cue is not the subject; its noun is.
    const open = findClauseOpen(a.frame, s, token);
    const owned = open < 0 ? null : findOwnedSubject(a.frame, s, open, token);
    if (owned) return { speaker: owned, rule: 'speaker.clause-subject' };
  }
  if (read && read !== PARTICIPLE_OBJECT && !isWordFragment(read)) return read;
  // A set-off participle has no clause subject of its own: its doer is the main clause's.
  if (read !== PARTICIPLE_OBJECT) {
    const subject = findClauseSubject(a.frame, s, token);
    if (subject) return { speaker: subject, rule: 'speaker.clause-subject' };
    const modified = findModifiedSource(a.frame, s, token);
    if (modified) return { speaker: modified, rule: 'speaker.modified-subject' };
  }
  const controller = findControllerSource(a, s, token);
  if (controller) return { speaker: controller, rule: 'speaker.nonfinite-controller' };
  const closing = findClosingAccordingTo(a, s, token);
  if (closing) return { speaker: closing, rule: 'speaker.according-to' };
  const shared = findCoordinatedSource(a, s, token);
  if (shared) return { speaker: shared, rule: 'speaker.coordinated-verb' };
  const topic = findTopicSource(a, s, token);
  return topic ? { speaker: topic, rule: 'speaker.sentence-topic' } : null;
}

/**
 * Verbs that carry no meaning of their own before a noun of saying ("made a call for", "renewed
 * his call", "voiced her concerns", "issued a warning"): the act is the noun's, done by the
 * verb's subject. Verbs that take someone else's words ("rejected a call", "answered her plea")
 * are not among them.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
  [
    'make made makes making',
    'issue issued issues issuing',
    'renew renewed renews renewing',
    'repeat repeated repeats repeating',
    'reiterate reiterated reiterates reiterating',
    'deliver delivered delivers delivering',
    'voice voiced voices voicing',
    'express expressed expresses expressing',
    'give gave gives giving given',
    'offer offered offers offering',
    'lodge lodged lodges lodging',
    'raise raised raises raising',
  ].flatMap((forms) => forms.split(' ')),
);
/** Owners and articles that open the noun phrase of a light verb's noun ("a call", "his call"). */
const LIGHT_NOUN_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'our']);
/** Most adjectives between the opener and the noun ("an impassioned call"). */
const MAX_LIGHT_NOUN_ADJECTIVES = 2;

/**
 * speaker.light-verb-subject: "X made an impassioned call for unity", "X and Y renewed their call
 * for a ban", "as X seized on the attack to renew his call": a cue that is the noun of a light
 * verb is said by that verb's subject, the clause's own, or the main clause's for an infinitive.
 */
function findLightVerbSubject(a: FrameAnalysis, s: Sentence, cue: number): SpeakerRef | null {
  const { frame } = a;
  const plain = (k: number): boolean => /^\s+$/u.test(gapBetween(frame, s, k - 1, k));
  let k = cue - 1;
  for (let n = 0; n < MAX_LIGHT_NOUN_ADJECTIVES && k > 1 && plain(k + 1); n++) {
    const t = s.tokens[k]!;
    if (LIGHT_NOUN_OPENERS.has(t.norm) || !/^\p{Ll}/u.test(t.text) || NOT_NAME_WORDS.has(t.norm)) break;
    k--;
  }
  if (k < 1 || !plain(k + 1) || !LIGHT_NOUN_OPENERS.has(s.tokens[k]!.norm) || !plain(k)) return null;
  const verb = k - 1;
  if (!LIGHT_VERBS.has(s.tokens[verb]!.norm) || !/^\p{Ll}/u.test(s.tokens[verb]!.text)) return null;
  if (s.tokens[verb - 1]?.norm === 'to') return findControllerSource(a, s, verb);
  return findClauseSubject(frame, s, verb);
}

/** Words longest between a passive cue and its "by" ("were treated very differently by"). */
const MAX_WORDS_BEFORE_AGENT = 3;

/**
 * speaker.passive-agent: the agent of a passive cue, the phrase after its "by" ("has been endorsed
 * by dozens of papers", "were echoed by a number of tax experts"), with only adverbs between: a
 * name opening it as the index resolves it, else the phrase's own words up to a comma. Null when
 * the cue has no agent ("Clinton was booed"): its subject is what was reported, never who
 * reported it.
 */
export function findPassiveAgent(a: FrameAnalysis, s: Sentence, cue: number): SpeakerRef | null {
  const last = Math.min(s.tokens.length - 2, cue + MAX_WORDS_BEFORE_AGENT);
  for (let k = cue + 1; k <= last; k++) {
    const norm = s.tokens[k]!.norm;
    if (norm === 'by') {
      const named = mentionStartingAt(a.frame, s, k + 1);
      const resolved = named?.kind === 'name' ? resolveName(a.frame, s, named) : null;
      if (resolved) return resolved;
      // "is accused by critics of ignoring …": a role noun ends the agent; what follows is the
      // passive verb's own complement, not the agent's.
      if (named?.kind === 'role') return surfaceSpeaker(a.frame, s, named);
      const phrase = phraseAfter(a.frame, s, k + 1);
      return phrase ? surfaceSpeaker(a.frame, s, phrase) : null;
    }
    if (!VERB_GAP_WORDS.has(norm) && !/ly$/u.test(norm)) return findFartherAgent(a, s, k);
  }
  return null;
}

/** Most words between a passive cue and a named agent past its complement ("was appointed to the court by"). */
const MAX_WORDS_BEFORE_NAMED_AGENT = 8;
/** Lower-case words of a description before the agent's name ("by former rival X" is 2). */
const MAX_AGENT_DESCRIPTOR_WORDS = 3;
/** Words that end the passive's own clause before any "by" of its: a new clause or a coordinated one. */
const CLAUSE_ENDERS: ReadonlySet<string> = new Set([
  'that',
  'who',
  'which',
  'whom',
  'whose',
  'but',
  'while',
  'because',
]);

/**
 * speaker.passive-agent (farther): "was booed and shouted down by X", "was also endorsed the day
 * before by X", "was appointed to the court by X": a passive's complement, a coordinated
 * participle or a time phrase may stand before its "by". Read only within the clause (no
 * punctuation, no clause word) and only when a name the index resolves opens the agent, as
 * "by" after a longer gap may also open a means or a time ("by phone", "by Friday").
 */
function findFartherAgent(a: FrameAnalysis, s: Sentence, from: number): SpeakerRef | null {
  const last = Math.min(s.tokens.length - 2, from + MAX_WORDS_BEFORE_NAMED_AGENT);
  for (let k = from; k <= last; k++) {
    if (!/^\s+$/u.test(gapBetween(a.frame, s, k - 1, k))) return null;
    const norm = s.tokens[k]!.norm;
    if (CLAUSE_ENDERS.has(norm)) return null;
    if (norm !== 'by') continue;
    // "by former rival X": a short lower-case description may lead the name.
    for (let j = k + 1; j <= k + MAX_AGENT_DESCRIPTOR_WORDS && j < s.tokens.length; j++) {
      if (!/^\p{Lu}/u.test(s.tokens[j]!.text)) continue;
      const named = mentionStartingAt(a.frame, s, j);
      return named?.kind === 'name' ? resolveName(a.frame, s, named) : null;
    }
    return null;
  }
  return null;
}

/**
 * speaker.according-to (closing): "… McAuliffe, who was greeted with chants at a conference last
 * month, according to union president Ada Lund." — an "according to" phrase closing the
 * sentence after a comma sources everything before it; a cue there with no subject of its own
 * is the phrase's. Its resolved speaker, else the phrase's own words when they name someone.
 */
function findClosingAccordingTo(a: FrameAnalysis, s: Sentence, cue: number): SpeakerRef | null {
  const at = s.tokens[cue];
  if (!at) return null;
  for (let k = cue + 1; k + 1 < s.tokens.length; k++) {
    if (s.tokens[k]!.norm !== 'according' || s.tokens[k + 1]!.norm !== 'to') continue;
    if (!/,\s*$/u.test(gapBetween(a.frame, s, k - 1, k))) return null;
    const phrase = phraseAfter(a.frame, s, k + 2);
    if (!phrase || phrase.to !== s.tokens.length) return null;
    const event = a
      .eventsOf(s.index)
      .find((e) => e.how === 'according-to' && e.cue.start === s.tokens[k]!.start);
    if (event?.speaker) return event.speaker;
    const read = isDocumentNoun(phrase.head) ? null : surfaceSpeaker(a.frame, s, phrase);
    return read && !isWordFragment({ speaker: read, rule: 'speaker.according-to-phrase' }) ? read : null;
  }
  return null;
}

/** speaker.modified-subject (speakers/modified-subject.ts): "A Harlow College poll released in May found". */
function findModifiedSource(frame: Frame, s: Sentence, cue: number): SpeakerRef | null {
  const open = findClauseOpen(frame, s, cue);
  const last = skipAdverbs(s, skipVerbGap(frame, s, cue).at);
  const range = open >= 0 && last > open ? findModifiedSubject(frame, s, open, last) : null;
  if (!range) return null;
  const phrase = mention(frame, s, 'role', range.from, range.to, true, 'group', s.tokens[range.to - 1]!.norm);
  if (!phrase) return null;
  // "Okonjo of the tenants' network said": the person the phrase opens on, not the phrase.
  const affiliated = findPersonBeforeAffiliation(frame, s, phrase);
  return surfaceSpeaker(frame, s, affiliated ?? phrase);
}

/**
 * speaker.embedding-report: "The Vatican says Pope Francis has no plans to …": a source read
 * before an unrecognised cue that itself opens the complement of an earlier speech act in the
 * sentence (right after its cue, or its "that") is part of what that speaker reports; the clause
 * is theirs. Only an earlier act whose speaker the rules resolved.
 */
function findEmbeddingSpeaker(a: FrameAnalysis, s: Sentence, at: number): SpeakerRef | null {
  const outer = a.eventsOf(s.index).filter((e) => e.speaker && e.cue.end <= at);
  const e = outer.at(-1);
  if (!e?.speaker || (e.speaker.start < at && e.speaker.start >= e.cue.end)) return null;
  const gap = a.frame.masked.slice(e.cue.end, at);
  return /^\s*(?:that\s+)?$/u.test(gap) ? e.speaker : null;
}

/**
 * "Lund, whose views have upset her own Green Party, last year proposed", "whether Lund, who
 * polls better than Brandt, will ever tell": the words before the verb group's comma end an
 * insert about the subject (an appositive or relative clause), so a name inside it is no
 * subject; the subject is the name before the insert's opening comma.
 */
function findInsertedSubject(frame: Frame, s: Sentence, end: number): Mention | null {
  if (end + 1 >= s.tokens.length || !/^\s*\.?,\s*$/u.test(gapBetween(frame, s, end, end + 1))) return null;
  // Only a name: a common noun phrase before a comma may be an opening phrase ("Outside the
  // campaign, a number of Democrats, while …, are warning"), not a subject.
  const m = findAppositiveSubject(frame, s, end);
  return m?.kind === 'name' ? m : null;
}

/**
 * "Pollster Ana Lund -- author of a book on turnout -- is skeptical": a dashed insert before the
 * cue describes the subject before its first dash (03-appositive.ts findDashedInsertStart), so a
 * name inside it is no subject. A pronoun there gives none.
 */
function findDashedSubject(frame: Frame, s: Sentence, end: number): Mention | null {
  if (end + 1 >= s.tokens.length || !DASH_GAP.test(gapBetween(frame, s, end, end + 1))) return null;
  const start = findDashedInsertStart(frame, s, end);
  const m = start >= 0 ? mentionEndingAt(frame, s, start) : null;
  return m && m.kind !== 'pronoun' ? m : null;
}

/**
 * A source read by the word-before-the-cue rules that names no one: no entity, no capitalised
 * word of more than one letter ("the property", "a percentage point less than", "his", the "U" of
 * "U.S."), so the clause's own subject is read instead.
 */
function isWordFragment(f: FallbackSource): boolean {
  if (f.rule !== 'speaker.subject-before-cue' && f.rule !== 'speaker.according-to-phrase') return false;
  return f.speaker.entity === null && !/\p{Lu}[\p{L}’'.-]*\p{L}/u.test(f.speaker.name);
}

/** readFallbackSource's answer for an object read before a set-off participle: no source there. */
const PARTICIPLE_OBJECT = 'participle-object';

function readFallbackSource(
  a: FrameAnalysis,
  s: Sentence,
  token: number,
  event: SpeechEvent | null,
): FallbackSource | typeof PARTICIPLE_OBJECT | null {
  const { frame } = a;
  const opening = event?.subject ? null : findOpeningClauseSource(a, s, token);
  if (opening) return { speaker: opening, rule: 'speaker.opening-clause' };
  if (event?.subject && event.subject.kind !== 'pronoun' && !isDocumentNoun(event.subject.head))
    return { speaker: surfaceSpeaker(frame, s, event.subject, token), rule: 'speaker.source-surface' };
  const tok = s.tokens[token];
  if (tok?.norm === 'according' && s.tokens[token + 1]?.norm === 'to') {
    const phrase = phraseAfter(frame, s, token + 2);
    return phrase && !isDocumentNoun(phrase.head)
      ? { speaker: surfaceSpeaker(frame, s, phrase), rule: 'speaker.according-to-phrase' }
      : null;
  }
  // "Gowdy (R-S.C.) earlier in the day touted": a time phrase before the cue is read past, as before a said-verb.
  const at = skipTimePhrase(frame, s, skipAdverbs(s, skipVerbGap(frame, s, token).at));
  if (at < 0) return null;
  // A headline's objectless "told" ("…, MPs told"): a passive, the noun before it heard the words.
  if (event?.how === 'passive' && isObjectlessTold(s, token)) return null;
  const end = skipBracketedLabel(frame, s, at);
  const quantity = findQuantitySubject(frame, s, end);
  if (quantity)
    return { speaker: surfaceSpeaker(frame, s, quantity, token), rule: 'speaker.quantity-subject' };
  // "You’re promised …": a pronoun with its verb contracted names no one here.
  if (isContractedFunctionWord(s.tokens[end]!.norm)) return null;
  const m =
    findDashedSubject(frame, s, end) ??
    findInsertedSubject(frame, s, end) ??
    mentionEndingAt(frame, s, end) ??
    phraseEndingAt(frame, s, end);
  if (m?.kind === 'pronoun') {
    const reporter = findReportingSpeaker(a, s, m);
    return reporter ? { speaker: reporter, rule: 'speaker.reported-self' } : null;
  }
  if (!m || isContractedFunctionWord(s.tokens[m.from]!.norm)) return null;
  if (RELATIVE_PRONOUNS.has(s.tokens[m.from]!.norm)) {
    const antecedent = m.from > 0 ? mentionEndingAt(frame, s, m.from - 1) : null;
    if (!antecedent || antecedent.kind === 'pronoun') return null;
    return { speaker: surfaceSpeaker(frame, s, antecedent, token), rule: 'speaker.relative-antecedent' };
  }
  // "Lund and Berg both said", "X, Y and Z all called": the first part heads a coordinated
  // subject, as before a said-verb (a floating quantifier sends these cues here).
  // Names only: a group joined to a name ("Lund and his aides") keeps its words whole.
  const first = m.kind === 'name' ? findFirstConjunct(frame, s, m) : null;
  if (first?.kind === 'name')
    return { speaker: surfaceSpeaker(frame, s, first, token), rule: 'speaker.coordinated-subject' };
  const affiliated = m.kind === 'name' ? null : findPersonBeforeAffiliation(frame, s, m);
  if (affiliated)
    return { speaker: surfaceSpeaker(frame, s, affiliated, token), rule: 'speaker.affiliated-person' };
  // "sued Kelmore Steel, alleging": an object before a set-off participle's comma is not its doer.
  if (isSetOffParticiple(frame, s, token) && isObjectBeforeParticiple(frame, s, m, token))
    return PARTICIPLE_OBJECT;
  return { speaker: surfaceSpeaker(frame, s, m, token), rule: 'speaker.subject-before-cue' };
}

/** Whether the cue opens a participle phrase set off by a comma ("…, alleging that"). */
function isSetOffParticiple(frame: Frame, s: Sentence, cue: number): boolean {
  const open = findNonfinitePhrase(frame, s, cue);
  return open > 0 && gapBetween(frame, s, open - 1, open).includes(',');
}

/**
 * speaker.reported-self: "Quorvell said she was asked to give a talk" — a person pronoun inside
 * the clause a named speaker reports stands for that speaker, who tells of themself. The nearest
 * speech act before the pronoun in the same sentence with a person (or unknown-kind) speaker.
 */
function findReportingSpeaker(a: FrameAnalysis, s: Sentence, m: Mention): SpeakerRef | null {
  if (m.refersTo !== 'person') return null;
  const before = a.eventsOf(s.index).filter((e) => e.speaker && e.cue.end <= m.start);
  const r = before.at(-1)?.speaker ?? null;
  return r && (r.type === 'person' || r.type === null) ? r : null;
}

/**
 * speaker.relative-antecedent: "with Clinton — who has called for higher taxes — lambasting …":
 * a relative pronoun before the cue is no one; the noun phrase it hangs on (just before it, past a
 * comma or dash) is the source, and with none there the clause has no source.
 */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', "who's", 'which', 'that']);

/** Longest noun phrase read leftwards from a cue when no name or role mention ends there. */
const MAX_PHRASE_WORDS = 8;
/** Words that open a source phrase as a determiner does ("Nearly eight of 10 voters", "Another slide"). */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'another',
  'many',
  'most',
  'nearly',
  'only',
  'one',
  'some',
  'several',
  'few',
  'all',
  'both',
]);

/**
 * "Civil rights activists say", "The Republican presidential nominee noted": a subject whose head
 * is no known role noun. Read leftwards over plain words to a determiner (kept) or a function
 * word (not kept); the phrase must hold a capital, a determiner or a number, or end in a plural
 * ("most economists say"), so a bare verb phrase is no source.
 */
function phraseEndingAt(frame: Frame, s: Sentence, k: number): Mention | null {
  const isStop = (norm: string): boolean =>
    (NOT_NAME_WORDS.has(norm) && !DETERMINERS.has(norm)) || SPEECH_VERB_FORMS.has(norm);
  if (isStop(s.tokens[k]!.norm) || DETERMINERS.has(s.tokens[k]!.norm)) return null;
  let from = k;
  while (from > 0 && k - from < MAX_PHRASE_WORDS - 1) {
    if (!/^(?:\s+|\.\s?|-)$/u.test(frame.masked.slice(s.tokens[from - 1]!.end, s.tokens[from]!.start))) break;
    const prev = s.tokens[from - 1]!.norm;
    if (DETERMINERS.has(prev) || QUANTIFIERS.has(prev)) {
      from--;
      if (s.tokens[from - 1]?.norm === 'of') continue;
      break;
    }
    // "Video of the incident", "eight of 10 voters": the head before "of" is the phrase's own.
    // A capitalised speech-verb form inside the sentence is a name's word ("Battleground States").
    const inName =
      from - 1 > 0 &&
      /^\p{Lu}/u.test(s.tokens[from - 1]!.text) &&
      (!NOT_NAME_WORDS.has(prev) || isFunctionWordName(frame, s, from - 1));
    if (prev !== 'of' && isStop(prev) && !inName && !isCalendarModifier(s, from - 1)) break;
    from--;
  }
  if (s.tokens[from]!.norm === 'of') from++;
  // "Besides attacking …", "Perhaps more telling is …": a sentence's opening adverb or preposition.
  if (from === 0 && isCommonOpener(frame, s, 0)) from++;
  if (from > k) return null;
  if (/[^s]s$/u.test(s.tokens[k]!.norm)) from = extendGroupSubject(frame, s, from);
  const words = s.tokens.slice(from, k + 1);
  const head = words.at(-1)!.norm;
  // The capital of a sentence's first word says nothing when the word is a pronoun or an ordinary
  // word ("Our plans", "Right now, we believe", "We register forecasts").
  const capitalisedName = (t: Token): boolean =>
    /^\p{Lu}/u.test(t.text) &&
    !(
      t === s.tokens[0] &&
      (PRONOUN_FORMS.has(t.norm) || isContractedFunctionWord(t.norm) || isCommonWord(t.norm))
    );
  const nominal = (t: Token): boolean => capitalisedName(t) || DETERMINERS.has(t.norm) || /^\d/u.test(t.norm);
  if (!words.some(nominal) && !/[^s]s$/u.test(head)) return null;
  return mention(frame, s, 'role', from, k + 1, false, 'group', head);
}

/** Month and weekday names, which may modify a noun ("The April survey", "a Tuesday memo"). */
const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  [...ENGLISH_MONTH_NAMES, ...ENGLISH_WEEKDAY_NAMES].map((w) => w.toLowerCase()),
);

/**
 * "The April survey found", "a June poll found", "Brandt's Tuesday memo says": a capitalised month
 * or weekday name between a determiner or owner and a lower-case noun modifies that noun as an
 * adjective does; it is no time phrase ending the subject ("Tuesday of leading operatives",
 * "May 2012 included" stay out).
 */
function isCalendarModifier(s: Sentence, k: number): boolean {
  const t = s.tokens[k]!;
  const before = s.tokens[k - 1];
  const after = s.tokens[k + 1];
  if (!before || !after || !/^\p{Lu}/u.test(t.text) || !CALENDAR_NAMES.has(t.norm)) return false;
  const opens = DETERMINERS.has(before.norm) || /['’]s$/u.test(before.text);
  return opens && /^\p{Ll}/u.test(after.text) && !NOT_NAME_WORDS.has(after.norm);
}

/** Words of a time phrase between a subject and its verb ("Wells Fargo last month announced"). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'month',
  'week',
  'year',
  'weekend',
  'today',
  'yesterday',
  'morning',
  'night',
  ...ENGLISH_WEEKDAY_NAMES.map((d) => d.toLowerCase()),
]);

const WEEKDAY_WORDS: ReadonlySet<string> = new Set(ENGLISH_WEEKDAY_NAMES.map((d) => d.toLowerCase()));

/**
 * Lower-case function words, auxiliaries, adverbs and time phrases the lexicon's gap does not skip
 * ("Lee now says", "Cruz has long said", "Wells Fargo last month announced"), at most three words.
 */
export function skipAdverbs(s: Sentence, at: number): number {
  let k = at;
  for (let n = 0; k > 0 && n < 3; n++) {
    const t = s.tokens[k]!;
    const prev = s.tokens[k - 1]!;
    const gap =
      TIME_WORDS.has(t.norm) ||
      VERB_GAP_WORDS.has(t.norm) ||
      NOT_NAME_WORDS.has(t.norm) ||
      /ly$/u.test(t.norm) ||
      (VERB_GAP_WORDS.has(prev.norm) && /^\p{Ll}/u.test(prev.text));
    // A capitalised time word inside the sentence is a weekday ("Wells Fargo Monday announced"),
    // or a name's last word ("a USA TODAY survey found"), not the time of the verb.
    const timed = TIME_WORDS.has(t.norm) && (/^\p{Ll}/u.test(t.text) || WEEKDAY_WORDS.has(t.norm));
    if (!(/^\p{Ll}/u.test(t.text) || timed) || !gap) break;
    k--;
  }
  return k;
}

/**
 * The words from token `k` up to the next comma, stop or bracket: the whole phrase when that
 * punctuation (or the sentence's end) comes within MAX_BOUNDED_SOURCE_WORDS, else its first few.
 */
function phraseAfter(frame: Frame, s: Sentence, k: number): Mention | null {
  const first = s.tokens[k];
  if (!first) return null;
  let to = k + 1;
  while (
    to < s.tokens.length &&
    to - k < MAX_BOUNDED_SOURCE_WORDS &&
    // An abbreviation's or initial's full stop ("U.S.", "Gov.") is no phrase end inside a sentence.
    /^[\s’'.-]*$/u.test(frame.masked.slice(s.tokens[to - 1]!.end, s.tokens[to]!.start))
  )
    to++;
  const bounded = to === s.tokens.length || to - k < MAX_BOUNDED_SOURCE_WORDS;
  if (!bounded) to = Math.min(to, k + MAX_SOURCE_WORDS);
  return mention(frame, s, 'role', k, to, false, 'group', s.tokens[to - 1]!.norm);
}

/**
 * A mention as a speaker: the index's entity for a name it knows, else its own words, determiner
 * included, as an unnamed source keeps them ("a union leader", "Another slide").
 */
export function surfaceSpeaker(frame: Frame, s: Sentence, m: Mention, cue?: number): SpeakerRef {
  const possessor = findPossessorSource(frame, s, m);
  if (possessor) return possessor;
  const named = m.kind === 'name' ? resolveName(frame, s, m) : null;
  if (named) return named;
  const name = m.surface.replace(/['’]s$/u, '');
  const ref = { name, entity: null, type: null, surface: m.surface, aliases: [], start: m.start, end: m.end };
  return withSourceModifier(frame, s, m, ref, cue);
}

/** Lower-case words a subject may stand from its verb ("Obama and Clinton continue to ignore"). */
const MAX_SUBJECT_GAP_WORDS = 4;
/** Longest comma-bounded phrase read past between a subject and its verb (an appositive, a relative clause). */
const MAX_INSERT_WORDS = 14;
/** Words opening an introductory phrase that ends at a comma ("At the forum, Clinton called …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'although',
  'as',
  'because',
  'before',
  'if',
  'since',
  'though',
  'when',
  'while',
  'yet',
  'but',
  'and',
  'so',
]);

/** Whether text[from, to) holds a semicolon, colon, em or en dash, or a double hyphen (`/[;:—–]|--/`). */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58 || c === 0x2014 || c === 0x2013) return true;
    if (c === 45 && i + 1 < to && text.charCodeAt(i + 1) === 45) return true;
  }
  return false;
}

/**
 * Where the cue's clause opens: the sentence start, past a semicolon, colon or dash, past a live
 * blog's time stamp, past an introductory phrase ending at a comma; -1 for none.
 */
export function findClauseOpen(frame: Frame, s: Sentence, cue: number): number {
  let open = 0;
  // The last break before the cue, read backwards by code (no gap string cut per word).
  for (let k = cue - 1; k >= 1; k--)
    if (hasClauseBreak(frame.masked, s.tokens[k - 1]!.end, s.tokens[k]!.start)) {
      open = k;
      break;
    }
  // A live blog's time stamp ("___. 4:23 p.m.") is no part of the clause.
  while (open < cue && !/^\p{L}/u.test(s.tokens[open]!.text)) open++;
  while (open < cue && /^[ap]\.?m\.?$/u.test(s.tokens[open]!.norm)) open++;
  const first = s.tokens[open];
  if (!first) return -1;
  // "About 4 in 10 say": a preposition before a number is the count of a group, not a phrase.
  const counts = /^\d/u.test(s.tokens[open + 1]?.norm ?? '');
  if (
    (PREPOSITIONS.has(first.norm) && !counts) ||
    CLAUSE_OPENERS.has(first.norm) ||
    PARENTHETICAL_CONNECTIVES.has(first.norm) ||
    /ly$/u.test(first.norm)
  ) {
    let comma = -1;
    for (let k = open + 1; k < cue && comma < 0; k++)
      if (gapBetween(frame, s, k - 1, k).includes(',')) comma = k;
    if (comma < 0) return -1;
    open = comma;
  }
  return open;
}

/**
 * speaker.clause-subject: the grammatical subject of the cue's clause — the name or role mention
 * opening it ("Experts on North Korea … said", "Obama and Clinton continue to ignore", "Senator
 * Feinstein, Democrat of California, said"). The clause opens at the sentence start, past a
 * semicolon, colon or dash, or past an introductory phrase ending at a comma ("At the forum,").
 * Between the subject and the cue only a coordinated name ("and Clinton"), one comma-bounded
 * insert (appositive, relative clause) and a few lower-case words (auxiliaries, adverbs, "continue
 * to") may stand; anything else (another capitalised word, a comma more) means the cue is not
 * that subject's verb. Only a mention of a person, body or role is returned, never a bare phrase.
 */
export function findClauseSubject(frame: Frame, s: Sentence, cue: number): SpeakerRef | null {
  const open = findClauseOpen(frame, s, cue);
  if (open < 0) return null;
  const owned = findOwnedSubject(frame, s, open, cue);
  if (owned) return owned;
  const m = mentionStartingAt(frame, s, open);
  // "Democratic voters in all five states see", "Trump supporters chant", "Many people involved
  // …": a lone capitalised word before a group's noun only modifies it; the group is the subject.
  if (!m || (m.kind === 'name' && m.to === m.from + 1))
    return findGroupSource(frame, s, open, cue) ?? (m ? findNamedSubject(frame, s, m, cue) : null);
  // "State media have reported": a capitalised role word alone may modify a noun too.
  const lone = m.kind === 'role' && m.to === m.from + 1 && /^\p{Lu}/u.test(s.tokens[m.from]!.text);
  return (lone ? findModifiedNounSource(frame, s, m, cue) : null) ?? findNamedSubject(frame, s, m, cue);
}

/** Most lower-case nouns a lone capitalised modifier may lead ("State news agency"). */
const MAX_MODIFIED_NOUNS = 3;

/**
 * "State television said", "State media have reported": a lone capitalised role word followed by
 * a noun only modifies it; the noun phrase is the subject, kept with its words as an unnamed source.
 * Auxiliaries and adverbs after a name ("Lund has said", "Lund also said") are no nouns.
 */
function findModifiedNounSource(frame: Frame, s: Sentence, m: Mention, cue: number): SpeakerRef | null {
  let end = m.to;
  while (end < cue && end - m.to < MAX_MODIFIED_NOUNS) {
    const t = s.tokens[end]!;
    if (!/^\p{Ll}+$/u.test(t.text) || VERB_GAP_WORDS.has(t.norm) || !isMainlyNoun(t.norm)) break;
    if (!/^\s+$/u.test(gapBetween(frame, s, end - 1, end))) break;
    end++;
  }
  if (end === m.to) return null;
  const phrase = mention(frame, s, 'role', m.from, end, true, 'group', s.tokens[end - 1]!.norm);
  return phrase ? surfaceSpeaker(frame, s, phrase) : null;
}

/** findClauseSubject past its group-phrase case: `m` opens the clause. */
function findNamedSubject(frame: Frame, s: Sentence, m: Mention, cue: number): SpeakerRef | null {
  if (m.kind === 'pronoun' || m.to > cue) return null;
  let at = m.to;
  // "Obama and Clinton": a second name joined by "and" belongs to the subject.
  if (s.tokens[at]?.norm === 'and') {
    const other = mentionStartingAt(frame, s, at + 1);
    if (other && other.kind !== 'pronoun' && other.to <= cue) at = other.to;
  }
  // "Experts on North Korea and nuclear nonproliferation said": a prepositional phrase running
  // up to the verb modifies the subject; a group named so keeps those words.
  if (at < cue && PREPOSITIONS.has(s.tokens[at]!.norm) && cue - at <= MAX_INSERT_WORDS) {
    for (let k = at; k < cue; k++) if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return null;
    const named = m.kind === 'name' ? resolveName(frame, s, m) : null;
    return (
      named ?? surfaceSpeaker(frame, s, mention(frame, s, 'role', m.from, cue, m.definite, 'group', m.head)!)
    );
  }
  if (at < cue && gapBetween(frame, s, at - 1, at).includes(',')) {
    let close = -1;
    for (let k = at + 1; k <= cue && k - at <= MAX_INSERT_WORDS; k++)
      if (gapBetween(frame, s, k - 1, k).includes(',')) {
        close = k;
        break;
      }
    if (close < 0) return null;
    at = close;
  }
  if (cue - at > MAX_SUBJECT_GAP_WORDS) return null;
  for (let k = at; k < cue; k++) {
    const t = s.tokens[k]!;
    if (!/^\p{Ll}/u.test(t.text) || RELATIVE_PRONOUNS.has(t.norm)) return null;
    if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return null;
  }
  if (at === m.to && at > 0 && at < cue && !/^\s+$/u.test(gapBetween(frame, s, at - 1, at))) return null;
  return surfaceSpeaker(frame, s, m);
}

/** speaker.group-phrase (speakers/group-phrase.ts): the unnamed group opening the clause, with its words. */
function findGroupSource(frame: Frame, s: Sentence, open: number, cue: number): SpeakerRef | null {
  // "Small groups of protesters continued to call for …": the verb taking the infinitive ends the subject.
  const verb =
    cue >= 2 && s.tokens[cue - 1]!.norm === 'to' && /^\p{Ll}/u.test(s.tokens[cue - 2]!.text) ? cue - 2 : cue;
  const last = skipAdverbs(s, verb - 1);
  const range = last >= open ? findGroupPhrase(frame, s, open, last) : null;
  if (!range) return null;
  const phrase = mention(frame, s, 'role', range.from, range.to, true, 'group', s.tokens[range.to - 1]!.norm);
  if (!phrase) return null;
  // "Okonjo of the tenants' network said": the person the phrase opens on, not the phrase.
  const affiliated = findPersonBeforeAffiliation(frame, s, phrase);
  return surfaceSpeaker(frame, s, affiliated ?? phrase);
}

/** Nouns for what someone said or did with words: their possessor is the source ("Trump's claim"). */
const UTTERANCE_NOUNS: ReadonlySet<string> = new Set([
  'allegation',
  'allegations',
  'argument',
  'arguments',
  'assertion',
  'claim',
  'claims',
  'comment',
  'comments',
  'emphasis',
  'insistence',
  'message',
  'missive',
  'pledge',
  'promise',
  'record',
  'refusal',
  'remark',
  'remarks',
  'speech',
  'statement',
  'statements',
  'tweet',
  'tweets',
  'view',
  'views',
  'warning',
  'words',
]);

/**
 * speaker.possessor: "Mr. Ban's record on …", "Stumpf's repeated emphasis that …": a source phrase
 * whose head is an utterance noun owned by a name is that name's; the possessor, resolved as a
 * name, is the source. "Scott's family" (no utterance noun) keeps its words.
 */
function findPossessorSource(frame: Frame, s: Sentence, m: Mention): SpeakerRef | null {
  if (!UTTERANCE_NOUNS.has(s.tokens[m.to - 1]!.norm)) return null;
  let p = -1;
  for (let k = m.from; k < m.to - 1; k++) if (/['’]s$/u.test(s.tokens[k]!.text)) p = k;
  if (p < 0 || !/^\p{Lu}/u.test(s.tokens[p]!.text)) return null;
  let from = m.from;
  while (from < p && (DETERMINERS.has(s.tokens[from]!.norm) || /^\p{Ll}/u.test(s.tokens[from]!.text))) from++;
  return resolveOwnerName(frame, s, from, p);
}

/** The owner named by tokens [from, p], the possessive ending of `p` left off ("Ana Lund’s"), as resolved. */
function resolveOwnerName(frame: Frame, s: Sentence, from: number, p: number): SpeakerRef | null {
  const owner = mention(frame, s, 'name', from, p + 1, true, 'person', '');
  if (!owner) return null;
  const surface = owner.surface.replace(/['’]s?$/u, '');
  return resolveName(frame, s, { ...owner, surface, end: owner.start + surface.length });
}

/** Most lower-case modifiers between an owner and the utterance noun ("Lund's astounding new claim"). */
const MAX_UTTERANCE_MODIFIERS = 2;

/**
 * speaker.utterance-owner: "Lund's astounding assertion that …", "the mayor's repeated claim
 * that …": a cue that is a noun of saying belongs to its possessor, over any modifiers, who is the
 * one that asserted or claimed; the modifiers are no part of the source.
 */
function findUtteranceOwner(a: FrameAnalysis, s: Sentence, cue: number): SpeakerRef | null {
  const { frame } = a;
  if (!UTTERANCE_NOUNS.has(s.tokens[cue]?.norm ?? '')) return null;
  for (let k = cue - 1; k >= 0 && cue - k <= MAX_UTTERANCE_MODIFIERS + 1; k--) {
    if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return null;
    // "His repeated claims": the owner is whom the pronoun stands for.
    const pronoun = PRONOUN_FORMS.get(s.tokens[k]!.norm);
    if (pronoun?.case === 'possessive' && pronoun.refersTo !== 'self') {
      const m = mention(frame, s, 'pronoun', k, k + 1, true, pronoun.refersTo, pronoun.form);
      const earlier = a.eventsOf(s.index).filter((e) => e.cue.end <= s.tokens[k]!.start);
      return m ? resolveReference(frame, s, m, earlier, (i) => a.subjectOf(i)) : null;
    }
    if (isOwnerToken(frame, s, k)) {
      if (!/^\p{Lu}/u.test(s.tokens[k]!.text)) return null;
      let from = k;
      while (
        from > 0 &&
        /^\p{Lu}/u.test(s.tokens[from - 1]!.text) &&
        /^\s+$/u.test(gapBetween(frame, s, from - 1, from))
      )
        from--;
      return resolveOwnerName(frame, s, from, k);
    }
    if (!/^\p{Ll}+$/u.test(s.tokens[k]!.text)) return null;
  }
  return null;
}

/** Whether token `k` ends in a possessive: "Trump's", "Trump’s", or "Sanders’" (the mark after it). */
function isOwnerToken(frame: Frame, s: Sentence, k: number): boolean {
  // "It’s worth noting", "That’s odd": a contracted "is", no possessive.
  if (isContractedFunctionWord(s.tokens[k]!.norm)) return false;
  if (/['’]s$/u.test(s.tokens[k]!.text)) return true;
  return (
    k + 1 < s.tokens.length &&
    /s$/u.test(s.tokens[k]!.text) &&
    /^['’]\s+$/u.test(gapBetween(frame, s, k, k + 1))
  );
}

/** Most capitalised words of a possessor opening a clause ("Democratic candidate Bernie Sanders’" is too long). */
const MAX_OWNER_WORDS = 4;
/** Most lower-case words of the owned noun ("campaign", "press secretary"). */
const MAX_OWNED_WORDS = 2;

/**
 * speaker.clause-subject for "Bernie Sanders’ campaign says", "Donald Trump’s wife is breaking
 * her silence": a clause opening with a possessed noun has that phrase as subject — the family,
 * the campaign — with its words as the source; an utterance noun ("Trump's claim") gives the
 * possessor (findPossessorSource). Only when the phrase runs up to the cue past lower-case words.
 */
function findOwnedSubject(frame: Frame, s: Sentence, open: number, cue: number): SpeakerRef | null {
  let p = open;
  while (
    p < cue &&
    p - open < MAX_OWNER_WORDS &&
    /^\p{Lu}/u.test(s.tokens[p]!.text) &&
    !isOwnerToken(frame, s, p)
  )
    p++;
  if (p >= cue || !/^\p{Lu}/u.test(s.tokens[p]!.text) || !isOwnerToken(frame, s, p)) return null;
  let end = p + 1;
  while (
    end < cue &&
    end - p <= MAX_OWNED_WORDS &&
    /^\p{Ll}/u.test(s.tokens[end]!.text) &&
    !NOT_NAME_WORDS.has(s.tokens[end]!.norm) &&
    !VERB_GAP_WORDS.has(s.tokens[end]!.norm)
  )
    end++;
  if (end === p + 1 || end - p > MAX_OWNED_WORDS + 1) return null;
  for (let k = end; k < cue; k++) if (!/^\p{Ll}/u.test(s.tokens[k]!.text)) return null;
  if (cue - end > MAX_SUBJECT_GAP_WORDS) return null;
  const phrase = mention(frame, s, 'role', open, end, true, 'group', s.tokens[end - 1]!.norm);
  return phrase ? surfaceSpeaker(frame, s, phrase) : null;
}
