/**
 * speaker.embedding-report: a speech act reported inside another one's complement is the outer
 * speaker's report. In "Merrill says Machado promised to keep campaigning", "Trump said during a
 * rally that Clinton once described the deal as …" or "According to the poll, most voters want …"
 * the clause of the inner verb is what the outer speaker says; the article's source for it is
 * Merrill, Trump, the poll, not Machado or Clinton or the voters, whose words the text does not
 * give. The inner act keeps its cue; only its speaker becomes the outer one.
 */
import { ENGLISH_WEEKDAY_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import { PREPOSITIONS } from '../../nlp/lexicons/function-words.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import type { SpeechEvent } from './02-said-verb.ts';
import type { Frame, Sentence, SpeakerRef } from './frame.ts';

/**
 * Words between an outer cue and the inner subject that still open its complement: nothing, a
 * "that", or a short adjunct ending in "that" ("during a rally in Ohio that"). A comma, a dash or
 * a coordinator ends the complement ("X said …, and Y warned"), so the later act is X's no more.
 */
const COMPLEMENT_OPENING = /^\s*(?:(?:[\p{L}\p{N}’'.-]+\s+){0,8}that\s*)?$/u;
/**
 * "X said that in 1998, Y allowed …", "X said that, on Monday, Y had …": after the "that", a
 * short adjunct (a preposition and up to three more words) set off by a comma still opens the
 * complement; the subject after it is the inner act's.
 */
const COMPLEMENT_OPENING_ADJUNCT =
  /^\s*(?:(?:[\p{L}\p{N}’'.-]+\s+){0,8}that\s*),?\s*(?:in|on|at|by|during|after|before|since|until|for|from|under|over|earlier|last|this)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,2}[\p{L}\p{N}’'.-]+\s*,\s*$/u;
/** "According to the poll, voters want …": the phrase's comma is the complement's opening. */
const ACCORDING_OPENING = /^\s*,\s*$/u;
const COORDINATORS = /\b(?:and|but|or|while|whereas|although|though|because|after|before|when)\b/u;

/**
 * The inner act `inner` with the speaker of the act whose complement holds it, or `inner` itself.
 * The outer act is the nearest earlier one of the sentence with a resolved speaker, not passive,
 * whose cue (for "according to", its source phrase) is followed by the inner act's subject as
 * that complement's opening words.
 */
export function embedInOuterReport(
  frame: Frame,
  s: Sentence,
  inner: SpeechEvent,
  events: readonly SpeechEvent[],
): SpeechEvent {
  const aside = events.find((e) => e !== inner && e.speaker && isParenthetical(frame, s, e));
  // "After Lund accused him, he warned, “…”": a reporting clause whose comma opens a quotation
  // introduces those words; an act before it with a subject of its own is not part of the report
  // ("Instead of calling himself a moderate, Berg said, “…”" has none: its doer is Berg).
  const quoting = aside !== undefined && inner.subject !== null && opensQuotation(frame, s, aside);
  if (aside?.speaker && aside.cue.start !== inner.cue.start && !quoting)
    return { ...inner, speaker: aside.speaker, rule: 'speaker.embedding-report' };
  const according = findClosingAccordingTo(frame, s, inner, events);
  if (according) return { ...inner, speaker: according, rule: 'speaker.closing-according-to' };
  // An act whose own subject names someone ("Some observers say …, X said") keeps that subject;
  // one that only inherits a speaker from an earlier verb has none of its own, and a cue outside
  // the speech-verb lexicon ("Lund tried to distance himself …, Berg said") is an act the closing
  // speaker reports, not words of its subject.
  const closing =
    inner.speaker && inner.how !== 'inherited' && isSpeechVerbCue(inner)
      ? null
      : events.find((e) => e !== inner && e.speaker && isClosingReport(frame, s, e, inner));
  if (closing?.speaker) return { ...inner, speaker: closing.speaker, rule: 'speaker.closing-report' };
  const subject = inner.subject;
  if (!subject && inner.how === 'none') return embedSubjectless(frame, inner, events);
  if (!subject || subject.start >= inner.cue.start) return inner;
  const outer = events
    .filter((e) => e !== inner && e.speaker && !e.passive && e.cue.end <= subject.start)
    .at(-1);
  if (!outer?.speaker || outer.how === 'inverted' || outer.how === 'passive-agent') return inner;
  const gap = frame.masked.slice(outer.cue.end, subject.start);
  const opens =
    outer.how === 'according-to'
      ? ACCORDING_OPENING.test(gap) && outer.cue.start === s.tokens[0]?.start
      : (COMPLEMENT_OPENING.test(gap) || COMPLEMENT_OPENING_ADJUNCT.test(gap)) && !COORDINATORS.test(gap);
  // The outer speaker standing inside the inner subject is no report of another ("X said X's …").
  if (!opens || outer.speaker.start >= subject.start) return inner;
  return { ...inner, speaker: outer.speaker, rule: 'speaker.embedding-report' };
}

/**
 * Whether the act's verb is a speech verb of the lexicon, not a word the model learned as a cue
 * (read as a verb of its own lemma); an act with no verb ("as X put it") is a report.
 */
function isSpeechVerbCue(e: SpeechEvent): boolean {
  return e.verb === null || SPEECH_VERB_FORMS.has(e.verb.lemma);
}

/**
 * Punctuation that ends a complement or sets off another clause inside it: an act past one is
 * not known to stand in the earlier act's complement.
 */
const CLAUSE_BREAK = /[,;:()\u2014\u2013“”"]|\s-\s|--/u;

/**
 * "Goodstein said candidates are becoming more aware of how much …": an inner cue whose subject
 * the rules found nowhere (an adjective, a noun or a verb they could not read as a clause's own)
 * and that stands in an earlier act's complement, with no punctuation or coordinator between the
 * two cues, reports what the outer speaker says. An inverted or passive outer act does not count:
 * its speaker stands after the cue or is no one.
 */
function embedSubjectless(frame: Frame, inner: SpeechEvent, events: readonly SpeechEvent[]): SpeechEvent {
  const outer = events
    .filter((e) => e !== inner && e.speaker && !e.passive && e.cue.end <= inner.cue.start)
    .at(-1);
  if (!outer?.speaker || outer.how === 'inverted' || outer.how === 'passive-agent') return inner;
  if (outer.speaker.start >= outer.cue.end) return inner;
  const gap = frame.masked.slice(outer.cue.end, inner.cue.start);
  // "X and Y continue to ignore": an infinitive right after the verb is its subject's own act,
  // read by the clause-subject rules, not a report inside a complement.
  if (CLAUSE_BREAK.test(gap) || COORDINATORS.test(gap) || /^\s*to\s*$/u.test(gap)) return inner;
  return { ...inner, speaker: outer.speaker, rule: 'speaker.embedding-report' };
}

/**
 * "Voters, Clinton suggested, need not worry that …", "The plan, Smith said, is dead": a reporting
 * clause set off by commas inside the sentence makes the whole sentence that speaker's report,
 * whatever verbs it holds. Its subject comes right after a comma and its verb right before one,
 * with no words but the subject between.
 */
function isParenthetical(frame: Frame, s: Sentence, e: SpeechEvent): boolean {
  const subject = e.subject;
  if (!subject || subject.start >= e.cue.start || e.how === 'inverted' || !e.verb) return false;
  const first = s.tokens[0];
  if (!first || subject.start <= first.start) return false;
  const before = frame.masked.slice(s.start, subject.start);
  const between = frame.masked.slice(subject.end, e.cue.start);
  const after = frame.masked.slice(e.cue.end, s.end);
  return /,\s*$/u.test(before) && /^\s*$/u.test(between) && /^\s*,\s*\S/u.test(after);
}

/** Whether a quotation opens right after the comma closing the act's verb ("he warned, “…”"). */
function opensQuotation(frame: Frame, s: Sentence, e: SpeechEvent): boolean {
  return /^\s*,\s*[“"‘'«]/u.test(frame.masked.slice(e.cue.end, s.end));
}

/** A comma, maybe with the quotation's closing marks, that ends what a closing report sources. */
const COMMA_BEFORE_REPORT = /,\s*(?:['’”"]{1,2}\s*)?$/u;
/** Most words of the adjunct after a closing reporting verb ("said in an interview on Tuesday"). */
const MAX_REPORT_TAIL_WORDS = 6;
/** Words that open an adjunct, not a complement, after a closing verb ("said Tuesday", "said later"). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...ENGLISH_WEEKDAY_NAMES.map((d) => d.toLowerCase()),
  'yesterday',
  'today',
  'later',
  'earlier',
  'recently',
  'last',
  'this',
]);
/** After the subject of an inverted closing report: the sentence's end or an appositive. */
const INVERTED_TAIL = /^\s*(?:,[^;:“”"]*)?$/u;

/**
 * speaker.closing-report: "Patients may be willing to pay more ''because …,'' Dr. Ezeudu said."
 * or "…, said Anna Ezeudu, a nurse.": a reporting clause closing the sentence after a comma
 * sources everything before it, as one set off inside it does (isParenthetical); a speech act in
 * that part is what the closing speaker reports. Only an act whose cue lies before the report.
 */
function isClosingReport(frame: Frame, s: Sentence, e: SpeechEvent, inner: SpeechEvent): boolean {
  const subject = e.subject;
  if (!subject || !e.verb || e.passive || inner.cue.end > Math.min(subject.start, e.cue.start)) return false;
  if (e.how === 'inverted') {
    if (subject.start < e.cue.end) return false;
    return (
      COMMA_BEFORE_REPORT.test(textBefore(frame, s, e.cue.start)) &&
      /^\s*$/u.test(frame.masked.slice(e.cue.end, subject.start)) &&
      INVERTED_TAIL.test(trimEnd(frame.masked.slice(subject.end, s.end)))
    );
  }
  if (subject.start >= e.cue.start) return false;
  return (
    COMMA_BEFORE_REPORT.test(textBefore(frame, s, subject.start)) &&
    /^\s*$/u.test(frame.masked.slice(subject.end, e.cue.start)) &&
    isAdjunctTail(skipAddressee(e, trimEnd(frame.masked.slice(e.cue.end, s.end))))
  );
}

/** Characters before a closing report that may hold its comma and the quotation's closing marks. */
const REPORT_LEAD_CHARS = 12;

/** The few characters of the sentence before `at`: all COMMA_BEFORE_REPORT needs to read. */
function textBefore(frame: Frame, s: Sentence, at: number): string {
  return frame.masked.slice(Math.max(s.start, at - REPORT_LEAD_CHARS), at);
}

/** Verbs whose first object is whom the words were addressed to ("told reporters", "wrote Linick"). */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'write', 'inform', 'assure', 'remind']);
/** An addressee: a pronoun object, reporters, or up to four capitalised words (a name, an outlet). */
const ADDRESSEE =
  /^\s*(?:me|us|him|her|them|reporters|journalists|(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3})(?=\s|$)/u;

/**
 * "…, Kennedy wrote Linick.", "…, Berg told reporters on Tuesday.": after a verb of addressing, the
 * addressee before the adjunct is part of the closing report, no complement. Returns the tail
 * past it.
 */
function skipAddressee(e: SpeechEvent, tail: string): string {
  if (!e.verb || !ADDRESSEE_VERBS.has(e.verb.lemma)) return tail;
  const m = ADDRESSEE.exec(tail);
  return m ? tail.slice(m[0].length) : tail;
}

/**
 * Whether the words after a closing verb are only an adjunct ("said on Tuesday", "wrote in an
 * email"), not a complement of its own ("experts say the blast was larger"), which would make it
 * no closing report but a report of what follows.
 */
function isAdjunctTail(tail: string): boolean {
  if (/^\s*$/u.test(tail)) return true;
  if (/[,;:“”"()\u2014\u2013]/u.test(tail)) return false;
  const words = tail.trim().split(/\s+/u);
  return words.length <= MAX_REPORT_TAIL_WORDS && ADJUNCT_OPENERS.has(words[0]!.toLowerCase());
}

/** A sentence's rest without its closing stop and quotation marks. */
function trimEnd(rest: string): string {
  return rest.replace(/[\s.!?'’”"]+$/u, '');
}

/** Most words of the source phrase of a closing "according to" ("a Harlow poll released Thursday"). */
const MAX_ACCORDING_PHRASE_WORDS = 16;

/**
 * speaker.closing-according-to: "Most voters say they prefer lower taxes, according to a Harlow
 * poll released Thursday.", "She appointed just three, according to his campaign.": an
 * "according to" phrase closing the sentence after a comma sources everything before it, so a
 * speech act there, whoever its subject is, is part of what that source reports. The phrase's
 * indexed speaker, else its own words to the sentence's end, as an unnamed source keeps them
 * ("a Harlow poll released Thursday"); a document with no issuer ("a statement") names no one.
 */
function findClosingAccordingTo(
  frame: Frame,
  s: Sentence,
  inner: SpeechEvent,
  events: readonly SpeechEvent[],
): SpeakerRef | null {
  const k = s.tokens.findIndex(
    (t, j) => t.norm === 'according' && s.tokens[j + 1]?.norm === 'to' && t.start >= inner.cue.end,
  );
  const first = s.tokens[k + 2];
  if (k < 1 || !first || !/,\s*$/u.test(frame.masked.slice(s.tokens[k - 1]!.end, s.tokens[k]!.start)))
    return null;
  const last = s.tokens.at(-1)!;
  const words = s.tokens.length - (k + 2);
  const phrase = frame.masked.slice(first.start, last.end);
  if (words > MAX_ACCORDING_PHRASE_WORDS || /[;:“”"()\u2014\u2013]/u.test(phrase)) return null;
  // "X has praised …, and won 77 percent, according to exit polls": the phrase sources its own conjunct only.
  if (/[;]|,\s*(?:and|but|while|whereas)\b/u.test(frame.masked.slice(inner.cue.end, s.tokens[k]!.start)))
    return null;
  const event = events.find((e) => e.how === 'according-to' && e.cue.start === s.tokens[k]!.start);
  // A speaker the index knows; an unnamed one read from a shorter mention keeps the phrase's words.
  if (event?.speaker?.entity) return event.speaker;
  if (event && !event.subject) return null;
  const surface = frame.text.slice(first.start, last.end);
  const name = surface.replace(/['’]s$/u, '');
  return { name, entity: null, type: null, surface, aliases: [], start: first.start, end: last.end };
}
