import { TITLE_CASE_SMALL_WORDS } from '../../nlp/lexicons/function-words.ts';
import type { EntityType } from '../../model/entity.ts';
import { isCommonWord, lookupGazetteer } from '../../nlp/gazetteer.ts';
import { GENDER_OF_PRONOUN } from '../../nlp/lexicons/gender-cues.ts';
import { NEWSROOM_CREDIT_WORDS, STREET_WORDS } from '../../nlp/lexicons/newsroom-credits.ts';
import { ORGANIZATION_HEAD_WORDS } from '../../nlp/lexicons/organizations.ts';
import {
  BODY_NOUNS,
  DESCRIPTOR_NOUNS,
  FIRM_NOUNS,
  isPartyMembersNoun,
} from '../../nlp/lexicons/role-nouns.ts';
import { headNounOf } from '../../nlp/roles.ts';
import { AUXILIARY_TIME, MODAL_WORDS } from '../../nlp/lexicons/verb-frames.ts';
import { hasSense, isPluralNoun as hasPluralNounReading, lemmasOf } from '../../nlp/wordnet/wordnet.ts';
import type { SpeechEvent } from './02-said-verb.ts';
import { findSentenceSubject } from './sentence-subject.ts';
import {
  AGE_NOUN_HEAD,
  type Mention,
  mentionEndingAt,
  mentionStartingAt,
  ORDINAL_RANKS,
  ROLE_HEADS,
  resolveName,
  roleEndingAt,
} from './clause.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef, speakerRefOf } from './frame.ts';
import { genderOfRef } from './gender.ts';
import { findTitledHolder } from './role-holder.ts';
import { withSourceModifier } from './source-modifier.ts';

/**
 * Sentences looked back through for a pronoun's antecedent. News prose names its speaker at
 * least every few sentences; farther back, "he" is more often someone else. Not tuned on data.
 */
const MAX_ANTECEDENT_SENTENCES = 6;

const THING_TYPES: ReadonlySet<EntityType> = new Set(['organization', 'government', 'place', 'media']);
const DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(DESCRIPTOR_NOUNS.map((d) => d.noun));
const FIRM_WORDS: ReadonlySet<string> = new Set(FIRM_NOUNS.map((f) => f.noun));
const BODY_WORDS: ReadonlySet<string> = new Set(BODY_NOUNS.map((f) => f.noun));
const NOT_SPEAKER_HEADS: ReadonlySet<string> = new Set(
  [...NEWSROOM_CREDIT_WORDS, ...STREET_WORDS].map((w) => w.word),
);

/**
 * The speaker a pronoun or role noun stands for. A role phrase is first asked of the entity index
 * ("the Russian foreign minister" bound to a person named earlier). Otherwise the antecedent is
 * the nearest compatible speaker: an earlier speaker in the same sentence, the sentence's own
 * subject, then the subjects of the sentences before (centering: "he" continues the topic, which
 * is the previous subject, not the last name mentioned). First-person pronouns are the frame's
 * own speaker (the quote or transcript turn they sit in). Indefinite and plural role phrases ("a
 * diplomat", "officials") name an unnamed source and keep their own words.
 */
