import type { Span } from '../model/span.ts';
import { PREPOSITIONS } from '../nlp/lexicons/function-words.ts';
import { MEDIA_HEADS } from '../nlp/lexicons/organizations.ts';
import { GENDER_OF_PRONOUN, type Gender } from '../nlp/lexicons/gender-cues.ts';
import { SPEECH_VERB_FORMS, type SpeechVerb } from '../nlp/lexicons/speech-verbs.ts';
import { genderOfRef } from './speakers/gender.ts';
import { findColonLabelAfter, findColonLeadIn } from './speakers/01-colon-lead-in.ts';
import {
  findSpeechEvents,
  readVerbEvent,
  type ResolveMention,
  type SpeechEvent,
  type SubjectHow,
} from './speakers/02-said-verb.ts';
import { findSentenceSubject } from './speakers/sentence-subject.ts';
import { resolveReference } from './speakers/04-pronoun-role.ts';
import { findCarriedSpeaker, findIntroducedSpeaker, type SpeakerMark } from './speakers/05-carry-over.ts';
import { embedInOuterReport } from './speakers/06-embedded-report.ts';
import {
  findSpilledUnlistedVerb,
  findUnlistedVerbAttribution,
  findUnlistedVerbLeadIn,
} from './speakers/07-unlisted-verb.ts';
import { findDemandVerbSpeaker } from './speakers/demand-verb.ts';
import { findForeignFrame, findForeignTitleHolder } from './speakers/08-foreign-frame.ts';
import { mentionEndingAt, mentionStartingAt, resolveName } from './speakers/clause.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef, sentenceAt } from './speakers/frame.ts';

/**
 * A frame read lazily: the speech events and the subject of a sentence are computed when asked,
 * reading forward from a few sentences before it, so an article with two quotes costs two small
 * windows rather than a pass resolving every name in it.
 */
export interface FrameAnalysis {
  frame: Frame;
  eventsOf(index: number): SpeechEvent[];
  subjectOf(index: number): SpeakerRef | null;
  /**
   * The speech act whose cue is token `token` of sentence `index`: the lexicon's event there, else
   * the word read as a verb of reporting (a cue the learned model found outside the lexicon).
   * Read for reported speech, so an act inside another's complement takes the outer speaker
   * (speakers/06-embedded-report.ts).
   */
  eventAt(index: number, token: number): SpeechEvent | null;
}

/**
 * Sentences read before the one asked about, so its pronouns find their antecedents (the six of
 * 04-pronoun-role's look-back plus two, so those sentences had some context of their own).
 */
const LOOKBACK_SENTENCES = 8;

/** Who said a quote, how that was decided, and the sentence that decided it. */
export interface Attribution {
  speaker: SpeakerRef | null;
  cue: Span | null;
  rule: string | null;
  /** A speech cue (verb, colon, dash, "according to") sits in the quote's sentence. */
  hasCue: boolean;
  /** The sentence whose cue attributed the quote (venues are read there). */
  sentence: Sentence | null;
  /** The outlet that relayed the words ("Kyodo quoted him as saying"), read as the venue. */
  medium?: string | null;
}

