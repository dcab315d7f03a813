import type { EntityType } from '../../model/entity.ts';
import type { Span } from '../../model/span.ts';
import { isClockTimeTail } from '../../nlp/clock-times.ts';
import { isGivenName, lookupDemonym, lookupGazetteer, lookupPeople } from '../../nlp/gazetteer.ts';
import {
  DETERMINERS,
  isContractedFunctionWord,
  NOT_NAME_WORDS,
  PARENTHETICAL_CONNECTIVES,
  PREPOSITIONS,
  SENTENCE_LINKING_CONJUNCTIONS,
  VERB_GAP_WORDS,
  AUXILIARIES,
} from '../../nlp/lexicons/function-words.ts';
import {
  BODY_NAME_PREPOSITIONS,
  isOrganizationHeadWord,
  ORGANIZATION_HEAD_WORDS,
  ORGANIZATION_HEADS,
} from '../../nlp/lexicons/organizations.ts';
import { PRONOUN_FORMS, type PronounReferent } from '../../nlp/lexicons/pronouns.ts';
import { DESCRIPTOR_NOUNS, ROLE_NOUNS } from '../../nlp/lexicons/role-nouns.ts';
import {
  isMainlyPersonNoun,
  isPeoplePlural,
  isPersonAsNoun,
  mayNamePeople,
} from '../../nlp/wordnet/people.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { LEADER_NOUNS, OFFICES } from '../../nlp/lexicons/titles-and-offices.ts';
import type { Token } from '../../nlp/tokens.ts';
import { extendGroupSubject } from './group-phrase.ts';
import { isCommonOpener, opensAdverbialPhrase } from './common-opener.ts';
import { isHonorificSurname, isMisreadEntity } from './name-check.ts';
import { findGovernmentSeat } from './capital-metonym.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef, speakerRefOf } from './frame.ts';

/** A noun phrase that may be a speaker: a capitalised name, a pronoun, or a role noun phrase. */
export interface Mention extends Span {
  kind: 'name' | 'pronoun' | 'role';
  surface: string;
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  definite: boolean;
  refersTo: PronounReferent | 'person' | 'group';
  /** The head noun of a role phrase ("president"), for matching it to a named antecedent. */
  head: string;
  /** A pronoun in the object case ("quoted her"): never its own clause's subject. */
  object?: true;
}

/** Entity types that can say something; a treaty or an event cannot. */
const SPEAKER_TYPES: ReadonlySet<EntityType> = new Set([
  'person',
  'organization',
  'government',
  'place',
  'media',
  'other',
]);
/** Longest run of words read as one name ("President of the Russian Federation Vladimir Putin"). */
const MAX_NAME_WORDS = 8;
/** Longest role phrase before its noun ("the outgoing Russian deputy foreign minister"). */
const MAX_ROLE_MODIFIERS = 4;
/** Lower-case words inside one name: particles of family names and the "of" of a body's name. */
const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'der',
  'du',
  'dos',
  'ibn',
]);
/** Ordinals that tell a role's holders apart ("the first official", "a second official"), with their ranks. */
export const ORDINAL_RANKS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
]);
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);
const INDEFINITE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'another',
  'some',
  'several',
  'two',
  'three',
  // Quantities of a group ("Other E.U. leaders", "Many officials", "Most economists").
  'other',
  'many',
  'most',
  'few',
]);

/**
 * Lower-case nouns of a news outlet ("the Kharkiv daily", "a local weekly"): the head of their
 * phrase, so a place or owner modifying them is never read as the speaker. Lower-case only, as
 * capitalised they end a title the index knows ("China Daily").
 */
const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'daily',
  'newspaper',
  'weekly',
  'tabloid',
  'broadcaster',
  'magazine',
]);
/**
 * "the Kharkiv daily", "a local weekly": an outlet noun ending a phrase opened by a determiner
 * a few words before it (the adverb "daily" follows a subject or a verb, never an article).
 */
function isOutletNoun(frame: Frame, s: Sentence, k: number): boolean {
  if (!OUTLET_HEADS.has(s.tokens[k]!.norm)) return false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_ROLE_MODIFIERS; j--) {
    if (!/^\s+$/u.test(gapBetween(frame, s, j, j + 1))) return false;
    if (DEFINITE.has(s.tokens[j]!.norm) || INDEFINITE.has(s.tokens[j]!.norm)) return true;
  }
  return false;
}

/** A lower-case outlet noun read as a role head of a group. */
function outletHead(tok: Token): 'group' | undefined {
  return /^\p{Ll}/u.test(tok.text) && OUTLET_HEADS.has(tok.norm) ? 'group' : undefined;
}

/** Role head nouns with what they refer to: offices and leaders (persons), unnamed sources, bodies. */
export const ROLE_HEADS: ReadonlyMap<string, 'person' | 'group'> = new Map<string, 'person' | 'group'>([
  ...ORGANIZATION_HEADS.map((o) => [o.word, 'group'] as const),
  ...OFFICES.filter((o) => !o.honorific).map((o) => [o.phrase.split(' ').at(-1)!, 'person'] as const),
  ...LEADER_NOUNS.map((l) => [l.word.split(' ').at(-1)!, 'person'] as const),
  ...ROLE_NOUNS.map((r) => [r.noun, r.refersTo] as const),
]);