export function resolveReference(
  frame: Frame,
  s: Sentence,
  m: Mention,
  earlier: readonly SpeechEvent[],
  subjectOf: (index: number) => SpeakerRef | null,
): SpeakerRef | null {
  if (m.refersTo === 'self') return frame.self;
  if (m.kind === 'role') {
    // "a diplomat", "officials": an unnamed source, never an earlier named speaker.
    if (
      !m.definite &&
      (/^(a|an|one|another|some|several|two|three)$/iu.test(m.surface.split(/\s/u)[0]!) ||
        m.refersTo === 'group')
    ) {
      return withSourceModifier(frame, s, m, unnamed(m));
    }
    // "the company", "the space agency": the body named as an earlier subject, before the index's
    // looser guess.
    if (isSecondReferenceToBody(m)) {
      const body = findEarlierBody(frame, s, m, earlier, subjectOf);
      if (body) return body;
    }
    const ordinal = m.definite ? findOrdinalSource(frame, s, m) : null;
    if (ordinal) return ordinal;
    const same = m.definite ? findSameSource(s, m, earlier, subjectOf) : null;
    if (same) return same;
    const holder = m.definite ? findTitledHolder(frame, m) : null;
    if (holder) return holder;
    const e = frame.entities.resolve(frame.articleId, m.surface, m.start);
    // A party label is never an entity of its own ("the Oregon Republican" is not a body).
    const usable =
      e && (!DESCRIPTOR_WORDS.has(m.head) || (e.type === 'person' && !isDescriptorItself(e.name, m)));
    if (e && usable && e.type !== 'treaty' && e.type !== 'event') return speakerRefOf(e, m.surface, m);
    if (!m.definite || m.refersTo === 'group') return withSourceModifier(frame, s, m, unnamed(m));
  }
  let disagreed = false;
  const fits = (r: SpeakerRef | null): r is SpeakerRef => {
    if (r === null || !isCompatible(r, m) || (m.refersTo === 'person' && isArticledName(frame, r)))
      return false;
    if (isAgreeing(frame, r, m)) return true;
    disagreed = true;
    return false;
  };
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i]!.speaker;
    if (fits(r)) return r;
  }
  // An object pronoun is free in its clause: "Het Parool quoted her" is not Het Parool quoting itself.
  const first = m.object ? null : findSentenceSubject(frame, s, m.from);
  if (first && first.kind === 'name' && first.start < m.start && !modifiesPluralNoun(frame, s, first)) {
    const r = resolveName(frame, s, first);
    if (fits(r)) return r;
  } else if (first && first.kind === 'pronoun' && first.refersTo === 'self' && first.start < m.start) {
    fits(frame.self);
  }
  if (disagreed) {
    const other = findOtherPersonBefore(frame, s, m, fits);
    if (other) return other;
  }
  for (let j = s.index - 1; j >= 0 && s.index - j <= MAX_ANTECEDENT_SENTENCES; j--) {
    const r = subjectOf(j);
    const titled =
      m.kind === 'pronoun' && r?.entity === null
        ? findTitledPersonAfter(frame, frame.sentences[j]!, r)
        : null;
    if (fits(titled)) return titled;
    const appositive =
      m.kind === 'pronoun' && r?.entity === null
        ? findAppositiveNameAfter(frame, frame.sentences[j]!, r)
        : null;
    if (fits(appositive)) return appositive;
    if (fits(r)) return isPersonRolePhrase(r) ? (holderOfRolePhrase(frame, r, j, subjectOf, fits) ?? r) : r;
    const owner = m.kind === 'pronoun' && m.refersTo === 'person' && r ? possessorOf(frame, r) : null;
    if (owner && isAgreeing(frame, owner, m)) return owner;
    if (j === s.index - 1 && m.kind === 'pronoun') {
      const named = findClosingAppositiveName(frame, frame.sentences[j]!);
      if (fits(named)) return named;
    }
    // A subject of the other gender leaves the sentence's one person who agrees ("Ada wrote that
    // she met Tom. … he said": Tom).
    if (m.kind === 'pronoun' && m.refersTo === 'person' && (!isPersonRef(r) || !isAgreeing(frame, r!, m))) {
      const only = findSolePerson(frame, frame.sentences[j]!, (p) => isAgreeing(frame, p, m));
      if (fits(only)) return only;
    }
  }
  return m.kind === 'role' ? withSourceModifier(frame, s, m, unnamed(m)) : null;
}