export function analyzeFrame(frame: Frame): FrameAnalysis {
  const events: (SpeechEvent[] | undefined)[] = [];
  const subjects: (SpeakerRef | null | undefined)[] = [];
  /** A sentence's subject, computed on first use; only sentences already read have one. */
  const subjectOf = (j: number): SpeakerRef | null => {
    const found = events[j];
    if (found === undefined) return null;
    if (subjects[j] === undefined) subjects[j] = findSubject(frame, frame.sentences[j]!, found, resolve);
    return subjects[j] ?? null;
  };
  const resolve: ResolveMention = (s, m, earlier) =>
    m.kind === 'name' ? resolveName(frame, s, m) : resolveReference(frame, s, m, earlier, subjectOf);
  const read = (j: number): void => {
    events[j] = findSpeechEvents(frame, frame.sentences[j]!, resolve);
  };
  const ensure = (index: number): void => {
    if (events[index] !== undefined || !frame.sentences[index]) return;
    for (let j = Math.max(0, index - LOOKBACK_SENTENCES); j <= index; j++)
      if (events[j] === undefined) read(j);
  };
  return {
    frame,
    eventsOf: (index) => {
      ensure(index);
      return events[index] ?? [];
    },
    subjectOf: (index) => {
      ensure(index);
      return subjectOf(index);
    },
    eventAt: (index, token) => {
      ensure(index);
      const s = frame.sentences[index];
      const known = events[index] ?? [];
      const tok = s?.tokens[token];
      if (!s || !tok) return null;
      const hit = known.find((e) => e.cue.start <= tok.start && tok.end <= e.cue.end);
      // Only speech acts before the cue can frame it: a later one ('…, reminding them that X has
      // denounced …') reports other words, and its speaker is not this cue's. Listed only when
      // the cue is read afresh.
      const event =
        hit ??
        readVerbEvent(
          frame,
          s,
          token,
          learnedCueVerb(tok.norm),
          known.filter((e) => e.cue.end <= tok.start),
          resolve,
        );
      // Reported speech only: a direct quote inside a complement keeps its own speaker's words.
      return embedInOuterReport(frame, s, event, known);
    },
  };
}

/**
 * A German or French report's frame (speakers/08-foreign-frame.ts): the name it gives, else its
 * title resolved as an English role noun would be ("la ministre" → the minister the article named).
 */
function attributeForeignFrame(
  a: FrameAnalysis,
  s: Sentence,
  openAt: number,
  closeAt: number,
): Attribution | null {
  const found = findForeignFrame(a.frame, s, openAt, closeAt);
  if (!found) return null;
  const { mention: m, sentence } =
    (found.mention.kind === 'role' ? findForeignTitleHolder(a.frame, found.sentence, found.mention) : null) ??
    found;
  const earlier = a.eventsOf(sentence.index).filter((e) => e.cue.end <= m.start);
  const speaker =
    (m.kind === 'role' ? resolveReference(a.frame, sentence, m, earlier, (j) => a.subjectOf(j)) : null) ??
    resolveName(a.frame, sentence, m);
  return speaker
    ? { speaker, cue: found.cue, rule: 'speaker.foreign-frame', hasCue: true, sentence: s }
    : null;
}

/** A cue word outside the lexicon, read as a reporting verb that does not invert. */
function learnedCueVerb(norm: string): SpeechVerb {
  return (
    SPEECH_VERB_FORMS.get(norm) ?? {
      lemma: norm,
      forms: [norm],
      class: 'reports',
      inverts: false,
      example: '',
    }
  );
}

/** Speakers of the speech events in the sentences before `pos` (and in its own before it), for carry-over. */
export function findRecentSpeakers(a: FrameAnalysis, pos: number): SpeakerMark[] {
  const s = sentenceAt(a.frame, pos);
  if (!s) return [];
  const out: SpeakerMark[] = [];
  for (let j = Math.max(0, s.index - LOOKBACK_SENTENCES); j <= s.index; j++) {
    for (const e of a.eventsOf(j))
      if (e.speaker && e.cue.end <= pos) out.push({ at: e.cue.end, speaker: e.speaker });
  }
  return out;
}

/** The sentence's topic: who its first speech act is by, else its grammatical subject. */
function findSubject(
  frame: Frame,
  s: Sentence,
  events: readonly SpeechEvent[],
  resolve: ResolveMention,
): SpeakerRef | null {
  const spoken = events.find((e) => e.speaker !== null && e.how !== 'passive-agent');
  if (spoken) return spoken.speaker;
  const m = findSentenceSubject(frame, s, s.tokens.length);
  return m ? resolve(s, m, events) : null;
}

const RULE_OF_HOW: Record<SubjectHow, string> = {
  name: 'speaker.said-verb',
  inverted: 'speaker.said-verb',
  inherited: 'speaker.said-verb',
  'passive-agent': 'speaker.said-verb',
  appositive: 'speaker.appositive',
  pronoun: 'speaker.pronoun',
  role: 'speaker.role-noun',
  'according-to': 'speaker.according-to',
  passive: 'speaker.passive-source',
  quantity: 'speaker.quantity-subject',
  none: 'speaker.none',
};

