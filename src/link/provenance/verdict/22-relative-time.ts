import type { Term } from '../terms.ts';
import { type Rule, textOf, windowRangeOf } from './rule.ts';

/**
 * A time the speaker set relative to now, moved: "before the close of next year" → "before the close of
 * this year", "last week" → "this week". The unit is the same word and aligns; the word before it that
 * places it is a function word the aligner leaves out as filler, so the change would read as a cut.
 * The placing words say one of three times: to come ("next", "coming", "following"), gone ("last",
 * "previous", "past") or current ("this"); one put for another of the same time is a paraphrase
 * ("last season" / "the previous season").
 */
const PLACING_WORDS: ReadonlyMap<string, 'ahead' | 'behind' | 'current'> = new Map([
  ['next', 'ahead'],
  ['coming', 'ahead'],
  ['following', 'ahead'],
  ['last', 'behind'],
  ['previous', 'behind'],
  ['past', 'behind'],
  ['this', 'current'],
]);
/** Units of the calendar a placing word sets ("next spring", "this quarter"). */
const TIME_UNITS: ReadonlySet<string> = new Set(
  'year years month months week weeks weekend day days season summer autumn fall winter spring quarter term session decade century'.split(
    ' ',
  ),
);

export const relativeTimeMoved: Rule = ({ alignment, articleText, quoteText }) => {
  const quote = alignment.quote;
  for (const seg of alignment.segments) {
    const terms = seg.candidate.terms;
    for (let q = seg.from + 1; q < seg.to; q++) {
      const unit = quote[q]!;
      const placing = quote[q - 1]!;
      const time = PLACING_WORDS.get(placing.norm);
      if (!TIME_UNITS.has(unit.norm) || time === undefined) continue;
      const match = seg.support.get(q);
      if (match === undefined || match.p === 0) continue;
      const before = terms[match.p - 1]!;
      const was = PLACING_WORDS.get(before.norm);
      if (was === undefined || was === time) continue;
      const text = articleText(seg.candidate.article);
      return [
        `verdict.time-changed: "${textOf(text, before)} ${textOf(text, terms[match.p]!)}" → "${textOf(quoteText, placing)} ${textOf(quoteText, unit)}"`,
      ];
    }
    const counted = countedAgoFor(seg, quote);
    if (counted) {
      const text = articleText(seg.candidate.article);
      return [
        `verdict.time-changed: "${textOf(text, counted.last)} ${textOf(text, counted.unit)}" → "${quote
          .slice(counted.from, counted.to)
          .map((t) => textOf(quoteText, t))
          .join(' ')}"`,
      ];
    }
  }
  return [];
};

/** Counts that make "<count> <units> ago" one unit back, the same time as "last <unit>". */
const ONE = new Set(['a', 'an', 'one', '1']);
/** A count of units: a figure or a number word. */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)$/u;

/**
 * "last year" → "two years ago": a time counted back in the quote that the speaker placed one
 * unit back ("last", "previous", "past") in the primary's words the segment renders. The count
 * is a word the aligner finds nowhere, so the change would read as words added.
 */
function countedAgoFor(
  seg: Parameters<Rule>[0]['alignment']['segments'][number],
  quote: Parameters<Rule>[0]['alignment']['quote'],
): { from: number; to: number; last: Term; unit: Term } | null {
  const terms = seg.candidate.terms;
  const window = windowRangeOf(seg);
  // The segment may end before its closing "ago", a word the primary does not have.
  for (let q = seg.from + 1; q <= seg.to && q < quote.length; q++) {
    if (quote[q]!.norm !== 'ago') continue;
    // A figure and its unit may be one term ("two years") or two.
    const words = quote[q - 1]!.norm.split(' ');
    const from = words.length > 1 ? q - 1 : q - 2;
    const count = words.length > 1 ? words[0]! : (quote[q - 2]?.norm ?? '');
    const unit = singular(words.at(-1)!);
    if (from < seg.from || ONE.has(count) || !TIME_UNITS.has(unit) || !COUNT.test(count)) continue;
    // The speaker counted back too ("last year, … five years ago"): the quote's "ago" is theirs.
    if (saysAgoWith(terms, window, count)) continue;
    for (let p = window.from + 1; p < window.to; p++) {
      if (singular(terms[p]!.norm) !== unit || PLACING_WORDS.get(terms[p - 1]!.norm) !== 'behind') continue;
      return { from, to: q + 1, last: terms[p - 1]!, unit: terms[p]! };
    }
  }
  return null;
}

/** The passage's words the segment renders count back with `count` ("five years ago") themselves. */
function saysAgoWith(terms: readonly Term[], window: { from: number; to: number }, count: string): boolean {
  for (let p = window.from + 1; p < window.to; p++) {
    if (terms[p]!.norm !== 'ago') continue;
    const before = terms[p - 1]!.norm.split(' ');
    const said = before.length > 1 ? before[0]! : (terms[p - 2]?.norm ?? '');
    if (said === count) return true;
  }
  return false;
}

function singular(word: string): string {
  return word.endsWith('s') && TIME_UNITS.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}
