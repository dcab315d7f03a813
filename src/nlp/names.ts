import { GIVEN_NAME_GROUPS } from './lexicons/given-name-variants.ts';
import { normalizeWord } from './tokens.ts';
import { memoised } from './bounded-memo.ts';
import { isSpaceCode } from './space-codes.ts';

/**
 * Person names: parsing a surface into given names, initials and family name, and comparing two
 * names with a transliteration-aware "skeleton" that folds the spelling choices Latin
 * transliterations of Cyrillic (and other) names differ by (Sergei/Sergey, Zelensky/Zelenskyy,
 * Kiev/Kyiv, Donbas/Donbass), while still telling different names apart (Putin ≠ Zelensky).
 */
export interface PersonName {
  /** Given names in order, without initials ("Mary Ann" → ["Mary", "Ann"]). */
  given: string[];
  /** Initial letters, upper case ("J. R. Smith" → ["J", "R"]). */
  initials: string[];
  /** The family name with its particles ("van der Berg", "bin Salman"). */
  family: string;
}

/** Lower-case particles that belong to the family name that follows them. */
const FAMILY_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'della',
  'du',
  'dos',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
]);
/** Generational suffixes, dropped before the family name is chosen. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const POSSESSIVE = /['’]s?$/u;
const NON_LETTERS = /[^\p{L}\p{N}]+/gu;

/**
 * The spelling-independent form of one name word. Rules, in order, each folding one way the same
 * sound is transliterated: word-initial "ye" → "e" (Yevgeny/Evgeny); kh → h (Kharkiv/Harkiv);
 * ck → k; ph → f; x → ks (Alexei/Aleksei); q → k; w → v (Romanow/Romanov); c not before a front
 * vowel → k (Victor/Viktor); ou → u (Youri/Yuri); y and j → i (Yury/Iurii, Sergey/Sergei);
 * a run of i/e that contains an i → i (Kiev/Kyiv, Zelenskiy/Zelensky, Sergei/Sergey);
 * doubled letters → one (Donbass/Donbas, Zelenskyy). Different consonant frames survive, so
 * different surnames keep different skeletons.
 */
export function nameSkeleton(word: string): string {
  return memoised(SKELETON_CACHE, word, computeSkeleton, SKELETON_CACHE_MAX_ENTRIES);
}

/** Memo of skeletons: news vocabulary repeats, and the skeleton is the recogniser's hottest call. */
const SKELETON_CACHE = new Map<string, string>();
/** Bound on the memo (about 5 MB of short strings); cleared, not evicted, when full. */
const SKELETON_CACHE_MAX_ENTRIES = 100_000;

function computeSkeleton(word: string, englishFolds = true): string {
  let s = normalizeWord(word).replace(NON_LETTERS, '');
  s = s.replace(/^ye/, 'e');
  s = s.replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/x/g, 'ks').replace(/q/g, 'k');
  if (englishFolds) s = s.replace(/ck/g, 'k').replace(/c(?![eiy])/g, 'k');
  s = s.replace(/w/g, 'v').replace(/ou/g, 'u');
  s = s.replace(/[yj]/g, 'i');
  s = s.replace(/[ie]*i[ie]*/g, 'i');
  return s.replace(/(.)\1+/g, '$1');
}

/**
 * The key a family name is compared by: the skeleton without its English spelling folds (c/k,
 * ck/k). Transliterations of one surname differ by y/i, kh/h, w/v, doubled letters (Zelensky/
 * Zelenskyy, Medvedev/Medvedew), but English surnames spelled with c or k are different families
 * (Coffman ≠ Kofman, Clark ≠ Klark), and given names that only share a short form cannot vouch
 * for them (Mike Coffman ≠ Michael Kofman).
 */
export function familySkeleton(family: string): string {
  return memoised(FAMILY_CACHE, family, familyPhraseSkeleton, SKELETON_CACHE_MAX_ENTRIES);
}

const familyPhraseSkeleton = (family: string): string =>
  skeletonByWord(family, (word) => computeSkeleton(word, false));

const FAMILY_CACHE = new Map<string, string>();

/** The skeleton of a multi-word name, word by word. */
export function phraseSkeleton(phrase: string): string {
  return memoised(PHRASE_CACHE, phrase, namePhraseSkeleton, SKELETON_CACHE_MAX_ENTRIES);
}

