import { readNumberExpression } from './number-words.ts';

/**
 * How often something happens, read from words that state it: "every four months", "every week",
 * "three times a year", "four times per month", "once every two weeks". Reports restate a frequency
 * another way ("every four months" → "three times a year"); read to events per day, the two are one
 * figure, and "every three months" → "twice a year" is another.
 */

/** Days in each unit of time a frequency is given in. */
const DAYS: ReadonlyMap<string, number> = new Map([
  ['hour', 1 / 24],
  ['day', 1],
  ['night', 1],
  ['week', 7],
  ['fortnight', 14],
  ['month', 365.25 / 12],
  ['quarter', 365.25 / 4],
  ['year', 365.25],
  ['decade', 3652.5],
]);

/** Counts of occurrences said in one word. */
const TIMES: ReadonlyMap<string, number> = new Map([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
]);

/** Words that make the unit after them a rate's ("twice a year", "three times per month"). */
const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);

function daysOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  return DAYS.get(word) ?? DAYS.get(word.replace(/s$/, '')) ?? null;
}

/** The count a figure in words or digits at `words[i]` gives, and how many words it spans. */
function countAt(words: readonly string[], i: number): { value: number; length: number } | null {
  const w = words[i];
  if (w === undefined) return null;
  if (/^\d+$/.test(w)) return { value: Number(w), length: 1 };
  const e = readNumberExpression(words, i);
  // "fortnight" is a unit here, not a count.
  if (e === null || e.impliedUnit !== undefined) return null;
  if (e.unit === '') return { value: e.value, length: e.length };
  // "two years", "four times": the unit word is read apart, as the frequency's unit or its "times".
  return UNIT_MARKED.has(e.unit) ? { value: e.value, length: e.length - 1 } : null;
}

/** Unit marks the number reader puts on figures of years and multiples (number-words.ts). */
const UNIT_MARKED = new Set(['y', 'x']);

/** Each frequency the words state, in occurrences per day, in the order they are read. */
export function frequenciesIn(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    // "twice a year", "four times per month", "once every two weeks".
    let times = TIMES.get(words[i]!) ?? null;
    let k = i + 1;
    if (times === null) {
      const count = countAt(words, i);
      if (count !== null && words[i + count.length] === 'times') {
        times = count.value;
        k = i + count.length + 1;
      }
    }
    if (times !== null && RATE_WORDS.has(words[k] ?? '')) {
      const every = countAt(words, k + 1);
      const days = daysOf(words[k + 1 + (every?.length ?? 0)]);
      if (days !== null) {
        out.push(times / (days * (words[k] === 'every' ? (every?.value ?? 1) : 1)));
        i = k + 1;
        continue;
      }
    }
    // "every four months", "every week" (not after "once", read above).
    if (words[i] === 'every') {
      const every = countAt(words, i + 1);
      const days = daysOf(words[i + 1 + (every?.length ?? 0)]);
      if (days !== null) out.push(1 / (days * (every?.value ?? 1)));
    }
  }
  return out;
}

/**
 * Two frequencies are one when they differ by less than this share: weeks do not divide months or
 * years, and reports round across them ("twice a month" → "every two weeks", "monthly" → "every
 * four weeks"); a third more or less ("every three months" → "three times a year") is another.
 */
const SAME_FREQUENCY_TOLERANCE = 0.1;

export function sameFrequency(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_FREQUENCY_TOLERANCE * Math.max(a, b);
}
