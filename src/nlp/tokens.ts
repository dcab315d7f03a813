import type { Span } from '../model/span.ts';
import { findWord, type WordHit } from './word-scan.ts';

/** A word with its offsets; `norm` is the form used for matching (lower case, no diacritics). */
export interface Token extends Span {
  text: string;
  norm: string;
}

/** Letters and digits, with inner apostrophes and hyphen-free: "Russia’s" is one token, "U.S." two. */
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** What normalizeWord must do to a word: nothing (ASCII, no capital), lower it (ASCII), or fold it. */
const PLAIN = 0;
const CAPITALS = 1;
const NON_ASCII = 2;

function asciiCaseOf(word: string): number {
  let out = PLAIN;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) return NON_ASCII;
    if (c >= 65 && c <= 90) out = CAPITALS;
  }
  return out;
}

/** Every character printable ASCII (space to tilde): a loop, cheaper than a regex on short words. */
export function isPrintableAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Lower case, diacritics folded, typographic apostrophe made plain: the matching form of a word. */
export function normalizeWord(word: string): string {
  // Most words of English news are plain ASCII: skip NFD, the costliest step, for them; most of
  // those are lower case already, and are their own norm (no call to lower them).
  const kind = asciiCaseOf(word);
  if (kind === PLAIN) return word;
  if (kind === CAPITALS) return word.toLowerCase();
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/’/g, "'");
}

/** Words of `text[from, to)` with offsets into `text`: WORD_PATTERN's matches, read by findWord. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD_PATTERN.source, 'gu');
  const slice = to === text.length ? text : text.slice(0, to);
  const hit: WordHit = { start: 0, end: 0 };
  for (let at = from; findWord(slice, at, slice.length, re, false, hit); at = hit.end) {
    const word = slice.slice(hit.start, hit.end);
    out.push({ start: hit.start, end: hit.end, text: word, norm: normalizeWord(word) });
  }
  return out;
}

/** Index of the first token starting at or after `pos` (the token count when none does). */
export function tokenAtOrAfter(tokens: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the last token ending at or before `pos` (-1 when none does), by halving: a scan from
 * the end, asked at every quotation of a sentence thousands of tokens long, was quadratic.
 */
export function lastTokenEndingBy(tokens: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Token `k` is the participle of a hyphenated compound modifier ("self-declared", "so-called",
 * "long-promised"): fused to the word before it, it modifies a noun and reports no one's words,
 * so it is no speech act. A verb's own prefix makes a verb still ("re-tweeted", "co-signed").
 */
export function isCompoundTail(text: string, tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k]!;
  if (k === 0 || text[tok.start - 1] !== '-' || tokens[k - 1]!.end !== tok.start - 1) return false;
  return /ed$/u.test(tok.norm) && !VERB_PREFIXES.has(tokens[k - 1]!.norm);
}

/**
 * Token `k` is the first half of a hyphenated word ("re-elected", "state-run"): a prefix or a
 * compound's modifier, never a word of saying by itself.
 */
export function isCompoundHead(text: string, tokens: readonly Token[], k: number): boolean {
  const tok = tokens[k]!;
  const next = tokens[k + 1];
  return next !== undefined && text[tok.end] === '-' && next.start === tok.end + 1;
}

/** Prefixes written with a hyphen that leave a verb a verb ("re-elected", "co-sponsored"). */
const VERB_PREFIXES: ReadonlySet<string> = new Set([
  're',
  'co',
  'pre',
  'de',
  'un',
  'mis',
  'dis',
  'out',
  'over',
  'under',
  'counter',
  'cross',
  'inter',
  'sub',
  'fore',
]);
