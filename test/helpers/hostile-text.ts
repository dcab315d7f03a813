/**
 * Generated hostile texts of a chosen size, for the tests and bench/quadratic.ts: one line of
 * curly-quoted numbers (“1” “2” …), the same after labels and colons, and a run of random quotation marks and speech-cue tokens
 * with no full stop. Both make one sentence of thousands of quotations.
 */

/** `count` curly-quoted numbers on one line. */
export function curlyNumbers(count: number): string {
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) parts.push(`“${i}”`);
  return parts.join(' ') + '\n';
}

/** `count` quotations each after a label and a colon on one line (w1: “1” w2: “2” …). */
export function labelledQuotes(count: number): string {
  return Array.from({ length: count }, (_, i) => `w${i}: “${i}”`).join(' ') + '\n';
}

const CUE_TOKENS = ['said', 'told', '“', '”', '"', 'Ada Lund', 'Ivo Brandt', ',', 'Varn', 'reporters'];

/** About `chars` characters of random speech-cue tokens and quotation marks (a fixed seed). */
export function speechCueTokens(chars: number, seed = 12345): string {
  let x = seed;
  const next = (): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
  const parts: string[] = [];
  for (let len = 0; len < chars;) {
    const t = CUE_TOKENS[Math.floor(next() * CUE_TOKENS.length)]!;
    parts.push(t);
    len += t.length + 1;
  }
  return parts.join(' ') + '\n';
}

/** Characters copied by `String.prototype.slice` while `fn` runs: a count of text read again. */
export function slicedChars(fn: () => void): number {
  const slice = String.prototype.slice;
  let chars = 0;
  String.prototype.slice = function (this: string, start?: number, end?: number): string {
    const out = slice.call(this, start, end);
    chars += out.length;
    return out;
  };
  try {
    fn();
  } finally {
    String.prototype.slice = slice;
  }
  return chars;
}

/** Characters of the strings `Array.prototype.join` builds while `fn` runs: a count of text copied. */
export function joinedChars(fn: () => void): number {
  const join = Array.prototype.join;
  let chars = 0;
  Array.prototype.join = function (this: unknown[], separator?: string): string {
    const out = join.call(this, separator);
    chars += out.length;
    return out;
  };
  try {
    fn();
  } finally {
    Array.prototype.join = join;
  }
  return chars;
}
