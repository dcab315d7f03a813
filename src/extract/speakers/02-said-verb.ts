import type { Span } from '../../model/span.ts';
import {
  DETERMINERS,
  PARENTHETICAL_CONNECTIVES,
  PREPOSITIONS,
  SENTENCE_LINKING_CONJUNCTIONS,
} from '../../nlp/lexicons/function-words.ts';
import { PRONOUN_FORMS } from '../../nlp/lexicons/pronouns.ts';
import { SPEECH_VERB_FORMS, type SpeechVerb } from '../../nlp/lexicons/speech-verbs.ts';
import { isCompoundTail } from '../../nlp/tokens.ts';
import { IRREGULAR_BASE } from '../../nlp/lexicons/irregular-forms.ts';
import { mayNamePeople } from '../../nlp/wordnet/people.ts';
import { wordFilterOf } from '../../nlp/word-filter.ts';
import { hasSense } from '../../nlp/wordnet/wordnet.ts';
import {
  extendUnnamedSource,
  findAppositiveSubject,
  DASH_GAP,
  findDashedInsertStart,
  findNameAfterInvertedRole,
  findNameAfterRole,
  findAffiliatedPerson,
  findNounBeforePlace,
  findRoleWithPhrase,
  findTownBeforeState,
  findUnclosedAppositive,
  findUnclosedAppositiveOfRole,
  findUnnamedAfterVerb,
  skipBracketedLabel,
} from './03-appositive.ts';
import {
  barePluralEndingAt,
  type Mention,
  mention,
  mentionEndingAt,
  mentionStartingAt,
  skipVerbGap,
} from './clause.ts';
import { findCoordinatedGroup, findFirstConjunct } from './coordinated-subject.ts';
import { findQuantitySubject } from './quantity-subject.ts';
import { isMediumNoun, isPlatformObject, skipMediumPhrase } from './medium-phrase.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef } from './frame.ts';
import { findSentenceSubject, mainClauseStart, WEEKDAYS } from './sentence-subject.ts';
import { isObjectBeforeParticiple, isPrepositionObject } from './participle-object.ts';
import { findNearerClauseSubject } from './nearer-clause-subject.ts';

/** How an event found its speaker; becomes the quote's `speakerRule`. */
export type SubjectHow =
  | 'name'
  | 'pronoun'
  | 'role'
  | 'appositive'
  | 'inverted'
  | 'inherited'
  | 'according-to'
  | 'passive-agent'
  | 'passive'
  | 'quantity'
  | 'none';

/** One act of saying in a sentence: the cue, who did it, and how that was read. */
export interface SpeechEvent {
  cue: Span;
  verb: SpeechVerb | null;
  subject: Mention | null;
  speaker: SpeakerRef | null;
  how: SubjectHow;
  passive: boolean;
  /** Index of the cue's last token in the sentence. */
  token: number;
  /** The outlet that relayed the words ("Kyodo quoted him as saying"): a venue, not the speaker. */
  medium?: Mention | null;
  /** The rule that gave the speaker when it is not the subject's own (speaker.embedding-report). */
  rule?: string;
}

/** Resolves a mention to a speaker, given the events already found earlier in the sentence. */
export type ResolveMention = (s: Sentence, m: Mention, earlier: readonly SpeechEvent[]) => SpeakerRef | null;

const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'yet', 'then']);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const WORDS_NOUNS: ReadonlySet<string> = new Set(['words', 'view', 'opinion', 'telling']);

/**
 * Every speech act in a sentence, in order: speech verbs with their subject (a name, pronoun or
 * role before the verb; an appositive skipped; inverted after the verb when it follows a quote;
 * inherited by participles and coordinated verbs), "according to X", and "in his words".
 */
export function findSpeechEvents(frame: Frame, s: Sentence, resolve: ResolveMention): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const tok = s.tokens[i]!;
    const phrase = findPhraseEvent(frame, s, i, events, resolve);
    if (phrase) {
      events.push(phrase);
      continue;
    }
    const verb = SPEECH_VERB_FILTER.mayHave(tok.norm) ? SPEECH_VERB_FORMS.get(tok.norm) : undefined;
    if (
      !verb ||
      isNounUse(frame, s, i, verb) ||
      isPartOfName(s, i) ||
      isCompoundTail(frame.text, s.tokens, i)
    )
      continue;
    const event = readVerbEvent(frame, s, i, verb, events, resolve);
    // "territorial claims", "his remarks": an -s form with no subject is a plural noun.
    if (event.how === 'none' && /[^s]s$/u.test(tok.norm)) continue;
    events.push(event);
  }
  return events;
}

/** Most words of a role phrase read from its first word ("one of the night nurses" is 5). */
const MAX_PHRASE_WORDS = 5;

/**
 * The role phrase that starts at token `from` ("the patient", "one nurse"): the mention ending at
 * one of the next few words whose first word is `from`; names start a mention on their own.
 */
function phraseFrom(frame: Frame, s: Sentence, from: number): Mention | null {
  for (let k = from; k < Math.min(s.tokens.length, from + MAX_PHRASE_WORDS); k++) {
    const m = mentionEndingAt(frame, s, k);
    if (m && m.from === from && m.kind !== 'pronoun') return endsPhrase(frame, s, k) ? m : null;
  }
  return null;
}

/**
 * Whether the phrase ends after token `k`: a comma, colon or dash, or the sentence's end. "according
 * to a national | poll" ends nowhere near "a national".
 */
function endsPhrase(frame: Frame, s: Sentence, k: number): boolean {
  return k === s.tokens.length - 1 || /^\s*[,:;\u2014\u2013]/u.test(gapBetween(frame, s, k, k + 1));
}

/** Rules out most tokens before the speech-verb look-up (every token of every sentence asks). */
const SPEECH_VERB_FILTER = wordFilterOf(SPEECH_VERB_FORMS.keys());

