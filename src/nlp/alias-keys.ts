import { lookupCountryWord, lookupDemonym, lookupGazetteer, lookupPeople } from './gazetteer.ts';
import { type PersonName, parsePersonName, phraseSkeleton } from './names.ts';
import { isRoleModifier, matchOffice } from './roles.ts';
import { memoised } from './bounded-memo.ts';

/**
 * Surface clean-up and cluster keys for non-person names: what two surfaces must share to be one
 * entity. Gazetteer names key by their row ("U.S." = "United States"), other names by their
 * transliteration skeleton ("Donbass" = "Donbas"), place-named events and agreements by their
 * place ("Geneva summit" = "summit in Geneva").
 */

/** Event nouns that name a meeting by its place; all key to one meeting per place. */
export const MEETING_NOUNS = new Set(['summit', 'meeting', 'talks', 'conference', 'negotiations', 'forum']);
/** Agreement nouns that name an agreement by its place; all key to one agreement per place. */
export const AGREEMENT_NOUNS = new Set([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'understandings',
  'framework',
  'deal',
  'protocol',
  'memorandum',
  'formula',
  'format',
]);

/** Nouns of a conflict named by its country ("war in X", "invasion of X"): one conflict per country. */
export const CONFLICT_NOUNS = new Set(['war', 'conflict', 'invasion', 'offensive']);

/** Bound on each memo of this file (surfaces repeat across a corpus); cleared, not evicted, when full. */
const MAX_MEMO_ENTRIES = 100_000;

/** A surface without a leading article, a trailing possessive or surrounding punctuation. */
export function cleanSurface(surface: string): string {
  return memoised(CLEAN_SURFACES, surface, computeCleanSurface, MAX_MEMO_ENTRIES);
}

/** Memo of clean surfaces: each mention's surface is cleaned by clustering, naming and look-ups. */
const CLEAN_SURFACES = new Map<string, string>();

function computeCleanSurface(surface: string): string {
  return surface
    .trim()
    .replace(/^(?:the|The|THE)\s+/u, '')
    .replace(/['’]s?$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
}

/** Titles, modifiers and country words at the start of a titled name ("US President Ann Lee"). */
export function stripTitles(surface: string): string {
  const words = cleanSurface(surface).split(/\s+/u);
  let i = 0;
  for (let guard = 0; guard < 8 && i < words.length - 1; guard++) {
    const office = matchOffice(words, i);
    if (office !== null) i += office.length;
    else if (
      isRoleModifier(words[i]!) ||
      (lookupCountryWord(words[i]!) !== null && matchOffice(words, i + 1) !== null)
    )
      i++;
    else if (words[i]!.toLowerCase() === 'of' || words[i]!.toLowerCase() === 'the') i++;
    else if (i > 0 && lookupCountryWord(words[i]!) !== null && words[i - 1]!.toLowerCase() === 'of') i++;
    else break;
  }
  return words.slice(Math.min(i, words.length - 1)).join(' ');
}

/**
 * The parsed person name inside a (possibly titled) surface. Remembered per surface (clustering,
 * naming and every speaker look-up parse the same surfaces), so the result is frozen: shared.
 */
export function personNameOf(surface: string): PersonName | null {
  return memoised(PERSON_NAMES, surface, frozenPersonName, MAX_MEMO_ENTRIES);
}

function frozenPersonName(surface: string): PersonName | null {
  const parsed = parsePersonName(stripTitles(surface));
  return (
    parsed &&
    (Object.freeze({
      ...parsed,
      given: Object.freeze(parsed.given),
      initials: Object.freeze(parsed.initials),
    }) as PersonName)
  );
}

const PERSON_NAMES = new Map<string, PersonName | null>();

/** "New START Treaty" → "New START": the word "treaty" after an acronym-bearing name is dropped. */
function treatyCore(clean: string): string {
  const m = /^(.*\p{Lu}{2,}.*?)\s+[Tt]reaty$/u.exec(clean);
  return m === null ? clean : m[1]!;
}

/** The cluster key of a non-person, non-event surface. */
export function nameKey(surface: string): string {
  return memoised(NAME_KEYS, surface, computeNameKey, MAX_MEMO_ENTRIES);
}

/** Memo of name keys: clustering and every speaker look-up ask for the same surfaces again. */
const NAME_KEYS = new Map<string, string>();

function computeNameKey(surface: string): string {
  const clean = cleanSurface(surface);
  const gaz = lookupGazetteer(clean);
  if (gaz !== null) return `gaz:${gaz.name}`;
  const people = lookupPeople(clean) ?? lookupDemonym(clean.replace(/\s+side$/u, ''));
  if (people !== null) return `gaz:${people.name}`;
  return `name:${phraseSkeleton(treatyCore(clean))}`;
}

/** The gazetteer name behind a key, when it is one. */
export function gazetteerNameOfKey(key: string): string | null {
  return key.startsWith('gaz:') ? key.slice(4) : null;
}

/**
 * Splits a place-named event or agreement into its noun family and place surface:
 * "summit in Helsinki" → meeting @ Helsinki; "Minsk agreements" → agreement @ Minsk.
 * Null when the surface is not of that shape.
 */
export function placeNamed(
  surface: string,
): { family: 'meeting' | 'agreement' | 'conflict'; place: string; noun: string } | null {
  const words = cleanSurface(surface).split(/\s+/u);
  const first = words[0]?.toLowerCase() ?? '';
  if (words.length >= 3 && MEETING_NOUNS.has(first) && words[1] === 'in') {
    return { family: 'meeting', place: words.slice(2).join(' '), noun: first };
  }
  if (words.length >= 3 && CONFLICT_NOUNS.has(first) && ['in', 'of', 'on', 'against'].includes(words[1]!)) {
    return { family: 'conflict', place: words.slice(2).join(' '), noun: first };
  }
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length < 2) return null;
  const place = words.slice(0, -1).join(' ');
  if (MEETING_NOUNS.has(last)) return { family: 'meeting', place, noun: last };
  if (AGREEMENT_NOUNS.has(last)) return { family: 'agreement', place, noun: last };
  return null;
}

const MONTH_NAMES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+/u;

/**
 * The key of a dated event: "March 2014 referendum" and "2014 referendum" → `referendum@2014`;
 * "referendums of 2014 and 2022" → `referendums@2014+2022`. Null for other surfaces.
 */
export function datedEventKey(surface: string): string | null {
  const clean = cleanSurface(surface).replace(MONTH_NAMES, '');
  const single = /^(\d{4})\s+(\p{L}+)$/u.exec(clean);
  if (single !== null) return `dated:${single[2]!.toLowerCase()}@${single[1]}`;
  const pair = /^(\p{L}+)\s+(?:of|in)\s+(\d{4})\s+and\s+(\d{4})$/u.exec(clean);
  return pair === null ? null : `dated:${pair[1]!.toLowerCase()}@${pair[2]}+${pair[3]}`;
}
