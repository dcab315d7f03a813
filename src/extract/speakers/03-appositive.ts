import { AUXILIARIES, NOT_NAME_WORDS, PREPOSITIONS } from '../../nlp/lexicons/function-words.ts';
import { isCommonWord, isGivenName } from '../../nlp/gazetteer.ts';
import { BODY_NAME_INNER_WORDS } from '../../nlp/lexicons/organizations.ts';
import { isMainlyPersonNoun, mayNamePeople } from '../../nlp/wordnet/people.ts';
import {
  type Mention,
  mention,
  mentionEndingAt,
  mentionStartingAt,
  ROLE_HEADS,
  roleEndingAt,
  unlistedPersonEndingAt,
} from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';
import { lastTokenEndingBy } from '../../nlp/tokens.ts';
import { matchOffice } from '../../nlp/roles.ts';
import { lastIndexWithin } from '../../nlp/text-search.ts';

/** Longest appositive read between a name and its verb ("Pell, a long-serving government spokesman, said"). */
const MAX_APPOSITIVE_WORDS = 12;
/**
 * Longest relative clause read so ("Mitchell, who served as ambassador to Burma from 2012 until
 * earlier this year, said"): "who" can only open a clause about the name before it, however long
 * (a career told in one clause, "who as a Navy doctor was … and later retired from the service as
 * a rear admiral", runs past 30 words). 20 lost such clauses on PolNeAR dev; 36 keeps them.
 */
const MAX_RELATIVE_APPOSITIVE_WORDS = 36;

/**
 * The subject before an appositive: in "Pell, a government spokesman, said" the words between
 * the two commas describe the name before them, so the speaker is that name. The appositive must
 * start with a determiner or "who" and hold no other comma, which keeps lists ("Moscow, Kyiv,
 * said") and clauses out. `k` is the last token of the appositive (just before ", said").
 */