/** "According to X" and "in his words": attributions without a verb. */
function findPhraseEvent(
  frame: Frame,
  s: Sentence,
  i: number,
  events: readonly SpeechEvent[],
  resolve: ResolveMention,
): SpeechEvent | null {
  const tok = s.tokens[i]!;
  if (tok.norm === 'according' && s.tokens[i + 1]?.norm === 'to') {
    const said = mentionStartingAt(frame, s, i + 2);
    if (!said || said.kind === 'pronoun') return null;
    const m = findDocumentIssuer(frame, s, said) ?? said;
    // speaker.document-not-source: "according to a statement" names no one; the document is no speaker.
    const bare = m.kind === 'role' && DOCUMENT_NOUNS.has(m.head);
    return {
      cue: { start: tok.start, end: m.end },
      verb: null,
      subject: bare ? null : m,
      speaker: bare ? null : resolve(s, m, events),
      how: 'according-to',
      passive: false,
      token: i + 1,
    };
  }
  // "In the words of the patient: …", "in the words of one adviser, …": the phrase's owner speaks,
  // read as "according to" reads its source; after a speaker of its own ("as Lund put it in the
  // words of the treaty's author") the words are borrowed by that speaker, who still speaks them.
  if (
    events.length === 0 &&
    tok.norm === 'in' &&
    s.tokens[i + 1]?.norm === 'the' &&
    s.tokens[i + 2]?.norm === 'words' &&
    s.tokens[i + 3]?.norm === 'of'
  ) {
    const said = mentionStartingAt(frame, s, i + 4) ?? phraseFrom(frame, s, i + 4);
    if (!said || said.kind === 'pronoun') return null;
    return {
      cue: { start: tok.start, end: said.end },
      verb: null,
      subject: said,
      speaker: resolve(s, said, events),
      how: 'according-to',
      passive: false,
      token: i + 2,
    };
  }
  const asPutIt = readAsPutIt(frame, s, i);
  if (asPutIt) return { ...asPutIt, speaker: resolve(s, asPutIt.subject!, events) };
  const pron = s.tokens[i + 1];
  const noun = s.tokens[i + 2];
  if (tok.norm === 'in' && pron && noun && POSSESSIVE_PRONOUNS.has(pron.norm) && WORDS_NOUNS.has(noun.norm)) {
    const p = PRONOUN_FORMS.get(pron.norm);
    if (!p) return null;
    const m: Mention = {
      kind: 'pronoun',
      start: pron.start,
      end: pron.end,
      surface: pron.text,
      from: i + 1,
      to: i + 2,
      definite: true,
      refersTo: p.refersTo,
      head: pron.norm,
    };
    return {
      cue: { start: tok.start, end: noun.end },
      verb: null,
      subject: m,
      speaker: resolve(s, m, events),
      how: 'pronoun',
      passive: false,
      token: i + 2,
    };
  }
  return null;
}

/**
 * speaker.as-put-it: "As Ms. Simonyan put it, …", "…,” as The New Yorker put it." The idiom
 * "as X put it" attributes the words next to it to X; "put" alone is no speech verb, so only the
 * whole frame counts: "as", a subject, "put it".
 */
function readAsPutIt(frame: Frame, s: Sentence, i: number): Omit<SpeechEvent, 'speaker'> | null {
  const tok = s.tokens[i]!;
  if ((tok.norm !== 'put' && tok.norm !== 'puts') || s.tokens[i + 1]?.norm !== 'it' || i < 2) return null;
  const { at } = skipVerbGap(frame, s, i);
  const subject = at >= 0 ? (findAppositiveSubject(frame, s, at) ?? mentionEndingAt(frame, s, at)) : null;
  if (!subject || !isLedByAs(frame, s, subject.from)) return null;
  const how: SubjectHow = subject.kind === 'name' ? 'name' : subject.kind;
  return {
    cue: { start: tok.start, end: s.tokens[i + 1]!.end },
    verb: null,
    subject,
    how,
    passive: false,
    token: i,
  };
}

/** Most words between "as" and the name in "as X put it" ("The Courier's columnist", "anti-graft prosecutor"). */
const MAX_AS_LEAD_WORDS = 4;

/**
 * Whether an "as" opens the phrase before token `from`: right before it, or before the words
 * describing the name that run to it with no punctuation ("As The Courier's Ana Lind puts it",
 * "as prosecutor Ana Lind put it").
 */
function isLedByAs(frame: Frame, s: Sentence, from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= MAX_AS_LEAD_WORDS + 1; k--) {
    if (s.tokens[k]!.norm === 'as') return true;
    if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return false;
  }
  return false;
}

/** A document or medium noun ("statement", "letter", "tweet"): what carries words, never who says them. */
function isCarrierNoun(norm: string): boolean {
  return DOCUMENT_NOUNS.has(norm) || isMediumNoun(norm);
}

/** Whether a word names a document that carries someone's words, not a speaker. */
export function isDocumentNoun(norm: string): boolean {
  return DOCUMENT_NOUNS.has(norm);
}

/** Documents that carry someone's words ("according to a statement from the ministry"). */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'release',
  'communique',
  'report',
  'letter',
]);

/**
 * speaker.document-issuer: "according to a statement from/by/issued by the ministry": the speaker
 * is the body that issued the document, not the document.
 */
function findDocumentIssuer(frame: Frame, s: Sentence, m: Mention): Mention | null {
  if (m.kind !== 'role' || !DOCUMENT_NOUNS.has(m.head)) return null;
  let k = m.to;
  if (s.tokens[k]?.norm === 'issued') k++;
  if (s.tokens[k]?.norm !== 'from' && s.tokens[k]?.norm !== 'by') return null;
  const issuer = mentionStartingAt(frame, s, k + 1);
  return issuer && issuer.kind !== 'pronoun' ? issuer : null;
}

/** A capitalised verb form inside a sentence is a name word ("the United States", "Post"). */
function isPartOfName(s: Sentence, i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(s.tokens[i]!.text);
}

/**
 * "the remarks", "his comments", "to say": the word is a noun or an infinitive, not a report. A
 * `describes` verb in the infinitive still frames the quoted phrase next to it ("took to Twitter
 * to accuse the campaign of being “duped”"); its speaker is the clause's subject.
 */
/** Quantifiers that may stand alone as a clause's subject ("Some said …", "Both argued …"). */
const STANDALONE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'some',
  'many',
  'most',
  'all',
  'both',
  'few',
  'several',
]);

/** "said", "told", "warned": a past form, which never heads a noun phrase after a determiner. */
function isPastForm(norm: string): boolean {
  const base = IRREGULAR_BASE.get(norm);
  return /ed$/u.test(norm) || (base !== undefined && base !== norm && !/(?:en|wn)$/u.test(norm));
}

