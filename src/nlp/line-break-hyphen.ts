import type { Token } from './tokens.ts';
import { isDictionaryWord } from './wordnet/wordnet.ts';

/**
 * A word a printed page hyphenated at its line end ("con-" / "tractor"), as text copied out of a
 * PDF keeps it: a hyphen, the line break, and the word's rest in lower case. It is one word when
 * the two halves make a dictionary word; a compound broken at its own hyphen ("twenty-" /
 * "eight", "well-" / "known") makes none and stays two.
 */
const HYPHEN_LINE_BREAK = /^-[ \t]*\r?\n[ \t]*$/u;

/** The word `a` and `b` make when `b` is the rest of `a` hyphenated over a line break, else null. */
export function joinLineBreakHyphen(text: string, a: Token, b: Token): Token | null {
  if (!/^\p{Ll}/u.test(b.text) || !HYPHEN_LINE_BREAK.test(text.slice(a.end, b.start))) return null;
  const word = a.text + b.text;
  if (!isDictionaryWord(word.toLowerCase())) return null;
  return { start: a.start, end: b.end, text: word, norm: a.norm + b.norm };
}