/** "The Harbour Commissioner's report", "Vela's budget": a possessor and the thing it owns. */
const POSSESSED = /^(.*\S)['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*)$/u;

/**
 * speaker.pronoun-possessor: "The Harbour Commissioner's report came out on Monday. … she said":
 * when a sentence's subject is a thing owned by a person ("X's report", "X's budget"), the owner
 * is who the next "he" or "she" continues with, as news prose moves from a person's document to
 * what the person said of it. The owner is a person by its office ("the Commissioner") or by the
 * index; an owner that is a body ("the council's report") is no "she".
 */
function possessorOf(frame: Frame, r: SpeakerRef): SpeakerRef | null {
  if (r.entity !== null) return null;
  const m = POSSESSED.exec(r.surface);
  if (!m || ROLE_HEADS.get(m[2]!) === 'person') return null;
  const owner = m[1]!;
  const span = { start: r.start, end: r.start + owner.length };
  const e = frame.entities.resolve(frame.articleId, owner, r.start);
  if (e) return e.type === 'person' ? speakerRefOf(e, owner, span) : null;
  if (ROLE_HEADS.get(owner.split(/\s+/u).at(-1)!.toLowerCase()) !== 'person') return null;
  return { name: owner, entity: null, type: null, surface: owner, aliases: [], ...span };
}

/**
 * speaker.descriptor-not-name: "the Oregon Republican said" — a recogniser may take the capitalised
 * words of a party descriptor for a person's name. A person whose name holds no word outside the
 * descriptor is that misreading, not someone the article named; the descriptor then stands for
 * the person the text is about, found as for a pronoun.
 */
function isDescriptorItself(name: string, m: Mention): boolean {
  const own = new Set(m.surface.toLowerCase().split(/[\s-]+/u));
  return name
    .toLowerCase()
    .split(/[\s-]+/u)
    .every((w) => own.has(w));
}

/**
 * speaker.closing-appositive: "… a view voiced today by her defence minister, Alan Dorsey. He
 * told …": when the previous sentence's subject cannot be "he", the person it ends by naming in
 * apposition to a role ("minister, Alan Dorsey") is the one just introduced, and the next
 * sentence's "he" continues with them rather than with a subject further back.
 */
function findClosingAppositiveName(frame: Frame, s: Sentence): SpeakerRef | null {
  const last = s.tokens.length - 1;
  if (last < 2 || !/^[\s.]*$/u.test(frame.masked.slice(s.tokens[last]!.end, s.end))) return null;
  const name = mentionEndingAt(frame, s, last);
  if (name?.kind !== 'name' || name.from < 1) return null;
  if (!/^\s*,\s*$/u.test(gapBetween(frame, s, name.from - 1, name.from))) return null;
  if (ROLE_HEADS.get(s.tokens[name.from - 1]!.norm) !== 'person') return null;
  return resolveName(frame, s, name);
}

/**
 * A capitalised word before a plural noun in lower case and an auxiliary ("Waiting lists would
 * grow, he said", "Berg supporters have said"): the phrase's head is the plural noun, and the
 * capital word its modifier (a sentence's first word, or whose the things are), so it is no
 * person "he" can stand for. The auxiliary or past form after it shows the noun is the subject's
 * head, not a verb ("Berg says he …").
 */
function modifiesPluralNoun(frame: Frame, s: Sentence, name: Mention): boolean {
  const next = s.tokens[name.to];
  const after = s.tokens[name.to + 1];
  if (!next || !after || !/^\p{Ll}/u.test(next.text)) return false;
  const spaced = (k: number): boolean => /^\s+$/u.test(gapBetween(frame, s, k - 1, k));
  if (!spaced(name.to) || !spaced(name.to + 1)) return false;
  // "times" is a lemma of its own too (multiplication): any plural reading makes it a head.
  // "Audience members laughed when he …": a past form after it is the verb as surely.
  const verb = AUXILIARIES.has(after.norm) || /^\p{Ll}+ed$/u.test(after.text);
  return verb && hasPluralNounReading(next.text);
}

/** Modals and auxiliaries that open a clause's verb group after its subject. */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...MODAL_WORDS.map((m) => m.word),
  ...AUXILIARY_TIME.map((a) => a.word).filter((w) => /^\p{L}/u.test(w)),
]);

/** Whether a speaker can be what the mention refers to (person for "he", body for "it", role words). */
function isCompatible(r: SpeakerRef, m: Mention): boolean {
  const person = r.type === 'person' || (r.type === null && mayBeUnknownPerson(r));
  if (m.kind === 'pronoun') {
    // "The British delegate wants … “…,” he said": a role phrase is who "he" takes up, though a
    // role noun is not chained to another role phrase ("the first official" is not "the second").
    if (m.refersTo === 'person') return person || isPersonRolePhrase(r);
    const thing = r.type !== null && THING_TYPES.has(r.type);
    if (m.refersTo === 'thing') return thing;
    return isGroupAntecedent(r);
  }
  if (m.refersTo === 'person' && !person) return false;
  // "the Oregon Republican", "the 56-year-old": a party label or an age fits any person, whatever their name.
  if (m.kind === 'role' && (DESCRIPTOR_WORDS.has(m.head) || m.head === AGE_NOUN_HEAD)) return person;
  if (m.refersTo === 'group' && !(r.type !== null && THING_TYPES.has(r.type))) return false;
  const head = m.head.toLowerCase();
  return [r.name, r.surface, ...r.aliases].some((n) => n.toLowerCase().includes(head));
}