function isNounUse(frame: Frame, s: Sentence, i: number, verb: SpeechVerb): boolean {
  const prev = s.tokens[i - 1];
  if (!prev || !/^\s+$/u.test(gapBetween(frame, s, i - 1, i))) return false;
  // "Some said", "Many wrote": a quantifier opening its clause before a past form stands alone
  // as its subject; after a subject it only floats ("Lund and Berg both denounced").
  // A comma or dash before it may close an insert after the subject ("X — whose … — both said").
  const opens =
    i === 1 ||
    SENTENCE_LINKING_CONJUNCTIONS.has(s.tokens[i - 2]!.norm) ||
    /[;:]\s*$/u.test(gapBetween(frame, s, i - 2, i - 1));
  const pronounSubject = opens && STANDALONE_QUANTIFIERS.has(prev.norm) && isPastForm(s.tokens[i]!.norm);
  return (
    (DETERMINERS.has(prev.norm) && !pronounSubject) ||
    POSSESSIVE_PRONOUNS.has(prev.norm) ||
    /['’]s$/u.test(prev.text) ||
    (prev.norm === 'to' && verb.class === 'reports') ||
    isNamedNounCompound(frame, s, i, verb) ||
    isOwnedThingNoun(frame, s, i)
  );
}

/** Most modifiers read between an owner and its plural noun ("Kestria's sweeping territorial claims"). */
const MAX_OWNED_MODIFIERS = 3;

/**
 * "Kestria's fishing claims", "the party's sweeping election pledges": an -s form after an owner
 * and lower-case modifiers of which none can name someone is a plural noun the owner has. With a
 * word that can ("Kestria's foreign ministry says") the -s form is that subject's verb.
 */
function isOwnedThingNoun(frame: Frame, s: Sentence, i: number): boolean {
  if (!/[^s]s$/u.test(s.tokens[i]!.norm)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_OWNED_MODIFIERS; k--) {
    const t = s.tokens[k]!;
    if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return false;
    if (k < i - 1 && (/['’]s$/u.test(t.text) || POSSESSIVE_PRONOUNS.has(t.norm))) return true;
    if (!/^\p{Ll}+$/u.test(t.text) || mayNamePeople(t.norm)) return false;
  }
  return false;
}

/** Most capitalised words modifying a noun between its article and it ("a Fox News Sunday post"). */
const MAX_NOUN_MODIFIER_NAMES = 3;
/** Openers of a singular noun phrase: a base verb form after them and a name is no finite verb. */
const SINGULAR_OPENERS: ReadonlySet<string> = new Set(['a', 'an', ...POSSESSIVE_PRONOUNS]);

/**
 * speaker.noun-compound: "posted a Twitter comment", "in her Facebook post", "an NBC report": a
 * base verb form after a capitalised modifier opened by "a" or an owner is that phrase's noun. A
 * singular subject never takes the bare form ("a senator say" is no clause), so the name is no
 * subject; "The Times report" keeps its reading, as "the" also opens plurals ("the Democrats say").
 */
function isNamedNounCompound(frame: Frame, s: Sentence, i: number, verb: SpeechVerb): boolean {
  if (s.tokens[i]!.norm !== verb.lemma) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_NOUN_MODIFIER_NAMES; k--) {
    if (!/^\p{Lu}/u.test(s.tokens[k]!.text)) return false;
    if (k === 0 || !/^\s+$/u.test(gapBetween(frame, s, k - 1, k))) return false;
    if (SINGULAR_OPENERS.has(s.tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/** The cue's part of an event, before its subject is read. */
interface EventBase {
  cue: Span;
  verb: SpeechVerb;
  passive: boolean;
  token: number;
}

/**
 * An event written out in the keys' order of `{ ...base, subject, speaker, how }`: one shape, where
 * a spread per speech verb copied `base` key by key.
 */
function eventOf(
  base: EventBase,
  subject: Mention | null,
  speaker: SpeakerRef | null,
  how: SubjectHow,
): SpeechEvent {
  return { cue: base.cue, verb: base.verb, passive: base.passive, token: base.token, subject, speaker, how };
}

export function readVerbEvent(
  frame: Frame,
  s: Sentence,
  i: number,
  verb: SpeechVerb,
  events: readonly SpeechEvent[],
  resolve: ResolveMention,
): SpeechEvent {
  const tok = s.tokens[i]!;
  const participle = /ing$/u.test(tok.norm);
  const { at: gapAt, skipped } = skipVerbGap(frame, s, i);
  // A participle's time phrase ends its object ("issued a statement Tuesday saying"), not a subject.
  const timed = participle ? gapAt : skipMediumPhrase(frame, s, skipTimePhrase(frame, s, gapAt));
  const at = skipBracketedLabel(frame, s, timed);
  const passive = (skipped.some((w) => BE_FORMS.has(w)) && !participle) || isObjectlessTold(s, i);
  const base: EventBase = { cue: { start: tok.start, end: tok.end }, verb, passive, token: i };
  if (verb.lemma === 'quote') {
    const relayed = readQuotedAsSaying(frame, s, i, at, passive);
    if (relayed) return { ...base, ...relayed, speaker: resolve(s, relayed.subject, events) };
  }
  // speaker.reduced-passive: "When asked by Ada Lund about …," — a past participle opening its
  // clause (first in the sentence, or after a subordinator) with a "by" phrase is a passive whose
  // agent is the one who spoke.
  const reduced = !participle && s.tokens[i + 1]?.norm === 'by' && opensReducedClause(s, i);
  if (passive || reduced) {
    const agent = s.tokens[i + 1]?.norm === 'by' ? mentionStartingAt(frame, s, i + 2) : null;
    if (agent) return eventOf(base, agent, resolve(s, agent, events), 'passive-agent');
    return eventOf(base, null, null, 'passive');
  }
  // After "to" the verb is an infinitive: the phrase before "to" is never its subject ("met members
  // of the council in the capital to discuss …"); the infinitive-subject rule below finds it.
  const infinitive = s.tokens[gapAt]?.norm === 'to';
  const read =
    infinitive || (participle && isPlatformObject(frame, s, at))
      ? null
      : findSubjectBefore(frame, s, at, at !== gapAt);
  // "stiffened her criticism of X, saying", "fired his chief, X, acknowledging": the object
  // before a set-off participle's comma is not its doer (participle-object.ts).
  const setOff = participle && at >= 0 && at < i && gapBetween(frame, s, at, at + 1).includes(',');
  const before = read && setOff && isObjectBeforeParticiple(frame, s, read.mention, i) ? null : read;
  // speaker.document-issuer (participle): "X issued a statement saying …", "posted a video
  // showing …": the words the document carries are its issuer's, the clause's subject; the
  // document itself names no one.
  const carrier = participle && before?.mention.kind === 'role' && isCarrierNoun(before.mention.head);
  if (before && !carrier)
    return eventOf(base, before.mention, resolve(s, before.mention, events), before.how);
  // "…, argues that government efforts …": "that" after a speech verb opens its complement; it is
  // never the determiner of an inverted subject.
  const complement = s.tokens[i + 1]?.norm === 'that';
  if (verb.inverts && !complement && !participle && isInversionSlot(frame, s, i, at)) {
    const after =
      findNameAfterInvertedRole(frame, s, i + 1) ??
      findDescribedName(frame, s, i + 1, true) ??
      // "said the younger Mr. Trump", "said the company’s new executive chair Ana Lund": a
      // description after "the" before the name; the name, not a role word inside it, speaks.
      (s.tokens[i + 1]?.norm === 'the' ? findDescribedName(frame, s, i + 2) : null) ??
      nameNotModifier(frame, s, i + 1, mentionStartingAt(frame, s, i + 1)) ??
      findDescribedName(frame, s, i + 1) ??
      findUnnamedAfterVerb(frame, s, i + 1);
    if (
      after &&
      !(after.kind === 'pronoun' && opensClause(frame, s, after.to)) &&
      !isClauseSubject(frame, s, after)
    ) {
      const whole = extendUnnamedSource(frame, s, after, true);
      return eventOf(base, whole, resolve(s, whole, events), after.kind === 'name' ? 'inverted' : after.kind);
    }
  }
  // speaker.infinitive-subject: "Trump took to Twitter to accuse …", "she plans to announce …":
  // an infinitive's speaker is the subject of the clause it completes, or the person right before
  // "to" ("led the journalist Dainis Ivans to fear"). Not after an earlier speech act of the
  // sentence, whose object may be the one asked to speak ("urged them to say").
  if (s.tokens[gapAt]?.norm === 'to' && !events.some((e) => e.cue.end <= tok.start)) {
    // "breaking with the chair, Ada Lund, to argue": a name set off by commas describes an object
    // of the clause before, never one led to speak.
    const plain = gapAt > 0 && /^\s+$/u.test(gapBetween(frame, s, gapAt - 1, gapAt));
    const object = plain ? mentionEndingAt(frame, s, gapAt - 1) : null;
    const person = object?.kind === 'name' ? resolve(s, object, events) : null;
    // "went on Harlow's Morning Show to defend": only a known person after a preposition is
    // asked to act ("called on Lund to resign"); a programme or place there controls nothing.
    const objectOfPreposition = object !== null && isPrepositionObject(frame, s, object.from);
    if (object && person && (person.type === 'person' || (person.type === null && !objectOfPreposition)))
      return eventOf(base, object, person, 'name');
    const controller = object ? null : findControllingSubject(frame, s, gapAt);
    const controlled = controller ? resolve(s, controller, events) : null;
    if (controller && controlled) return eventOf(base, controller, controlled, 'inherited');
    const first = findSentenceSubject(frame, s, gapAt) ?? findOpeningClauseDoer(frame, s, gapAt);
    const speaker = first && first.kind !== 'pronoun' ? resolve(s, first, events) : null;
    if (first && speaker) return eventOf(base, first, speaker, 'inherited');
  }
  if (participle || isCoordinated(frame, s, at, i)) {
    // "When Lund asked about it, Berg seized on the point, repeating …": an act inside an opening
    // subordinate or participle clause is not the one the main clause's participle continues.
    const main = mainClauseStart(frame, s, i);
    const earlier = [...events].reverse().find((e) => e.speaker !== null && (main <= 0 || e.token >= main));
    // "…, and the union has sued the city, saying": a clause with its own subject after the
    // earlier act, or the sentence's opening, is the one the participle or verb belongs to.
    const open = COORDINATORS.has(s.tokens[at]?.norm ?? '') ? at : at + 1;
    const nearer = findNearerClauseSubject(frame, s, earlier?.token ?? -1, open);
    const nearSpeaker = nearer ? resolve(s, nearer, events) : null;
    if (nearer && nearSpeaker) return eventOf(base, nearer, nearSpeaker, 'inherited');
    if (earlier)
      return {
        ...base,
        subject: earlier.subject,
        speaker: earlier.speaker,
        how: 'inherited',
        medium: earlier.medium ?? null,
      };
    const first = findSentenceSubject(frame, s, i);
    if (first) return eventOf(base, first, resolve(s, first, events), 'inherited');
  }
  return eventOf(base, null, null, 'none');
}

/**
 * "told" with nothing after it in its sentence ("Depot 'short of drivers', MSPs told"): "tell"
 * takes its hearer as object when active, so an objectless "told" is a headline's passive with its
 * auxiliary dropped ("MPs [were] told"); the noun before it heard the words, it did not say them.
 */
export function isObjectlessTold(s: Sentence, i: number): boolean {
  return s.tokens[i]!.norm === 'told' && !s.tokens.slice(i + 1).some((t) => /[\p{L}\p{N}]/u.test(t.text));
}

/**
 * speaker.controlling-subject: "…, as Republicans continue to warn that …", "while Lund wants to
 * argue that …" — the doer of an infinitive after a verb is that verb's subject, the noun phrase
 * right before it (past auxiliaries and adverbs), not the sentence's first subject. `to` is the
 * token of "to"; the verb before it must be a lower-case verb form WordNet knows as a verb.
 */
function findControllingSubject(frame: Frame, s: Sentence, to: number): Mention | null {
  const verb = s.tokens[to - 1];
  if (!verb || to < 2 || !/^\p{Ll}+$/u.test(verb.text) || !hasSense(verb.norm, 'v')) return null;
  // "gathered in Harlow trying to show": a participle's subject is its clause's, not the noun
  // before it; after a form of "be" ("has been working to") the -ing form is the finite verb's.
  const participle = /ing$/u.test(verb.norm) && !BE_FORMS.has(s.tokens[to - 2]!.norm);
  if (participle || !/^\s+$/u.test(gapBetween(frame, s, to - 1, to))) return null;
  const at = skipVerbGap(frame, s, to - 1).at;
  if (at < 0 || !/^\s+$/u.test(gapBetween(frame, s, at, at + 1))) return null;
  const m = mentionEndingAt(frame, s, at);
  if (!m || m.kind === 'pronoun') return null;
  // "met voters in Harlow to argue": a preposition's object controls nothing.
  return m.from > 0 && PREPOSITIONS.has(s.tokens[m.from - 1]!.norm) ? null : m;
}

/**
 * Whether the words before token `to` open the sentence with a participle phrase: an -ing word
 * first, or after a preposition or subordinator ("After struggling", "After months of refusing",
 * "While campaigning"), so the phrase has no subject of its own ("After the sale its hosts began"
 * has one).
 */
function opensWithParticiplePhrase(s: Sentence, to: number): boolean {
  const lead = s.tokens[0]!.norm;
  if (!PREPOSITIONS.has(lead) && !OPENING_SUBORDINATORS.has(lead) && !/ing$/u.test(lead)) return false;
  for (let k = 0; k < to; k++) {
    if (!/^\p{L}{3,}ing$/u.test(s.tokens[k]!.text)) continue;
    const prev = s.tokens[k - 1]?.norm;
    if (prev === undefined || PREPOSITIONS.has(prev) || OPENING_SUBORDINATORS.has(prev)) return true;
  }
  return false;
}

/** Whether token `i` (a verb's past form) opens a reduced clause: first, or right after a subordinator. */
function opensReducedClause(s: Sentence, i: number): boolean {
  if (!/ed$/u.test(s.tokens[i]!.norm)) return false;
  return (
    i === 0 || (i === 1 && (OPENING_SUBORDINATORS.has(s.tokens[0]!.norm) || s.tokens[0]!.norm === 'after'))
  );
}

/** Subordinators that open a phrase before the main clause ("While campaigning to win …, Lund"). */
const OPENING_SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'although',
  'though',
  'once',
  'if',
]);

/**
 * speaker.opening-clause-doer: "After struggling to persuade voters …, Lund said …" — an
 * infinitive in an opening participle phrase that names no one before it has the main clause's
 * subject for its doer, as the participle has. Only when that subject comes after a comma past
 * the infinitive.
 */
function findOpeningClauseDoer(frame: Frame, s: Sentence, to: number): Mention | null {
  if (!opensWithParticiplePhrase(s, to)) return null;
  for (let k = 0; k < to; k++) if (mentionStartingAt(frame, s, k)) return null;
  const main = findSentenceSubject(frame, s, s.tokens.length);
  if (!main || main.kind === 'pronoun' || main.from <= to) return null;
  return frame.masked.slice(s.tokens[to]!.end, main.start).includes(',') ? main : null;
}

const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
const PERIODS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'night', 'weekend']);
const PERIOD_OPENERS: ReadonlySet<string> = new Set(['last', 'this', 'next']);
/** Adverbs that may lead a day between subject and verb ("later Thursday", "earlier Monday"). */
const TIME_LEADS: ReadonlySet<string> = new Set(['later', 'earlier', 'late', 'early', 'again', 'also']);

/**
 * speaker.time-phrase: "Spicer on Thursday evening said", "Lund last week said", "Lee (R-Ohio) on
 * Wednesday downplayed" — news puts the day between a subject and its verb; a capitalised weekday
 * would otherwise be read as the subject. Given the token `at` just before the verb (past
 * auxiliaries), returns the token before such a phrase, or `at` itself.
 */
export function skipTimePhrase(frame: Frame, s: Sentence, at: number): number {
  const plain = (k: number): boolean => k >= 0 && /^\s+$/u.test(gapBetween(frame, s, k, k + 1));
  // "… deal last week, insisting": a phrase set off by a comma ends the clause before it.
  if (at < 0 || !plain(at)) return at;
  let k = at;
  if (k >= 1 && DAY_PARTS.has(s.tokens[k]!.norm) && plain(k - 1)) k--;
  if (k >= 1 && WEEKDAYS.has(s.tokens[k]!.norm) && plain(k - 1)) {
    k--;
    if (k >= 1 && s.tokens[k]!.norm === 'on' && plain(k - 1)) k--;
    // "Priebus later Thursday told": a time adverb may lead the day.
    if (k >= 1 && TIME_LEADS.has(s.tokens[k]!.norm) && plain(k - 1)) k--;
    return isSubjectEnd(frame, s, k) ? k : at;
  }
  if (
    k === at &&
    k >= 2 &&
    PERIODS.has(s.tokens[k]!.norm) &&
    PERIOD_OPENERS.has(s.tokens[k - 1]!.norm) &&
    plain(k - 2)
  ) {
    // "Lee earlier this week said": a time adverb may lead the period too.
    const led = k >= 3 && TIME_LEADS.has(s.tokens[k - 2]!.norm) && plain(k - 3) ? k - 3 : k - 2;
    return isSubjectEnd(frame, s, led) ? led : at;
  }
  // "Gowdy earlier in the day touted", "Lund later in the week said", "Lee earlier today said".
  const word = s.tokens[at]!.norm;
  const inThe = at >= 4 && s.tokens[at - 1]!.norm === 'the' && s.tokens[at - 2]!.norm === 'in';
  const lead = inThe ? at - 3 : at - 1;
  const timed = inThe ? DAY_PARTS.has(word) || PERIODS.has(word) || word === 'day' : DAYS_AROUND.has(word);
  if (
    timed &&
    lead >= 1 &&
    TIME_LEADS.has(s.tokens[lead]!.norm) &&
    /^\.?\)?\s+$/u.test(gapBetween(frame, s, lead - 1, lead)) &&
    isSubjectEnd(frame, s, lead - 1)
  )
    return lead - 1;
  return at;
}

/** Days named by their distance from today ("earlier today", "late yesterday"). */
const DAYS_AROUND: ReadonlySet<string> = new Set(['today', 'tonight', 'yesterday']);

/** A name's last word or a bracketed label's close: where a subject before a time phrase ends. */
function isSubjectEnd(frame: Frame, s: Sentence, k: number): boolean {
  return /^\p{Lu}/u.test(s.tokens[k]!.text) || /^\.?\)\s+$/u.test(gapBetween(frame, s, k, k + 1));
}

/**
 * speaker.quoted-as-saying: "Kyodo quoted Tamura as saying" and "Tamura was quoted by Kyodo as
 * saying" both report Tamura's words; the outlet only relays them, so it becomes the medium (a
 * venue) and the person quoted the subject. Only with "as" + a speech verb or a colon after the
 * object ("quoted Tamura: “…”"), the constructions where "quote" introduces someone else's statement.
 */
function readQuotedAsSaying(
  frame: Frame,
  s: Sentence,
  i: number,
  at: number,
  passive: boolean,
): { subject: Mention; medium: Mention | null; how: SubjectHow } | null {
  const isAsSaying = (k: number): boolean =>
    s.tokens[k]?.norm === 'as' && SPEECH_VERB_FORMS.has(s.tokens[k + 1]?.norm ?? '');
  if (passive) {
    const quoted = findSubjectBefore(frame, s, at);
    if (!quoted) return null;
    const medium = s.tokens[i + 1]?.norm === 'by' ? mentionStartingAt(frame, s, i + 2) : null;
    if (!isAsSaying(medium ? medium.to : i + 1)) return null;
    return { subject: quoted.mention, medium, how: quoted.how };
  }
  const quoted =
    apposedObject(frame, s, i + 1, isAsSaying) ??
    mentionStartingAt(frame, s, i + 1) ??
    objectPronounAt(frame, s, i + 1);
  // "The daily quoted Dovbenko: “…”": a colon after the object opens the words quoted, as "as saying" does.
  const colon =
    quoted !== null &&
    quoted.to < s.tokens.length &&
    /^\s*:/u.test(gapBetween(frame, s, quoted.to - 1, quoted.to));
  if (!quoted || !(isAsSaying(quoted.to) || colon)) return null;
  const medium = findSubjectBefore(frame, s, at)?.mention ?? null;
  return { subject: quoted, medium, how: quoted.kind === 'name' ? 'inverted' : quoted.kind };
}

/** Words of a lower-case role before the name set beside it: "its chief scientist". */
const MAX_APPOSED_ROLE_WORDS = 5;

/**
 * "The ministry quoted its chief scientist, Dr Ada Lund, as saying": a role in the object's slot
 * with the person's name between commas beside it; the name is whom the words are relayed from.
 * Only when "as" + a speech verb follows the closing comma.
 */
function apposedObject(
  frame: Frame,
  s: Sentence,
  k: number,
  isAsSaying: (k: number) => boolean,
): Mention | null {
  // A role at the sentence's end ("… the daily quoted its editor") has no name after it.
  for (let j = k; j + 1 < s.tokens.length && j - k < MAX_APPOSED_ROLE_WORDS; j++) {
    if (!/^\p{Ll}/u.test(s.tokens[j]!.text)) return null;
    const gap = gapBetween(frame, s, j, j + 1);
    if (j > k && /^\s*,\s*$/u.test(gap)) {
      const name = mentionStartingAt(frame, s, j + 1);
      if (name?.kind !== 'name' || name.to >= s.tokens.length) return null;
      return /^\s*,\s*$/u.test(gapBetween(frame, s, name.to - 1, name.to)) && isAsSaying(name.to)
        ? name
        : null;
    }
    if (!/^\s+$/u.test(gap)) return null;
  }
  return null;
}

/** An object pronoun and the subject form its referent is read by. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/**
 * "Het Parool quoted her: “…”": the object of "quote" is the person whose words are relayed, named
 * by a pronoun in the object case as a subject would be by "she". ("her" is no possessive here:
 * the colon or "as saying" right after it leaves it no noun to own.)
 */
function objectPronounAt(frame: Frame, s: Sentence, k: number): Mention | null {
  const tok = s.tokens[k];
  const subjectForm = tok ? OBJECT_PRONOUNS.get(tok.norm) : undefined;
  const pronoun = subjectForm ? PRONOUN_FORMS.get(subjectForm) : undefined;
  if (!pronoun || !subjectForm) return null;
  const m = mention(frame, s, 'pronoun', k, k + 1, true, pronoun.refersTo, subjectForm);
  return m && { ...m, object: true };
}

/** Lower-case or numeric words a described inverted subject may open with ("9/11 widow"). */
const MAX_DESCRIPTOR_WORDS = 3;

/**
 * speaker.described-inverted: "…,” said 9/11 widow Terra Stoddard." — an inverted subject may open
 * with a lower-case or numeric description before the name, after an owner ("said Lund’s top
 * policy aide Ivo Brandt"); the name is the speaker. Only when the
 * name ends the clause (a comma, a stop or the sentence's end follows), so "said Friday that …"
 * or "said on Monday the Treasury …" never take a word after the verb for a name.
 */
function findDescribedName(frame: Frame, s: Sentence, k: number, capitalLed = false): Mention | null {
  // "said L2 president Bruce Willsie", "said Clinton aide Ann Lee": a name or firm may open the
  // description as a modifier of its lower-case noun; the person named after it is the speaker.
  if (capitalLed) {
    const lead = /^\p{Lu}/u.test(s.tokens[k]?.text ?? '') ? mentionStartingAt(frame, s, k) : null;
    const next = lead ? s.tokens[lead.to] : undefined;
    if (lead?.kind !== 'name' || !next || !/^\p{Ll}/u.test(next.text)) return null;
    if (!/^\s+$/u.test(gapBetween(frame, s, lead.to - 1, lead.to)) || NOT_A_DESCRIPTOR.has(next.norm))
      return null;
    const named = findDescribedName(frame, s, lead.to);
    return named && named.from > lead.to ? named : null;
  }
  // "said Ada Lund’s top policy aide Ivo Brandt": an owner may open the description, which then
  // runs a word or two longer (the owner and its noun's modifiers).
  // After "the", a common noun may own it too ("said the company’s new chair Ana Lund").
  const afterThe = s.tokens[k - 1]?.norm === 'the';
  const owned = (afterThe ? /^\p{L}[\p{L}.-]*['’]s$/u : /^\p{Lu}[\p{L}.-]*['’]s$/u).test(
    s.tokens[k]?.text ?? '',
  );
  // "said former secretary of state Ana Lund": a joining "of" brings its noun, one word more.
  let most = owned ? MAX_DESCRIPTOR_WORDS + 2 : MAX_DESCRIPTOR_WORDS;
  for (let j = owned ? k + 1 : k; j < s.tokens.length && j - k <= most; j++) {
    const t = s.tokens[j]!;
    if (j > k && !/^[\s/-]+$/u.test(gapBetween(frame, s, j - 1, j))) return null;
    if (/^\p{Lu}/u.test(t.text) && j > k) {
      const m = mentionStartingAt(frame, s, j);
      if (m?.kind !== 'name') return null;
      const tail = frame.masked.slice(m.end, s.end);
      // "said former governor Howard Dean (D), a supporter": a party label may close the name.
      if (NAME_CLOSE.test(tail)) return m;
      // "said former Obama adviser David Axelrod": a capitalised modifier inside the description,
      // its noun after it in lower case; the name comes later.
      const next = s.tokens[m.to];
      if (!next || !/^\p{Ll}/u.test(next.text) || !/^\s+$/u.test(gapBetween(frame, s, m.to - 1, m.to)))
        return null;
      j = m.to - 1;
      continue;
    }
    // "said master of ceremonies Asab Tabor": "of" may join the description's words.
    const joins = t.norm === 'of' && j > k;
    if (!/^(?:\p{Ll}+|[\d/]+)$/u.test(t.text) || (NOT_A_DESCRIPTOR.has(t.norm) && !joins)) return null;
    if (joins) most++;
  }
  return null;
}

/**
 * What may follow an inverted subject's name: the clause's end, after a short bracketed label, or
 * a phrase of the statement's means, place or time ("said executive chair Mara Lind in an email",
 * "said chief economist Ivo Brandt on Tuesday") or of the speaker's body ("said biologist Ada Quill
 * of the reef laboratory"): a preposition opens no reported clause.
 */
const NAME_CLOSE =
  /^\s*(?:\([^()]{1,12}\)\s*)?(?:[,.;]|$|(?:in|on|at|to|of|during|via|after|before|while|from)\s)/u;

/** Words after a verb that open no description of its subject. */
const NOT_A_DESCRIPTOR: ReadonlySet<string> = new Set([...DETERMINERS, ...PREPOSITIONS, 'that', 'to', 'and']);

/** The subject ending at token `at` (already past auxiliaries and adverbs), or behind an appositive. */
function findSubjectBefore(
  frame: Frame,
  s: Sentence,
  at: number,
  bracketed = false,
): { mention: Mention; how: SubjectHow } | null {
  if (at < 0) return null;
  // speaker.parenthetical-connective: in "Berg, however, said" the commas belong to "however".
  const aside = PARENTHETICAL_CONNECTIVES.has(s.tokens[at + 1]?.norm ?? '');
  // A bracketed label read past (skipBracketedLabel) stands where a space would.
  const next = at + 1 < s.tokens.length && !aside && !bracketed ? gapBetween(frame, s, at, at + 1) : ' ';
  if (/^\s+$/u.test(next)) {
    const relative = findRelativeClauseSubject(frame, s, at);
    // "The man who shot Lund said": the name before the verb ends the relative clause, not the subject.
    if (relative === 'none') return null;
    if (relative) return { mention: relative, how: relative.kind === 'name' ? 'name' : relative.kind };
    const role = findRoleWithPhrase(frame, s, at);
    const described = role ? findUnclosedAppositiveOfRole(frame, s, role) : null;
    if (described) return { mention: described, how: 'name' };
    // "Ana Lund of the Department of Health said": the body's role word names whom she speaks for.
    const member = role ? findAffiliatedPerson(frame, s, role) : null;
    if (member) return { mention: member, how: 'name' };
    if (role) return { mention: role, how: 'role' };
    const m = mentionEndingAt(frame, s, at) ?? findParticipleModifiedSubject(frame, s, at);
    // "Fifty-one percent say that “…”": a count or share as the subject names its group.
    const quantity = m ? null : findQuantitySubject(frame, s, at);
    if (quantity) return { mention: quantity, how: 'quantity' };
    if (!m) {
      const people = barePluralEndingAt(frame, s, at);
      return people ? { mention: people, how: 'role' } : null;
    }
    const doer = m.kind === 'name' ? findParticipleDoer(frame, s, m) : null;
    if (doer) return { mention: doer, how: doer.kind === 'name' ? 'name' : doer.kind };
    const first = m.kind === 'pronoun' ? null : findFirstConjunct(frame, s, m);
    if (first) return { mention: first, how: first.kind === 'name' ? 'name' : first.kind };
    const group = findCoordinatedGroup(frame, s, m);
    if (group) return { mention: group, how: 'role' };
    const named = m.kind === 'pronoun' ? null : findUnclosedAppositive(frame, s, m);
    if (named) return { mention: named, how: 'appositive' };
    const affiliated = m.kind !== 'pronoun' ? findAffiliatedPerson(frame, s, m) : null;
    if (affiliated) return { mention: affiliated, how: 'name' };
    const holder = m.kind === 'name' ? findNounBeforePlace(frame, s, m) : null;
    if (holder) return { mention: holder, how: 'role' };
    return { mention: m, how: m.kind === 'name' ? 'name' : m.kind };
  }
  // An abbreviation's full stop may come before the comma ("of Springfield, Va., said").
  if (/^\s*\.?,\s*$/u.test(next)) {
    const town = findTownBeforeState(frame, s, at);
    if (town >= 0) return findSubjectBefore(frame, s, town);
    const named = findNameAfterRole(frame, s, at);
    if (named) return { mention: named, how: 'appositive' };
    const m = findAppositiveSubject(frame, s, at);
    if (m) return { mention: m, how: 'appositive' };
  }
  if (DASH_GAP.test(next)) {
    const end = findDashedInsertStart(frame, s, at);
    // The insert read past stands where a space would, as a bracketed label does.
    const subject = end >= 0 ? findSubjectBefore(frame, s, end, true) : null;
    if (!subject || subject.mention.kind === 'pronoun') return null;
    // An unnamed source keeps the insert that says who it is ("some economists — among them two of
    // the bank's own board — warn"), as it keeps its role's phrase (extendUnnamedSource).
    const m = subject.mention;
    const whole =
      m.kind === 'role' && !m.definite
        ? mention(frame, s, 'role', m.from, at + 1, false, m.refersTo, m.head)
        : null;
    return { mention: whole ?? m, how: 'appositive' };
  }
  return null;
}

/** "who", or a contraction of it with an auxiliary ("who’d rather be working", "who've"). */
function isWho(norm: string): boolean {
  return norm === 'who' || /^who['’](?:d|ve|ll|s)$/u.test(norm);
}

/** Most words of a restrictive relative clause between a subject and its verb ("who spoke with the paper"). */
const MAX_RELATIVE_CLAUSE_WORDS = 10;

/**
 * speaker.restrictive-relative: "Officials who spoke with the Post said …", "Democrats in Iowa
 * who watched the debate said …" — a relative clause with no commas between the subject and its
 * verb ends in its own object ("the Post"), which is no subject; the subject is the noun phrase
 * before "who" (with a place phrase it carries: "Democrats in Iowa"). Read back from `at` over
 * plain words to a "who" with no comma before it; 'none' when the words before "who" are no
 * mention ("The man who shot Lund said": not Lund).
 */
function findRelativeClauseSubject(frame: Frame, s: Sentence, at: number): Mention | 'none' | null {
  // Most verbs have no "who" before them: look for one by its word before reading any gap.
  let any = false;
  for (let p = at - 1; p > 0 && at - p < MAX_RELATIVE_CLAUSE_WORDS && !any; p--)
    any = isWho(s.tokens[p]!.norm);
  if (!any) return null;
  // "The clerk who took the call recalled that he said": a subject pronoun right before the verb
  // is its subject; the relative clause belongs to an earlier verb.
  if (PRONOUN_FORMS.get(s.tokens[at]!.norm)?.case === 'subject') return null;
  for (let p = at; p > 0 && at - p < MAX_RELATIVE_CLAUSE_WORDS; p--) {
    const gap = gapBetween(frame, s, p - 1, p);
    if (isWho(s.tokens[p]!.norm)) {
      if (!/^\s+$/u.test(gap) || p === at) return null;
      const m = mentionEndingAt(frame, s, p - 1);
      if (!m || m.kind === 'pronoun') return 'none';
      const group = (m.kind === 'name' ? findGroupBeforePlace(frame, s, m, p) : null) ?? m;
      // An unnamed source keeps its words, the clause that says who they are included.
      if (group.kind !== 'role') return group;
      const end = s.tokens[at]!.end;
      return { ...group, to: at + 1, end, surface: frame.text.slice(group.start, end) };
    }
    if (!/^(?:\s+|\.\s?|-)$/u.test(gap)) return null;
  }
  return null;
}

/** "Democrats in Iowa": a plural noun or name before a place's preposition, running to `to`. */
function findGroupBeforePlace(frame: Frame, s: Sentence, m: Mention, to: number): Mention | null {
  // `to` is the relative pronoun's token: the group's words run up to it.
  const p = m.from - 1;
  if (p < 1 || !/^(?:in|from|of|at)$/u.test(s.tokens[p]!.norm)) return null;
  const group = mentionEndingAt(frame, s, p - 1);
  if (!group || group.kind === 'pronoun' || !/s$/u.test(s.tokens[p - 1]!.norm)) return null;
  const end = s.tokens[to - 1]!.end;
  return { ...group, kind: 'role', refersTo: 'group', to, end, surface: frame.text.slice(group.start, end) };
}

/** Most words of a participle phrase between a subject and its verb ("marching through the streets" is 4). */
const MAX_PARTICIPLE_PHRASE_WORDS = 6;

/**
 * speaker.participle-modifier: "Protesters marching through the streets chanted …", "officials
 * briefing reporters in private said …": a subject followed by an -ing phrase with no comma.
 * Read back from the word before the verb over plain words to an -ing word with a name or role
 * right before it; the phrase's last noun ("the streets") is not the subject.
 */
function findParticipleModifiedSubject(frame: Frame, s: Sentence, at: number): Mention | null {
  // "walked into a council meeting and said": a verb after a coordinator shares the clause's
  // subject; the -ing word before it ("meeting") ends an object, not a subject's modifier.
  if (COORDINATORS.has(s.tokens[at]?.norm ?? '')) return null;
  // From the word before `at`: an -ing word right before the verb takes it as its object
  // ("Trump making remarks"), not as the subject's verb.
  for (let p = at - 1; p > 0 && at - p < MAX_PARTICIPLE_PHRASE_WORDS; p--) {
    if (!/^\s+$/u.test(gapBetween(frame, s, p - 1, p))) return null;
    const tok = s.tokens[p]!;
    if (!/^\p{Ll}[\p{L}-]{2,}ing$/u.test(tok.text) || SPEECH_VERB_FORMS.has(tok.norm)) continue;
    const m = mentionEndingAt(frame, s, p - 1);
    return m && m.kind !== 'pronoun' ? m : null;
  }
  return null;
}

/** Words between a participle and its object's name ("speaking to Fox News", "running against the Mayor"). */
const PARTICIPLE_OBJECT_LEADS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...DETERMINERS]);