const namePhraseSkeleton = (phrase: string): string => skeletonByWord(phrase, nameSkeleton);

const PHRASE_CACHE = new Map<string, string>();

/**
 * A phrase's skeleton: each word's by `skeleton` (words parted by white space, "-" and "–"), the
 * empty ones left out. Read by character code: a split by pattern, with its array per phrase, was
 * most of the cost of a skeleton not yet remembered.
 */
function skeletonByWord(phrase: string, skeleton: (word: string) => string): string {
  let out = '';
  let start = -1;
  for (let i = 0; i <= phrase.length; i++) {
    const c = i < phrase.length ? phrase.charCodeAt(i) : SPACE;
    if (isSpaceCode(c) || c === HYPHEN || c === EN_DASH) {
      if (start < 0) continue;
      const piece = skeleton(phrase.slice(start, i));
      if (piece.length > 0) out = out === '' ? piece : `${out} ${piece}`;
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

const SPACE = 32;
const HYPHEN = 0x2d;
const EN_DASH = 0x2013;

/** Given-name skeleton → variant group index, built once from the lexicon. */
const GIVEN_GROUP_OF: ReadonlyMap<string, number> = new Map(
  GIVEN_NAME_GROUPS.flatMap((g, i) => g.names.map((n) => [nameSkeleton(n), i] as const)),
);

/** The key two given names share when they are the same name: its variant group, else its skeleton. */
export function givenNameKey(given: string): string {
  const skel = nameSkeleton(given);
  const group = GIVEN_GROUP_OF.get(skel);
  return group === undefined ? skel : `g${group}`;
}

/** True when the word is a single initial ("J", "J.") or a dotted run of them ("J.R."). */
function isInitial(word: string): boolean {
  const bare = word.replace(/\./g, '');
  return /^\p{Lu}{1,3}$/u.test(bare) && (bare.length === 1 || word.includes('.'));
}

/**
 * Splits a person's name (titles already removed) into given names, initials and family name.
 * The family name is the last word with any lower-case particles before it; a lone word is a
 * family name ("Smith"). Returns null for an empty surface.
 */
export function parsePersonName(surface: string): PersonName | null {
  const words = surface
    .replace(POSSESSIVE, '')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  while (words.length > 1 && NAME_SUFFIXES.has(normalizeWord(words[words.length - 1]!.replace(/[.,]/g, ''))))
    words.pop();
  if (words.length === 0) return null;
  let familyStart = words.length - 1;
  while (familyStart > 0 && FAMILY_PARTICLES.has(words[familyStart - 1]!)) familyStart--;
  const family = words.slice(familyStart).join(' ');
  const given: string[] = [];
  const initials: string[] = [];
  for (const w of words.slice(0, familyStart)) {
    if (isInitial(w)) {
      for (const ch of w.replace(/\./g, '')) initials.push(ch);
    } else given.push(w);
  }
  return { given, initials, family };
}

/** Family names are the same when their skeletons are (Zelensky = Zelenskyy, Putin ≠ Zelensky). */
export function isSameFamilyName(a: string, b: string): boolean {
  return phraseSkeleton(a) === phraseSkeleton(b);
}

/** Given names are the same when they share a variant group or a skeleton (never by prefix). */
export function isSameGivenName(a: string, b: string): boolean {
  return givenNameKey(a) === givenNameKey(b);
}

/** The first letter a name's first given name or initial starts with, upper case, or null. */
function firstLetter(name: PersonName): string | null {
  const g = name.given[0];
  if (g !== undefined) return normalizeWord(g).charAt(0).toUpperCase();
  return name.initials[0] ?? null;
}

/**
 * Two parsed names can be one person: same family skeleton, and given names that agree where both
 * have one (the first given name, or an initial against a first letter). A name without given
 * names is compatible with any name of the same family; callers decide if that is unambiguous.
 */
export function isCompatibleName(a: PersonName, b: PersonName): boolean {
  if (!isSameFamilyName(a.family, b.family)) return false;
  const ga = a.given[0];
  const gb = b.given[0];
  if (ga !== undefined && gb !== undefined) return isSameGivenName(ga, gb);
  const la = firstLetter(a);
  const lb = firstLetter(b);
  if (la === null || lb === null) return true;
  return la === lb;
}

/** A name has a given name (not just initials or a family name): a full name. */
export function isFullName(name: PersonName): boolean {
  return name.given.length > 0;
}