/**
 * What "they" can stand for: a body (organisation, outlet) or an unnamed group ("officials", "the
 * other institutes", an acronym). A country or a government ("Japan said … “…,” they said") is
 * referred to as "it"; a "they" after one means its officials, unnamed, so it stays unresolved.
 */
function isGroupAntecedent(r: SpeakerRef): boolean {
  if (r.type === 'organization' || r.type === 'media') return true;
  return r.type === null && !mayBeUnknownPerson(r) && !lookupGazetteer(r.name);
}

/**
 * Agreement beyond type: "he"/"she" never stands for a person known to be of the other gender
 * (Entity.gender, else a title or given name in the surface), nor for the frame's own speaker
 * ("When I raised it with Varn, she told me": in a turn or quote, "she" is not the "I").
 */
function isAgreeing(frame: Frame, r: SpeakerRef, m: Mention): boolean {
  if (m.kind !== 'pronoun') return true;
  const wanted = GENDER_OF_PRONOUN.get(m.head);
  if (wanted === undefined) return true;
  if (frame.self !== null && isSameRef(r, frame.self)) return false;
  const known = genderOfRef(r);
  return known === null || known === wanted;
}

function isSameRef(a: SpeakerRef, b: SpeakerRef): boolean {
  return a.entity !== null || b.entity !== null ? a.entity === b.entity : a.name === b.name;
}

/**
 * The nearest other person named before the pronoun in its sentence, when the sentence's subject
 * disagreed with it: in "Brannik said that when he raised it with Varn, she told him …", "she" is
 * Varn, the one person of the sentence who can be a "she".
 */
function findOtherPersonBefore(
  frame: Frame,
  s: Sentence,
  m: Mention,
  fits: (r: SpeakerRef | null) => r is SpeakerRef,
): SpeakerRef | null {
  for (let k = m.from - 1; k >= 0; k--) {
    const found = mentionEndingAt(frame, s, k);
    if (found?.kind !== 'name') continue;
    const r = resolveName(frame, s, found);
    if (r && (r.type === 'person' || r.type === null) && fits(r)) return r;
    k = found.from;
  }
  return null;
}

/**
 * "the company", "the space agency": "the", lower-case words and a firm's or body's noun. A capital
 * makes it a name of its own ("The Finance Ministry of Lendova").
 */
function isSecondReferenceToBody(m: Mention): boolean {
  if (!m.definite || !(FIRM_WORDS.has(m.head) || BODY_WORDS.has(m.head))) return false;
  const [first, ...rest] = m.surface.split(/\s+/u);
  return /^the$/iu.test(first!) && rest.every((w) => w === w.toLowerCase());
}

/**
 * The body "the company" or "the ministry" stands for, among the earlier speakers of its sentence,
 * its sentence's own subject before it, and the subjects of the sentences before: first the
 * nearest whose name ends in the same noun ("the European Commission" for "the commission", "the
 * Finance Ministry of Lendova" for "the ministry"), else the nearest the index types as an
 * organisation or that reads as one (an acronym, an organisation word, three words or more).
 * `speaker.role-noun` still records the decision. A person is passed over: "the company" never
 * stands for its spokesman.
 */
function findEarlierBody(
  frame: Frame,
  s: Sentence,
  m: Mention,
  earlier: readonly SpeechEvent[],
  subjectOf: (index: number) => SpeakerRef | null,
): SpeakerRef | null {
  const candidates: SpeakerRef[] = [];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i]!.speaker;
    if (r) candidates.push(r);
  }
  const own = findSentenceSubject(frame, s, m.from);
  if (own && own.end <= m.start) {
    const r = own.kind === 'name' ? resolveName(frame, s, own) : null;
    if (r) candidates.push(r);
  }
  for (let j = s.index - 1; j >= 0 && s.index - j <= MAX_ANTECEDENT_SENTENCES; j--) {
    const r = subjectOf(j);
    // A headline set in capitals ("A LONG, DRAWN OUT HISTORY") has no acronyms to offer, and one
    // in title case ("Fever Cases Rise") no body: its capitals are the style, not a name's.
    const line = frame.sentences[j]!;
    if (r && !isAllCapitals(frame, line) && !isTitleCaseHeading(frame, line)) candidates.push(r);
  }
  const named = candidates.find((r) => headNounOf(r.name) === m.head && r.type !== 'person');
  if (named) return named;
  return candidates.find(isBodyName) ?? null;
}

