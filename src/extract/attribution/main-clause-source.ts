/**
 * Sources read from the sentence's main clause: a cue with no subject of its own (in an opening
 * participle or framing phrase, in a participle phrase after the main clause, after "and" in the
 * subject's coordination, or, as a last resort, anywhere) hands its act to the clause's subject.
 */
import { PREPOSITIONS, SENTENCE_LINKING_CONJUNCTIONS } from '../../nlp/lexicons/function-words.ts';
import { isDocumentNoun } from '../speakers/02-said-verb.ts';
import type { Sentence, SpeakerRef } from '../speakers/frame.ts';
import { findCoordinatedVerb, findNonfinitePhrase } from '../speakers/nonfinite-phrase.ts';
import type { FrameAnalysis } from '../speakers.ts';
import { opensAdverbialPhrase } from '../speakers/common-opener.ts';

/** The sentence's first subject (a.subjectOf), when it stands before token `before` and is no document. */
function mainSubjectBefore(a: FrameAnalysis, s: Sentence, before: number): SpeakerRef | null {
  const topic = a.subjectOf(s.index);
  const at = s.tokens[before];
  if (!topic || !at || topic.end > at.start || topic.start < s.start) return null;
  // "In a statement released Thursday, X reacted …, saying": the document names no one.
  const document = topic.entity === null && isDocumentNoun(topic.name.split(/\s+/u).at(-1)!.toLowerCase());
  return document ? null : topic;
}

/** Prepositions that may govern a gerund, those the function-word lexicon leaves out included. */
const PREPOSITION_WORDS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'besides', 'while', 'when']);

/** An opening participle ("Asked", "Claiming", "Speaking"): a lower-case-led -ed/-ing word. */
const OPENING_PARTICIPLE = /^[\p{L}-]+(?:ed|ing)$/u;
/**
 * Prepositions of an opening phrase that frames the main clause's act ("In one tweet Friday, X
 * said", "In a statement released Thursday, X reacted", "During the interview, X …"): a cue in
 * it with no subject of its own is the main subject's, as in an opening participle clause.
 */
const OPENING_FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'at']);

/**
 * "Besides praising the builders,", "After meeting the union,", "Despite criticizing the plan,": a
 * preposition (at token `at`) before a gerund opens a clause with no subject of its own; English
 * reads its doer as the main clause's subject, as with an opening participle.
 */
function isGerundAdjunct(s: Sentence, at: number): boolean {
  if (!PREPOSITION_WORDS.has(s.tokens[at]?.norm ?? '')) return false;
  // "In addition to worrying …", "Instead of answering …": a preposition of more words.
  const link = s.tokens[at + 2]?.norm;
  const gerund = link === 'to' || link === 'of' ? s.tokens[at + 3] : s.tokens[at + 1];
  return gerund !== undefined && /^\p{Ll}{3,}ing$/u.test(gerund.text);
}

/**
 * speaker.opening-clause: "Asked to describe the device, Varn said …", "Claiming the criticism is
 * unfair, Varn told Fox that …" — a cue inside an opening participle clause has no subject of its
 * own: the clause hangs on the main clause, whose subject (the sentence's first speaker) is the
 * one who asked, claimed or spoke. Likewise an opening framing phrase ("In one tweet Friday, Varn
 * said:"). Only when the sentence opens with such a participle or preposition and the cue comes
 * before the clause's comma.
 */
export function findOpeningClauseSource(a: FrameAnalysis, s: Sentence, token: number): SpeakerRef | null {
  const comma = findOpeningClauseEnd(a, s, token);
  if (comma < 0) return null;
  const topic = a.subjectOf(s.index);
  return topic && topic.start > comma ? topic : null;
}

/**
 * The offset of the comma closing the opening participle clause or framing phrase that holds
 * token `token` (findOpeningClauseSource), or -1 when the cue stands in none.
 */
export function findOpeningClauseEnd(a: FrameAnalysis, s: Sentence, token: number): number {
  if (!s.tokens[0] || !/^\p{Lu}/u.test(s.tokens[0].text)) return -1;
  // "And in explaining why …, Lund described …", "Yet by calling out Berg …, Lund …": a
  // conjunction linking the sentence to the one before opens it before a gerund phrase.
  const linked = SENTENCE_LINKING_CONJUNCTIONS.has(s.tokens[0].norm) && isGerundAdjunct(s, 1);
  const first = s.tokens[linked ? 1 : 0]!;
  if (
    !linked &&
    !OPENING_PARTICIPLE.test(first.norm) &&
    !OPENING_FRAME_PREPOSITIONS.has(first.norm) &&
    !isGerundAdjunct(s, 0) &&
    // "One month after announcing …, Lund said", "Shortly after taking office, …": an adverbial phrase.
    !opensAdverbialPhrase(a.frame, s)
  )
    return -1;
  // "According to the poll, …" names its own source; the main clause's subject is what it reports on.
  if (first.norm === 'according') return -1;
  const comma = a.frame.masked.indexOf(',', first.end);
  if (comma < 0 || comma >= s.end || (s.tokens[token]?.start ?? s.end) > comma) return -1;
  return comma;
}

/**
 * speaker.sentence-topic, the last resort: a cue no rule found a subject for (a noun or adjective
 * the model reads as a cue: "wants to make in-state tuition …", "planned to revitalize … as a
 * state park") stands in a sentence about its first named subject, who is the source of what it
 * reports. Only a subject the index knows (a person or a body), before the cue.
 */
export function findTopicSource(a: FrameAnalysis, s: Sentence, cue: number): SpeakerRef | null {
  const topic = mainSubjectBefore(a, s, cue);
  if (!topic || topic.entity === null) return null;
  return topic.type === 'person' || topic.type === 'organization' ? topic : null;
}

/** speaker.coordinated-verb (speakers/nonfinite-phrase.ts): "X met them and came away convinced that". */
export function findCoordinatedSource(a: FrameAnalysis, s: Sentence, cue: number): SpeakerRef | null {
  const and = findCoordinatedVerb(a.frame, s, cue);
  return and < 0 ? null : mainSubjectBefore(a, s, and);
}

/** speaker.nonfinite-controller (speakers/nonfinite-phrase.ts): the main clause's subject ("X said, adding …"). */
export function findControllerSource(a: FrameAnalysis, s: Sentence, cue: number): SpeakerRef | null {
  const open = findNonfinitePhrase(a.frame, s, cue);
  return open < 0 ? null : mainSubjectBefore(a, s, open);
}