/**
 * Words a `describes` verb (criticise, call, urge) may stand from the quoted phrase it frames:
 * "dismissed these claims as “fiction”" is 3; in "urging Washington to abandon … becoming part of
 * the ‘war party’" (17) the verb frames something else. Reporting verbs ("warned that …") govern
 * their whole clause and have no limit. Read off news prose, not tuned on the seeds.
 */
const MAX_DESCRIBE_CUE_WORDS = 8;

/**
 * After a closing mark: only punctuation and space before the attribution ("…,” he said"), and
 * any further closing marks (a nested quote's "…’” he said", the second apostrophe of ''…'').
 */
const ADJACENT = /^[\s,.;:!?\u2014\u2013”’"'»-]*$/u;
/** A trailing dash attribution: "…” — Sergei Ivanov, foreign minister". */
const DASH_LEAD = /^\s*[,.]?\s*[\u2014\u2013\u2015]\s*/u;
/**
 * The same with a typewriter dash ("…" - Lund.): a hyphen or two set off by spaces. A hyphen also
 * joins clauses ("…" - Lund has said worse), so this form only counts when the name ends the clause.
 */
const HYPHEN_LEAD = /^\s*[,.]?\s+(?:-|--)\s+/u;
/** What may follow the name of a hyphen attribution: the clause's end or a description after a comma. */
const HYPHEN_NAME_CLOSE = /^\s*(?:[.,;]|$)/u;

/**
 * A tag right after the closing mark whose subject is a name or a role ("…,” the city attorney
 * said): it says who spoke, over a colon before the quotation that only sets the scene ("The judge
 * wanted numbers, and got some: “…,” the city attorney said"). A pronoun tag ("…,” she said") goes
 * back to the colon's person and leaves it be.
 */
function namedTagAfter(a: FrameAnalysis, openAt: number, closeAt: number): boolean {
  const tail = sentenceAt(a.frame, closeAt);
  if (!tail) return false;
  for (const e of a.eventsOf(tail.index)) {
    if (e.cue.start <= closeAt || !isNearEnough(a.frame.masked, e, openAt, closeAt)) continue;
    const from = Math.min(
      e.cue.start,
      e.subject && e.subject.start > closeAt ? e.subject.start : e.cue.start,
    );
    if (!ADJACENT.test(a.frame.masked.slice(closeAt + 1, from))) return false;
    return e.speaker !== null && e.subject !== null && e.subject.kind !== 'pronoun';
  }
  return false;
}

/**
 * Attribute one quotation. The cascade, first match wins:
 * 1. colon lead-in (`Name: “…”`), then a speech verb whose comma or colon opens the quotation
 *    ("… and said, “…”"), even when a closing report follows;
 * 2. a speech act right after the closing mark (“…,” Ivanov said / said Ivanov / he said), or a
 *    trailing dash attribution;
 * 3. the nearest speech act before the opening mark in the same sentence (its subject found by
 *    name, appositive, pronoun or role noun, or shared with an earlier verb);
 * 4. a later speech act in the same sentence;
 * 5. a passive report with no agent ("we were informed that “…”"): the party named just before;
 * 6. carry-over: the speaker of the nearest earlier statement, when `carry` is allowed.
 */
export function attributeQuote(
  a: FrameAnalysis,
  q: Span & { openAt: number; closeAt: number },
  carry: SpeakerMark[] | null,
): Attribution {
  const frame = a.frame;
  const closeAt = q.closeAt >= 0 ? q.closeAt : q.end;
  const s = sentenceAt(frame, q.openAt);
  const foreign = s ? attributeForeignFrame(a, s, q.openAt, closeAt) : null;
  if (foreign) return foreign;
  if (s) {
    const colon = findColonLeadIn(frame, s, q.openAt);
    if (colon) {
      // "The Ohio Democrat pressed him: “…”": a role is the person the article named with it, as
      // for a role subject of a cue; a role naming no one stays as the label wrote it.
      const named =
        colon.speaker || colon.mention.kind !== 'role'
          ? null
          : resolveReference(
              frame,
              s,
              colon.mention,
              a.eventsOf(s.index).filter((e) => e.cue.end <= colon.mention.start),
              (j) => a.subjectOf(j),
            );
      // An unnamed source the role goes back to ("a senior official … the same official was
      // blunt:") is taken as well as a named one; the role alone stays as written.
      const found = named && (named.entity || named.start !== colon.mention.start) ? named : null;
      const speaker = colon.speaker ?? found ?? resolveName(frame, s, colon.mention);
      if (speaker && !namedTagAfter(a, q.openAt, q.closeAt >= 0 ? q.closeAt : q.end))
        return { speaker, cue: colon.cue, rule: 'speaker.colon-lead-in', hasCue: true, sentence: s };
    }
  }
  const tail = sentenceAt(frame, closeAt);
  const near = (e: SpeechEvent): boolean => isNearEnough(frame.masked, e, q.openAt, closeAt);
  // "He shouted and said, “…,” the office said.": a quotation right after its verb's comma or
  // colon is that verb's complement; the closing report is the outer source of the whole.
  const lead = s ? findLeadingCue(a, s, q.openAt) : null;
  if (lead) return fromEvent(lead, s!);
  const tailEvents = tail ? a.eventsOf(tail.index).filter(near) : [];
  let tagGender: Gender | null = null;
  for (const e of tailEvents) {
    if (e.cue.start <= closeAt) continue;
    const from = Math.min(
      e.cue.start,
      e.subject && e.subject.start > closeAt ? e.subject.start : e.cue.start,
    );
    if (!ADJACENT.test(frame.masked.slice(closeAt + 1, from))) break;
    if (e.speaker) return relayOrSelf(a, fromEvent(e, tail!), e, q.openAt, carry);
    // speaker.unresolved-they: "“…,” they said" names a group; with none in reach the quote stays
    // unattributed rather than carrying the last speaker (often a country or one person).
    if (e.subject?.kind === 'pronoun' && e.subject.refersTo === 'group')
      return { speaker: null, cue: e.cue, rule: null, hasCue: true, sentence: tail! };
    // "“…,” she said" with no "she" found: whoever the words are carried to must be a "she".
    if (e.subject?.kind === 'pronoun') tagGender = GENDER_OF_PRONOUN.get(e.subject.head) ?? null;
    break;
  }
  const spilled = tail ? findSpilledAttribution(a, tail, closeAt) : null;
  if (spilled?.speaker)
    return { ...fromEvent(spilled, frame.sentences[tail!.index + 1]!), rule: 'speaker.spilled-attribution' };
  const next =
    tail && !spilled && /[?!]$/u.test(frame.text.slice(q.start, closeAt).trimEnd())
      ? spilledSentence(frame, tail, closeAt)
      : null;
  const spilledVerb = next ? findSpilledUnlistedVerb(frame, next) : null;
  if (spilledVerb)
    return { ...spilledVerb, rule: 'speaker.spilled-attribution', hasCue: true, sentence: next };
  if (tail) {
    const dash = findDashAttribution(frame, tail, closeAt) ?? findDashLineAttribution(frame, tail, closeAt);
    if (dash) return dash;
    const label = findColonLabelAfter(frame, tail, closeAt);
    if (label) return { ...label, rule: 'speaker.colon-label-after', hasCue: true, sentence: tail };
  }
  const events = s ? a.eventsOf(s.index).filter(near) : [];
  const before = events.filter((e) => e.cue.end <= q.openAt);
  for (let i = before.length - 1; i >= 0; i--) if (before[i]!.speaker) return fromEvent(before[i]!, s!);
  // After a cue before the quotation: "Critics called it a “deal,” Congress passes …" is theirs.
  const unlisted = tail ? findUnlistedVerbAttribution(frame, tail, { ...q, closeAt }) : null;
  const leadIn = unlisted ?? (s ? findUnlistedVerbLeadIn(frame, s, q.openAt, closeAt) : null);
  if (leadIn)
    return { ...leadIn, rule: 'speaker.unlisted-verb', hasCue: true, sentence: unlisted ? tail : s };
  const after = tailEvents.filter((e) => e.cue.start > closeAt);
  for (const e of after) if (e.speaker) return fromEvent(e, tail!);
  const passive = [...before].reverse().find((e) => e.how === 'passive');
  if (passive && s) {
    const source = findPassiveSource(a, s, passive);
    return {
      speaker: source,
      cue: passive.cue,
      rule: source ? RULE_OF_HOW.passive : null,
      hasCue: true,
      sentence: s,
    };
  }
  const demand =
    s && before.length === 0 && after.length === 0
      ? findDemandVerbSpeaker(frame, s, q.openAt, a.eventsOf(s.index), (j) => a.subjectOf(j))
      : null;
  if (demand) return { ...demand, rule: 'speaker.demand-verb', hasCue: true, sentence: s };
  const hasCue = before.length > 0 || after.length > 0;
  const cue = before.at(-1)?.cue ?? after[0]?.cue ?? null;
  if (carry) {
    const recent = [...carry, ...findRecentSpeakers(a, q.openAt), ...findIntroducedSpeaker(a, q.openAt)];
    const agreeing = tagGender
      ? recent.filter((m) => genderOfRef(m.speaker) !== otherGender(tagGender!))
      : recent;
    const speaker = findCarriedSpeaker(frame.text, agreeing, q.openAt);
    if (speaker) return { speaker, cue, rule: 'speaker.carry-over', hasCue, sentence: s };
  }
  return { speaker: null, cue, rule: null, hasCue, sentence: s };
}

/** Between a verb and the quotation it introduces: a comma or colon, nothing else. */
const LEAD_GAP = /^\s*[,:]\s*$/u;

/**
 * The speech act whose cue ends right before the quotation's opening mark, set off by a comma or
 * colon ("and said, “…”"), with a speaker; a verb of the lexicon only (a learned cue word may be a
 * noun: "his plans, “…”").
 */
function findLeadingCue(a: FrameAnalysis, s: Sentence, openAt: number): SpeechEvent | null {
  const e = a
    .eventsOf(s.index)
    .filter((ev) => ev.cue.end <= openAt)
    .at(-1);
  if (!e?.speaker || !e.verb || e.passive) return null;
  if (!SPEECH_VERB_FORMS.has(e.verb.lemma)) return null;
  return LEAD_GAP.test(a.frame.masked.slice(e.cue.end, openAt)) ? e : null;
}

/** The gender a pronoun of `g` rules out. */
function otherGender(g: Gender): Gender {
  return g === 'male' ? 'female' : 'male';
}

/** Head words of an outlet that reports others' words ("the agency reported", "the paper reported"). */
const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'agency',
  'newspaper',
  'paper',
  'daily',
  'weekly',
  'radio',
  'television',
  'tv',
  ...MEDIA_HEADS.map((m) => m.word),
]);