function isCapitalised(tok: Token): boolean {
  return /^\p{Lu}/u.test(tok.text);
}

/** A capitalised word that can be part of a name: not a sentence-initial function word or pronoun. */
function isNameWord(tok: Token): boolean {
  return (
    isCapitalised(tok) &&
    !NOT_NAME_WORDS.has(tok.norm) &&
    !isContractedFunctionWord(tok.norm) &&
    !PRONOUN_FORMS.has(tok.norm) &&
    !SPEECH_VERB_FORMS.has(tok.norm)
  );
}

/**
 * speaker.function-word-name: a function word set with a capital inside a name. A family name
 * spelt as one ("Ana Will" … "Instead, Will called for …", "Voters saw it so, From said") is a
 * name where the index knows a person of the article by that family name; a body's name may end
 * in one ("USA TODAY reported") where the index knows the name with the word before it whole.
 * Capitalised only because it opens a sentence, such a word names no one ("Will the board act?").
 */
export function isFunctionWordName(frame: Frame, s: Sentence, k: number): boolean {
  const tok = s.tokens[k];
  if (!tok || !/^\p{Lu}/u.test(tok.text) || !NOT_NAME_WORDS.has(tok.norm)) return false;
  return isFunctionWordSurname(frame, tok) || closesIndexedName(frame, s, k);
}

function isFunctionWordSurname(frame: Frame, tok: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(tok.text)) return false;
  const e = frame.entities.resolve(frame.articleId, tok.text, tok.start);
  if (e?.type !== 'person') return false;
  // A person's full name, given name first ("George F. Will"), not a run of a headline's capitals
  // the index took for one ("Sanders Is Not", "One Harbour Now").
  const words = e.name.split(/\s+/u);
  return (
    words.length >= 2 &&
    words.at(-1) === tok.text &&
    isGivenName(words[0]!) &&
    words.slice(1, -1).every((w) => /^\p{Lu}/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()))
  );
}

/** Whether the name word before token `k` and `k` are an indexed body's name or alias, as written. */
function closesIndexedName(frame: Frame, s: Sentence, k: number): boolean {
  const prev = s.tokens[k - 1];
  if (!prev || !isNameWord(prev) || gapBetween(frame, s, k - 1, k) !== ' ') return false;
  const surface = frame.text.slice(prev.start, s.tokens[k]!.end);
  const e = frame.entities.resolve(frame.articleId, surface, prev.start);
  if (e === null || e.type === 'person') return false;
  const folded = surface.toLowerCase();
  return [e.name, ...e.aliases].some((n) => n.toLowerCase() === folded);
}

/**
 * "the state-run Xinhua News Agency", "a government-backed Kestria Daily": a lower-case compound
 * modifier joined by hyphens before a name is read past, so the name after it is the mention; a
 * role word inside it ("state") is no head. Returns the token after the modifier, or `k`.
 */
function skipCompoundModifier(frame: Frame, s: Sentence, k: number): number {
  let p = k;
  while (
    p + 1 < s.tokens.length &&
    /^\p{Ll}+$/u.test(s.tokens[p]!.text) &&
    gapBetween(frame, s, p, p + 1) === '-'
  )
    p++;
  if (p === k || !/^\p{Ll}+$/u.test(s.tokens[p]!.text)) return k;
  const next = s.tokens[p + 1];
  return next && /^\s+$/u.test(gapBetween(frame, s, p, p + 1)) && isNameWord(next) ? p + 1 : k;
}

/** Lower-case words a sentence-opening participle takes ("Pointing out", "Noting that", "Citing the"). */
const PARTICIPLE_FOLLOWERS: ReadonlySet<string> = new Set([
  'out',
  'up',
  'that',
  ...DETERMINERS,
  ...PREPOSITIONS,
]);

/**
 * speaker.leading-participle: "Pointing out “…”, the company said": a capitalised -ing word first
 * in its sentence and followed by a particle, determiner, preposition or quote is a participle
 * opening the clause, never a name. Surnames in -ing ("Manning said", "Fleming of Barclays") are
 * followed by a verb or "of", which keeps them names.
 */
