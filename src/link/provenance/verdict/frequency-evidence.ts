import { frequenciesIn, sameFrequency } from '../../../nlp/frequency.ts';
import type { AlignmentDiff } from '../alignment/alignment-diff.ts';
import type { SegmentAlignment } from '../alignment/align.ts';
import type { Term } from '../terms.ts';
import { windowRangeOf } from './rule.ts';

/**
 * A frequency restated ("every four months" → "three times a year"): the same figure when both read to one
 * rate, another when they read to two. Words around each side of a reworded stretch are read with
 * it, since the stretch may hold only part of the phrase ("four months" → "three times", between
 * "every" and "a year").
 */
export type FrequencyMatch = 'same' | 'other';

/** Words of the neighbours read with a stretch: a rate word before, a unit and its article after. */
const WORDS_BEFORE = 2;
const WORDS_AFTER = 3;

function around(before: string, side: string, after: string): string {
  const b = before.trim().split(/\s+/).slice(-WORDS_BEFORE).join(' ');
  const a = after.trim().split(/\s+/).slice(0, WORDS_AFTER).join(' ');
  return `${b} ${side} ${a}`;
}

function compare(said: readonly number[], put: readonly number[]): FrequencyMatch | null {
  if (said.length === 0 || put.length === 0) return null;
  return put.every((x) => said.some((y) => sameFrequency(x, y))) ? 'same' : 'other';
}

/** How the frequencies a reworded stretch and its source state compare; null when either states none. */
export function frequencyOfGap(pair: readonly [string, string], diff: AlignmentDiff): FrequencyMatch | null {
  const [beforeFrom, beforeTo] = diff.gapBefore.get(pair) ?? ['', ''];
  const [afterFrom, afterTo] = diff.gapAfter.get(pair) ?? ['', ''];
  return compare(
    frequenciesIn(around(beforeFrom, pair[0], afterFrom)),
    frequenciesIn(around(beforeTo, pair[1], afterTo)),
  );
}

/**
 * How the frequency a quote's figure is part of ("four times a year") compares with those the
 * passage the segment renders states; null when either states none.
 */
export function frequencyOfFigure(
  seg: SegmentAlignment,
  quote: readonly Term[],
  figure: Term,
  quoteText: string,
  passageText: string,
): FrequencyMatch | null {
  const i = quote.indexOf(figure);
  const from = quote[Math.max(0, i - WORDS_BEFORE)]!.start;
  const to = quote[Math.min(quote.length - 1, i + WORDS_AFTER)]!.end;
  const passage = windowTextOf(seg, passageText);
  if (passage === null) return null;
  return compare(frequenciesIn(passage), frequenciesIn(quoteText.slice(from, to)));
}

/**
 * How the frequencies the quote's words state compare with those of the passage it renders, read
 * whole: a frequency put in words with no figure ("twice a year" for "every three months"); null
 * when either states none.
 */
export function frequencyOfSegment(
  seg: SegmentAlignment,
  quote: readonly Term[],
  quoteText: string,
  passageText: string,
): FrequencyMatch | null {
  if (seg.to <= seg.from) return null;
  const passage = windowTextOf(seg, passageText);
  if (passage === null) return null;
  return compare(
    frequenciesIn(passage),
    frequenciesIn(quoteText.slice(quote[seg.from]!.start, quote[seg.to - 1]!.end)),
  );
}

/** The text of the passage window a segment is compared with (windowRangeOf), or null when empty. */
function windowTextOf(seg: SegmentAlignment, passageText: string): string | null {
  const { from, to } = windowRangeOf(seg);
  if (to <= from) return null;
  const terms = seg.candidate.terms;
  return passageText.slice(terms[from]!.start, terms[to - 1]!.end);
}
