import { type Rule, textOf } from './rule.ts';

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
  }
  return [];
};
