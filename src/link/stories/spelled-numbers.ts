import { readNumberExpression, singleNumberWord } from '../../nlp/number-words.ts';
import { type Token, tokenize } from '../../nlp/tokens.ts';

/**
 * Figures written in words, as the number keys their digits would give. News style writes ten and
 * over in digits but spells out a figure that opens a sentence ("Sixty-one percent.", "Nine
 * thousand nurses"), and columns and tabloids spell out more: the wire's "61 percent" and the
 * column's "Sixty-one percent" are one figure of one event. Only figures of ten and over
 * count: below ten every style writes words, which meet as words already.
 */

/** Smallest figure read: one to nine are words in every style. */
const MIN_SPELLED = 10;
/** Below a million: larger ones are written "2.4 million" in digits and a word, keyed otherwise. */
const MAX_SPELLED = 1e6;

/**
 * Each figure of ten or more in words among `tokens` (those starting before `end`) that starts
 * with a word from "two" to "ninety" ("sixty-one", "nine thousand"), as the keys its digits give
 * when tokenised ("7,000" → "7", "0"), with its token index, so a caller can skip tokens it has
 * excluded.
 */
export function findSpelledNumbers(
  tokens: readonly Token[],
  end: number,
): { index: number; keys: string[] }[] {
  const words = tokens.map((t) => t.norm);
  const out: { index: number; keys: string[] }[] = [];
  for (let i = 0; i < tokens.length && tokens[i]!.start < end; i++) {
    const head = singleNumberWord(words[i]!);
    if (head === null || head < 1 || head >= 100) continue;
    const expr = readNumberExpression(words, i);
    if (expr === null || (expr.unit !== '' && expr.unit !== '%')) continue;
    if (!Number.isInteger(expr.value) || expr.value < MIN_SPELLED || expr.value >= MAX_SPELLED) continue;
    const digits = expr.value.toLocaleString('en-US');
    out.push({ index: i, keys: tokenize(digits).map((t) => t.norm.replace(/^0+(?=\d)/u, '')) });
    i += expr.length - 1;
  }
  return out;
}
