import type { Span } from '../../model/span.ts';
import { type Mention, mentionEndingAt, mentionStartingAt, resolveName, ROLE_HEADS } from './clause.ts';
import { type Frame, type Sentence, type SpeakerRef, speakerRefOf } from './frame.ts';
import { findTitledHolder } from './role-holder.ts';
import { isCommunicationNoun } from '../../nlp/wordnet/communication.ts';
import { isVerbForm } from './07-unlisted-verb.ts';
import { mayNamePerson } from './03-appositive.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { IRREGULAR_BASE } from '../../nlp/lexicons/irregular-forms.ts';
import { AUXILIARIES } from '../../nlp/lexicons/function-words.ts';

/** Longest label before a colon read as a speaker ("Lendovan Foreign Minister Aurel Brannik:"). */
const MAX_LEAD_IN_WORDS = 7;
/**
 * Longest topic after the speaker in a headline label ("Varn on the harbour levy:"): headlines
 * name the subject in a few words; a longer stretch is a sentence of its own.
 */
const MAX_TOPIC_WORDS = 4;
/**
 * Longest clause between a person and the colon that hands them the quote ("the mayor was blunt:",
 * "the president went soft first:"). A longer clause describes more than the manner of saying.
 */
const MAX_MANNER_WORDS = 4;
/**
 * Longest headline after a `Name:` label that holds a quoted phrase ("Varn: the levy is “a
 * bridge” to the port"): a headline's words after the label are the speaker's claim.
 */
const MAX_HEADLINE_WORDS = 12;

const TOPIC_LEAD = /^\s+(?:on|about|over)\s+/u;
/** Characters read for an entry's time: "12:45 p.m. – " and the entry's first letter. */
const ENTRY_TIME_CHARS = 24;
/** A clock time opening a live blog's entry ("4:12 p.m. ", "16:40 – "), then the entry's first word. */
const ENTRY_TIME =
  /^\d{1,2}[:.]\d{2}(?:[ \u00a0]?[AaPp]\.?[Mm]\.?)?[ \u00a0]*(?:[-–—|][ \u00a0]*)?(?=\p{Lu})/u;