/**
 * speaker.participle-modifier (named object): "A source speaking to Fox News said …", "Officials
 * working for Senator Lund said …" — a name right before the verb that ends an -ing phrase
 * (no commas) hanging on a noun phrase is that participle's object; the noun phrase before the
 * -ing word is the subject.
 */
function findParticipleDoer(frame: Frame, s: Sentence, m: Mention): Mention | null {
  for (let p = m.from - 1; p > 0 && m.from - p <= 3; p--) {
    if (!/^\s+$/u.test(gapBetween(frame, s, p, p + 1))) return null;
    const tok = s.tokens[p]!;
    // "Analysts polled by Kestria Data had expected …": a past participle and its agent modify
    // the noun before them as an -ing phrase does.
    const agentOf =
      tok.norm === 'by' && p === m.from - 1 && /^\p{Ll}[\p{L}-]{2,}ed$/u.test(s.tokens[p - 1]?.text ?? '');
    if (/^\p{Ll}[\p{L}-]{2,}ing$/u.test(tok.text) || agentOf) {
      const at = agentOf ? p - 1 : p;
      if (at < 1 || !/^\s+$/u.test(gapBetween(frame, s, at - 1, at))) return null;
      const doer = mentionEndingAt(frame, s, at - 1);
      return doer && doer.kind !== 'pronoun' ? doer : null;
    }
    if (!PARTICIPLE_OBJECT_LEADS.has(tok.norm)) return null;
  }
  return null;
}