/**
 * speaker.relayed-by-outlet: "“…,” the agency reported" after a named speaker's statement: the
 * outlet relays the words of the speaker being reported, so that speaker (the carried one) is
 * taken and the outlet becomes the venue. With no earlier speaker the outlet stays the speaker.
 */
function relayOrSelf(
  a: FrameAnalysis,
  att: Attribution,
  e: SpeechEvent,
  openAt: number,
  carry: SpeakerMark[] | null,
): Attribution {
  const outlet = e.speaker;
  if (!carry || !outlet || e.verb?.lemma !== 'report') return att;
  const head = outlet.surface.split(/\s+/u).at(-1)!.toLowerCase();
  if (outlet.type !== 'media' && !OUTLET_WORDS.has(head)) return att;
  const marks = [...carry, ...findRecentSpeakers(a, openAt)].filter((m) => !isSameSpeaker(outlet, m.speaker));
  const speaker = findCarriedSpeaker(a.frame.text, marks, openAt);
  if (!speaker) return att;
  return { ...att, speaker, rule: 'speaker.relayed-by-outlet', medium: mediumName(outlet.surface) };
}

/**
 * speaker.spilled-attribution: “Why is this not proof?” Vannoy demanded. — a quotation ending in
 * a question or exclamation mark ends a sentence for the splitter, so its attribution ("Vannoy
 * demanded.") stands as a sentence of its own. When the quotation closes its sentence and the
 * next one, on the same line, is only a subject and a speech verb (the verb last but for a few
 * words: "Vannoy demanded on Tuesday."), that verb attributes the quotation; without this the
 * quote would carry the previous speaker.
 */
