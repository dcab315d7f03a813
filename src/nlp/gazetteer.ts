import type { EntityType } from '../model/entity.ts';
import { type LexiconLookup, storedCompromiseLexicon, storedWordsTagged } from './compromise-lexicon.ts';
import { COUNTRIES, type CountryRow } from './lexicons/countries.ts';
import { GIVEN_NAME_GROUPS } from './lexicons/given-name-variants.ts';
import { METONYMS } from './lexicons/metonyms.ts';
import { NEWS_OUTLETS } from './lexicons/news-outlets.ts';
import { ORGANIZATIONS } from './lexicons/organizations.ts';
import { nameSkeleton, phraseSkeleton } from './names.ts';
import { isPrintableAscii, normalizeWord } from './tokens.ts';

/**
 * One look-up over the world-knowledge tables (countries, capitals, organisations, metonyms,
 * outlets) keyed by transliteration skeleton, so "Kiev" finds the row of "Kyiv". Acronym rows
 * ("US", "WHO", "AP") only match an all-capital surface, so "Who" and "us" never do.
 */
export type GazetteerKind = 'country' | 'capital' | 'organization' | 'metonym' | 'media';

export interface GazetteerEntry {
  /** Canonical name, e.g. "United States" for "U.S.". */
  name: string;
  kind: GazetteerKind;
  type: EntityType;
  /** For countries and capitals: the country row. */
  country: CountryRow | null;
}

interface KeyedEntry {
  entry: GazetteerEntry;
  acronym: boolean;
  /** The row's own spelling, lower case, no dots: short names must match it exactly. */
  form: string;
}

/**
 * A name or row shorter than this (in letters) matches only its own spelling, so "Feed" is not
 * "Fed"; from this length on spelling variants match ("Kiev" = "Kyiv").
 */
const MIN_SKELETON_MATCH_LETTERS = 4;

/** Longest gazetteer phrase in words ("Organization for Security and Co-operation in Europe"). */
export const MAX_GAZETTEER_WORDS = 8;

const BY_SKELETON = new Map<string, KeyedEntry[]>();

function isAcronym(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !surface.includes(' ');
}

/** Skeletons of the first words of all gazetteer names: a cheap pre-check before n-gram look-ups. */
const FIRST_WORDS = new Set<string>();

function add(surface: string, entry: GazetteerEntry): void {
  const key = phraseSkeleton(surface);
  if (key.length === 0) return;
  FIRST_WORDS.add(key.split(' ')[0]!);
  if (/^the\s/iu.test(surface))
    FIRST_WORDS.add(phraseSkeleton(surface.replace(/^the\s+/iu, '')).split(' ')[0]!);
  const list = BY_SKELETON.get(key) ?? [];
  list.push({ entry, acronym: isAcronym(surface), form: exactForm(surface) });
  BY_SKELETON.set(key, list);
}

for (const c of COUNTRIES) {
  const entry: GazetteerEntry = { name: c.name, kind: 'country', type: 'place', country: c };
  for (const n of [c.name, ...c.aliases]) add(n, entry);
  if (c.capital !== null && c.capital !== c.name) {
    add(c.capital, { name: c.capital, kind: 'capital', type: 'place', country: c });
  }
}
for (const o of ORGANIZATIONS) {
  const entry: GazetteerEntry = { name: o.name, kind: 'organization', type: 'organization', country: null };
  for (const n of [o.name, ...o.aliases]) add(n, entry);
}
for (const m of METONYMS) {
  const entry: GazetteerEntry = { name: m.name, kind: 'metonym', type: 'government', country: null };
  for (const n of [m.name, ...m.aliases]) add(n, entry);
}
for (const o of NEWS_OUTLETS) {
  const entry: GazetteerEntry = { name: o.name, kind: 'media', type: 'media', country: null };
  for (const n of [o.name, ...o.aliases]) add(n, entry);
}

/** True when some gazetteer name starts with this word (by skeleton). */
export function mayStartGazetteerName(word: string): boolean {
  return FIRST_WORDS.has(nameSkeleton(word));
}

/**
 * Every key of the table and each of its leading word sequences ("unitd", "unitd stats"): a
 * phrase whose skeleton is none of these neither names a row nor opens one, so a search for the
 * longest name at a word stops there instead of looking up every longer n-gram.
 */
const KEY_PREFIXES = new Set<string>();
for (const key of BY_SKELETON.keys()) {
  let prefix = '';
  for (const word of key.split(' ')) {
    prefix = prefix === '' ? word : `${prefix} ${word}`;
    KEY_PREFIXES.add(prefix);
  }
}

/** "The" as the whole first word of a phrase, which lookupGazetteer also tries without. */
const BARE_THE = /^the$/iu;

