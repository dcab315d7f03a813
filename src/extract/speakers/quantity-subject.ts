import { type Mention, mention } from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/** Words of a count or share: figures, number words, fractions ("two-thirds" is "two", "thirds"). */
const QUANTITY_WORD =
  /^(?:\d[\d.,]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half|third|thirds|quarter|quarters|fifth|fifths|majority|minority|percent|plurality)$/u;

/** Words before a figure that bound or blur it ("about", "nearly", "just over", "close to", "a"). */
const FIGURE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'about',
  'nearly',
  'almost',
  'roughly',
  'around',
  'approximately',
  'some',
  'only',
  'just',
  'over',
  'under',
  'more',
  'less',
  'fewer',
  'than',
  'close',
  'to',
  'shy',
  'of',
  'a',
  'an',
  'at',
  'least',
  'most',
  'exactly',
]);

/** Quantifiers that stand alone as a subject for a group named before ("Both are quick to …", "Another notes"). */
const LONE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'both',
  'another',
  'some',
  'all',
  'most',
  'many',
  'several',
  'few',
  'none',
  'others',
  'each',
]);

/** Words that open a clause, which a quantity phrase never holds. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** A year is a date, not a count ("A Sept. 15, 2011 email shows"). */
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** Whether an "of" follows the figure inside the phrase ("71 percent of those surveyed"). */
function hasOfPhrase(s: Sentence, k: number, at: number): boolean {
  for (let j = k + 1; j < at; j++) if (s.tokens[j]!.norm === 'of') return true;
  return false;
}

/** Longest quantity phrase read back from the verb ("about four out of 10 Republican primary voters"). */
const MAX_QUANTITY_WORDS = 9;

/**
 * speaker.quantity-subject: "About one in five say …", "Nearly a third said", "Just shy of half,
 * 49%, say", "About four out of 10 voters said", "Both are quick to offer praise" — poll and
 * crowd reporting makes a count or share the subject. It names no one, but it is the source the
 * text gives, so it is kept with its words as an unnamed group is. The phrase opens its clause
 * (the sentence start or after a comma) and runs to `at`, the word before the verb; its first
 * words are a figure's lead words and then a figure, or it is a lone quantifier. A figure set
 * off by commas before the verb ("about two-thirds, 67 percent, say") belongs to it.
 */
export function findQuantitySubject(frame: Frame, s: Sentence, at: number): Mention | null {
  if (at < 0) return null;
  const from = chunkStart(frame, s, at);
  // "about two-thirds, 67 percent, say": the figure in apposition goes with the phrase before it.
  if (from > 1 && isFigure(s, from, at) && /^\s*,\s*$/u.test(gapBetween(frame, s, from - 1, from))) {
    const whole = quantityFrom(frame, s, chunkStart(frame, s, from - 1), at);
    if (whole) return whole;
  }
  return quantityFrom(frame, s, from, at);
}

/** Tokens [from, at] as a quantity subject opening its clause, or null. */
function quantityFrom(frame: Frame, s: Sentence, from: number, at: number): Mention | null {
  if (at - from >= MAX_QUANTITY_WORDS) return null;
  const first = s.tokens[from]!;
  if (from > 0 && !/[,;:\u2014\u2013]\s*$/u.test(gapBetween(frame, s, from - 1, from))) return null;
  // "2,340": a comma between digits groups thousands; it opens no clause.
  if (
    from > 0 &&
    /^\d/u.test(first.text) &&
    /\d$/u.test(s.tokens[from - 1]!.text) &&
    gapBetween(frame, s, from - 1, from) === ','
  )
    return null;
  // "The former star, 42, said": a bare number set off by commas after a noun is its age.
  if (from === at && /^\d+$/u.test(first.text) && from > 0 && isSetOff(frame, s, from)) return null;
  const lone = from === at && LONE_QUANTIFIERS.has(first.norm);
  let k = from;
  while (k < at && FIGURE_LEAD_WORDS.has(s.tokens[k]!.norm)) k++;
  if (!lone && (!QUANTITY_WORD.test(s.tokens[k]!.norm) || YEAR.test(s.tokens[k]!.norm))) return null;
  // A group is counted: the phrase ends in a count, a share or a plural ("voters", "those surveyed"
  // is read to its "those"); "a 2011 email" counts nothing.
  const head = s.tokens[at]!.norm;
  if (!lone && !QUANTITY_WORD.test(head) && !/[^s]s$/u.test(head) && !hasOfPhrase(s, k, at)) return null;
  // A noun phrase holds no clause: "… 340 calls in August and that thirty tugs" is two.
  for (let j = k + 1; j < at; j++) if (CLAUSE_WORDS.has(s.tokens[j]!.norm)) return null;
  return mention(frame, s, 'role', from, at + 1, false, 'group', s.tokens[at]!.norm);
}

/** Token `k` stands between two commas. */
function isSetOff(frame: Frame, s: Sentence, k: number): boolean {
  const comma = /^\s*,\s*$/u;
  return (
    comma.test(gapBetween(frame, s, k - 1, k)) &&
    k + 1 < s.tokens.length &&
    comma.test(gapBetween(frame, s, k, k + 1))
  );
}

/** The first token of the run of words ending at `at` with no punctuation between them (hyphens join). */
function chunkStart(frame: Frame, s: Sentence, at: number): number {
  let from = at;
  while (
    from > 0 &&
    at - from < MAX_QUANTITY_WORDS &&
    /^(?:\s+|-)$/u.test(gapBetween(frame, s, from - 1, from))
  )
    from--;
  return from;
}

/** Tokens [from, at] are a figure alone: "67 percent", "49%", "26 per cent". */
function isFigure(s: Sentence, from: number, at: number): boolean {
  if (!/^\d/u.test(s.tokens[from]!.norm)) return false;
  for (let k = from + 1; k <= at; k++) if (!/^(?:percent|per|cent|%)$/u.test(s.tokens[k]!.norm)) return false;
  return true;
}
