/**
 * The lower-case words of a text as LOWER_CASE_WORD matches them (a small letter, then small
 * letters, apostrophes and hyphens, between word boundaries), reported by offsets. The corpus
 * rules ask which of a few forms any article writes in lower case; `match` over every text made a
 * string of every lower-case word of the corpus. Plain-ASCII texts (most news) are read by
 * character code, with the pattern's own boundary rules; any other text is read by the pattern.
 */
export const LOWER_CASE_WORD = /\b\p{Ll}[\p{Ll}'’-]*\b/gu;

/** `\b`'s word characters (ASCII letters, digits and "_", as in a pattern without the i flag). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isSmallAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Small letters, and the apostrophe and hyphen that may go on inside a word (ASCII). */
function isInnerAscii(c: number): boolean {
  return isSmallAscii(c) || c === 0x27 || c === 0x2d;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Calls `visit(start, end)` for each match of LOWER_CASE_WORD in `text`, in order. */
export function scanLowerCaseWords(text: string, visit: (start: number, end: number) => void): void {
  if (!isAscii(text)) {
    const re = new RegExp(LOWER_CASE_WORD.source, 'gu');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) visit(m.index, m.index + m[0].length);
    return;
  }
  const n = text.length;
  let p = 0;
  while (p < n) {
    // A match starts at a small letter with a boundary before it (no word character).
    if (!isSmallAscii(text.charCodeAt(p)) || (p > 0 && isWordCode(text.charCodeAt(p - 1)))) {
      p++;
      continue;
    }
    let q = p + 1;
    while (q < n && isInnerAscii(text.charCodeAt(q))) q++;
    // The longest run that ends at a boundary, as the pattern backtracks to it.
    let e = q;
    while (e > p && isWordCode(text.charCodeAt(e - 1)) === (e < n && isWordCode(text.charCodeAt(e)))) e--;
    if (e > p) {
      visit(p, e);
      p = e;
    } else p++;
  }
}
