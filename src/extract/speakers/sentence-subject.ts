import { ENGLISH_WEEKDAY_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import { ARTICLES, AUXILIARIES, NOT_NAME_WORDS, PREPOSITIONS } from '../../nlp/lexicons/function-words.ts';
import { BODY_NAME_INNER_WORDS } from '../../nlp/lexicons/organizations.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { isMainlyPersonNoun, isPluralOfPeople } from '../../nlp/wordnet/people.ts';
import { hasSense } from '../../nlp/wordnet/wordnet.ts';
import { extendUnnamedSource } from './03-appositive.ts';
import {
  isIntroductoryOpener,
  type Mention,
  mention,
  mentionStartingAt,
  resolveName,
  ROLE_HEADS,
  roleEndingAt,
} from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';
import { isLowerCaseVerb, VERB_FORM_TAGS } from './verb-words.ts';

/**
 * A sentence's grammatical subject, the speaker a cue without a subject of its own falls back to:
 * where the main clause starts (past an opening participle, subordinate clause, introductory
 * phrase or dateline), and which first noun phrase is no place set off by commas or dashes.
 */

export const WEEKDAYS: ReadonlySet<string> = new Set(ENGLISH_WEEKDAY_NAMES.map((d) => d.toLowerCase()));

/**
 * The first noun phrase of the sentence not governed by a preposition: its grammatical subject.
 * An introductory clause is read past ("Asked about the vote, Berg was calm": Berg, not the
 * clause's own words).
 */
export function findSentenceSubject(frame: Frame, s: Sentence, before: number): Mention | null {
  const start = mainClauseStart(frame, s, before);
  // An owner read past ("Ana Varga's") opens the subject, whose verb then closes it.
  let passedSubject = false;
  // The last token of the latest preposition's object read past, or -1.
  let objectEnd = -1;
  for (let k = start; k < Math.min(before, s.tokens.length); k++) {
    const prev = s.tokens[k - 1];
    // "in Syria and Iraq", "for Lund or Berg": a conjunct of the preposition's object is its object too.
    const conjunct = objectEnd >= 0 && (prev?.norm === 'and' || prev?.norm === 'or') && k - 2 === objectEnd;
    if (prev && (PREPOSITIONS.has(prev.norm) || conjunct)) {
      // The whole object is the preposition's ("By Lena Ostrow": not "Ostrow" as the subject).
      // A comma ends the phrase ("struggling to get by, Ida Cole tried"): what follows is no object.
      const object = /^\s+$/u.test(gapBetween(frame, s, k - 1, k)) ? mentionStartingAt(frame, s, k) : null;
      if (object && object.to > k + 1) k = object.to - 1;
      if (object) objectEnd = k;
      continue;
    }
    // "walked into a council meeting and said": after a verb, the noun after a preposition's
    // article is still that preposition's object, not the subject. A phrase opening the clause
    // ("For the epidemiologist Ana Ruiz, the sums …") may name whose view the clause gives.
    const governor = s.tokens[k - 2];
    if (k - 2 > start && PREPOSITIONS.has(governor!.norm) && ARTICLES.has(prev!.norm)) continue;
    const m = mentionStartingAt(frame, s, k);
    // "Ana Varga's first albums were released through a label owned by Ivo Brandt": past the
    // verb group the clause's subject has been passed; a name after it is an object or agent.
    if (!m && k > start && passedSubject && AUXILIARIES.has(s.tokens[k]!.norm)) return null;
    if (!m) {
      if (/^\p{Lu}.*['’]s$/u.test(s.tokens[k]!.text)) passedSubject = true;
      continue;
    }
    if (isDatelineAgency(frame, s, m)) {
      k = m.to - 1;
      continue;
    }
    const kicker = capitalsKickerEnd(frame, s, m);
    if (kicker >= 0) {
      k = kicker;
      continue;
    }
    // "Lund's campaign", "Voss’ campaign": an owner, with "’s" or a bare apostrophe, is no subject.
    const owner =
      /['’]s$/u.test(m.surface) ||
      (m.to < s.tokens.length && /^['’]\s+$/u.test(gapBetween(frame, s, m.to - 1, m.to)));
    if (owner || opensAgencyDateline(frame, s, m) || isSetOffPlace(frame, s, m)) {
      passedSubject = owner;
      k = m.to - 1;
      // A dateline's agency label ("(AP) —") goes with it: the subject follows the dash.
      if (m.from === 0) {
        const dash = s.tokens.findIndex(
          (_, j) => j >= m.to && /[\u2014\u2013]|\s-\s/u.test(gapBetween(frame, s, j - 1, j)),
        );
        if (dash > 0 && dash - m.to <= MAX_DATELINE_LABEL_WORDS) k = dash - 1;
      }
      continue;
    }
    return (
      nameAfterSubjectRole(frame, s, m, before) ??
      extendUnnamedSource(frame, s, withRoleHead(frame, s, m), false)
    );
  }
  return null;
}

/** Most words of a name set off after a described subject ("Friends of the Lower Harbour"). */
const MAX_APPOSITIVE_NAME_WORDS = 6;

/**
 * speaker.name-after-role (sentence subject): "Her main rival, Tom Berg, went further, saying …",
 * "one group, Friends of the Harbour, has run ads urging …" — a role subject followed by a name
 * set off by commas is that name's description; the name is whom the clause's later verbs (a
 * participle, a coordinated verb) inherit. The name is capitalised words (an organisation's may
 * hold "of the", "for") closed by a comma before `before` and not followed by a speech verb, so
 * "The plan, Berg said, …" gives no name here.
 */
function nameAfterSubjectRole(frame: Frame, s: Sentence, m: Mention, before: number): Mention | null {
  if (m.kind !== 'role' || m.to >= before) return null;
  if (!/^\s*,\s*$/u.test(gapBetween(frame, s, m.to - 1, m.to))) return null;
  // The comma closing the name stands before a later token: a name running to the sentence's end is none.
  const limit = Math.min(before, s.tokens.length - 1, m.to + MAX_APPOSITIVE_NAME_WORDS);
  for (let j = m.to; j < limit; j++) {
    const t = s.tokens[j]!;
    const capital = /^\p{Lu}/u.test(t.text);
    if (!capital && (j === m.to || !BODY_NAME_INNER_WORDS.has(t.norm))) return null;
    const gap = gapBetween(frame, s, j, j + 1);
    if (/^\s*,\s*$/u.test(gap)) {
      if (!capital || SPEECH_VERB_FORMS.has(s.tokens[j + 1]!.norm)) return null;
      return mention(frame, s, 'name', m.to, j + 1, true, 'person', '');
    }
    if (!/^\s+$/u.test(gap)) return null;
  }
  return null;
}

/**
 * speaker.not-dateline (agency): "Aug 27 (Reuters) - Hillary Clinton on Saturday received …": a
 * name in brackets followed by a dash is a dateline's agency label, not the clause's subject.
 */
function isDatelineAgency(frame: Frame, s: Sentence, m: Mention): boolean {
  if (m.to >= s.tokens.length) return false;
  // The sentence splitter may end a sentence at the state's abbreviation ("ORLANDO, Fla.
  // (Reuters) - …"): the label then opens the sentence, its bracket before the first token.
  const opening =
    m.from === 0 ? frame.masked.slice(s.start, s.tokens[0]!.start) : gapBetween(frame, s, m.from - 1, m.from);
  return (
    /\(\s*$/u.test(opening) &&
    /^\s*\)\s*(?:[\u2014\u2013]|-\s|--)/u.test(gapBetween(frame, s, m.to - 1, m.to))
  );
}

/**
 * speaker.not-dateline (any town): "Kelmore (AFP) – Mayor Lund will …": a name opening the
 * sentence and followed by a bracketed agency label and a dash is a dateline's town, whether or
 * not the entity index knows it as a place.
 */
/** Characters after a dateline's town that may hold its bracketed label and dash. */
const MAX_AGENCY_LABEL_CHARS = 48;

function opensAgencyDateline(frame: Frame, s: Sentence, m: Mention): boolean {
  if (m.from !== 0 || m.kind !== 'name') return false;
  const from = s.tokens[m.to - 1]!.end;
  const after = frame.masked.slice(from, Math.min(s.end, from + MAX_AGENCY_LABEL_CHARS));
  return /^\s*\(\s*[^()\s]+(?:\s+[^()\s]+){0,2}\s*\)\s*(?:[\u2014\u2013\u2015]|-\s|--)/u.test(after);
}

/**
 * speaker.not-dateline: "LOS ANGELES (AP) — Clinton …", "In Salem, New Hampshire, Trump went
 * after …": a place set off by a bracket or dash (a dateline), or standing between commas after
 * the opening words (a locative phrase's state or country), is no subject; the clause's is later.
 * "Britain, which has …, long blocked" (a place opening the sentence) still is.
 */
/** Words of a dateline's bracketed agency label ("(Reuters)", "(AFP)", "(AP Photo)"). */
const MAX_DATELINE_LABEL_WORDS = 3;

function isSetOffPlace(frame: Frame, s: Sentence, m: Mention): boolean {
  if (m.kind !== 'name' || m.to >= s.tokens.length) return false;
  const after = gapBetween(frame, s, m.to - 1, m.to);
  const dateline = m.from === 0 && /^\s*[(\u2014\u2013]|^\s+-\s/u.test(after);
  const between =
    m.from > 0 && /,\s*$/u.test(gapBetween(frame, s, m.from - 1, m.from)) && /^\s*,/u.test(after);
  if (!dateline && !between) return false;
  return resolveName(frame, s, m)?.type === 'place';
}

/**
 * speaker.modified-group: "Central European leaders have embraced …", "Democratic senators
 * warned": capitalised words (a demonym, a party) before a plural role noun modify it; the
 * subject is the whole group, not the place or party the capitals name.
 */
function withRoleHead(frame: Frame, s: Sentence, m: Mention): Mention {
  const next = s.tokens[m.to];
  if (m.kind !== 'name' || !next || !/^\p{Ll}/u.test(next.text)) return m;
  if (!/^\s+$/u.test(gapBetween(frame, s, m.to - 1, m.to))) return m;
  const titled = titledName(frame, s, m.to);
  if (titled) return titled;
  if (ROLE_HEADS.get(next.norm) === 'person' && /[^s]s$/u.test(next.norm))
    return roleEndingAt(frame, s, m.to, 'person') ?? m;
  return peopleAfterModifier(frame, s, m) ?? m;
}

/** Lower-case modifiers between a capitalised one and a plural of people ("Kestria health authorities"). */
const MAX_PEOPLE_MODIFIERS = 2;

/**
 * "Kestria health authorities are reporting …", "Kremlin investigators believe …": a capitalised
 * word before a few lower-case ones ending in a plural that names people (WordNet) only modifies
 * them; the people are the subject, with the words that say which ones.
 */
function peopleAfterModifier(frame: Frame, s: Sentence, m: Mention): Mention | null {
  for (let j = m.to; j < s.tokens.length && j - m.to <= MAX_PEOPLE_MODIFIERS; j++) {
    const t = s.tokens[j]!;
    if (!/^\p{Ll}+$/u.test(t.text) || !/^\s+$/u.test(gapBetween(frame, s, j - 1, j))) return null;
    if (isPluralOfPeople(t.norm)) return mention(frame, s, 'role', m.from, j + 1, false, 'group', t.norm);
    // A modifier is a noun or adjective, never a verb ("Lund met the unions": "met" ends it).
    if (NOT_NAME_WORDS.has(t.norm) || hasSense(t.norm, 'v')) return null;
  }
  return null;
}

/** Most lower-case words of a title between the capitals that modify it and the name it precedes. */
const MAX_TITLE_WORDS = 4;

/**
 * speaker.titled-name: "White House national security adviser Jake Sullivan said …", "Harbour
 * minister Ada Lund, arguing …": capitals before a lower-case title (an office, a role of a
 * person) and a name right after it are the title's modifiers (an institution, a portfolio); the
 * subject is the titled name. Read from `from`, the title's first word.
 */
function titledName(frame: Frame, s: Sentence, from: number): Mention | null {
  for (let j = from; j < Math.min(from + MAX_TITLE_WORDS, s.tokens.length - 1); j++) {
    const t = s.tokens[j]!;
    if (!/^\p{Ll}/u.test(t.text) || !/^\s+$/u.test(gapBetween(frame, s, j, j + 1))) return null;
    // "Retired neurosurgeon Ben Carson": a noun WordNet reads mainly as a person titles a name too,
    // when only modifiers stand before it ("used to support fellow X": a verb phrase, no title).
    const modified = s.tokens
      .slice(from, j)
      .every((w) => !isLowerCaseVerb(w, VERB_FORM_TAGS) && w.norm !== 'to');
    const title = ROLE_HEADS.get(t.norm) === 'person' || (modified && isMainlyPersonNoun(t.norm));
    if (!title || !/^\p{Lu}/u.test(s.tokens[j + 1]!.text)) continue;
    const name = mentionStartingAt(frame, s, j + 1);
    return name?.kind === 'name' ? name : null;
  }
  return null;
}

/** Subordinators that open a clause before the main subject ("When asked, …", "Although …, she"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'although',
  'though',
  'if',
  'because',
  'as',
  'once',
  'unless',
  'whereas',
  'after',
  'before',
  'since',
  'until',
]);

/**
 * Where the main clause starts: after the first comma when the sentence opens with a participle
 * ("Asked how …,", "Speaking to reporters,", "Pressed on …,") or a subordinator ("When …,"); else
 * at 0. A participle is a lower-case-led -ed/-ing word or speech verb form capitalised only as the
 * first word and followed by a lower-case word, so names ending so ("Alfred Berg") stay names.
 */
export function mainClauseStart(frame: Frame, s: Sentence, before: number): number {
  // "BUENA PARK, Calif. - Rallying hundreds of workers, Ada Lund …": the clause after a dateline
  // may open with a participle of its own, read past as at the sentence's start.
  if (s.tokens.length < 2) return 0;
  const dateline = findDatelineEnd(frame, s, before);
  const at = Math.max(dateline, 0);
  const first = s.tokens[at];
  const next = s.tokens[at + 1];
  if (!first || !next) return at;
  const participle =
    (/^\p{Lu}\p{Ll}{2,}(?:ed|ing)$/u.test(first.text) || SPEECH_VERB_FORMS.has(first.norm)) &&
    /^\p{Ll}/u.test(next.text);
  if (at > 0 && !participle) return at;
  if (!participle && !SUBORDINATORS.has(first.norm) && !isIntroductoryOpener(frame, s)) return 0;
  // After an opening participle the comma may stand right before `before` ("Borrowing a phrase
  // from Lund, he said"): the main clause then holds nothing before it, and no name in the
  // participle clause is its subject, since the participle's own doer is that subject. A
  // subordinate clause has a subject of its own ("When I met Costa, she said": she may be Costa).
  const last = participle ? Math.min(before, s.tokens.length - 1) : Math.min(before, s.tokens.length) - 1;
  // 'When Lund called it "a sham," Berg …': a quotation's closing mark may stand by the comma.
  for (let k = at + 1; k <= last; k++)
    if (/^[\s”"’]*,[\s”"’]*$/u.test(gapBetween(frame, s, k - 1, k)))
      return skipSetOffAdjuncts(frame, s, k, before);
  return at;
}

/** Words of a dateline before its dash ("LA CROSSE, Wisc. —" is 3, "BUENA PARK, Calif. —" 3). */
const MAX_DATELINE_WORDS = 6;

/**
 * speaker.not-dateline (capitals): "LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed …" — a
 * sentence opening with a word in capitals and a dash within a few words opens with a dateline;
 * the clause starts after the dash. Returns that token, or 0.
 */
function findDatelineEnd(frame: Frame, s: Sentence, before: number): number {
  if (!/^\p{Lu}{2,}$/u.test(s.tokens[0]!.text)) return 0;
  const last = Math.min(before, s.tokens.length - 1, MAX_DATELINE_WORDS);
  for (let k = 1; k <= last; k++)
    if (/[\u2014\u2013]|\s-\s|--/u.test(gapBetween(frame, s, k - 1, k))) return k;
  return 0;
}

/** A state's abbreviation: "N.H.", "Calif.", "Pa." */
const STATE_ABBREVIATION = /^(?:(?:\p{Lu}\.){1,3}|\p{Lu}\p{Ll}{1,5}\.)$/u;

/** Most words of a set-off place or time after an introductory phrase (", N.H.,", ", on Tuesday,"). */
const MAX_ADJUNCT_WORDS = 3;

/**
 * "At a rally in Portsmouth, N.H., on Tuesday, Senator Lund endorsed …": after the introductory
 * phrase's comma, a state abbreviation or a short time phrase set off by commas still belongs to
 * it; the main clause starts after them. `k` is the token after the first comma.
 */
function skipSetOffAdjuncts(frame: Frame, s: Sentence, k: number, before: number): number {
  let at = k;
  for (;;) {
    let close = -1;
    for (let j = at + 1; j <= Math.min(before, s.tokens.length - 1) && j - at <= MAX_ADJUNCT_WORDS; j++)
      if (/^\s*\.?,\s*$/u.test(gapBetween(frame, s, j - 1, j))) {
        close = j;
        break;
      }
    if (close < 0) return at;
    const t = s.tokens[at]!;
    const words = frame.masked.slice(t.start, frame.masked.indexOf(',', s.tokens[close - 1]!.end));
    const abbreviation = STATE_ABBREVIATION.test(words);
    const time = /^(?:on|last|this|early|late)$/u.test(t.norm) || WEEKDAYS.has(t.norm);
    if (!abbreviation && !time) return at;
    at = close;
  }
}

/**
 * A kicker in capitals opening the sentence before a colon ("SUNDAY LEDGER: Senator Ilsa Varn
 * came ready …"): a recap's heading for the show or the topic, not the clause's subject. The
 * index of its last word, or -1.
 */
function capitalsKickerEnd(frame: Frame, s: Sentence, m: Mention): number {
  if (m.from !== 0) return -1;
  let j = 0;
  while (j < s.tokens.length && isCapitalsWord(frame.masked.slice(s.tokens[j]!.start, s.tokens[j]!.end))) j++;
  if (j === 0 || j >= s.tokens.length || j < m.to) return -1;
  return /^[\s\u00a0]*:/u.test(gapBetween(frame, s, j - 1, j)) ? j - 1 : -1;
}

function isCapitalsWord(w: string): boolean {
  return /\p{Lu}{2}/u.test(w) && w === w.toUpperCase();
}