/**
 * A verb right after a closing quote or a comma, or first in its sentence, may take its subject
 * after it. A straight apostrophe closes a quotation too: single-quoted news ('…,' said Cole) and
 * papers that print the marks as two apostrophes (''…,'' said Cole).
 */
function isInversionSlot(frame: Frame, s: Sentence, i: number, at: number): boolean {
  const from = at >= 0 ? s.tokens[at]!.end : s.start;
  return at < 0 || /[,”’"'»]\s*$/u.test(frame.masked.slice(from, s.tokens[i]!.start));
}

/**
 * A name read after "a"/"an" that a lower-case word follows without punctuation only modifies that
 * noun ("tweeted a Danish user", "wrote a Texas rancher"): a person's name takes no article, so
 * the whole indefinite phrase is the source (findUnnamedAfterVerb), not the capitalised word.
 */
function nameNotModifier(frame: Frame, s: Sentence, k: number, m: Mention | null): Mention | null {
  if (m?.kind !== 'name' || !/^(?:a|an)$/u.test(s.tokens[k]?.norm ?? '') || m.from !== k + 1) return m;
  const next = s.tokens[m.to];
  const modifies = next && /^\p{Ll}/u.test(next.text) && /^\s+$/u.test(gapBetween(frame, s, m.to - 1, m.to));
  return modifies ? null : m;
}

/**
 * A pronoun after the verb that a word follows without punctuation is the subject of the reported
 * clause, not an inverted speaker: "…, said it would tell a story", "said they were ready"; only
 * "…,” said he." or "said she, adding …" invert.
 */
function opensClause(frame: Frame, s: Sentence, next: number): boolean {
  return next < s.tokens.length && /^\s+$/u.test(gapBetween(frame, s, next - 1, next));
}

/** Auxiliaries and modals: a name right before one is a clause's subject ("says Cruz will win"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  'is',
  'was',
  'are',
  'were',
  'does',
  'did',
]);

/**
 * A name after the verb followed, with no punctuation, by an auxiliary or a past-tense verb opens
 * the reported clause ("…, says Cruz will “leave with momentum”", "…, said Clinton reached out
 * to him"): the speaker is before the verb, not after it. An inverted subject ends its clause or
 * goes on with a preposition or a comma ("said Smith on Tuesday", "said Smith, adding …").
 */
function isClauseSubject(frame: Frame, s: Sentence, m: Mention): boolean {
  const next = s.tokens[m.to];
  if (next === undefined || !opensClause(frame, s, m.to)) return false;
  // A role takes participles as modifiers ("says a source involved in the talks"); a name does not.
  return AUXILIARIES.has(next.norm) || (m.kind === 'name' && /^\p{Ll}[\p{L}]{2,}ed$/u.test(next.text));
}

/** "… and vowed", "…, but insisted": a verb sharing the subject of an earlier one. */
function isCoordinated(frame: Frame, s: Sentence, at: number, i: number): boolean {
  if (at < 0) return false;
  if (COORDINATORS.has(s.tokens[at]!.norm)) return true;
  return /^\s*,\s*$/u.test(frame.masked.slice(s.tokens[at]!.end, s.tokens[Math.min(at + 1, i)]!.start));
}