function findSpilledAttribution(a: FrameAnalysis, tail: Sentence, closeAt: number): SpeechEvent | null {
  const next = spilledSentence(a.frame, tail, closeAt);
  if (!next) return null;
  const e = a.eventsOf(next.index)[0];
  if (!e?.subject || e.subject.start !== next.start || e.how === 'inherited') return null;
  const after = next.tokens.length - 1 - e.token;
  // "Trump said, looking out on the crowd.": a comma right after the verb ends the attribution.
  const aside = after > 0 && /^\s*,\s*$/u.test(gapBetween(a.frame, next, e.token, e.token + 1));
  // "Trump told the station in an interview aired Monday.": "tell" takes its listener and
  // adjuncts, not a clause, unless a "that" opens one.
  const told = e.verb?.lemma === 'tell' && !/\bthat\b/u.test(a.frame.masked.slice(e.cue.end, next.end));
  // "Voss said as he opened the session.", "Voss said in a statement on Tuesday.": a preposition or
  // a subordinator right after the verb opens an adjunct, never the reported clause.
  const adjunct = after > 0 && ADJUNCT_OPENERS.has(next.tokens[e.token + 1]!.norm);
  return after <= MAX_SPILLED_TAIL_WORDS || aside || told || adjunct ? e : null;
}

