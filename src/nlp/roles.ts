import { isLexiconPlace, lookupCountryWord, matchingForm } from './gazetteer.ts';
import {
  GENERIC_ROLES,
  LEADER_NOUNS,
  OFFICES,
  type OfficeRow,
  ROLE_MODIFIERS,
} from './lexicons/titles-and-offices.ts';

/**
 * Roles: the office a title or a role noun names ("Russian Foreign Minister", "the US president",
 * "The American leader"), with its country and tense, so a role noun can be bound to the person
 * a title introduced earlier.
 */
export interface Role {
  /** Role key from titles-and-offices.ts (`foreign minister`), or `leader`. */
  role: string;
  /** Canonical country name, when the role names one. */
  country: string | null;
  /** True for offices whose holder is the country's leader (president, prime minister). */
  leader: boolean;
  /** A former holder ("former", "then-"): binds no current role. */
  past: boolean;
  honorific: boolean;
  /**
   * A place below the country read before the office ("the Florida senator", "Indiana Gov."),
   * lower case; it tells two holders of one office apart.
   */
  place?: string;
}

/** Office phrases as word arrays, grouped by first word, longest first. */
const OFFICES_BY_FIRST = new Map<string, { words: string[]; row: OfficeRow }[]>();
for (const row of OFFICES) {
  const words = row.phrase.split(/[\s]+/u);
  const list = OFFICES_BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, row });
  list.sort((a, b) => b.words.length - a.words.length);
  OFFICES_BY_FIRST.set(words[0]!, list);
}
const LEADER_PHRASES = LEADER_NOUNS.map((l) => l.word.split(' '));
const MODIFIER_PAST = new Map(ROLE_MODIFIERS.map((m) => [m.word, m.past]));
const GENERIC_OF_ROLE = new Map(GENERIC_ROLES.map((g) => [g.role, g.generic]));

/** The matching form of a word in an office phrase: lower case, no abbreviation dot. */
function officeWord(word: string): string {
  const form = matchingForm(word);
  return form.endsWith('.') ? form.slice(0, -1) : form;
}

/**
 * The head noun of a role's or a body's name: its last word, or the last before "of" ("the
 * security adviser of the president" is an adviser, "Finance Ministry of Lendova" a ministry).
 * Lower case.
 */
export function headNounOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/u);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words.at(-1))!;
}

/**
 * The office phrase starting at `words[i]` (already lower-cased or not), longest first, with the
 * number of words it covers; null when none starts there.
 */
export function matchOffice(words: readonly string[], i: number): { row: OfficeRow; length: number } | null {
  const first = words[i];
  if (first === undefined) return null;
  for (const cand of OFFICES_BY_FIRST.get(officeWord(first)) ?? []) {
    let ok = true;
    for (let k = 1; k < cand.words.length && ok; k++) ok = officeWord(words[i + k] ?? '') === cand.words[k];
    if (ok) return { row: cand.row, length: cand.words.length };
  }
  return null;
}

/** The generic leader noun starting at `words[i]` ("leader", "head of state"), with its length. */
export function matchLeaderNoun(words: readonly string[], i: number): number {
  for (const phrase of LEADER_PHRASES) {
    if (phrase.every((w, k) => officeWord(words[i + k] ?? '') === w)) return phrase.length;
  }
  return 0;
}

/** True for a tense/rank modifier before an office ("former", "then", "incoming"). */
export function isRoleModifier(word: string): boolean {
  return MODIFIER_PAST.has(officeWord(word));
}

/** Most capitalised qualifier words read past before an office ("South Carolina" is 2). */
const MAX_QUALIFIER_WORDS = 3;

/**
 * Reads a role surface: modifiers, an optional country word (demonym, name, possessive), the
 * office or leader noun, and an optional "of [the] Country". Null when no office is named.
 * "former U.S. President" → {role: president, country: United States, past: true}.
 */
export function parseRole(surface: string): Role | null {
  const words = surface
    .replace(/^the\s+/iu, '')
    .split(/[\s\-–]+/u)
    .filter((w) => w.length > 0);
  let i = 0;
  let past = false;
  let country: string | null = null;
  while (i < words.length && isRoleModifier(words[i]!)) {
    past = past || MODIFIER_PAST.get(officeWord(words[i]!))!;
    i++;
  }
  const countryHere = words[i] === undefined ? null : lookupCountryWord(words[i]!);
  if (countryHere !== null && (matchOffice(words, i + 1) !== null || matchLeaderNoun(words, i + 1) > 0)) {
    country = countryHere.name;
    i++;
  }
  // "the Democratic senator", "the South Carolina governor": capitalised words before the office
  // that are not a country (a party, a state, a city) qualify the holder and are read past.
  let qualified = i;
  while (
    qualified < words.length - 1 &&
    qualified - i < MAX_QUALIFIER_WORDS &&
    /^\p{Lu}/u.test(words[qualified]!) &&
    matchOffice(words, qualified) === null
  )
    qualified++;
  let place: string | undefined;
  if (qualified > i && matchOffice(words, qualified) !== null) {
    const qualifier = words.slice(i, qualified).join(' ');
    if (isLexiconPlace(qualifier)) place = qualifier.toLowerCase();
    i = qualified;
  }
  const office = matchOffice(words, i);
  let role: Role;
  if (office !== null) {
    role = {
      role: office.row.role,
      country,
      leader: office.row.leader,
      past,
      honorific: office.row.honorific,
      ...(place ? { place } : {}),
    };
    i += office.length;
  } else {
    const n = matchLeaderNoun(words, i);
    if (n === 0) return null;
    role = { role: 'leader', country, leader: true, past, honorific: false, ...(place ? { place } : {}) };
    i += n;
  }
  if (officeWord(words[i] ?? '') === 'of') {
    const rest = words.slice(officeWord(words[i + 1] ?? '') === 'the' ? i + 2 : i + 1).join(' ');
    const c = lookupCountryWord(rest);
    if (c !== null) role.country = c.name;
  }
  return role;
}

/**
 * A binding (from a title) answers a role-noun query when the role matches (or the query asks
 * for the leader and the office is a leader's, or it is the office's bare noun: "the minister"
 * after "Foreign Minister"), the tense matches and the countries do not
 * disagree (a query without a country accepts any).
 */
export function isRoleAnswer(binding: Role, query: Role): boolean {
  if (binding.honorific || binding.past !== query.past) return false;
  const roleOk =
    binding.role === query.role ||
    (query.role === 'leader' && binding.leader) ||
    GENERIC_OF_ROLE.get(binding.role) === query.role;
  if (!roleOk) return false;
  return query.country === null || binding.country === null || binding.country === query.country;
}
