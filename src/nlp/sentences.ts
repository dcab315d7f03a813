import type { Span } from '../model/span.ts';
import { ENGLISH_MONTH_ABBREVIATIONS } from './lexicons/calendar-words.ts';
import { CLOSING_MARK_CLASS, OPENING_MARK_CLASS } from './lexicons/quote-marks.ts';
import { splitParagraphs } from './paragraphs.ts';
import { rememberRecentSpans } from './recent-spans.ts';

/**
 * Abbreviations after which a full stop does not end a sentence. Titles and initials dominate news
 * text ("U.S. President", "Mr. Putin", "Gen. Gerasimov"); single capitals are caught by a rule.
 */
const NON_FINAL_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'rep',
  'reps',
  'del',
  'sen',
  'sens',
  'rev',
  'gov',
  'pres',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'no',
  'vs',
  // Case names: "Plessy v. Ferguson", "Brown v. Board of Education".
  'v',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  ...ENGLISH_MONTH_ABBREVIATIONS,
  'approx',
  'dept',
  'est',
  'fig',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'a.m',
  'p.m',
]);

/**
 * Sentence-final punctuation, then closing quotes/brackets, then space, then a likely sentence
 * start. Every convention's marks count (quote-marks.ts): a German quotation closes on `“` and
 * the next opens on `„` („Wir kommen.“ „Wann?“), which English marks alone would leave as one
 * sentence. Papers that print quotation marks as two apostrophes (''…'') close and open sentences
 * with them as others do with curly marks.
 */
// The lookbehind starts a match only at the first mark of a run: otherwise a run of n dots is tried
// from each of its n positions, each scanning to the run's end (quadratic: 15,000 dots took 11 s).
const BOUNDARY = new RegExp(
  `(?<![.!?…])([.!?…]+)((?:${CLOSING_MARK_CLASS}|[)\\]])*)(\\s+)(?=(?:${OPENING_MARK_CLASS}|[([]|'{1,2})?[\\p{Lu}\\p{N}])`,
  'gu',
);

/**
 * Sentence spans of `text`. No sentence runs across a paragraph (src/nlp/paragraphs.ts): scraped
 * articles put headlines, captions and chrome on lines of their own, so there every line break is
 * a boundary; in hard-wrapped wire copy a line break inside a paragraph is only a space.
 * Spans are trimmed of surrounding white space and never empty.
 */
export const splitSentences: (text: string) => Span[] = rememberRecentSpans(computeSentences);

function computeSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const p of splitParagraphs(text)) splitLine(text, p.start, p.end, out);
  return out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  const re = new RegExp(BOUNDARY.source, 'gu');
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const punctEnd = m.index + m[1]!.length;
    if (m[1] === '.' && isAbbreviation(line, m.index)) continue;
    const end = punctEnd + m[2]!.length;
    pushTrimmed(text, from + start, from + end, out);
    start = end + m[3]!.length;
  }
  pushTrimmed(text, from + start, to, out);
}

/**
 * One or more initials: "J", "J.P", "G.K" (the full stop under test is not included). A name
 * follows them far more often than a sentence ends on them ("Rep. G.K. Butterfield").
 */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/** The word before a full stop is an abbreviation or an initial ("J. Smith", "J.P. Morgan", "U.S."). */
function isAbbreviation(line: string, dotAt: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dotAt - 12), dotAt));
  if (!before) return false;
  const word = before[1]!.toLowerCase().replace(/^\.+/, '');
  if (NON_FINAL_ABBREVIATIONS.has(word)) return true;
  return INITIALS.test(before[1]!.replace(/^\.+/, ''));
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** A token starts a sentence when only spaces, quotes or brackets separate it from . ! ? or a line start. */
export function isSentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':') return true;
    if (!/[\s"“”'‘’«»(\-–—]/u.test(c)) return false;
  }
  return true;
}