/** The sentence after the quotation's, on the same line, when the quotation closes its own. */
function spilledSentence(frame: Frame, tail: Sentence, closeAt: number): Sentence | null {
  const next = frame.sentences[tail.index + 1];
  if (!next || !isSpilledClose(frame.text, frame.masked, closeAt, tail.end)) return null;
  return /^[ \t]*$/u.test(frame.masked.slice(tail.end, next.start)) ? next : null;
}

/**
 * Whether only space and stops follow the quotation's close to its sentence's end; for a doubled
 * apostrophe (''Why?'') its second apostrophe too, when a question or exclamation mark ends the
 * quotation inside (where the curly "?”" splits the same way).
 */
function isSpilledClose(text: string, masked: string, closeAt: number, end: number): boolean {
  const rest = masked.slice(closeAt + 1, end);
  if (/^[\s.,]*$/u.test(rest)) return true;
  return text[closeAt] === "'" && /[?!]$/u.test(text.slice(0, closeAt)) && /^'[\s.,]*$/u.test(rest);
}

/** Words opening an adjunct after a speech verb: prepositions and adverbial subordinators. */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  'as',
  'while',
  'when',
  'because',
  'once',
]);

/** Words a spilled attribution may hold after its verb ("Vannoy demanded on Tuesday"). */
const MAX_SPILLED_TAIL_WORDS = 3;