/**
 * A line of its own with no closing punctuation whose words are all capitalised but for short
 * joiners ("Fever Cases Rise in the North"): a headline or heading in title case.
 */
function isTitleCaseHeading(frame: Frame, s: Sentence): boolean {
  const { text } = frame;
  if (s.start > 0 && text[s.start - 1] !== '\n') return false;
  if (s.end < text.length && text[s.end] !== '\n' && !/^[ \t]*(?:\n|$)/u.test(text.slice(s.end, s.end + 4)))
    return false;
  const line = text.slice(s.start, s.end).trim();
  if (/[.!?:;"”’]$/u.test(line) || s.tokens.length < 2) return false;
  return s.tokens.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || HEADING_JOINERS.has(t.norm));
}

/** Short words a title-case heading leaves in lower case: a title's, and a headline's joiners. */
const HEADING_JOINERS: ReadonlySet<string> = new Set([...TITLE_CASE_SMALL_WORDS, 'but', 'as', 'vs']);

/** A sentence with letters and no lower-case one: a headline or label set in capitals. */
function isAllCapitals(frame: Frame, s: Sentence): boolean {
  const text = frame.text.slice(s.start, s.end);
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A name that reads as a body: typed an organisation, or an untyped name that is an acronym
 * ("ORBA"), ends in an organisation word ("Corvane Energy Corp") or runs to three capitalised words
 * or more. A capitalised common noun opening a sentence ("Prices rose") is none.
 */
function isBodyName(r: SpeakerRef): boolean {
  if (r.type === 'organization') return true;
  if ((r.type !== null && r.type !== 'other') || !/^\p{Lu}/u.test(r.surface) || /^the\s/iu.test(r.surface))
    return false;
  const words = r.name.split(/\s+/u);
  // An acronym, unless it is an ordinary word set in capitals for emphasis ("A SECOND case").
  if (/^\p{Lu}{2,}$/u.test(r.name)) return !isCommonWord(r.name.toLowerCase());
  if (ORGANIZATION_HEAD_WORDS.has(words.at(-1)!.toLowerCase())) return true;
  return words.length >= MIN_FIRM_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Words from which an unindexed name is taken for a body (see isBodyName); not tuned. */
const MIN_FIRM_NAME_WORDS = 3;

/**
 * speaker.ordinal-source: "a senior official said … A second official said … the first official
 * said": "the first / second …" counts the unnamed sources of that noun the article introduced
 * ("a …", "another …", "a second …"), in order, and is the one of that rank. Without as many
 * earlier sources it stays the phrase's own.
 */
function findOrdinalSource(frame: Frame, s: Sentence, m: Mention): SpeakerRef | null {
  const rank = ORDINAL_RANKS.get(s.tokens[m.from + 1]?.norm ?? '');
  if (rank === undefined || s.tokens[m.from]?.norm !== 'the') return null;
  let seen = 0;
  for (let j = 0; j < s.index; j++) {
    const earlier = frame.sentences[j]!;
    for (let k = 0; k < earlier.tokens.length; k++) {
      if (earlier.tokens[k]!.norm !== m.head) continue;
      const r = roleEndingAt(frame, earlier, k, 'person');
      if (!r || r.definite || !INTRODUCING.test(r.surface)) continue;
      if (++seen === rank) return unnamed(r);
    }
  }
  return null;
}

/**
 * speaker.same-source: "the same official", "the same spokesman": the last speaker of that noun
 * before it, in this sentence or the subjects of the ones before.
 */
function findSameSource(
  s: Sentence,
  m: Mention,
  earlier: readonly SpeechEvent[],
  subjectOf: (index: number) => SpeakerRef | null,
): SpeakerRef | null {
  if (s.tokens[m.from]?.norm !== 'the' || s.tokens[m.from + 1]?.norm !== 'same') return null;
  const hasHead = (r: SpeakerRef | null): r is SpeakerRef =>
    r !== null && r.surface.toLowerCase().split(/\s+/u).includes(m.head);
  for (let i = earlier.length - 1; i >= 0; i--) if (hasHead(earlier[i]!.speaker)) return earlier[i]!.speaker;
  for (let j = s.index - 1; j >= 0 && s.index - j <= MAX_ANTECEDENT_SENTENCES; j--) {
    const r = subjectOf(j);
    if (hasHead(r)) return r;
  }
  return null;
}

/** Words that introduce a new unnamed source ("a senior official", "another official"). */
const INTRODUCING = /^(?:a|an|another|one)\s/iu;

/** An unnamed source kept with its own words ("a senior official", "officials"). */
export function unnamed(m: Mention): SpeakerRef {
  return {
    name: m.surface,
    entity: null,
    type: null,
    surface: m.surface,
    aliases: [],
    start: m.start,
    end: m.end,
  };
}

/**
 * Whether a speaker the index does not know may be a person: not a definite phrase ("the
 * ministry"), not headed by an organisation word ("Kaldoria’s foreign ministry", "the Finance
 * Office") and not one common word ("Talks on the treaty have stalled": a capitalised sentence
 * start, not a name), not an acronym and not a plural unnamed source. Each is a body, a thing or
 * a group that "he" or "she" never stands for.
 */
function mayBeUnknownPerson(r: SpeakerRef): boolean {
  if (/^the\s/iu.test(r.surface) || isNewsroomOrStreet(r.name)) return false;
  // An acronym ("ADB", "NZIER") is a body, and a plural unnamed source ("government sources") a group.
  if (/^\p{Lu}{2,}$/u.test(r.name) || (/^\p{Ll}/u.test(r.name) && /[^s]s$/u.test(r.name))) return false;
  const words = r.name.split(/\s+/u);
  if (ORGANIZATION_HEAD_WORDS.has(words.at(-1)!.toLowerCase())) return false;
  // "House Democrats": a party's members are a group ("we talked," he said is not them).
  if (isPartyMembersNoun(words.at(-1)!)) return false;
  if (words.length === 1 && isPluralNoun(words[0]!)) return false;
  return !(words.length === 1 && (isCommonWord(words[0]!) || isVerbOnly(words[0]!)));
}

/**
 * A phrase headed by a (singular) noun of one person, however it is determined ("the British delegate", "the
 * UK's man on the board", "the owners' attorney"): the holder of a role, whom "he" or "she"
 * takes up, as a body's or a paper's articled name ("the Courant") is not.
 */
function isPersonRolePhrase(r: SpeakerRef): boolean {
  if (r.type !== null) return false;
  const words = r.surface.replace(/\s+(?:on|of|at|for|in|from)\s.*$/u, '').split(/\s+/u);
  const head = words.at(-1)!;
  return (
    words.length >= 2 && /^\p{Ll}/u.test(head) && ROLE_HEADS.get(head) === 'person' && !isPluralNoun(head)
  );
}

/**
 * The person a role phrase taken up by "he" or "she" stands for, as the phrase itself would be
 * resolved ("Undersecretary Ann Roe … The farm official said … he said": Roe): the index's binding
 * or the person the article titles with that office. Null leaves the role phrase as the speaker.
 */
function holderOfRolePhrase(
  frame: Frame,
  r: SpeakerRef,
  at: number,
  subjectOf: (index: number) => SpeakerRef | null,
  fits: (r: SpeakerRef | null) => r is SpeakerRef,
): SpeakerRef | null {
  const e = frame.entities.resolve(frame.articleId, r.surface, r.start);
  if (e) return e.type === 'person' ? speakerRefOf(e, r.surface, r) : null;
  const titled = findTitledHolder(frame, r);
  if (titled) return titled;
  // A definite role phrase right after a named subject is that person's second mention.
  const before = at > 0 ? subjectOf(at - 1) : null;
  return before && before.entity !== null && before.type === 'person' && fits(before) ? before : null;
}

/**
 * "Subscribe at …", "Unsubscribe": a capitalised word that the dictionary reads only as a verb
 * opens an imperative (a newsletter's or a page's sign-up line), so it is no one's name. A surname
 * that is also a word ("Hale", "Cook") has a noun reading too, so it stays a possible person.
 */
function isVerbOnly(word: string): boolean {
  const form = word.toLowerCase();
  return (
    lemmasOf(form, 'v').includes(form) && !hasSense(form, 'n') && !hasSense(form, 'a') && !hasSense(form, 'r')
  );
}

/**
 * Whether a name is a newsroom's credit or an address ("Digital Team", "Tarn Wire", "Mill
 * Road"): the desk that signed the page, the wire it cites, a street. None of them is a speaker.
 */
export function isNewsroomOrStreet(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length >= 2 && NOT_SPEAKER_HEADS.has(words.at(-1)!.toLowerCase());
}

/**
 * An unknown capitalised name the text gives the definite article ("the Courant asked him", "The
 * Beacon put it to her"): a publication's or a body's short name. A person's name takes no article,
 * so "he" or "she" never stands for it.
 */
function isArticledName(frame: Frame, r: SpeakerRef): boolean {
  if (r.type === 'person' || r.start < 4 || isPersonRolePhrase(r)) return false;
  const words = frame.text.slice(r.start, r.end);
  return (
    /^\p{Lu}/u.test(words) && /(?:^|[^\p{L}])the[ \u00a0]+$/iu.test(frame.text.slice(r.start - 4, r.start))
  );
}

function isPersonRef(r: SpeakerRef | null): boolean {
  return r !== null && r.type === 'person';
}

/**
 * speaker.sole-person: the one person a sentence names, when its subject is not a person
 * ("White House COVID-19 coordinator Ilsa Varn laid out the timeline." read with "COVID" as the
 * subject). The person a sentence introduces is who the next "he" or "she" continues with; with
 * two people named, neither is taken, unless `agrees` leaves one: in "Ada wrote that she met Tom",
 * Tom is the one person a later "he" can be.
 */
export function findSolePerson(
  frame: Frame,
  s: Sentence,
  agrees: (r: SpeakerRef) => boolean = () => true,
): SpeakerRef | null {
  let found: SpeakerRef | null = null;
  for (let k = 0; k < s.tokens.length; k++) {
    const m = mentionStartingAt(frame, s, k);
    if (m?.kind !== 'name') continue;
    const r = resolveName(frame, s, m);
    k = Math.max(k, m.to - 1);
    if (!isPersonRef(r) || !agrees(r!)) continue;
    if (found && found.entity !== r!.entity) return null;
    found = r;
  }
  return found;
}

/**
 * An unknown one-word "subject" that opens the title of the person the sentence names
 * ("National security adviser Ilsa Varn used …", "White House COVID-19 coordinator Ilsa Varn
 * laid out …"): the capitalised first word of a title was read as the subject; the person it
 * titles is the one the sentence is about.
 */
function findTitledPersonAfter(frame: Frame, s: Sentence, r: SpeakerRef): SpeakerRef | null {
  if (/\s/u.test(r.name)) return null;
  const person = findSolePerson(frame, s);
  if (!person || person.start < r.end) return null;
  const between = frame.text.slice(r.end, person.start);
  const words = between.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > MAX_TITLE_GAP_WORDS || !/^[\p{Ll}\p{N}\s\-–]*$/u.test(between)) return null;
  return person;
}

/**
 * speaker.role-appositive-name: "His own official, Dr Ilsa Varn, did little to help. She told
 * …": an unnamed role subject named right after it between commas is that person, and a later
 * pronoun continues with the person, not with the role's words.
 */
function findAppositiveNameAfter(frame: Frame, s: Sentence, r: SpeakerRef): SpeakerRef | null {
  const k = s.tokens.findIndex((t) => t.start >= r.end);
  if (k < 1 || !/^\s*,\s*$/u.test(gapBetween(frame, s, k - 1, k))) return null;
  const m = mentionStartingAt(frame, s, k);
  if (m?.kind !== 'name' || m.to >= s.tokens.length) return null;
  if (!/^\s*,/u.test(gapBetween(frame, s, m.to - 1, m.to))) return null;
  const named = resolveName(frame, s, m);
  return isPersonRef(named) ? named : null;
}

/** Lower-case words a title puts between its first word and the name ("security adviser"). */
const MAX_TITLE_GAP_WORDS = 4;

/**
 * "Countries", "Officials": a capitalised plural of a dictionary noun the index could not class
 * is a sentence-initial common noun, a group, never one person ("Countries waiting for
 * systems would wait, he said": "he" is not "Countries"). Surnames that are also words ("Hale")
 * are singular, so they stay possible people.
 */
function isPluralNoun(word: string): boolean {
  const form = word.toLowerCase();
  if (!form.endsWith('s')) return false;
  const lemma = lemmasOf(form, 'n')[0];
  return lemma !== undefined && lemma !== form;
}
