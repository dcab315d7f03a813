/**
 * The words of a text as the word patterns find them, without a regex match per word: a match
 * allocates a result array beside its string, and the tokenizer and the entity word pass run on
 * every word of the corpus. Plain ASCII is read by code; at any other character the pattern itself
 * is run from the scan position, so the answer is always the regex's own:
 *
 *   plain:    [\p{L}\p{N}]+(?:['’][\p{L}]+)*
 *   acronyms: (?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*   (dotted acronyms first: "U.S.")
 */
const PLAIN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const WITH_ACRONYMS = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const APOSTROPHE = 39;
const FULL_STOP = 46;

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || isAsciiLetter(c);
}

/** Reads the matches one by one: `next()` moves to the next and sets `start` and `end`. */
export class WordScanner {
  start = -1;
  end = -1;
  private pos: number;
  private readonly text: string;
  private readonly acronyms: boolean;
  private readonly re: RegExp;

  /** Matches in `text` from offset `from`; `acronyms` picks the pattern with dotted acronyms. */
  constructor(text: string, from: number, acronyms: boolean) {
    this.text = text;
    this.pos = from;
    this.acronyms = acronyms;
    this.re = new RegExp(acronyms ? WITH_ACRONYMS : PLAIN);
  }

  next(): boolean {
    const t = this.text;
    const n = t.length;
    let p = this.pos;
    // Skip to a letter or digit: a match starts at the first one (both alternatives open with one).
    for (; p < n; p++) {
      const c = t.charCodeAt(p);
      if (c >= 128) return this.byPattern(p);
      if (isAsciiLetterOrDigit(c)) break;
    }
    if (p >= n) return this.done();
    if (this.acronyms && isAsciiUpper(t.charCodeAt(p))) {
      let q = p;
      let pairs = 0;
      while (q + 1 < n) {
        const c = t.charCodeAt(q);
        if (c >= 128) return this.byPattern(p);
        if (!isAsciiUpper(c) || t.charCodeAt(q + 1) !== FULL_STOP) break;
        pairs++;
        q += 2;
      }
      if (q < n && t.charCodeAt(q) >= 128) return this.byPattern(p);
      if (pairs >= 2) return this.found(p, q);
    }
    let q = p;
    for (; q < n; q++) {
      const c = t.charCodeAt(q);
      if (c >= 128) return this.byPattern(p);
      if (!isAsciiLetterOrDigit(c)) break;
    }
    // Inner apostrophes, each followed by letters ("O'Brien", "don't").
    while (q < n && t.charCodeAt(q) === APOSTROPHE) {
      let r = q + 1;
      for (; r < n; r++) {
        const c = t.charCodeAt(r);
        if (c >= 128) return this.byPattern(p);
        if (!isAsciiLetter(c)) break;
      }
      if (r === q + 1) break;
      q = r;
    }
    return this.found(p, q);
  }

  private found(start: number, end: number): boolean {
    this.start = start;
    this.end = end;
    this.pos = end;
    return true;
  }

  private done(): boolean {
    this.pos = this.text.length;
    return false;
  }

  /** The pattern run from `p`: every position skipped before it was one no match starts at. */
  private byPattern(p: number): boolean {
    this.re.lastIndex = p;
    const m = this.re.exec(this.text);
    return m ? this.found(m.index, m.index + m[0].length) : this.done();
  }
}
