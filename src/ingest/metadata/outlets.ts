import { NEWS_OUTLETS, OUTLET_NAME_WORDS } from '../../nlp/lexicons/news-outlets.ts';

/**
 * Outlet names: the gazetteer's canonical form of a surface name, the shape test that tells an
 * outlet-like name ("NordaOnline", "Harbour News") from a person's ("Jane Roe"), and readable
 * names made from channel slugs ("The_Daily_Example" → "Daily Example").
 */

/** Surface form (lower case; acronyms keep their case) → canonical outlet name. */
const BY_SURFACE = new Map<string, string>();
for (const o of NEWS_OUTLETS) {
  for (const surface of [o.name, ...o.aliases]) BY_SURFACE.set(surfaceKey(surface), o.name);
}

/** Acronyms match only in capitals ("AP", not "ap"); other names case-insensitively, "the" ignored. */
function surfaceKey(surface: string): string {
  const s = surface.trim().replace(/^the\s+/i, '');
  return /^[\p{Lu}\d-]{2,6}$/u.test(s) ? `=${s}` : s.toLowerCase();
}

/** The gazetteer's name for an outlet surface form, or null when the gazetteer does not know it. */
export function canonicalOutlet(surface: string): string | null {
  return BY_SURFACE.get(surfaceKey(surface)) ?? null;
}

const MEDIA_WORD = new RegExp(
  `(?<![\\p{L}])(?:${OUTLET_NAME_WORDS.map((w) => w.word).join('|')})(?![\\p{Ll}])`,
  'iu',
);
/**
 * An inner capital after at least this many letters makes a single token a brand ("NordaOnline",
 * "TechCrunch"); shorter prefixes are surname particles ("McDonald", "DeSantis", "MacArthur").
 */
const BRAND_PREFIX_MIN_LETTERS = 4;
const BRAND_TOKEN = new RegExp(`^\\p{Lu}\\p{Ll}{${BRAND_PREFIX_MIN_LETTERS - 1},}\\p{Lu}\\p{L}*$`, 'u');
const DOMAIN_NAME =
  /^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|media|ru|ua|by|kz|uk|de|fr|io|co|tv|am|az|ge)$/i;

/**
 * The outlet a credited name refers to: the gazetteer's canonical name, or the name itself when
 * its shape is an outlet's (a brand token, a media word, a domain); null for anything else,
 * which is how "According to Petrova," (reported speech) differs from "According to NordaOnline,".
 */
export function outletFromName(name: string): string | null {
  const known = canonicalOutlet(name);
  if (known) return known;
  const words = name.split(/\s+/);
  if (words.length === 1) return BRAND_TOKEN.test(name) || DOMAIN_NAME.test(name) ? name : null;
  if (MEDIA_WORD.test(name) || words.some((w) => BRAND_TOKEN.test(w))) return name;
  return null;
}

/** Words kept in lower case inside a name made from a slug. */
const NAME_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'in',
  'on',
  'for',
  'to',
  'a',
  'an',
  'at',
  'by',
  'de',
]);
/** A lower-case slug word this short is an acronym ("rt", "bbc"), unless a function word. */
const SLUG_ACRONYM_MAX_LETTERS = 3;

/** A readable name from a channel or account slug: split at `_`, `-`, `.` and case changes. */
export function nameFromSlug(slug: string): string {
  const words = slug
    .replace(/^@/, '')
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((w) => w.length > 0)
    .map((w, i) => {
      if (w !== w.toLowerCase()) return w;
      if (NAME_FUNCTION_WORDS.has(w) && i > 0) return w;
      if (w.length <= SLUG_ACRONYM_MAX_LETTERS && !NAME_FUNCTION_WORDS.has(w)) return w.toUpperCase();
      return w[0]!.toUpperCase() + w.slice(1);
    });
  // "The_Daily_Brief": the article is the handle's, not the name's.
  if (words.length >= 3 && words[0]!.toLowerCase() === 'the') words.shift();
  const name = words.join(' ');
  return canonicalOutlet(name) ?? name;
}

/**
 * Separators after which a site name goes on with its tagline ("Example News | World, Politics")
 * or a footer's links ("Example Media · Privacy · Terms": a middle dot or bullet between items).
 */
const TAGLINE_SEPARATOR = /\s+[|–—-]\s+|\s*:\s+|\.\s+|\s*[•·]\s*/u;
/** A site name is a few words; longer is a sentence, not a name. */
const OUTLET_MAX_WORDS = 8;

/** The site name at the start of a string, cut before its tagline; null when it is not name-like. */
export function cutOutletName(text: string): string | null {
  const name = text
    .split(TAGLINE_SEPARATOR)[0]!
    .trim()
    .replace(/[.,;:!]+$/, '');
  if (name.length < 2 || !/^[\p{Lu}\p{N}«"“]/u.test(name)) return null;
  if (name.split(/\s+/).length > OUTLET_MAX_WORDS) return null;
  return name;
}