/** A party or state label in brackets after a name ("(R-S.C.)", "(D)"). */
const BRACKETED_LABEL = /^\s*\([^()]{1,24}\)$/u;
/** A clause of reported speech or a second party: left to the said-verb rule. */
const NOT_MANNER =
  /\b(?:that|said|says|told|asked|quoted|quotes|cited|cites|when|if|because|as|after|before)\b|["“”«»]/u;

/**
 * `Name: “…”` — a speaker name and a colon right before the opening mark, with nothing else
 * between the sentence start and the mark. Headlines, live blogs and pull quotes use it; a clause
 * before the colon ("He stressed that …: “…”") is left to the said-verb rule. Three more forms of
 * the same lead-in, each its own small rule below: a headline topic ("Varn on the levy: “…”"), a
 * short manner clause after a person ("The mayor was blunt: “…”"), and a headline label whose
 * claim holds the quoted phrase ("Varn: the levy is “a bridge” to the port").
 */
export interface ColonLeadIn {
  mention: Mention;
  cue: Span;
  /** The person an office label stands for ("The president was blunt:"), already resolved. */
  speaker?: SpeakerRef | null;
}

export function findColonLeadIn(frame: Frame, s: Sentence, mark: number): ColonLeadIn | null {
  // A doubled-apostrophe mark ('') opens at its second apostrophe: the label ends before the first.
  const openAt =
    mark > s.start && frame.masked[mark] === "'" && frame.masked[mark - 1] === "'" ? mark - 1 : mark;
  // A live blog's entry opens with its time ("4:12 p.m. The mayor on fares: “…”"): the label
  // starts after it, and the time's colon is not the label's.
  // Read only where the sentence opens on a figure: a line of many quotations is read per gap.
  const timed = /\d/u.test(frame.masked[s.start] ?? '')
    ? ENTRY_TIME.exec(frame.masked.slice(s.start, Math.min(openAt, s.start + ENTRY_TIME_CHARS)))
    : null;
  const start = s.start + (timed?.[0].length ?? 0);
  const shape = leadInShape(frame.masked, start, openAt);
  if (shape.colon < 0 && !shape.quoteFree) return null;
  // Sliced only for the forms that read from the sentence start (once per sentence at most).
  const before = shape.soleColon || shape.quoteFree ? frame.masked.slice(start, openAt) : '';
  const m = shape.soleColon ? /^\s*([^\s:：][^:：]*?)\s*[:：]\s*$/u.exec(before) : null;
  if (!m)
    return (
      (shape.quoteFree ? findHeadlineLabel(frame, s, before, start) : null) ??
      findDashedLabel(frame, s, shape.barrier, openAt)
    );
  const label = m[1]!;
  const labelEnd = start + before.indexOf(label) + label.length;
  const colonAt = start + before.search(/[:：]\s*$/u);
  const opening = s.tokens.findIndex((t) => t.start >= start);
  if (opening < 0) return null;
  // "But the mayor was blunt:": a coordinator opening the sentence links it to the one before,
  // and the clause's subject follows it.
  const first =
    OPENING_COORDINATORS.has(s.tokens[opening]!.norm) && s.tokens[opening + 1] ? opening + 1 : opening;
  const mention = mentionStartingAt(frame, s, first);
  const rest = mention ? frame.masked.slice(mention.end, labelEnd) : '';
  const afterAside = skipAside(rest);
  const asideWords = countWords(rest) - countWords(afterAside);
  if (label.split(/\s+/).length - asideWords <= MAX_LEAD_IN_WORDS && mention && mention.kind !== 'pronoun') {
    const cue = { start: mention.start, end: colonAt + 1 };
    // "Rep. Trey Gowan (R-S.C.):": a party label in brackets belongs to the name.
    if (mention.end === labelEnd || BRACKETED_LABEL.test(rest)) return withHolder(frame, { mention, cue });
    if (isHeadlineTopic(rest, mention) || isMannerClause(afterAside, mention))
      return withHolder(frame, { mention, cue });
  }
  const subject =
    mention && isPredicateLeadIn(afterAside, mention, mayNamePerson(frame, mention))
      ? mention
      : findModifiedSubject(frame, s, first, labelEnd);
  if (subject)
    return withHolder(frame, { mention: subject, cue: { start: subject.start, end: colonAt + 1 } });
  const possessed = findPossessedName(frame, s, first, labelEnd);
  if (possessed)
    return withHolder(frame, { mention: possessed, cue: { start: possessed.start, end: colonAt + 1 } });
  const owner = mention ? null : findSpeechOwner(frame, s, first, labelEnd);
  if (owner) return withOwner(frame, { mention: owner, cue: { start: owner.start, end: colonAt + 1 } });
  const role = mention ? null : findRoleSpeechOwner(frame, s, first, labelEnd);
  if (role) return withHolder(frame, { mention: role, cue: { start: role.start, end: colonAt + 1 } });
  return (
    findMannerAfterClause(frame, s, labelEnd, colonAt) ?? findDashedLabel(frame, s, shape.barrier, openAt)
  );
}

/** Quotation marks no headline label or dashed label holds (the marks their patterns exclude). */
const LABEL_QUOTE_MARKS = '"“”«»';
const isColon = (c: string): boolean => c === ':' || c === '：';

/**
 * What the stretch from the sentence start to an opening mark allows, read backwards only as far
 * as each answer needs: a sentence of thousands of quotations then costs the gaps between them,
 * not the whole sentence per quotation (running the patterns on it was quadratic).
 */
interface LeadInShape {
  /** The colon ending the stretch (white space after it aside), else -1. */
  colon: number;
  /** That colon is the stretch's only one: a whole-sentence label may hold it. */
  soleColon: boolean;
  /** No quotation mark in the stretch: a headline label may hold it. */
  quoteFree: boolean;
  /** Past the last quotation mark or other colon before the final colon (`openAt` with no colon): a dashed label starts no earlier. */
  barrier: number;
}

export function leadInShape(masked: string, start: number, openAt: number): LeadInShape {
  let k = openAt - 1;
  while (k >= start && /\s/u.test(masked[k]!)) k--;
  const colon = k >= start && isColon(masked[k]!) ? k : -1;
  let quoteFree = true;
  for (let i = openAt - 1; i >= start && quoteFree; i--)
    if (LABEL_QUOTE_MARKS.includes(masked[i]!)) quoteFree = false;
  if (colon < 0) return { colon, soleColon: false, quoteFree, barrier: openAt };
  let soleColon = true;
  for (let i = colon - 1; i >= start && soleColon; i--) if (isColon(masked[i]!)) soleColon = false;
  let barrier = colon;
  while (
    barrier > start &&
    !LABEL_QUOTE_MARKS.includes(masked[barrier - 1]!) &&
    !isColon(masked[barrier - 1]!)
  )
    barrier--;
  return { colon, soleColon, quoteFree, barrier };
}

/** Most words of a name before its possessive ("Prime Minister Ada Lund's"). */
const MAX_OWNER_WORDS = 5;
/** "'s" / "’s" closing a possessive name token. */
const POSSESSIVE_S = /['’]s$/u;
/**
 * After the possessive: a word or two in lower case, then the noun ("flood promise", "warning"),
 * perhaps singled out by a time ("line of the day", "quote of the night").
 */
const POSSESSED_NOUN =
  /^((?:\s+\p{Ll}[\p{L}-]*){0,2}?)\s+(\p{Ll}[\p{L}-]*)(?:\s+of\s+the\s+(?:day|night|week|evening|debate|session))?$/u;

/**
 * "Freight industry’s Glen Roe: “…”", "The port authority’s Ilsa Varn: “…”": a live blog's label
 * names the speaker after whom they speak for, in the possessive. The name closing the label is
 * the speaker; the possessor is a body, not a person speaking.
 */
function findPossessedName(frame: Frame, s: Sentence, first: number, labelEnd: number): Mention | null {
  for (let k = first; k < s.tokens.length && k - first < MAX_OWNER_WORDS; k++) {
    const tok = s.tokens[k]!;
    if (tok.end >= labelEnd) return null;
    if (!POSSESSIVE_S.test(tok.text)) continue;
    const named = mentionStartingAt(frame, s, k + 1);
    return named && named.kind !== 'pronoun' && named.end === labelEnd ? named : null;
  }
  return null;
}

/**
 * speaker.colon-lead-in (possessed speech): "Brannock's rail pledge: trains “will run …”",
 * "Varn’s warning: “…”" — a headline names the words by the speaker's possessive and a noun of
 * what is said (a WordNet noun of communication: promise, warning, message, plea, claim); the
 * possessor, without its "'s", is the speaker. A noun of anything else ("Lund's flood plan:") is a
 * topic, not a speech, and gives nobody.
 */
function findSpeechOwner(frame: Frame, s: Sentence, first: number, labelEnd: number): Mention | null {
  let k = first;
  while (k < s.tokens.length && k - first < MAX_OWNER_WORDS && !POSSESSIVE_S.test(s.tokens[k]!.text)) {
    if (!/^\p{Lu}/u.test(s.tokens[k]!.text)) return null;
    k++;
  }
  const owner = s.tokens[k];
  if (!owner || !POSSESSIVE_S.test(owner.text) || !/^\p{Lu}/u.test(owner.text) || owner.end >= labelEnd)
    return null;
  const noun = POSSESSED_NOUN.exec(frame.masked.slice(owner.end, labelEnd));
  if (!noun || !isCommunicationNoun(noun[2]!)) return null;
  const start = s.tokens[first]!.start;
  const end = owner.end - 2;
  const surface = frame.text.slice(start, end);
  return {
    kind: 'name',
    start,
    end,
    surface,
    from: first,
    to: k + 1,
    definite: true,
    refersTo: 'person',
    head: '',
  };
}

/**
 * speaker.colon-lead-in (a role's speech): "The mayor's answer: “…”", "The chief's warning: “…”"
 * — as findSpeechOwner, the possessor a definite role of a person instead of a name; the holder
 * of the role the article names is the speaker.
 */
function findRoleSpeechOwner(frame: Frame, s: Sentence, first: number, labelEnd: number): Mention | null {
  const article = s.tokens[first];
  const owner = s.tokens[first + 1];
  if (article?.norm !== 'the' || !owner || !POSSESSIVE_S.test(owner.text) || owner.end >= labelEnd)
    return null;
  const head = owner.text.slice(0, -2).toLowerCase();
  if (ROLE_HEADS.get(head) !== 'person') return null;
  const noun = POSSESSED_NOUN.exec(frame.masked.slice(owner.end, labelEnd));
  if (!noun || !isCommunicationNoun(noun[2]!)) return null;
  const end = owner.end - 2;
  return {
    kind: 'role',
    start: article.start,
    end,
    surface: frame.text.slice(article.start, end),
    from: first,
    to: first + 2,
    definite: true,
    refersTo: 'person',
    head,
  };
}

/** A kicker, a dash, then `Name:` right before the quote ("POLLS TOO EARLY - Ada Lund and Ivo Brandt: “"). */
const DASHED_LABEL =
  /(?:\s[-\u2013\u2014]|[\u2013\u2014]|--)\s*([^\s:：\u2013\u2014-][^:：\u2013\u2014"“”«»]*?)\s*[:：]\s*$/u;

/**
 * speaker.colon-lead-in (dashed): "POLLS NOT WRONG, JUST EARLY - Ada Lund: “…”", "Pollsters
 * agree — Ivo Brandt: “…”" — a digest's kicker line, a dash, then the author's or speaker's
 * name and a colon: the label after the dash hands over the quote as a whole-sentence label does.
 * Only a name (two coordinated names give the first: "Ada Lund and Ivo Brandt"), never a role or
 * a clause, and within the lead-in's length.
 */
function findDashedLabel(frame: Frame, s: Sentence, from: number, openAt: number): ColonLeadIn | null {
  // The label and its dash hold no quotation mark and no colon but the last: the pattern is run
  // from past the last of those (`from`), where every match of it before the mark lies.
  const found = DASHED_LABEL.exec(frame.masked.slice(from, openAt));
  const m = found ? Object.assign(found, { index: found.index + from - s.start }) : null;
  if (!m || m[1]!.split(/\s+/u).length > MAX_LEAD_IN_WORDS) return null;
  const labelStart = s.start + m.index + m[0].indexOf(m[1]!);
  const labelEnd = labelStart + m[1]!.length;
  const first = s.tokens.findIndex((t) => t.start >= labelStart);
  const mention = first >= 0 ? mentionStartingAt(frame, s, first) : null;
  if (!mention || mention.kind !== 'name' || mention.start !== labelStart) return null;
  const rest = frame.masked.slice(mention.end, labelEnd);
  if (mention.end !== labelEnd && !/^\s+and\s+\p{Lu}[\p{L}.'’ -]*$/u.test(rest)) return null;
  const colonAt = s.start + m.index + m[0].search(/[:：]/u);
  return withHolder(frame, { mention, cue: { start: mention.start, end: colonAt + 1 } });
}

/**
 * "Asked about the trial, the president was blunt: “…”" — the manner clause after an opening
 * clause set off by a comma: its subject starts after the last comma before the colon.
 */
function findMannerAfterClause(
  frame: Frame,
  s: Sentence,
  labelEnd: number,
  colonAt: number,
): ColonLeadIn | null {
  const comma = frame.masked.lastIndexOf(',', labelEnd);
  if (comma < s.start) return null;
  const k = s.tokens.findIndex((t) => t.start > comma);
  if (k < 0 || s.tokens[k]!.start >= labelEnd) return null;
  const mention = mentionStartingAt(frame, s, k);
  if (!mention || mention.kind === 'pronoun' || mention.end >= labelEnd) return null;
  if (!isMannerClause(frame.masked.slice(mention.end, labelEnd), mention)) return null;
  return withHolder(frame, { mention, cue: { start: mention.start, end: colonAt + 1 } });
}

/**
 * A possessor's name read without its "'s": the speaker rules resolve a name by its tokens, and
 * its token holds the "'s", so the index is asked for the bare name here.
 */
function withOwner(frame: Frame, lead: ColonLeadIn): ColonLeadIn {
  const e = frame.entities.resolve(frame.articleId, lead.mention.surface, lead.mention.start);
  return e ? { ...lead, speaker: speakerRefOf(e, lead.mention.surface, lead.mention) } : lead;
}

/** An office label ("The president", "Surgeon General") is resolved to the person holding it. */
function withHolder(frame: Frame, lead: ColonLeadIn): ColonLeadIn {
  if (
    lead.mention.kind === 'name' &&
    frame.entities.resolve(frame.articleId, lead.mention.surface, lead.mention.start)
  )
    return lead;
  const holder = findTitledHolder(frame, lead.mention);
  return holder ? { ...lead, speaker: holder } : lead;
}

/**
 * speaker.colon-lead-in (topic): "Varn on the harbour levy: “…”" — a headline names the speaker
 * and what the words are about before the colon; the speaker is the name, not the topic.
 */
function isHeadlineTopic(rest: string, mention: Mention): boolean {
  if (mention.kind !== 'name') return false;
  const lead = TOPIC_LEAD.exec(rest);
  if (!lead) return false;
  const topic = rest.slice(lead[0].length).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return topic.length > 0 && topic.length <= MAX_TOPIC_WORDS;
}

/**
 * speaker.colon-lead-in (manner): "The mayor was blunt: “…”", "Varn went further: “…”" — a
 * person and a few words on how they spoke, then a colon: the colon hands the quote to the
 * person. Reported clauses ("that"), other speech verbs and other quotations are not manner.
 */
function isMannerClause(rest: string, mention: Mention): boolean {
  if (mention.refersTo !== 'person' && mention.kind !== 'name') return false;
  if (mention.kind === 'role' && !mention.definite) return false;
  if (NOT_MANNER.test(rest)) return false;
  const words = rest.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.some((w) => /^\p{Lu}/u.test(w))) return false;
  return words.length > 0 && words.length <= MAX_MANNER_WORDS;
}

/** Most words of a predicate between a person and the colon that hands them the quote. */
const MAX_PREDICATE_WORDS = 10;

/**
 * speaker.colon-lead-in (predicate): "Rep. Ada Lund, the panel's senior Republican, pressed the
 * commissioner on the cost: “…”", "Moderator Ivo Brandt opens with the figure everyone knows:
 * “…”" — a named person (or a definite role), a verb right after them and a short predicate,
 * then a colon: whatever the verb, the colon hands the quote to the clause's subject. Reported
 * clauses and speech verbs are the said-verb rule's (NOT_MANNER), as in the manner form.
 */
function isPredicateLeadIn(rest: string, mention: Mention, knownPerson = false): boolean {
  if (
    mention.kind !== 'name' &&
    !(mention.kind === 'role' && mention.definite && mention.refersTo === 'person')
  )
    return false;
  if (NOT_MANNER.test(rest)) return false;
  const words = rest.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length < 2 || words.length > MAX_PREDICATE_WORDS || !/^\s+\p{Ll}/u.test(rest)) return false;
  // "When the dean raised fees, Dr Ostrander answered:": past a comma another clause speaks, and
  // the colon is its speech verb's, not the first person's.
  const comma = rest.indexOf(',');
  if (comma >= 0 && (rest.slice(comma).match(/\p{L}+/gu) ?? []).some((w) => SPEECH_VERB_FORMS.has(w)))
    return false;
  if (isVerbForm(words[0]!, words[0]!.toLowerCase())) return true;
  // "Lund put a price on her support:", "Lund set out her terms:": an irregular past, which bears
  // no ending, after a name that may be a person's (a sentence's first noun, "Prices rose", is no
  // speaker); an auxiliary or a copula ("was", "had") is not the predicate's verb so.
  const first = words[0]!.toLowerCase();
  if (knownPerson && isPlainIrregular(first)) return true;
  // A copula only after a role of a person: a capitalised word before one is as often a sentence's
  // first noun ("Prices are climbing, and fast:") as a name.
  return mention.kind === 'role' && COPULAS.has(words[0]!.toLowerCase());
}

/** An irregular verb form that is no auxiliary or copula ("put", "set", "made"). */
function isPlainIrregular(norm: string): boolean {
  return IRREGULAR_BASE.has(norm) && !AUXILIARIES.has(norm) && !COPULAS.has(norm);
}

/** "The treasurer was upbeat about the audit:": a copula and its predicate say how the person spoke. */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'seemed', 'sounded']);
/** Coordinators that may open a sentence before its subject ("But the mayor was blunt:"). */
const OPENING_COORDINATORS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);

/** Most words of the roles before a name that opens a predicate lead-in ("Council clerk and moderator"). */
const MAX_SUBJECT_MODIFIER_WORDS = 5;

/**
 * The predicate form when the sentence opens on the person's roles before the name ("Council
 * clerk and moderator Ivo Brandt opens with …:"): the name right before the first verb, after
 * a few words with no punctuation between them.
 */
function findModifiedSubject(frame: Frame, s: Sentence, first: number, labelEnd: number): Mention | null {
  for (let v = first + 1; v < s.tokens.length && s.tokens[v]!.end < labelEnd; v++) {
    const verb = s.tokens[v]!;
    // A capitalised word inside the subject is a name's or a place's ("Grey Highlands MP Ana
    // Roe"), however it ends; an irregular past bears no ending ("… Ana Roe put it plainly:").
    if (/^\p{Lu}/u.test(verb.text)) continue;
    if (!isVerbForm(verb.text, verb.norm) && !isPlainIrregular(verb.norm)) continue;
    const m = mentionEndingAt(frame, s, v - 1);
    if (m?.kind !== 'name') return null;
    const before = frame.masked.slice(s.tokens[first]!.start, m.start);
    if (/[^\p{L}\p{N}\s'’-]/u.test(before) || countWords(before) > MAX_SUBJECT_MODIFIER_WORDS) return null;
    return isPredicateLeadIn(frame.masked.slice(m.end, labelEnd), m, mayNamePerson(frame, m)) ? m : null;
  }
  return null;
}

/**
 * Most words of an aside set off by commas between the person and the manner clause ("to his
 * credit"), or of an appositive there ("a technology analyst at Orrin Capital Markets").
 */
const MAX_ASIDE_WORDS = 10;
const ASIDE = /^\s*,([^,:;"“”«»()]+),(?=\s)/u;

/**
 * speaker.colon-lead-in (aside): "Bexley, in fairness, kept it short: “…”" — an aside or
 * appositive set off by two commas after the subject; the clause after it is still the subject's,
 * so the manner clause is read past it. A longer stretch between commas is a clause of its own.
 */
function skipAside(rest: string): string {
  const m = ASIDE.exec(rest);
  if (!m || countWords(m[1]!) > MAX_ASIDE_WORDS) return rest;
  return rest.slice(m[0].length);
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length;
}

/**
 * speaker.colon-lead-in (headline): "Varn: the levy is “a bridge” to the port" — a headline
 * opened by a speaker's name and a colon, the quoted phrase inside the claim that follows. Only
 * for a person the index knows, or an office it resolves to one: a place, a body or a kicker before
 * a colon is a section label ("Harbour: …", "Analysis: …").
 */
function findHeadlineLabel(frame: Frame, s: Sentence, before: string, start: number): ColonLeadIn | null {
  const m = /^\s*([^\s:：][^:："“”«»]*?)[:：]\s+([^:："“”«»]+)$/u.exec(before);
  if (!m) return null;
  if (m[1]!.split(/\s+/u).length > MAX_LEAD_IN_WORDS) return null;
  if ((m[2]!.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length > MAX_HEADLINE_WORDS) return null;
  const first = s.tokens.findIndex((t) => t.start >= start);
  if (first < 0) return null;
  const labelEnd = start + before.indexOf(m[1]!) + m[1]!.trimEnd().length;
  const named = mentionStartingAt(frame, s, first);
  // A name is the whole label; a possessor's noun of speech fills the rest of it ("Lund's promise:").
  const owner = named ? null : findSpeechOwner(frame, s, first, labelEnd);
  const mention = named ?? owner;
  if (!mention || mention.kind !== 'name' || (named && named.end !== labelEnd)) return null;
  const colonAt = start + m[0].search(/[:：]/u);
  const cue = { start: mention.start, end: colonAt + 1 };
  const lead = owner ? withOwner(frame, { mention, cue }) : withHolder(frame, { mention, cue });
  const e = frame.entities.resolve(frame.articleId, mention.surface, mention.start);
  return lead.speaker || e?.type === 'person' ? lead : null;
}

/**
 * speaker.colon-lead-in (question): "Lund's answer? “…”", "Varn's reply? “…”" — a tabloid asks
 * for the words by the speaker's possessive and a noun of what is said, as a sentence of its own,
 * then gives them: the possessor speaks the quote that follows, as after "Lund's answer:". Only
 * such a question: a longer one asks something else.
 */
export function findAskedSpeechOwner(frame: Frame, question: Sentence): SpeakerRef | null {
  const m = /^\s*([^?:："“”«»]+?)\?\s*$/u.exec(frame.masked.slice(question.start, question.end));
  if (!m || question.tokens.length === 0) return null;
  const labelEnd = question.start + m[0].indexOf(m[1]!) + m[1]!.length;
  const owner = findSpeechOwner(frame, question, 0, labelEnd);
  return owner ? (withOwner(frame, { mention: owner, cue: owner }).speaker ?? null) : null;
}

/**
 * speaker.colon-label-after: "Farm bill “a disaster for every family farm”: Brandt" — headlines
 * and captions name the speaker after the quotation, past a colon, as the last words of the line.
 * Only a name the index resolves and that ends the sentence: a colon before more clause is a
 * list or an explanation, not a label.
 */
export function findColonLabelAfter(
  frame: Frame,
  s: Sentence,
  closeAt: number,
): { speaker: SpeakerRef; cue: Span } | null {
  const lead = /^\s*[:：]\s*/u.exec(frame.masked.slice(closeAt + 1, s.end));
  if (!lead) return null;
  const at = closeAt + 1 + lead[0].length;
  const k = s.tokens.findIndex((t) => t.start >= at);
  if (k < 0 || s.tokens[k]!.start !== at) return null;
  const m = mentionStartingAt(frame, s, k);
  if (m?.kind !== 'name' || !/^[\s.!?]*$/u.test(frame.masked.slice(m.end, s.end))) return null;
  const speaker = resolveName(frame, s, m);
  return speaker ? { speaker, cue: { start: closeAt + 1, end: m.end } } : null;
}