export function findAppositiveSubject(frame: Frame, s: Sentence, k: number): Mention | null {
  const hometown = findHometownOpen(frame, s, k);
  if (hometown > 0) {
    // "Cory Jameson, 22, of Flint, Mich., said": the age before the hometown is the name's too.
    const m = mentionEndingAt(frame, s, skipAge(frame, s, hometown - 1));
    return m && m.kind !== 'pronoun' ? m : null;
  }
  let placeComma = false;
  // The end of the insert being read: k, then, past a nested insert, the token before its comma.
  let end = k;
  for (let open = k; open > 0 && k - open < MAX_RELATIVE_APPOSITIVE_WORDS; open--) {
    const gap = gapBetween(frame, s, open - 1, open);
    if (!/^\s*,\s*$/u.test(gap)) {
      if (/[,;:()“”"«»]/u.test(gap)) return null;
      continue;
    }
    if (!placeComma && isTownStateComma(s, open, k)) {
      placeComma = true;
      continue;
    }
    // "…, who lost her daughter in Aurora, Colorado, in July, said": a town's state inside the insert.
    if (isStateAfterTown(s, open)) continue;
    const first = s.tokens[open]!.norm;
    if (end - open >= MAX_APPOSITIVE_WORDS && !/^(who|whose|who['’]s|which)$/u.test(first)) return null;
    // "Tom Vega, Pruitt's campaign manager, said": an owner opens the appositive as "his" does.
    const owned = /^\p{Lu}.*['’]s$/u.test(s.tokens[open]!.text) && open < end;
    const adjunct = FRAMING_PREPOSITIONS.has(first) && end - open < MAX_APPOSITIVE_WORDS;
    if (
      !/^(a|an|the|who|whose|who['’]s|which|his|her|its|their|now|then|also|both|one)$/u.test(first) &&
      !isParticiple(s, open) &&
      !adjunct &&
      !owned &&
      !isAge(s, open, end) &&
      !opensWithRole(s, open, end)
    )
      return null;
    // "Sen. Ana Lund, R-Ohio, who filed a bill, said": the party label set off by commas before the
    // insert belongs to the name, as it does right before a verb (skipCommaPartyLabel).
    const m = mentionEndingAt(frame, s, skipAge(frame, s, skipCommaPartyLabel(frame, s, open - 1)));
    if (!m || m.kind === 'pronoun') return null;
    // speaker.appositive-nested: "Voters in Ohio, in a poll, said", "Grassley, facing a challenge in
    // Iowa, a swing state, said": a name that is a preposition's object (or a town's state after
    // one) is no subject; the insert goes on further back, to the subject's own comma.
    // "of the Netherlands": the article before a place's name stands between it and the preposition.
    const before = m.from > 1 && s.tokens[m.from - 1]!.norm === 'the' ? m.from - 2 : m.from - 1;
    const object = before >= 0 && isObjectOfPreposition(s.tokens[before]!.norm);
    if (object || isStateAfterTown(s, m.from)) {
      // "The executive board of the union, which represents nurses, said": the object ends a role
      // with its phrase, which is the subject the insert describes.
      // A role set off after a name ("X, the president of the union, which …,") is the name's
      // appositive; the reading goes on back to the name.
      const role = object ? findRoleWithPhrase(frame, s, open - 1) : null;
      if (role && opensClauseAt(frame, s, role.from) && !followsName(frame, s, role.from)) return role;
      // "Ana Lund, Minister for Water of Norway, speaking as chair, said": the role before the
      // nested insert is read as long as it is, not with the insert after it.
      if (object) end = open - 1;
      continue;
    }
    return m;
  }
  return null;
}

/** Whether token `k` opens its clause: the sentence's start, or after a comma, colon or dash. */
function opensClauseAt(frame: Frame, s: Sentence, k: number): boolean {
  return k === 0 || /[,;:\u2014\u2013]\s*$/u.test(gapBetween(frame, s, k - 1, k));
}

/** Whether a name and a comma stand right before token `k`. */
function followsName(frame: Frame, s: Sentence, k: number): boolean {
  if (k < 1 || !/^\s*,\s*$/u.test(gapBetween(frame, s, k - 1, k))) return false;
  return mentionEndingAt(frame, s, k - 1)?.kind === 'name';
}

/** Most words before the role noun of a bare role appositive ("former deputy chairman" is 2). */
const MAX_ROLE_MODIFIER_WORDS = 2;

/**
 * "General Mark Milley, chairman of the Joint Chiefs, told …": news sets a role without an article
 * after a name, as its appositive. The insert [open, k] opens with a role noun, after at most a
 * couple of modifiers ("former", "deputy"), none of them a function word.
 */
function opensWithRole(s: Sentence, open: number, k: number): boolean {
  for (let j = open; j <= Math.min(k, open + MAX_ROLE_MODIFIER_WORDS); j++) {
    const norm = s.tokens[j]!.norm;
    if (ROLE_HEADS.has(norm)) return true;
    // "Ana Lund, professor of law at Harlow, said", "…, author of two books on the port, …": a
    // noun naming a person by calling or work, tied by a preposition to its field or place.
    if (j < k && ROLE_TIES.has(s.tokens[j + 1]!.norm) && isMainlyPersonNoun(norm)) return true;
    if (NOT_NAME_WORDS.has(norm)) return false;
  }
  return false;
}

/** Prepositions that tie a bare role noun to its field, body or place ("professor of law at …"). */
const ROLE_TIES: ReadonlySet<string> = new Set(['of', 'at', 'for']);

/** The comma before token `k` parts a town from its state after a preposition ("in Aurora, Colorado"). */
function isStateAfterTown(s: Sentence, k: number): boolean {
  if (k < 2 || !/^\p{Lu}/u.test(s.tokens[k]!.text) || !/^\p{Lu}/u.test(s.tokens[k - 1]!.text)) return false;
  return isObjectOfPreposition(s.tokens[k - 2]!.norm);
}

/**
 * speaker.appositive (adjunct): "Clinton, at Monday's debate, cited …", "Varn, in a statement,
 * said …" — a short prepositional phrase set off by commas between a name and its verb says where
 * or how the named one spoke; the name is still the subject.
 */
const FRAMING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'during', 'on', 'speaking']);

/** Subordinators that look like prepositions: the name after one opens a clause ("since Clinton, at …, cited"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'until', 'as']);

/** Whether a noun phrase after the word `before` is that preposition's object, not a clause's subject. */
export function isObjectOfPreposition(before: string): boolean {
  return PREPOSITIONS.has(before) && !SUBORDINATORS.has(before);
}

/** Most words of the state closing an appositive ("a salesman from Dunmore, South Carolina"). */
const MAX_STATE_WORDS = 3;

/**
 * The comma before token `open` parts a town from its state at the end of an appositive ("a
 * salesman from Dunmore, South Carolina, said"): capitalised words on both sides, the state
 * running to the appositive's end, the town after "from", "of" or "in". Not a list's comma.
 */
function isTownStateComma(s: Sentence, open: number, k: number): boolean {
  if (k - open >= MAX_STATE_WORDS || open < 2) return false;
  for (let j = open; j <= k; j++) if (!/^\p{Lu}/u.test(s.tokens[j]!.text)) return false;
  const town = s.tokens[open - 1]!;
  return /^\p{Lu}/u.test(town.text) && /^(?:from|of|in)$/u.test(s.tokens[open - 2]!.norm);
}

/**
 * speaker.town-state: "A spokesman for the mayor of Ames, Iowa, said": a place set off by commas
 * after a town that is a preposition's object is the town's state or country, part of the place
 * phrase and never the subject. Returns the town's last token, where the subject phrase ends, or
 * -1. Only when the index knows the words after the comma as a place, so "the mayor's aide for
 * Lund, Tomas Reil, said" keeps its named aide. `k` is the last token before ", said".
 */
export function findTownBeforeState(frame: Frame, s: Sentence, k: number): number {
  const state = mentionEndingAt(frame, s, k);
  if (state?.kind !== 'name' || state.from < 3) return -1;
  if (!/^\s*,\s*$/u.test(gapBetween(frame, s, state.from - 1, state.from))) return -1;
  const town = mentionEndingAt(frame, s, state.from - 1);
  if (town?.kind !== 'name' || town.from < 1 || !isObjectOfPreposition(s.tokens[town.from - 1]!.norm))
    return -1;
  const place = frame.entities.resolve(frame.articleId, state.surface, state.start);
  return place?.type === 'place' ? state.from - 1 : -1;
}

/**
 * A dash setting off an insert: an em or en dash, the typewriter's double hyphen, or a single
 * hyphen with a space on each side (wire copy typed without dashes: "Berg - a lawyer - said"; a
 * hyphen inside a word has no spaces).
 */
export const DASH_GAP = /^\s*(?:—|–|--)\s*$|^\s+-\s+$/u;

/**
 * speaker.dashed-appositive: "Joyce — who is listed as an attorney but does not practise — told
 * the paper", "Berg -- a lawyer for the city -- said": an insert between two dashes right before
 * the verb describes the subject before the first dash, as a comma-bounded appositive does.
 * Returns the last token before the first dash, where the subject ends (read there as before a
 * verb, so "a spokesman for the bank — a small lender — said" keeps its role), or -1. The insert
 * may hold commas and a whole quotation; no bracket. `k` is its last token.
 */
export function findDashedInsertStart(frame: Frame, s: Sentence, k: number): number {
  for (let open = k; open > 0 && k - open < MAX_RELATIVE_APPOSITIVE_WORDS; open--) {
    const gap = gapBetween(frame, s, open - 1, open);
    if (/[;:()«»]/u.test(gap)) return -1;
    // A quotation inside the insert ("— who vowed to “fight on” —") is its own; an unclosed mark
    // would carry the insert into or out of a quotation.
    if (DASH_GAP.test(gap))
      return isBalancedQuoting(frame.text.slice(s.tokens[open]!.start, s.tokens[k]!.end)) ? open - 1 : -1;
  }
  return -1;
}

/** Whether a stretch opens and closes as many quotation marks as it holds (straight ones paired). */
function isBalancedQuoting(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/“/gu) === count(/”/gu) && count(/"/gu) % 2 === 0;
}

/** Longest "of Springfield, Va." read between a name and its verb. */
const MAX_HOMETOWN_WORDS = 5;

/**
 * Token index of the "of" opening a hometown appositive ending at `k` ("Johnnie Wilson, of
 * Springfield, Va., said"), or -1. News gives a private person's town and state after the name;
 * the one comma inside, between town and state, is not a list's.
 */
function findHometownOpen(frame: Frame, s: Sentence, k: number): number {
  for (let open = k; open > 0 && k - open < MAX_HOMETOWN_WORDS; open--) {
    if (!/^\s*,\s*$/u.test(gapBetween(frame, s, open - 1, open))) continue;
    if (/^(of|from)$/u.test(s.tokens[open]!.norm)) return open;
  }
  return -1;
}

/** "Cecelia Varn, 67, said": a person's age alone between commas (a number under 130). */
function isAge(s: Sentence, open: number, k: number): boolean {
  return open === k && /^\d{1,3}$/u.test(s.tokens[open]!.text) && Number(s.tokens[open]!.text) < 130;
}

/**
 * "Cecelia Varn, 67, a retired clerk, said": an age set off by commas between the name and its
 * appositive belongs to the name; the token before the age's comma ends the name. Else `k`.
 */
function skipAge(frame: Frame, s: Sentence, k: number): number {
  if (k < 2 || !isAge(s, k, k)) return k;
  return /^\s*,\s*$/u.test(gapBetween(frame, s, k - 1, k)) ? k - 1 : k;
}

/**
 * A participle clause set off by commas describes the subject too ("Obama, dedicating the museum
 * on Saturday, said"; "Berg, asked about the vote, said"): a lower-case word ending in -ing or -ed.
 */
function isParticiple(s: Sentence, k: number): boolean {
  const tok = s.tokens[k]!;
  return /^\p{Ll}/u.test(tok.text) && /\p{L}{2,}(?:ing|ed)$/u.test(tok.norm);
}

/** Prepositions that attach a body or place to an unnamed source ("a spokesman for the bank"). */
const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'with', 'from', 'in']);
/** Relative pronouns that open a clause, never a noun phrase's word. */
const WH_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
/** Longest prepositional phrase read after a source's role noun ("for J.P. Morgan and Co Inc" is 6). */
const MAX_SOURCE_PP_WORDS = 8;

/**
 * speaker.role-with-pp: "a spokesman for a major firm said", "officials at the ministry said".
 * The noun just before the verb belongs to the prepositional phrase; the subject is the role noun
 * before the preposition. Read back over plain words (no comma, no quote) to a preposition whose
 * previous word is a role head; the mention covers role and phrase, so the unnamed source keeps
 * its words ("a spokesman for the bank").
 */
export function findRoleWithPhrase(frame: Frame, s: Sentence, k: number): Mention | null {
  // "met the campaign in October and said": a phrase ending in a coordinator is no subject; the
  // verb after "and" shares the clause's subject (read as coordinated).
  if (PHRASE_COORDINATORS.has(s.tokens[k]?.norm ?? '')) return null;
  // "has long been an adviser to the council in supporting": a gerund after a preposition is that
  // preposition's object; a phrase ending in the preposition is no subject.
  if (PREPOSITIONS.has(s.tokens[k]?.norm ?? '')) return null;
  let found: Mention | null = null;
  for (let p = k; p > 0 && k - p < MAX_SOURCE_PP_WORDS; p--) {
    if (p < k && !/^(?:\s+|\.\s?|-|\s*&\s*)$/u.test(gapBetween(frame, s, p, p + 1))) break;
    // "Leaders of the council have avoided direct criticism": an auxiliary or a relative pronoun
    // opens a clause; a preposition's object is a noun phrase and holds neither ("that" may be
    // its determiner: "officials of that country").
    if (AUXILIARIES.has(s.tokens[p]!.norm) || WH_RELATIVES.has(s.tokens[p]!.norm)) break;
    if (!(isRolePreposition(s, p) || isMembershipOn(s, p)) || p === k) continue;
    if (!/^\s+$/u.test(gapBetween(frame, s, p - 1, p))) break;
    // "A nurse at the shelter told": a person noun no lexicon lists, introduced by an indefinite,
    // heads the phrase as a role does ("the organizer of a rally" stays a description of its own).
    const head =
      ROLE_HEADS.get(s.tokens[p - 1]!.norm) ?? (isIntroducedPerson(frame, s, p - 1) ? 'person' : null);
    if (!head) continue;
    const role = roleEndingAt(frame, s, p - 1, head);
    if (!role) break;
    const end = s.tokens[k]!.end;
    found = { ...role, to: k + 1, end, surface: frame.text.slice(role.start, end) };
    // "The attorney general of the state of New York": a role phrase nested in another's "of"
    // phrase is its complement; the head is the outermost role, so read on leftwards.
    const outer = s.tokens[role.from - 1];
    if (!outer || !SOURCE_PREPOSITIONS.has(outer.norm)) break;
    p = role.from;
  }
  // "Norway's ambassador to Kestria Per Holm said": a person's name closing the phrase is the
  // role holder the title describes, and the subject. Asked last, of a phrase found: most verbs
  // have none, and the name look-up costs more than the walk back over the words.
  return found !== null && endsInPersonName(frame, s, k) ? null : found;
}

/** An unlisted person noun after "a", "an", "one" or "another" ("a nurse"), read as a role head. */
function isIntroducedPerson(frame: Frame, s: Sentence, k: number): boolean {
  const m = unlistedPersonEndingAt(frame, s, k);
  return m !== null && s.tokens[m.from]!.norm !== 'the';
}

/**
 * Whether the words ending at token `k` close with a person's name: a full name (two words or
 * more) the index knows as a person's, or capitalised words after a place ("to Britain Liu
 * Xiaming": a place is one name, so what follows it in the same run is another, the holder's).
 */
function endsInPersonName(frame: Frame, s: Sentence, k: number): boolean {
  const m = mentionEndingAt(frame, s, k);
  if (m?.kind !== 'name') return false;
  const resolve = (surface: string, at: number) => frame.entities.resolve(frame.articleId, surface, at);
  const whole = resolve(m.surface, m.start);
  if (whole) return whole.type === 'person' && whole.name.includes(' ') && m.surface.endsWith(whole.name);
  const first = s.tokens[m.from]!;
  return m.to - m.from > 1 && resolve(first.text, first.start)?.type === 'place';
}

/**
 * A preposition that may tie a role noun to its body or place. "To" only right after a role head:
 * an envoy, aide or ambassador "to" a place or person serves it ("Norway's envoy to Kestria said"),
 * so the role, not the place, is the subject.
 */
function isRolePreposition(s: Sentence, p: number): boolean {
  const norm = s.tokens[p]!.norm;
  return SOURCE_PREPOSITIONS.has(norm) || (norm === 'to' && ROLE_HEADS.has(s.tokens[p - 1]?.norm ?? ''));
}

/**
 * "an official on the call", "a member on the panel", "an aide on Tuesday's call": "on" before a
 * definite or possessed noun ties a source to the occasion or body it belongs to. "On" before a
 * bare day or date ("an aide on Monday said") says when, not whose, and is not read so.
 */
function isMembershipOn(s: Sentence, p: number): boolean {
  if (s.tokens[p]!.norm !== 'on') return false;
  const next = s.tokens[p + 1];
  return next !== undefined && (next.norm === 'the' || /['’]s$/u.test(next.text));
}

/** Coordinators: the word before a coordinated verb, never a noun phrase's last word. */
const PHRASE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);

/** First words of an unnamed source ("a spokesman", "one adviser", "several officials"). */
const UNNAMED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some', 'several']);
/** Prepositions tying an unnamed source to whom it speaks for, "to" included ("an adviser to Lund"). */
const TIE_PREPOSITIONS: ReadonlySet<string> = new Set([...SOURCE_PREPOSITIONS, 'to']);
/** Words that open a relative clause: the source's own words end before one. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * speaker.role-with-pp (after the role): "“…,” says a source involved in the group's creation.",
 * "A spokesman for Mayor Frank Jensen of Brell defended …" — an unnamed source keeps the words
 * saying whom it speaks for, as before the verb (findRoleWithPhrase). After an inverted verb
 * (`toClauseEnd`) the phrase runs to the clause's end (a comma, stop or the sentence's end) when
 * that comes within MAX_SOURCE_PP_WORDS and it opens with a preposition or a participle. As a
 * sentence's subject only a preposition and the capitalised words after it are taken, since a
 * lower-case word there may be the verb. Only an indefinite role: a definite one ("the aide to
 * Lund") is resolved to whom it names, not read as words.
 */
export function extendUnnamedSource(frame: Frame, s: Sentence, m: Mention, toClauseEnd: boolean): Mention {
  if (m.kind !== 'role' || !UNNAMED_OPENERS.has(s.tokens[m.from]!.norm)) return m;
  const first = s.tokens[m.to];
  if (!first || !/^\s+$/u.test(gapBetween(frame, s, m.to - 1, m.to))) return m;
  const joined = (k: number): boolean => /^(?:\s+|\.\s?|-)$/u.test(gapBetween(frame, s, k - 1, k));
  let end = m.to;
  if (toClauseEnd) {
    const participle = /^\p{Ll}[\p{L}-]{2,}(?:ed|ing)$/u.test(first.text) || POSTMODIFIERS.has(first.norm);
    if (!TIE_PREPOSITIONS.has(first.norm) && !participle) return m;
    while (end < s.tokens.length && end - m.to < MAX_SOURCE_PP_WORDS && (end === m.to || joined(end))) {
      if (RELATIVE_WORDS.has(s.tokens[end]!.norm)) return m;
      end++;
    }
    const closes = end === s.tokens.length || /^\s*[,.;:]/u.test(gapBetween(frame, s, end - 1, end));
    if (!closes || end - m.to >= MAX_SOURCE_PP_WORDS) return m;
  } else {
    if (!TIE_PREPOSITIONS.has(first.norm)) return m;
    let k = m.to + 1;
    if (s.tokens[k]?.norm === 'the' && joined(k)) k++;
    for (; k < s.tokens.length && k - m.to < MAX_SOURCE_PP_WORDS && joined(k); k++) {
      const t = s.tokens[k]!;
      if (/^\p{Lu}/u.test(t.text)) end = k + 1;
      else if (t.norm !== 'of') break;
    }
    if (end === m.to) return m;
  }
  return mention(frame, s, 'role', m.from, end, m.definite, m.refersTo, m.head) ?? m;
}

/** Adjectives that follow an unnamed source's noun with their own phrase ("a person close to Lund"). */
const POSTMODIFIERS: ReadonlySet<string> = new Set(['familiar', 'close', 'loyal', 'opposed']);
/** Longest unnamed source read after an inverted verb, its determiner included ("one Democratic state senator"). */
const MAX_UNNAMED_WORDS = 5;

/**
 * speaker.unnamed-inverted: "“…,” said one Democrat familiar with the talks", "“…,” said a
 * person close to the Lunds." — after an inverted verb an indefinite noun phrase is the source,
 * whether or not the role lexicon holds its noun ("person", "Democrat"). Its noun is the last
 * word before a preposition, a participle, a post-modifying adjective, a relative word or the
 * clause's punctuation; a time ("a day later") or a document is no source. `k` is the token after
 * the verb.
 */
export function findUnnamedAfterVerb(frame: Frame, s: Sentence, k: number): Mention | null {
  const first = s.tokens[k];
  if (!first) return null;
  // "“…,” asked the boy, who …", "said the designer.": a definite noun closing the clause after
  // an inverted verb is its speaker too; before any other word it may open the reported clause
  // ("said the plan would fail"), so only a phrase the clause's punctuation closes is read.
  const definite = first.norm === 'the';
  if (!definite && !/^(?:a|an|one|another)$/u.test(first.norm)) return null;
  let head = -1;
  for (let j = k + 1; j < s.tokens.length && j - k < MAX_UNNAMED_WORDS; j++) {
    const t = s.tokens[j]!;
    const gap = gapBetween(frame, s, j - 1, j);
    if (!/^(?:\s+|-)$/u.test(gap)) break;
    // A participle hyphened to the word before is half of a compound modifier ("a long-serving
    // member", "one well-connected Democrat"), not a participle phrase after the noun.
    const stops =
      PREPOSITIONS.has(t.norm) ||
      RELATIVE_WORDS.has(t.norm) ||
      POSTMODIFIERS.has(t.norm) ||
      (j > k + 1 && gap !== '-' && /^\p{Ll}[\p{L}-]{2,}(?:ed|ing)$/u.test(t.text));
    if (stops || !/^[\p{L}-]+$/u.test(t.text) || NOT_NAME_WORDS.has(t.norm)) break;
    head = j;
    if (j + 1 < s.tokens.length && !/^(?:\s+|-)$/u.test(gapBetween(frame, s, j, j + 1))) break;
  }
  if (head < 0) return null;
  const noun = s.tokens[head]!.norm;
  if (TIME_NOUNS.has(noun) || DOCUMENT_WORDS.has(noun)) return null;
  if (definite && !/^\s*(?:[,.;]|$)/u.test(frame.masked.slice(s.tokens[head]!.end, s.end))) return null;
  // "Note the certainty.": an imperative looks the same; only a noun that can name people speaks.
  if (definite && !mayNamePeople(noun)) return null;
  // Kept as its words (not definite): an unlisted noun is not resolved to someone named earlier.
  return mention(frame, s, 'role', k, head + 1, false, 'person', noun);
}

/** Documents that carry someone's words, never a source read after a verb. */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['statement', 'release', 'report', 'letter', 'memo']);

/**
 * speaker.unclosed-appositive: "Ways and Means chairman Dale Pirkus, an Ohio Democrat said" —
 * news copy sometimes drops the appositive's closing comma, so the words before the verb
 * describe the name before ", a/an". The named person is the subject.
 */
export function findUnclosedAppositive(frame: Frame, s: Sentence, m: Mention): Mention | null {
  const det = s.tokens[m.from - 1];
  if (!det || !/^(a|an)$/u.test(det.norm) || m.from < 2) return null;
  if (!/^\s*,\s*$/u.test(gapBetween(frame, s, m.from - 2, m.from - 1))) return null;
  const name = mentionEndingAt(frame, s, m.from - 2);
  return name?.kind === 'name' ? name : null;
}

/**
 * The same for an unnamed source read with its phrase ("“…,” Ana Lund, a research analyst at
 * the institute told reporters"), only where the name opens the clause: right after the
 * quotation or at the sentence's start. After a clause of its own ("… will sell the unit to
 * Harbour Corp, a spokesman for the firm said") the name is an object and the role the speaker.
 */
export function findUnclosedAppositiveOfRole(frame: Frame, s: Sentence, role: Mention): Mention | null {
  if (!/^(a|an)$/u.test(s.tokens[role.from]?.norm ?? '') || role.from < 1) return null;
  if (!/^\s*,\s*$/u.test(gapBetween(frame, s, role.from - 1, role.from))) return null;
  const name = mentionEndingAt(frame, s, role.from - 1);
  if (name?.kind !== 'name') return null;
  const before = frame.masked.slice(s.start, s.tokens[name.from]!.start);
  return /^\s*$|[”"’»]\s*$/u.test(before) ? name : null;
}

/**
 * speaker.name-after-role: "the mayor's spokesman, Tomas Reil, said": a role phrase followed by a
 * name set off by commas; the name is who the role is, so it is the speaker (the role's owner, the
 * mayor, is not). `k` is the last token of the name (just before ", said").
 */
export function findNameAfterRole(frame: Frame, s: Sentence, k: number): Mention | null {
  const name = skipAffiliation(frame, s, mentionEndingAt(frame, s, k));
  if (name?.kind !== 'name' || name.from < 1) return null;
  if (!/^\s*,\s*$/u.test(gapBetween(frame, s, name.from - 1, name.from))) return null;
  const role = mentionEndingAt(frame, s, name.from - 1);
  if (role?.kind === 'role' || isDeterminedPhraseBefore(frame, s, name.from - 1)) return name;
  // "the deputy director of public prosecutions, Ana Berg, said": a role with its phrase too, when
  // the name opens with a given name, or the index knows it as a person's whose gender a title or
  // a pronoun shows ("Mr. Tallack" later); "a nurse from Dunmore, South Carolina, says" names a place.
  const known = (): boolean => {
    const e = frame.entities.resolve(frame.articleId, name.surface, name.start);
    return e?.type === 'person' && e.gender !== undefined;
  };
  const person = name.to - name.from > 1 && (isGivenName(s.tokens[name.from]!.text) || known());
  return person && findRoleWithPhrase(frame, s, name.from - 1) !== null ? name : null;
}

/** Prepositions of a name's affiliation or home ("X of Grace Church in Ames"). */
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from']);
/** Most affiliation phrases after a name ("of Grace Church", "in Ames" is 2). */
const MAX_AFFILIATIONS = 3;

/**
 * "One pastor, Mary Lund of Grace Church in Ames, said": the name set off after a role may carry
 * its church, firm or town; the person is the name the phrases hang on, not the last of them.
 */
function skipAffiliation(frame: Frame, s: Sentence, m: Mention | null): Mention | null {
  let name = m;
  for (let n = 0; n < MAX_AFFILIATIONS && name?.kind === 'name' && name.from >= 2; n++) {
    const prep = s.tokens[name.from - 1]!;
    if (
      !AFFILIATION_PREPOSITIONS.has(prep.norm) ||
      !/^\s+$/u.test(gapBetween(frame, s, name.from - 2, name.from - 1))
    )
      return name;
    if (!/^\s+$/u.test(gapBetween(frame, s, name.from - 1, name.from))) return name;
    const before = mentionEndingAt(frame, s, name.from - 2);
    if (before?.kind !== 'name') return name;
    name = before;
  }
  return name;
}

/**
 * speaker.name-after-role (inverted): "…,” said a former spokesman for the ministry, Oleg Lind,
 * who …", "said another user, Johanna Beck." — after an inverted verb, a described role followed
 * by a comma-bounded name is that name's description; the name is the speaker. The phrase opens
 * with a determiner or an owner at token `k`, runs without punctuation to its comma, and the name
 * after it ends the clause (a comma, stop or the sentence's end follows).
 */
export function findNameAfterInvertedRole(frame: Frame, s: Sentence, k: number): Mention | null {
  const first = s.tokens[k];
  if (!first || !(PHRASE_OPENERS.has(first.norm) || /^\p{Lu}.*['’]s$/u.test(first.text))) return null;
  // A time noun before the phrase's first preposition makes it a time phrase ("the day after, Lund
  // said"); after one it dates the role ("said the city's auditor at the time, Ana Lund").
  let preposition = false;
  for (let j = k + 1; j < s.tokens.length && j - k <= MAX_APPOSITIVE_WORDS; j++) {
    const gap = gapBetween(frame, s, j - 1, j);
    const word = s.tokens[j - 1]!.norm;
    preposition ||= PREPOSITIONS.has(word);
    if (!preposition && TIME_NOUNS.has(word)) return null;
    if (/^\s*,\s*$/u.test(gap)) {
      const name = nameAfterPersonNouns(frame, s, j);
      if (name?.kind !== 'name') return null;
      return /^\s*(?:[,.;]|$)/u.test(frame.masked.slice(name.end, s.end)) ? name : null;
    }
    if (!/^(?:\s+|\.\s?|-|['’]\s*)$/u.test(gap)) return null;
  }
  return null;
}

/** Most lower-case person nouns before an appositive's name ("actress Ida Cole", "retired judge X"). */
const MAX_NAME_TITLE_WORDS = 2;

/**
 * The mention at token `j`, or the name after a lower-case title of a word or two whose main
 * sense is a person ("said the evening's host, actress Ida Cole"): the title describes the name.
 */
function nameAfterPersonNouns(frame: Frame, s: Sentence, j: number): Mention | null {
  const m = mentionStartingAt(frame, s, j);
  if (m?.kind === 'name') return m;
  for (let k = j; k < s.tokens.length && k - j < MAX_NAME_TITLE_WORDS; k++) {
    const t = s.tokens[k]!;
    if (!/^\p{Ll}+$/u.test(t.text) || NOT_NAME_WORDS.has(t.norm)) return m;
    if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return m;
    if (!isMainlyPersonNoun(t.norm) || !/^\p{Lu}/u.test(s.tokens[k + 1]?.text ?? '')) continue;
    const name = mentionStartingAt(frame, s, k + 1);
    if (name?.kind === 'name') return name;
  }
  return m;
}

/** Words that open a noun phrase describing someone ("her campaign manager", "another user"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  'his',
  'her',
  'their',
  'its',
  'our',
]);
/** Heads of a time phrase, which opens a clause and describes no one ("The next day, Lund said"). */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'time',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
]);

/**
 * speaker.name-after-role (any role noun): "Her campaign manager, Tobias Renk, suggested", "the
 * director of the Water Board, Alma Keene, said" — the role lexicon does not hold every job
 * ("manager", "editor", "founder"), but a noun phrase opened by a determiner or an owner
 * ("Mr. Lund's former aide") right before a comma-bounded name is that name's description. `k`
 * is the phrase's last token (just before the name's comma). The phrase runs from the clause
 * boundary (sentence start, comma, colon, dash) and is no time phrase.
 */
function isDeterminedPhraseBefore(frame: Frame, s: Sentence, k: number): boolean {
  let from = k;
  while (
    from > 0 &&
    k - from < MAX_APPOSITIVE_WORDS &&
    !/[,;:()“”"«»—–]/u.test(gapBetween(frame, s, from - 1, from))
  )
    from--;
  if (from > 0 && !/^\s*[,;:—–]\s*$/u.test(gapBetween(frame, s, from - 1, from))) return false;
  const words = s.tokens.slice(from, k + 1);
  // "The next day, Ana Lund said" is a time phrase; "the bureau's director at the time, Ana Lund,
  // said" is a role whose time noun sits in a phrase after its head, so only words before the
  // first preposition count.
  const head = words.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.norm));
  if (words.slice(0, head < 0 ? words.length : head).some((t) => TIME_NOUNS.has(t.norm))) return false;
  // "a retired clerk in Allentown, Pa., said": a phrase ending in a town puts its state after the
  // comma, not a name.
  let town = words.length - 1;
  while (town > 0 && /^\p{Lu}/u.test(words[town]!.text)) town--;
  if (town < words.length - 1 && /^(?:in|from)$/u.test(words[town]!.norm)) return false;
  const owned = words.slice(0, -1).some((t, i) => /['’]s$/u.test(t.text) && /^\p{Lu}/u.test(t.text) && i < 4);
  return PHRASE_OPENERS.has(words[0]!.norm) || owned;
}

/** Longest noun phrase read before a place's preposition ("the corn farmers in Texas"). */
const MAX_HOLDER_WORDS = 4;

/**
 * speaker.place-in-phrase: in "Farmers in Texas say" or "Shops on Main Street said" the name
 * before the verb sits in a prepositional phrase; the speakers are the plain noun before the
 * preposition, with the place as part of their description. The mention runs from that noun
 * phrase (its determiner included) to the end of the place.
 */
/** Prepositions tying a person to the body they speak for ("Ana Lund of the Health Department"). */
const AFFILIATION_TIES: ReadonlySet<string> = new Set(['of', 'at', 'from', 'with']);
/** Most words of the body's name read back from its end. */
const MAX_BODY_WORDS = 10;

/**
 * speaker.affiliated-person: "Dr. Ana Lund of the Kestria Department of Health and Social Care
 * says": a person's name tied by "of", "at", "from" or "with" to a body's name before the verb is
 * the subject; the body says whom they speak for. Read back from the mention `m` ending the body's
 * name over its capitalised and inner words to the tie; the words before the tie must end a name
 * the index knows as a person's.
 */
export function findAffiliatedPerson(frame: Frame, s: Sentence, m: Mention): Mention | null {
  for (let p = m.from - 1; p > 0 && m.to - p <= MAX_BODY_WORDS; p--) {
    const t = s.tokens[p]!;
    if (!/^\s+$/u.test(gapBetween(frame, s, p, p + 1))) return null;
    if (AFFILIATION_TIES.has(t.norm) && /^\s+$/u.test(gapBetween(frame, s, p - 1, p))) {
      const person = mentionEndingAt(frame, s, p - 1);
      const e =
        person?.kind === 'name'
          ? frame.entities.resolve(frame.articleId, person.surface, person.start)
          : null;
      if (person && e?.type === 'person') return person;
    }
    if (!/^\p{Lu}/u.test(t.text) && !BODY_NAME_INNER_WORDS.has(t.norm)) return null;
  }
  return null;
}

/**
 * "Tesfaye of the river network said": a phrase read before the cue that opens with a name the
 * index knows as a person's, tied by "of" / "at" / "from" to a body, is that person speaking for
 * it; the phrase as a whole is no one's name.
 */
export function findPersonBeforeAffiliation(frame: Frame, s: Sentence, m: Mention): Mention | null {
  for (let p = m.from + 1; p < m.to - 1; p++) {
    if (!AFFILIATION_TIES.has(s.tokens[p]!.norm)) continue;
    if (!/^\s+$/u.test(gapBetween(frame, s, p - 1, p))) return null;
    const person = mentionEndingAt(frame, s, p - 1);
    if (!person || person.from !== m.from) return null;
    return mayNamePerson(frame, person) ? person : null;
  }
  return null;
}

/**
 * A name that may be a person's: the index types it so, or, a surname alone the index could not
 * type ("Tesfaye" in a digest that never gives her full name), it is no ordinary word ("Prices").
 */
export function mayNamePerson(frame: Frame, m: Mention): boolean {
  if (m.kind !== 'name') return false;
  const e = frame.entities.resolve(frame.articleId, m.surface, m.start);
  if (e?.type === 'person') return true;
  // A seat or a party before an office before the name ("Grey Highlands MP Ana Roe"): the person
  // is the name after the office.
  const words = m.surface.split(/\s+/u);
  const lower = words.map((w) => w.toLowerCase().replace(/\.$/u, ''));
  for (let i = words.length - 2; i > 0; i--) {
    const office = matchOffice(lower, i);
    if (!office || i + office.length >= words.length) continue;
    const rest = words.slice(i + office.length).join(' ');
    const after = frame.entities.resolve(frame.articleId, rest, m.start + m.surface.lastIndexOf(rest));
    return after?.type === 'person';
  }
  return (!e || e.type === 'other') && !/\s/u.test(m.surface) && !isCommonWord(m.surface);
}

export function findNounBeforePlace(frame: Frame, s: Sentence, m: Mention): Mention | null {
  const p = m.from - 1;
  if (p < 1 || !SOURCE_PREPOSITIONS.has(s.tokens[p]!.norm)) return null;
  // "… can step in, Wilcox said": a comma after the preposition ends its phrase; the name is free.
  if (!/^\s+$/u.test(gapBetween(frame, s, p, m.from))) return null;
  // "rejected the plan, with Ana Lund warning …": a comma before the preposition, or "with" and a
  // participle after the name, make the phrase an absolute clause whose doer is the name.
  if (!/^\s+$/u.test(gapBetween(frame, s, p - 1, p))) return null;
  if (s.tokens[p]!.norm === 'with' && /ing$/u.test(s.tokens[m.to]?.norm ?? '')) return null;
  const plain = (k: number): boolean =>
    /^\p{Ll}/u.test(s.tokens[k]!.text) || (k === 0 && !NOT_NAME_WORDS.has(s.tokens[k]!.norm));
  if (!plain(p - 1) || NOT_NAME_WORDS.has(s.tokens[p - 1]!.norm)) return null;
  let from = p - 1;
  while (from > 0 && p - from < MAX_HOLDER_WORDS && /^\s+$/u.test(gapBetween(frame, s, from - 1, from))) {
    const prev = s.tokens[from - 1]!;
    if (/^(a|an|the|some|many|several|two|three)$/u.test(prev.norm)) {
      from--;
      break;
    }
    if (!/^\p{Ll}/u.test(prev.text) || NOT_NAME_WORDS.has(prev.norm)) break;
    from--;
  }
  return mention(frame, s, 'role', from, m.to, false, 'group', s.tokens[p - 1]!.norm);
}

/**
 * speaker.bracketed-label: "Rep. Ann Lee (D-Ohio) said": a party or state label in brackets
 * between a name and its verb belongs to the name, so the subject ends before the bracket. Given
 * the token `at` just before the verb, returns the token before the bracket, or `at` itself.
 */
export function skipBracketedLabel(frame: Frame, s: Sentence, at: number): number {
  if (at < 0) return at;
  const party = skipCommaPartyLabel(frame, s, at);
  if (party !== at) return party;
  const after = s.tokens[at + 1]?.start ?? s.end;
  // The label is read back from `after` only as far as a bracket of the longest label can open:
  // a "(" further back cannot start one, and a sentence of thousands of tokens with no bracket
  // was read back to its start at every speech verb in it.
  const floor = Math.max(s.start, closingBracketEnd(frame.masked, after) - BRACKETED_LABEL_MAX - 2);
  const open = lastIndexWithin(frame.masked, '(', s.tokens[at]!.end, floor);
  // "Sen. Joe Hamlin (I-Conn.), also stated": the label may close an appositive, its comma after it.
  if (open < s.start || !BRACKETED_LABEL_BEFORE_VERB.test(frame.masked.slice(open, after))) return at;
  const k = lastTokenEndingBy(s.tokens, open);
  return k >= 0 ? k : at;
}

/** Longest label in brackets between a name and its verb ("(D-Ohio)" holds 6). */
const BRACKETED_LABEL_MAX = 24;
const BRACKETED_LABEL_BEFORE_VERB = new RegExp(
  String.raw`^\([^()]{1,${BRACKETED_LABEL_MAX}}\)\s*,?\s*$`,
  'u',
);

/**
 * Where a bracketed label would end before `after`: `after` less the white space and the one
 * comma the label may have after it (the end of its ")", if it has one).
 */
function closingBracketEnd(text: string, after: number): number {
  let k = after;
  while (k > 0 && /\s/u.test(text[k - 1]!)) k--;
  if (k > 0 && text[k - 1] === ',') k--;
  while (k > 0 && /\s/u.test(text[k - 1]!)) k--;
  return k;
}

/** A party-and-state label set off by commas, up to the verb: ", R-Ky.," or ", D-N.Y., ". */
const COMMA_PARTY_LABEL = /,\s*[DRI]-[\p{Lu}][\p{L}.]{0,8},\s*$/u;

/**
 * speaker.comma-party-label: "Senator Ann Lee, R-Ky., said" — American copy sets the party and
 * state off by commas as it does in brackets; the label belongs to the name, so the subject ends
 * before the first comma. Returns the token before that comma, or `at` itself.
 */
function skipCommaPartyLabel(frame: Frame, s: Sentence, at: number): number {
  const after = s.tokens[at + 1]?.start ?? s.end;
  const from = Math.max(s.start, after - 16);
  const m = COMMA_PARTY_LABEL.exec(frame.masked.slice(from, after));
  if (!m) return at;
  const comma = from + m.index;
  const k = s.tokens.findLastIndex((t) => t.end <= comma);
  return k >= 0 ? k : at;
}