/**
 * The lengths n (longest first, at most `max`) for which lookupGazetteer of the texts of
 * `words[from, from + n)` joined by spaces may find a row: its skeleton, or that of the words
 * after a first "the", is a key of the table. For every other n it returns null, so callers look
 * up only these. A word's skeleton is the phrase skeleton's piece for it (word texts hold no space
 * or dash); words with an empty skeleton add nothing to the key.
 */
export function gazetteerLengths(words: readonly { text: string }[], from: number, max: number): number[] {
  const out: number[] = [];
  let full = '';
  let bare = '';
  let fullOpen = true;
  let bareOpen = max >= 2 && BARE_THE.test(words[from]!.text);
  for (let n = 1; n <= max && (fullOpen || bareOpen); n++) {
    const piece = nameSkeleton(words[from + n - 1]!.text);
    let hit = false;
    if (fullOpen && piece !== '') {
      full = full === '' ? piece : `${full} ${piece}`;
      if (!KEY_PREFIXES.has(full)) fullOpen = false;
      else if (BY_SKELETON.has(full)) hit = true;
    }
    if (bareOpen && n >= 2 && piece !== '') {
      bare = bare === '' ? piece : `${bare} ${piece}`;
      if (!KEY_PREFIXES.has(bare)) bareOpen = false;
      else if (BY_SKELETON.has(bare)) hit = true;
    }
    if (hit) out.push(n);
  }
  return out.reverse();
}

/** normalizeWord with a fast path for plain ASCII, which is most news text. */
export function matchingForm(word: string): string {
  return isPrintableAscii(word) ? word.toLowerCase() : normalizeWord(word);
}

/** The gazetteer row a phrase names, or null. Acronym rows need an all-capital surface. */
export function lookupGazetteer(phrase: string): GazetteerEntry | null {
  const bare = phrase.replace(/^the\s+/iu, '');
  return findEntry(bare, phrase) ?? (bare === phrase ? null : findEntry(phrase, phrase));
}

function findEntry(bare: string, phrase: string): GazetteerEntry | null {
  const list = BY_SKELETON.get(phraseSkeleton(bare));
  if (list === undefined) return null;
  const upper = isAcronym(phrase);
  const form = exactForm(bare);
  const short = form.length < MIN_SKELETON_MATCH_LETTERS;
  for (const k of list) {
    const exact = short || k.form.length < MIN_SKELETON_MATCH_LETTERS;
    if ((!k.acronym || upper) && (!exact || k.form === form)) return k.entry;
  }
  return null;
}

/**
 * Whether a phrase the gazetteer knows is one of its rows' own spellings ("Kyiv", "U.S."), not
 * only a spelling variant found by skeleton ("Kiev" is a variant; so is "Maley" of "Mali").
 */
export function isGazetteerSpelling(phrase: string): boolean {
  const bare = phrase.replace(/^the\s+/iu, '');
  const form = exactForm(bare);
  return BY_SKELETON.get(phraseSkeleton(bare))?.some((k) => k.form === form) ?? false;
}

function exactForm(surface: string): string {
  return matchingForm(surface).replace(/\./g, '');
}

interface CountryWord {
  row: CountryRow;
  acronym: boolean;
}

const DEMONYM_OF = new Map<string, CountryWord>();
const PEOPLE_OF = new Map<string, CountryWord>();
const COUNTRY_WORD_OF = new Map<string, CountryWord>();
for (const c of COUNTRIES) {
  for (const d of c.demonyms) DEMONYM_OF.set(normalizeWord(d), { row: c, acronym: isAcronym(d) });
  for (const p of c.people) PEOPLE_OF.set(normalizeWord(p), { row: c, acronym: false });
  for (const n of [c.name, ...c.aliases, ...c.demonyms]) {
    COUNTRY_WORD_OF.set(normalizeWord(n), { row: c, acronym: isAcronym(n) });
  }
}

/** A look-up in a word table that honours acronym case ("US" matches, "us" does not). */
function findCountryWord(table: Map<string, CountryWord>, word: string): CountryRow | null {
  const hit = table.get(matchingForm(word));
  if (hit === undefined) return null;
  return hit.acronym && !isAcronym(word) ? null : hit.row;
}

/** The country a demonym adjective names ("Russian" → Russia, "US" → United States), or null. */
export function lookupDemonym(word: string): CountryRow | null {
  return findCountryWord(DEMONYM_OF, word);
}

/** The country whose people a plural noun names ("Americans" → United States), or null. */
export function lookupPeople(word: string): CountryRow | null {
  return findCountryWord(PEOPLE_OF, word);
}

/**
 * The country a title modifier names: a demonym, a country name or alias, possibly possessive
 * ("Russian", "US", "Ukraine's"). Null when none.
 */