/** A `describes` verb counts only close to the quote; a reporting verb anywhere in the sentence. */
function isNearEnough(masked: string, e: SpeechEvent, openAt: number, closeAt: number): boolean {
  if (!e.verb || e.verb.class === 'reports') return true;
  const between =
    e.cue.end <= openAt ? masked.slice(e.cue.end, openAt) : masked.slice(closeAt + 1, e.cue.start);
  return (between.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_DESCRIBE_CUE_WORDS;
}

function isSameSpeaker(a: SpeakerRef, b: SpeakerRef | null): boolean {
  if (b === null) return false;
  return a.entity !== null || b.entity !== null ? a.entity === b.entity : a.name === b.name;
}

function fromEvent(e: SpeechEvent, s: Sentence): Attribution {
  return {
    speaker: e.speaker,
    cue: e.cue,
    rule: e.medium ? 'speaker.quoted-as-saying' : RULE_OF_HOW[e.how],
    hasCue: true,
    sentence: s,
    medium: e.medium ? mediumName(e.medium.surface) : null,
  };
}

/** "the Kyodo news agency" → "Kyodo news agency": the outlet as a venue names it. */
function mediumName(surface: string): string {
  return surface.replace(/^the\s+/iu, '').replace(/['’]s$/u, '');
}

function findDashAttribution(frame: Frame, s: Sentence, closeAt: number): Attribution | null {
  const rest = frame.masked.slice(closeAt + 1, s.end);
  const hyphen = HYPHEN_LEAD.exec(rest);
  const lead = DASH_LEAD.exec(rest) ?? hyphen;
  if (!lead) return null;
  const at = closeAt + 1 + lead[0].length;
  const k = s.tokens.findIndex((t) => t.start >= at);
  if (k < 0 || s.tokens[k]!.start !== at) return null;
  const m = mentionStartingAt(frame, s, k);
  if (m?.kind !== 'name') return null;
  if (lead === hyphen && !HYPHEN_NAME_CLOSE.test(frame.masked.slice(m.end, s.end))) return null;
  const speaker = resolveName(frame, s, m);
  if (!speaker) return null;
  return {
    speaker,
    cue: { start: closeAt + 1, end: m.end },
    rule: 'speaker.dash-attribution',
    hasCue: true,
    sentence: s,
  };
}

/** A dash opening a line of its own after a quotation that ends its paragraph. */
const DASH_LINE_LEAD = /^[ \t]*\n\s*(?:[\u2014\u2013\u2015]|--?)[ \t]*$/u;

/**
 * speaker.dash-line: a quotation closing its paragraph and a line holding only a dash and a name
 * ("…”¶— Ada Lund." or "— Ada Lund, senator") set the quotation off as that person's, as
 * fact-check and quote-list pieces print it. Only a person's name (an outlet's credit line,
 * "— Reuters.", is no speaker) opening the line and ending it or followed by a description.
 */
function findDashLineAttribution(frame: Frame, s: Sentence, closeAt: number): Attribution | null {
  if (frame.masked.slice(closeAt + 1, s.end).trim() !== '') return null;
  const next = frame.sentences[s.index + 1];
  const first = next?.tokens[0];
  if (!next || !first || !DASH_LINE_LEAD.test(frame.masked.slice(closeAt + 1, first.start))) return null;
  const m = mentionStartingAt(frame, next, 0);
  if (m?.kind !== 'name' || !/^\s*(?:,|\.?\s*$)/u.test(frame.masked.slice(m.end, next.end))) return null;
  const speaker = resolveName(frame, next, m);
  if (!speaker || (speaker.type !== 'person' && speaker.type !== null)) return null;
  return {
    speaker,
    cue: { start: first.start, end: m.end },
    rule: 'speaker.dash-line',
    hasCue: true,
    sentence: next,
  };
}

/**
 * "We have been informed that “…”": the informant is not the subject; take the nearest name
 * before the verb in this sentence or the previous one ("no response from Washington. We were
 * told …"). A weak rule, recorded as `speaker.passive-source`.
 */
function findPassiveSource(a: FrameAnalysis, s: Sentence, e: SpeechEvent): SpeakerRef | null {
  const frame = a.frame;
  for (const sentence of [s, frame.sentences[s.index - 1]]) {
    if (!sentence) continue;
    const limit = sentence === s ? e.token : sentence.tokens.length;
    for (let k = limit - 1; k >= 0; k--) {
      const m = mentionEndingAt(frame, sentence, k);
      if (m?.kind !== 'name') continue;
      const r = resolveName(frame, sentence, m);
      if (r && !isSameSpeaker(r, frame.self)) return r;
      k = m.from;
    }
  }
  return null;
}