function isLeadingParticiple(frame: Frame, s: Sentence, k: number): boolean {
  const tok = s.tokens[k];
  const next = s.tokens[k + 1];
  if (k !== 0 || !tok || !next || !/^\p{Lu}\p{Ll}{2,}ing$/u.test(tok.text)) return false;
  if (/[“"‘«]/u.test(gapBetween(frame, s, k, k + 1))) return true;
  return next.norm !== 'of' && /^\p{Ll}/u.test(next.text) && PARTICIPLE_FOLLOWERS.has(next.norm);
}

function isPossessive(tok: Token): boolean {
  return /['’]s$/u.test(tok.text);
}

/** Words joining two name words: a space, an initial's full stop ("U.S. President"), a hyphen. */
function isNameJoin(gap: string): boolean {
  return /^(?:\s|\.\s?|-|‑)$/u.test(gap);
}

/**
 * The noun phrase ending at token `k` that could be the subject of a following verb: a pronoun,
 * a capitalised name (read leftwards), or a role phrase ("the Russian foreign minister").
 */
export function mentionEndingAt(frame: Frame, s: Sentence, k: number): Mention | null {
  const tok = s.tokens[k];
  if (!tok || isPossessive(tok)) return null;
  const pronoun = PRONOUN_FORMS.get(tok.norm);
  if (pronoun) {
    if (pronoun.case === 'possessive' || tok.norm === 'her') return null;
    return mention(frame, s, 'pronoun', k, k + 1, true, pronoun.refersTo, tok.norm);
  }
  const named =
    (isNameWord(tok) && !isLeadingParticiple(frame, s, k) && !isCommonOpener(frame, s, k)) ||
    isFunctionWordName(frame, s, k);
  if (
    named &&
    (!ROLE_HEADS.has(tok.norm) ||
      isHonorificSurname(s.tokens, k) ||
      isRoleWordSurname(frame, s, k) ||
      isLastWordOfBody(frame, s, k))
  )
    return nameEndingAt(frame, s, k);
  const role = ROLE_HEADS.get(tok.norm) ?? outletHead(tok);
  if (role) return roleEndingAt(frame, s, k, role);
  if (named) return nameEndingAt(frame, s, k);
  return unlistedPersonEndingAt(frame, s, k) ?? ageNounEndingAt(frame, s, k);
}

/** The head given to an age noun's mention ("the 56-year-old"): it names a person by age alone. */
export const AGE_NOUN_HEAD = 'year-old';

/**
 * "the 56-year-old said", "a 34-year-old told": a count of years used as a noun names a person
 * (or people: "the 19-year-olds"), most often one named before; its determiner opens the mention.
 */
function ageNounEndingAt(frame: Frame, s: Sentence, k: number): Mention | null {
  const tok = s.tokens[k]!;
  if (k < 3 || !/^olds?$/u.test(tok.norm) || s.tokens[k - 1]!.norm !== 'year') return null;
  if (!/^\d+$/u.test(s.tokens[k - 2]!.text)) return null;
  if (gapBetween(frame, s, k - 1, k) !== '-' || gapBetween(frame, s, k - 2, k - 1) !== '-') return null;
  const determiner = s.tokens[k - 3]!.norm;
  if (!DEFINITE.has(determiner) && !ONE_PERSON_DETERMINERS.has(determiner)) return null;
  const refersTo = tok.norm === 'olds' ? 'group' : 'person';
  return mention(frame, s, 'role', k - 3, k + 1, DEFINITE.has(determiner), refersTo, AGE_NOUN_HEAD);
}

/**
 * "The Council on Rural Affairs warned", "the Department of Veterans Affairs said": a capitalised
 * role word ("Affairs") closing a body's name the index knows is that name's, not a role of its own.
 */
function isLastWordOfBody(frame: Frame, s: Sentence, k: number): boolean {
  const whole = nameEndingAt(frame, s, k);
  if (!whole || whole.to - whole.from < 2) return false;
  return frame.entities.resolve(frame.articleId, whole.surface, whole.start)?.type === 'organization';
}

/**
 * "a top engineer warned", "an emergency doctor said", "one resident said": an indefinite phrase
 * whose head's main noun sense names a person is an unnamed source, though no lexicon of sources
 * lists the noun; without the article ("engineer Ilsa Varn") it is a name's title, read elsewhere.
 * Right after the article the word can only be a noun ("a resident"); with modifiers between, it
 * must be mainly a noun ("a top engineer", not "a local official's").
 */
export function unlistedPersonEndingAt(frame: Frame, s: Sentence, k: number): Mention | null {
  const tok = s.tokens[k]!;
  if (!/^\p{Ll}/u.test(tok.text)) return null;
  const afterArticle = ONE_PERSON_DETERMINERS.has(s.tokens[k - 1]?.norm ?? '');
  if (!(afterArticle ? isPersonAsNoun(tok.norm) : isMainlyPersonNoun(tok.norm))) return null;
  const m = roleEndingAt(frame, s, k, 'person');
  return m && ONE_PERSON_DETERMINERS.has(s.tokens[m.from]?.norm ?? '') ? m : null;
}

/** Words counting one person of the noun after them. */
const COUNTING_OPENERS: ReadonlySet<string> = new Set(['one', 'another']);

/**
 * "“…,” officers said", "The paramedics told …": a bare or definite plural whose main sense names a person, opening
 * its clause right before the verb at `k + 1`, is unnamed people speaking. Read last, when no other
 * subject rule found one: a plural after a determiner, owner, count or conjunction ("his
 * colleagues", "four in 10 voters", "Ana Lund and colleagues") is those rules' to read.
 */
export function barePluralEndingAt(frame: Frame, s: Sentence, k: number): Mention | null {
  const tok = s.tokens[k];
  if (!tok || !/^\p{L}/u.test(tok.text)) return null;
  const definite =
    k > 0 && /^\s+$/u.test(gapBetween(frame, s, k - 1, k)) && DEFINITE.has(s.tokens[k - 1]!.norm);
  const from = definite ? k - 1 : k;
  if (from > 0 && !/[,;:"“”\u2014\u2013(]\s*$/u.test(gapBetween(frame, s, from - 1, from))) return null;
  // WordNet is asked last: most words before a verb follow a plain space mid-clause, and the
  // plural's senses cost several look-ups where the gap costs one test.
  if (!isPeoplePlural(tok.norm)) return null;
  return mention(frame, s, 'role', from, k + 1, definite, 'group', tok.norm);
}

/**
 * Determiners of one person not named: "a witness", "one resident", "another voter", and "the
 * nurse", which points back to one introduced before (or stands as the unnamed source it is).
 */
const ONE_PERSON_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'the']);

/**
 * speaker.role-word-surname: "King says", "Judge said", "Marshall added" after "Billie Jean King",
 * "Ann Judge": a capitalised role word with nothing before it (no article, owner or modifier) is a
 * name, as English sets a bare title before a name or after "the", never alone as a subject. Only
 * when the index knows it as a person here, so a headline's "Minister says" stays a role.
 */
function isRoleWordSurname(frame: Frame, s: Sentence, k: number): boolean {
  const prev = s.tokens[k - 1];
  const joined = prev !== undefined && /^\s+$/u.test(gapBetween(frame, s, k - 1, k));
  if (joined && (isNameWord(prev) || !NOT_NAME_WORDS.has(prev.norm) || DETERMINERS.has(prev.norm)))
    return false;
  if (joined && (PRONOUN_FORMS.has(prev.norm) || isPossessive(prev))) return false;
  const tok = s.tokens[k]!;
  return frame.entities.resolve(frame.articleId, tok.text, tok.start)?.type === 'person';
}

/** Party labels ("the Oregon Republican") standing for a person named earlier; see role-nouns.ts. */
const DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(DESCRIPTOR_NOUNS.map((d) => d.noun));

/** "the Oregon Republican": a name-like phrase after "the" ending in a party label is a role. */
function isDescriptorAfterThe(s: Sentence, from: number, to: number): boolean {
  return from > 0 && s.tokens[from - 1]!.norm === 'the' && DESCRIPTOR_WORDS.has(s.tokens[to - 1]!.norm);
}

function nameEndingAt(frame: Frame, s: Sentence, k: number): Mention | null {
  let from = k;
  while (from > 0 && k - from < MAX_NAME_WORDS - 1 && isNameJoin(gapBetween(frame, s, from - 1, from))) {
    const prev = s.tokens[from - 1]!;
    if (isNameWord(prev) && !isLeadingParticiple(frame, s, from - 1)) from--;
    else if (NAME_CONNECTORS.has(prev.norm) && from >= 2 && isNameWord(s.tokens[from - 2]!)) from -= 2;
    // "Centers for Disease Control", "Council on Foreign Relations": see BODY_NAME_PREPOSITIONS.
    else if (BODY_NAME_PREPOSITIONS.has(prev.norm) && from >= 2 && isBodyHead(s.tokens[from - 2]!)) from -= 2;
    else break;
  }
  if (isDescriptorAfterThe(s, from, k + 1))
    return mention(frame, s, 'role', from - 1, k + 1, true, 'person', s.tokens[k]!.norm);
  return mention(frame, s, 'name', from, k + 1, true, 'person', '');
}

/** A capitalised head of a body's name ("Institute", "Centers"). */
function isBodyHead(t: Token): boolean {
  return isCapitalised(t) && isOrganizationHeadWord(t.norm);
}

export function roleEndingAt(
  frame: Frame,
  s: Sentence,
  k: number,
  refersTo: 'person' | 'group',
): Mention | null {
  let from = k;
  let definite = false;
  let determined = false;
  while (from > 0 && k - from < MAX_ROLE_MODIFIERS) {
    const prev = s.tokens[from - 1]!;
    // "Sanders’ aides": a plural owner's apostrophe stands between the words; the owner is the
    // role's determiner, as "Trump’s" is.
    if (isPluralOwner(frame, s, from - 1)) {
      determined = true;
      from--;
      break;
    }
    // "the owners’ attorney", "the tenants’ lawyer": a plural common noun's owner is a modifier
    // with its own article before it, as "the county’s" is one word with its apostrophe. Only
    // before a person: "Okafor of the dockers’ union said" keeps its person before "of".
    if (refersTo === 'person' && isCommonPluralOwner(frame, s, from - 1)) {
      from--;
      continue;
    }
    // An initialism's full stops ("E.U. leaders", read as "E", "U") stand as spaces do, and so
    // does a compound modifier's hyphen ("Washington-based analysts").
    const gap = gapBetween(frame, s, from - 1, from);
    if (!/^(?:\s+|-)$/u.test(gap) && !(/^\.\s*$/u.test(gap) && /^\p{Lu}$/u.test(prev.text))) break;
    if (DEFINITE.has(prev.norm)) {
      definite = true;
      determined = true;
      from--;
      break;
    }
    if (INDEFINITE.has(prev.norm)) {
      determined = true;
      from--;
      break;
    }
    // "the Sutton-on-Sea caller", "a Stratford-upon-Avon man": a place name's particle between
    // hyphens, a capitalised word before it, is inside the modifier.
    if (
      gap === '-' &&
      /^\p{Ll}+$/u.test(prev.text) &&
      from >= 2 &&
      gapBetween(frame, s, from - 2, from - 1) === '-' &&
      isCapitalised(s.tokens[from - 2]!)
    ) {
      from -= 2;
      continue;
    }
    // "the first official", "a second official": an ordinal tells two unnamed sources apart.
    if ((NOT_NAME_WORDS.has(prev.norm) && !ORDINAL_RANKS.has(prev.norm)) || PRONOUN_FORMS.has(prev.norm))
      break;
    // "…, say experts": a speech verb right after the clause's comma is the inverted cue, no
    // modifier ("Some state officials" keeps its "state").
    if (
      SPEECH_VERB_FORMS.has(prev.norm) &&
      from >= 2 &&
      /,\s*$/u.test(gapBetween(frame, s, from - 2, from - 1))
    )
      break;
    from--;
  }
  const norm = s.tokens[k]!.norm;
  const plural = (/s$/u.test(norm) && refersTo === 'person') || UNMARKED_PLURALS.has(norm);
  if (!determined && !plural && !isCapitalised(s.tokens[from]!)) return null;
  if (plural && !determined) from = extendGroupSubject(frame, s, from);
  return mention(frame, s, 'role', from, k + 1, definite, plural ? 'group' : refersTo, s.tokens[k]!.norm);
}

/**
 * Plurals without an -s ("after police said"): like "officials", they stand bare as a subject,
 * with no article, where a singular role noun cannot.
 */
const UNMARKED_PLURALS: ReadonlySet<string> = new Set(['police', 'people', 'staff', 'personnel']);

/** A capitalised word ending in "s" followed by a bare apostrophe: "Sanders’ campaign". */
function isPluralOwner(frame: Frame, s: Sentence, k: number): boolean {
  const tok = s.tokens[k]!;
  return isCapitalised(tok) && /s$/u.test(tok.text) && /^['’]\s+$/u.test(gapBetween(frame, s, k, k + 1));
}

/** A lower-case plural followed by a bare apostrophe: "the owners’ attorney". */
function isCommonPluralOwner(frame: Frame, s: Sentence, k: number): boolean {
  const tok = s.tokens[k]!;
  return /^\p{Ll}+s$/u.test(tok.text) && /^['’]\s+$/u.test(gapBetween(frame, s, k, k + 1));
}

/** Whether token `k` is a clock time's half-day word or zone ("4:52 PM EDT"): no name. */
function isClockTimeTailAt(frame: Frame, s: Sentence, k: number): boolean {
  if (k === 0) return false;
  const [word, previous] = [s.tokens[k]!.text, s.tokens[k - 1]!.text];
  return isClockTimeTail(word, gapBetween(frame, s, k - 1, k), previous, s.tokens[k - 2]?.text);
}

/** The noun phrase starting at token `k` (after "according to", an inverted "said", "by"). */
export function mentionStartingAt(frame: Frame, s: Sentence, k: number): Mention | null {
  const tok = s.tokens[k];
  if (!tok) return null;
  const pronoun = PRONOUN_FORMS.get(tok.norm);
  if (pronoun)
    return pronoun.case === 'subject'
      ? mention(frame, s, 'pronoun', k, k + 1, true, pronoun.refersTo, tok.norm)
      : null;
  // "One reader posted:", "Another resident told": a capitalised "One" opening the sentence
  // counts the person of the noun after it; it is no name.
  if (COUNTING_OPENERS.has(tok.norm) && /^\p{Ll}/u.test(s.tokens[k + 1]?.text ?? '')) {
    for (let j = k + 1; j < Math.min(s.tokens.length, k + MAX_ROLE_MODIFIERS + 1); j++) {
      const m = mentionEndingAt(frame, s, j);
      if (m && m.from === k) return m;
    }
    // "One attendee, who …": a noun one of whose senses names people, right after the count.
    const noun = s.tokens[k + 1]!;
    return mayNamePeople(noun.norm) ? mention(frame, s, 'role', k, k + 2, false, 'person', noun.norm) : null;
  }
  let to = k;
  const skipDeterminer = tok.norm === 'the' || tok.norm === 'a' || tok.norm === 'an';
  if (skipDeterminer) to = skipCompoundModifier(frame, s, to + 1);
  if (!s.tokens[to]) return null;
  if (
    ((isNameWord(s.tokens[to]!) || isCapitalisedVerbInName(frame, s, to)) &&
      !isLeadingParticiple(frame, s, to) &&
      !isCommonOpener(frame, s, to) &&
      !isClockTimeTailAt(frame, s, to) &&
      // "One month after announcing …, Lund said": a count of time opening the sentence is no name.
      !(to === 0 && opensAdverbialPhrase(frame, s))) ||
    isFunctionWordName(frame, s, to)
  ) {
    let end = to + 1;
    let beforeConnector = -1;
    while (
      end < s.tokens.length &&
      end - to < MAX_NAME_WORDS &&
      isNameJoin(gapBetween(frame, s, end - 1, end))
    ) {
      const next = s.tokens[end]!;
      const gap = gapBetween(frame, s, end - 1, end);
      if (isNameWord(next) && !isPossessive(s.tokens[end - 1]!)) end++;
      // A hyphenated given name keeps its lower-case half ("Park Sin-bom").
      else if (/^[-‑]$/u.test(gap) && /^\p{Ll}+$/u.test(next.text)) end++;
      else if (NAME_CONNECTORS.has(next.norm) && s.tokens[end + 1] && isNameWord(s.tokens[end + 1]!)) {
        beforeConnector = end;
        end += 2;
      } else break;
    }
    // "Leo de Corel of Kredietbank's research department": the name stops before the "of".
    if (isPossessive(s.tokens[end - 1]!) && beforeConnector > to && s.tokens[beforeConnector]!.norm === 'of')
      end = beforeConnector;
    // speaker.possessor-skipped: "added Security Pacific's Bannon": the possessor is a firm, the speaker Bannon.
    if (isPossessive(s.tokens[end - 1]!)) {
      const after = s.tokens[end];
      const bare = after && /^\s+$/u.test(gapBetween(frame, s, end - 1, end)) && isNameWord(after);
      return bare ? mentionStartingAt(frame, s, end) : null;
    }
    // "The Democratic senator", "the Indiana governor": capitalised modifiers of a role noun after
    // a determiner make a role phrase, not a name ("Democratic").
    const noun = s.tokens[end];
    const nounHead =
      noun && /^\p{Ll}/u.test(noun.text) ? (ROLE_HEADS.get(noun.norm) ?? outletHead(noun)) : undefined;
    if (
      nounHead &&
      /^\s+$/u.test(gapBetween(frame, s, end - 1, end)) &&
      (skipDeterminer || closesPhrase(frame, s, end))
    )
      return mention(frame, s, 'role', k, end + 1, true, nounHead, noun!.norm);
    if (tok.norm === 'the' && isDescriptorAfterThe(s, to, end))
      return mention(frame, s, 'role', k, end, true, 'person', s.tokens[end - 1]!.norm);
    const head = ROLE_HEADS.get(s.tokens[end - 1]!.norm);
    if (head && skipDeterminer) return mention(frame, s, 'role', k, end, true, head, s.tokens[end - 1]!.norm);
    return mention(frame, s, 'name', to, end, true, 'person', '');
  }
  for (let end = to; end < s.tokens.length && end - to <= MAX_ROLE_MODIFIERS; end++) {
    if (!/^\s*$/u.test(end > to ? gapBetween(frame, s, end - 1, end) : '')) break;
    // "said in a statement": a noun phrase never runs over a preposition before its head, so the
    // noun after one is that phrase's object, not a mention starting here.
    if (PREPOSITIONS.has(s.tokens[end]!.norm)) break;
    const head = ROLE_HEADS.get(s.tokens[end]!.norm);
    if (head) return roleEndingAt(frame, s, end, head);
  }
  return null;
}

/**
 * A headline drops the article: "…, says Harbour councillor", "…, warns Treasury adviser" — a
 * capitalised word right before a role noun that ends the phrase (the sentence's end or its
 * punctuation next, no name after it) modifies that role; the role holder speaks, not the place.
 */
function closesPhrase(frame: Frame, s: Sentence, k: number): boolean {
  const next = s.tokens[k + 1];
  return next === undefined ? true : /^\s*[,.;:!?]/u.test(gapBetween(frame, s, k, k + 1));
}

/**
 * "said State Senator Jose Rodrigo": a speech-verb form capitalised inside a sentence and joined to
 * a name word after it opens a name ("State Senator", "State Rep."), as findSpeechEvents reads
 * such a capital as part of a name rather than a verb.
 */
function isCapitalisedVerbInName(frame: Frame, s: Sentence, k: number): boolean {
  const tok = s.tokens[k]!;
  const next = s.tokens[k + 1];
  if (k === 0 || !next || !isCapitalised(tok) || !SPEECH_VERB_FORMS.has(tok.norm)) return false;
  return isNameWord(next) && isNameJoin(gapBetween(frame, s, k, k + 1));
}

/** The mention of tokens [from, to) of a sentence, with its surface words. */
export function mention(
  frame: Frame,
  s: Sentence,
  kind: Mention['kind'],
  from: number,
  to: number,
  definite: boolean,
  refersTo: Mention['refersTo'],
  head: string,
): Mention | null {
  const start = s.tokens[from]!.start;
  const end = s.tokens[to - 1]!.end;
  return { kind, start, end, surface: frame.text.slice(start, end), from, to, definite, refersTo, head };
}

/**
 * speaker.parenthetical-connective: "The other institutes, however, wrote": a sentence adverb set
 * off by commas inside the clause is read past, so the subject before it still owns the verb.
 * Both commas are required; "However, the institutes wrote" opens the sentence and is not a gap.
 */
function isParentheticalConnective(frame: Frame, s: Sentence, at: number, k: number): boolean {
  if (at < 1 || !PARENTHETICAL_CONNECTIVES.has(s.tokens[at]!.norm)) return false;
  const comma = /^\s*,\s*$/u;
  return (
    comma.test(gapBetween(frame, s, at - 1, at)) &&
    comma.test(gapBetween(frame, s, at, at + 1)) &&
    at + 1 <= k
  );
}

/**
 * Words that open an introductory phrase ending at a comma ("Ahead of the vote, Lund said",
 * "Inside the hall, …", "Likewise, …"): prepositions, including the ones the function-word
 * lexicon leaves out because they are also adverbs, and sentence adverbs. Capitalised first in
 * a sentence they look like names; the clause's subject comes after the comma.
 */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  'ahead',
  'inside',
  'outside',
  'throughout',
  'along',
  'around',
  'following',
  'beside',
  'besides',
  'alongside',
  'past',
  'likewise',
  'similarly',
  'regardless',
  'irrespective',
]);

/** First words of two-word prepositions ending in "from" or "of" ("far from", "instead of"). */
const COMPLEX_PREPOSITION_HEADS: ReadonlySet<string> = new Set([
  'far',
  'apart',
  'aside',
  'away',
  'instead',
  'because',
  'out',
]);

/**
 * Whether the sentence's first word opens an introductory phrase: see OPENING_PREPOSITIONS, an
 * adverb before a subordinator or a count of time (opensAdverbialPhrase), or an -ly adverb set off
 * by its own comma ("Essentially, …"; "Early results …" is a subject).
 */
export function isIntroductoryOpener(frame: Frame, s: Sentence): boolean {
  const first = s.tokens[0];
  if (!first) return false;
  if (OPENING_PREPOSITIONS.has(first.norm) || opensAdverbialPhrase(frame, s)) return true;
  // "Far from helping Lund, …", "Apart from the fee, …": a word and its preposition make one.
  if (COMPLEX_PREPOSITION_HEADS.has(first.norm) && /^(?:from|of)$/u.test(s.tokens[1]?.norm ?? ''))
    return true;
  // "Yet by calling out Berg …, Lund …", "And in Brell, Lund …": a linking conjunction first.
  if (SENTENCE_LINKING_CONJUNCTIONS.has(first.norm) && OPENING_PREPOSITIONS.has(s.tokens[1]?.norm ?? ''))
    return true;
  return /ly$/u.test(first.norm) && s.tokens.length > 1 && /^\s*,\s*$/u.test(gapBetween(frame, s, 0, 1));
}

/**
 * "The minister has since said": after a perfect's "has", "have" or "had", "since" is an adverb
 * (from then on), not the preposition or conjunction it is elsewhere ("since Lund said").
 */
function isPerfectSince(s: Sentence, at: number): boolean {
  return s.tokens[at]!.norm === 'since' && /^ha(?:s|ve|d)$/u.test(s.tokens[at - 1]?.norm ?? '');
}

/**
 * "has long warned", "had long argued": lower-case "long" after an auxiliary is an adverb of the
 * verb group; it is in no adverb list, as "Long" is also a surname ("Huey Long said").
 */
function isAuxiliaryLong(s: Sentence, at: number): boolean {
  return s.tokens[at]!.text === 'long' && AUXILIARIES.has(s.tokens[at - 1]?.norm ?? '');
}

/** Index of the last token before `k` that is not an auxiliary or adverb, with the words skipped. */
export function skipVerbGap(frame: Frame, s: Sentence, k: number): { at: number; skipped: string[] } {
  const skipped: string[] = [];
  let at = k - 1;
  while (at >= 0) {
    const tok = s.tokens[at]!;
    if (isParentheticalConnective(frame, s, at, k)) {
      skipped.push(tok.norm);
      at--;
      continue;
    }
    // "the Kharkiv daily said": an outlet noun after its modifiers is the subject's head, not an adverb.
    const adverb =
      /ly$/u.test(tok.norm) && tok.norm.length > 4 && !isCapitalised(tok) && !isOutletNoun(frame, s, at);
    if (!(VERB_GAP_WORDS.has(tok.norm) || adverb || isPerfectSince(s, at) || isAuxiliaryLong(s, at))) break;
    if (isFunctionWordName(frame, s, at)) break;
    // "The ministers have, however, said": the connective's commas stand inside the verb group.
    const aside = at + 1 < k && isParentheticalConnective(frame, s, at + 1, k);
    if (!aside && !/^\s+$/u.test(gapBetween(frame, s, at, at + 1))) break;
    if (isCapitalised(tok) && at === 0) break;
    skipped.push(tok.norm);
    at--;
  }
  return { at, skipped };
}

/**
 * speaker.people-group: "Americans worried about the border might …", "The Europeans, who had
 * been cut out of the talks, derided …" — a plural people word ("Americans", "Israelis") names a
 * group of that country's people, not its government: the speaker keeps the text's word, as an
 * unnamed group does. Only the word alone, after at most a determiner; "Russian officials" and
 * "the Russian government" are other mentions.
 */
function findPeopleGroup(frame: Frame, s: Sentence, m: Mention): SpeakerRef | null {
  const last = s.tokens[m.to - 1]!;
  for (let k = m.from; k < m.to - 1; k++) if (!NOT_NAME_WORDS.has(s.tokens[k]!.norm)) return null;
  if (!/s$/u.test(last.text) || !lookupPeople(last.text)) return null;
  // The group keeps its quantity ("Many Mexicans"); only an article goes.
  const first =
    s.tokens[m.from]!.norm === 'the' && m.to - m.from > 1 ? s.tokens[m.from + 1]! : s.tokens[m.from]!;
  const name = frame.text.slice(first.start, last.end);
  return { name, entity: null, type: null, surface: m.surface, aliases: [], start: m.start, end: m.end };
}

/**
 * The entity a name mention refers to. The index is asked for the whole phrase, then for shorter
 * tails ("Lendovan Foreign Minister Aurel Brannik" → "Aurel Brannik" → "Brannik"); an unknown name
 * keeps its words without leading titles and demonyms, with no entity (and the type the
 * world-knowledge gazetteer gives it, so "Moscow" is never taken for a "he").
 */
export function resolveName(frame: Frame, s: Sentence, whole: Mention): SpeakerRef | null {
  const people = findPeopleGroup(frame, s, whole);
  if (people) return people;
  const hit = frame.entities.resolve(frame.articleId, whole.surface, whole.start);
  const indexed = hit && !isMisreadEntity(hit, whole.surface) ? hit : null;
  const m = (indexed ? null : findPersonBeforeOf(frame, s, whole)) ?? whole;
  let misread = false;
  // A lone demonym ("Japanese", "American") is an adjective that lost its noun, not a speaker;
  // unless the index knows it as a person here (speaker.demonym-surname: "Cuban said" after "Mark Cuban").
  if (
    m.to - m.from === 1 &&
    indexed?.type !== 'person' &&
    lookupDemonym(s.tokens[m.from]!.text) &&
    !lookupGazetteer(s.tokens[m.from]!.text)
  )
    return null;
  for (const [from, to] of candidateRanges(s, m)) {
    const tok = s.tokens[from]!;
    if (NOT_NAME_WORDS.has(tok.norm) && !isFunctionWordName(frame, s, from)) continue;
    const surface = frame.text.slice(tok.start, s.tokens[to - 1]!.end);
    const e = frame.entities.resolve(frame.articleId, surface, tok.start);
    // After a misread person, only another person (the family name's entity) may stand for the words.
    if (e && (isMisreadEntity(e, surface) || (misread && e.type !== 'person'))) {
      misread = true;
      continue;
    }
    if (e?.type === 'place' && from > m.from && isNamedBefore(s, m.from, from)) continue;
    if (e) {
      if (!SPEAKER_TYPES.has(e.type)) return null;
      // speaker.unknown-name: the index keeps an unclassified surname ("Nazer said") as `other`;
      // as a speaker it is someone of unknown kind, so a later "he" may still stand for it.
      if (e.type === 'other') return { ...speakerRefOf(e, m.surface, m), type: null };
      return speakerRefOf(findGovernmentSeat(frame, e) ?? e, m.surface, m);
    }
  }
  let from = m.from;
  while (from < m.to - 1) {
    const tok = s.tokens[from]!;
    if (!(
      NOT_NAME_WORDS.has(tok.norm) ||
      ROLE_HEADS.has(tok.norm) ||
      lookupDemonym(tok.text) ||
      isTitleWord(tok.norm)
    ))
      break;
    from++;
  }
  const first = s.tokens[from]!;
  if (NOT_NAME_WORDS.has(first.norm) || PRONOUN_FORMS.has(first.norm)) return null;
  const surface = frame.text.slice(first.start, m.end);
  const known = lookupGazetteer(surface);
  return {
    name: known?.name ?? surface,
    entity: null,
    type: known?.type ?? null,
    surface: m.surface,
    aliases: [],
    start: m.start,
    end: m.end,
  };
}

/**
 * speaker.place-in-name: "Priorities USA", "Harbour Trust America": a place ending a run of name
 * words is part of an organisation's name, not the speaker. Only when a word before it is a name
 * word (no article, title, role noun or demonym: "Foreign Minister Ivanov" still yields Ivanov).
 */
function isNamedBefore(s: Sentence, from: number, to: number): boolean {
  return s.tokens
    .slice(from, to)
    .some(
      (t) =>
        /^\p{Lu}/u.test(t.text) &&
        !NOT_NAME_WORDS.has(t.norm) &&
        !ROLE_HEADS.has(t.norm) &&
        !isTitleWord(t.norm) &&
        !lookupDemonym(t.text) &&
        !lookupGazetteer(t.text),
    );
}

/**
 * speaker.name-of-org: in "Frank Keller of Dunmore Brothers Inc" the speaker is the person named
 * before "of", not the firm after it (which the index is likelier to know). Only when the words
 * before "of" hold a name word that is no title ("President of the Republic Jan Kowal" keeps its
 * tail) and the index does not know the whole phrase, so offices and "Bank of England" stay whole.
 */
function findPersonBeforeOf(frame: Frame, s: Sentence, m: Mention): Mention | null {
  const of = s.tokens.findIndex((t, i) => i > m.from && i < m.to && t.norm === 'of');
  if (of < 0) return null;
  const own = s.tokens.slice(m.from, of);
  const named = own.filter(
    (t) =>
      !NOT_NAME_WORDS.has(t.norm) &&
      !ROLE_HEADS.has(t.norm) &&
      !isTitleWord(t.norm) &&
      !ORGANIZATION_HEAD_WORDS.has(t.norm) &&
      !lookupDemonym(t.text),
  );
  if (named.length === 0) return null;
  const end = s.tokens[of - 1]!.end;
  return { ...m, to: of, end, surface: frame.text.slice(m.start, end) };
}

/**
 * Token ranges to ask the index, best first: the whole phrase, the part before "of" ("Ivanov of
 * Russia" is Ivanov), then ever shorter tails ("Foreign Minister Ivan Ivanov" → "Ivan Ivanov").
 */
function candidateRanges(s: Sentence, m: Mention): [number, number][] {
  const out: [number, number][] = [[m.from, m.to]];
  const of = s.tokens.findIndex((t, i) => i > m.from && i < m.to && t.norm === 'of');
  if (of > 0) out.push([m.from, of]);
  for (let i = m.from + 1; i < m.to; i++) out.push([i, m.to]);
  return out;
}

const TITLE_WORDS: ReadonlySet<string> = new Set(OFFICES.flatMap((o) => o.phrase.split(/[\s-]+/)));

function isTitleWord(norm: string): boolean {
  return TITLE_WORDS.has(norm.replace(/\.$/, ''));
}
