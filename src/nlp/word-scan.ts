/**
 * The next word of a text as a word pattern finds it (letters and digits, inner apostrophes, and
 * optionally dotted acronyms first), read by character code where the text is plain ASCII. Both
 * tokenisers run over every character of every article; a `\p{…}` regex match with its result
 * array per word was the larger part of their time. Wherever a character outside ASCII could
 * change the answer, the pattern itself is run from the same place, so the result is always the
 * pattern's.
 */

/** Where a word was found: reused across calls, so a scan allocates nothing per word. */
export interface WordHit {
  start: number;
  end: number;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const FULL_STOP = 0x2e;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * The first match at or after `at` in `text[0, limit)` of `pattern` (global, sticky-free): the
 * word pattern `[\p{L}\p{N}]+(?:['’][\p{L}]+)*`, preceded by the alternative `(?:\p{Lu}\.){2,}`
 * when `acronyms`. The hit goes to `hit`; false when there is none. `pattern` must search
 * `text` only up to `limit` (pass a text cut at `limit`, or `limit` = text.length).
 */
export function findWord(
  text: string,
  at: number,
  limit: number,
  pattern: RegExp,
  acronyms: boolean,
  hit: WordHit,
): boolean {
  let p = at;
  for (; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c >= 128) return byPattern(text, p, pattern, hit);
    if (isAsciiLetterOrDigit(c)) break;
  }
  if (p >= limit) return false;
  if (acronyms && isAsciiCapital(text.charCodeAt(p))) {
    let q = p;
    let pairs = 0;
    while (q + 1 < limit && isAsciiCapital(text.charCodeAt(q)) && text.charCodeAt(q + 1) === FULL_STOP) {
      pairs++;
      q += 2;
    }
    // A capital outside ASCII ("É.") may go on with the acronym: the pattern decides.
    if (q + 1 < limit && text.charCodeAt(q) >= 128 && text.charCodeAt(q + 1) === FULL_STOP)
      return byPattern(text, p, pattern, hit);
    if (pairs >= 2) {
      hit.start = p;
      hit.end = q;
      return true;
    }
  }
  // [\p{L}\p{N}]+
  let q = p + 1;
  for (; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (isAsciiLetterOrDigit(c)) continue;
    if (c >= 128 && c !== RIGHT_SINGLE_QUOTE) return byPattern(text, p, pattern, hit);
    break;
  }
  // (?:['’][\p{L}]+)*
  while (q + 1 < limit) {
    const c = text.charCodeAt(q);
    if (c !== APOSTROPHE && c !== RIGHT_SINGLE_QUOTE) break;
    const next = text.charCodeAt(q + 1);
    if (next >= 128) return byPattern(text, p, pattern, hit);
    if (!isAsciiLetter(next)) break;
    let r = q + 2;
    while (r < limit && isAsciiLetter(text.charCodeAt(r))) r++;
    if (r < limit) {
      const after = text.charCodeAt(r);
      if (after >= 128 && after !== RIGHT_SINGLE_QUOTE) return byPattern(text, p, pattern, hit);
    }
    q = r;
  }
  hit.start = p;
  hit.end = q;
  return true;
}

/** The pattern's own first match from `from`. */
function byPattern(text: string, from: number, pattern: RegExp, hit: WordHit): boolean {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  if (m === null) return false;
  hit.start = m.index;
  hit.end = m.index + m[0].length;
  return true;
}
