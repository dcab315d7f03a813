/**
 * The hedge before a figure ("approximately", "just under", "over") and the interval of values
 * the hedged figure allows. Two statements agree when their intervals meet: "approximately 19
 * percent" is [18.05, 19.95], "just under 20%" is [19, 20), and they overlap.
 */
import { NUMBER_APPROXIMATORS, type NumberApproximator } from '../../nlp/lexicons/number-approximators.ts';

export type HedgeBound = NumberApproximator['bound'] | 'just-under' | 'just-over';

/**
 * Hedges the provenance lexicon does not list because they only narrow one it has ("just under"
 * is "under" within a few percent); longest first, so "just under" wins over "under".
 */
const NARROW_HEDGES: readonly { phrase: string; bound: HedgeBound }[] = [
  { phrase: 'just under', bound: 'just-under' },
  { phrase: 'just below', bound: 'just-under' },
  { phrase: 'just short of', bound: 'just-under' },
  { phrase: 'just over', bound: 'just-over' },
  { phrase: 'just above', bound: 'just-over' },
  { phrase: 'more than', bound: 'at-least' },
  { phrase: 'an estimated', bound: 'about' },
  { phrase: 'estimated', bound: 'about' },
];

/**
 * Each hedge with its pattern, compiled once (a pattern per hedge per figure was ~1% of a run):
 * the phrase, its words apart by any spacing, then spacing (and "all") up to the figure.
 */
const HEDGES = [...NARROW_HEDGES, ...NUMBER_APPROXIMATORS]
  .sort((a, b) => b.phrase.length - a.phrase.length)
  .map((h) => ({ ...h, pattern: new RegExp(`\\b${h.phrase.replace(/ /g, '\\s+')}\\s+(?:all\\s+)?$`) }));

/** Every hedge pattern ends in spacing: a figure written right after a non-space has no hedge. */
const ENDS_IN_SPACE = /\s$/;

export interface Hedge {
  phrase: string;
  bound: HedgeBound;
  /** Where the hedge phrase starts in the text. */
  start: number;
}

/** The hedge written right before `start` (a currency sign may sit between), or null. */
export function hedgeBefore(text: string, start: number): Hedge | null {
  const before = text.slice(Math.max(0, start - 30), start).toLowerCase();
  if (!ENDS_IN_SPACE.test(before)) return null;
  for (const h of HEDGES) {
    const m = h.pattern.exec(before);
    if (m)
      return {
        phrase: text.slice(start - before.length + m.index, start).trim(),
        bound: h.bound,
        start: start - before.length + m.index,
      };
  }
  return null;
}

/** How far "about" reaches either side of the figure, and how far "just under/over" reaches. */
const ABOUT = 0.05;
const JUST = 0.06;
/** An unhedged figure is rounded: half a percent either way is the same figure. */
const EXACT = 0.005;

/** The closed interval [lo, hi] of values a hedged figure (or range) allows. */
export function interval(low: number, high: number, bound: HedgeBound | null): [number, number] {
  switch (bound) {
    case 'about':
      return [low * (1 - ABOUT), high * (1 + ABOUT)];
    case 'at-least':
      return [low, Infinity];
    case 'at-most':
      return [-Infinity, high];
    case 'just-under':
      return [high * (1 - JUST), high];
    case 'just-over':
      return [low, low * (1 + JUST)];
    default:
      return [low * (1 - EXACT), high * (1 + EXACT)];
  }
}

/** True when every pair of intervals meets (the values could all be true at once). */
export function intervalsAgree(intervals: readonly [number, number][]): boolean {
  const lo = Math.max(...intervals.map((i) => i[0]));
  const hi = Math.min(...intervals.map((i) => i[1]));
  return lo <= hi;
}