export function lookupCountryWord(phrase: string): CountryRow | null {
  return findCountryWord(COUNTRY_WORD_OF, phrase.replace(/['’]s?$/u, '').trim());
}

let lexiconOfCompromise: LexiconLookup | null = null;

/**
 * compromise's word → tags table, read when first needed from its stored snapshot: loading the
 * library only to read this table was a third of a short run.
 */
function lexicon(): LexiconLookup {
  lexiconOfCompromise ??= storedCompromiseLexicon();
  return lexiconOfCompromise;
}

export function tagsOf(word: string): readonly string[] {
  let tags = TAGS_OF_WORD.get(word);
  if (tags === undefined) {
    if (TAGS_OF_WORD.size >= MAX_TAG_MEMO_ENTRIES) TAGS_OF_WORD.clear();
    tags = lexicon()(matchingForm(word)) ?? NO_TAGS;
    TAGS_OF_WORD.set(word, tags);
  }
  return tags;
}

/**
 * Memo of tags by the word as asked: the recogniser asks several questions of each capitalised
 * word (common word? place? function word?), and each read lower-cased it and looked the form up
 * among the table's 25,000 keys. Bounded like the other memos; cleared, not evicted, when full.
 */
const TAGS_OF_WORD = new Map<string, readonly string[]>();
const MAX_TAG_MEMO_ENTRIES = 100_000;
const NO_TAGS: readonly string[] = Object.freeze([]);

const GIVEN_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
let givenSkeletons: Set<string> | null = null;

/** Skeletons of every given name in compromise's lexicon and our variant groups, built on first use. */
function givenNameSkeletons(): Set<string> {
  if (givenSkeletons) return givenSkeletons;
  givenSkeletons = new Set<string>();
  for (const [word] of storedWordsTagged(GIVEN_NAME_TAGS))
    if (!word.includes(' ')) givenSkeletons.add(nameSkeleton(word));
  for (const g of GIVEN_NAME_GROUPS) for (const n of g.names) givenSkeletons.add(nameSkeleton(n));
  return givenSkeletons;
}

/** A known given name, by skeleton so "Yury" is found through "Yuri" (compromise's name lists). */
export function isGivenName(word: string): boolean {
  return givenNameSkeletons().has(nameSkeleton(word));
}

/**
 * The grammatical gender compromise's name lists give a given name ("Eliska" → female), or null
 * when the name is unknown or listed as both (only a pronoun-agreement hint, never an identity).
 */
export function givenNameGender(word: string): 'male' | 'female' | null {
  const tags = tagsOf(word);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? null : male ? 'male' : 'female';
}

/** A family name in compromise's general lexicon ("Smith", "Nakamura"). */
export function isFamilyName(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

const PLACE_TAGS = new Set(['City', 'Region', 'Place', 'Country']);

/** A place in compromise's general lexicon ("Kharkiv", "Crimea", "Alaska"). */
export function isLexiconPlace(phrase: string): boolean {
  return tagsOf(phrase).some((t) => PLACE_TAGS.has(t));
}

/** Closed-class tags: a word carrying one is never a name on its own ("In", "We", "Our"). */
const FUNCTION_TAGS = new Set([
  'Preposition',
  'Determiner',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'QuestionWord',
  'Copula',
  'Modal',
  'Auxiliary',
  'Negative',
]);

/** A function word, or a contraction of one ("We're"): capitalised, it is still not a name. */
export function isFunctionWord(word: string): boolean {
  // The part before the first apostrophe, cut without a regex split's array (asked of most capitals).
  let cut = word.length;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) {
      cut = i;
      break;
    }
  }
  return tagsOf(cut === word.length ? word : word.slice(0, cut)).some((t) => FUNCTION_TAGS.has(t));
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Whether compromise's tags give a word a given-name, place or demonym reading: then it may be a name. */
function hasNameReading(tags: readonly string[]): boolean {
  return tags.some((t) => GIVEN_NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'Demonym');
}

/** An adjective with no name, place or demonym reading ("Western", "Democratic"). */
export function isPlainAdjective(word: string): boolean {
  const tags = tagsOf(word);
  return tags.includes('Adjective') && !hasNameReading(tags);
}

/**
 * Tags of ordinary words, the closed-class ones included; a capitalised word carrying one is a
 * sentence-initial common word.
 */
const COMMON_TAGS = new Set([
  ...FUNCTION_TAGS,
  'Adverb',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'Adjective',
  'Comparative',
  'Superlative',
  'Singular',
  'Plural',
  'Uncountable',
  'Noun',
  'Expression',
  'Cardinal',
  'Ordinal',
  'TextValue',
  'Month',
  'WeekDay',
  'Date',
  'Duration',
  'Actor',
]);

/** An ordinary English word by compromise's lexicon (and no name tag), e.g. "Meanwhile", "Question". */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return false;
  if (hasNameReading(tags)) return false;
  return tags.some((t) => COMMON_TAGS.has(t));
}
