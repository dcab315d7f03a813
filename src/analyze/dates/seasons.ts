/**
 * Seasons as dates, which chrono-node does not parse: "in the spring", "last winter", "the summer
 * of 2024". A season spans three months, so its precision is the year (the year its first month
 * falls in; the label keeps the season word). Northern-hemisphere meteorological seasons: the
 * sources Hearsay reads are European and North American news.
 */
import type * as chrono from 'chrono-node';

/** First month of each season; the season's middle is one month later. */
const SEASON_START: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/**
 * A season with an introducer before it, so "the fall of the regime" or "Spring Street" are not
 * dates: "in (the) spring", "last/next/this spring", "(the) spring of 2024".
 */
const SEASON =
  /\b(?:(in|during|by|until|since|last|next|this|early|late)\s+)?(?:(?:the|this|last|next)\s+)?(?:(early|late|mid)[\s-]?)?(spring|summer|autumn|fall|winter)\b(?:\s+of\s+((?:19|20)\d\d)\b)?/i;

/**
 * Which year's season the text means, from the reference month: "last" is the latest season that
 * has already ended or begun before the current one, "next" the first one starting after the
 * reference, a plain one the latest that has begun by the reference: news mostly reports what
 * happened ("talks took place in the spring"), and the label keeps a future tense visible.
 */
export function seasonYear(refYear: number, refMonth: number, startMonth: number, modifier: string): number {
  const refIndex = refYear * 12 + (refMonth - 1);
  const candidates = [refYear - 2, refYear - 1, refYear, refYear + 1].map((y) => ({
    year: y,
    start: y * 12 + (startMonth - 1),
  }));
  if (modifier === 'last') {
    // Ended before the reference: its last month is before the reference month.
    return candidates.filter((c) => c.start + 2 < refIndex).at(-1)!.year;
  }
  if (modifier === 'next') return candidates.find((c) => c.start > refIndex)!.year;
  return candidates.filter((c) => c.start <= refIndex).at(-1)!.year;
}

export const seasonParser: chrono.Parser = {
  pattern: () => new RegExp(SEASON.source, 'i'),
  extract: (context, match) => {
    const introducer = match[1]?.toLowerCase() ?? '';
    const article = /\b(the|this|last|next)\s+/i.exec(match[0])?.[1]?.toLowerCase() ?? '';
    const explicitYear = match[4];
    if (!introducer && !article && !explicitYear) return null;
    // "the fall of Kabul": "fall" with "the" and an "of" phrase that is no year is not a season.
    if (!introducer && article === 'the' && !explicitYear) return null;
    const startMonth = SEASON_START[match[3]!.toLowerCase()]!;
    const offset = match[0].search(/\S/);
    const text = match[0].slice(offset);
    if (explicitYear) {
      return context.createParsingResult(match.index! + offset, text, {
        year: Number(explicitYear),
      });
    }
    const ref = context.reference.instant;
    const modifier = [introducer, article].find((w) => w === 'last' || w === 'next') ?? '';
    const year = seasonYear(ref.getUTCFullYear(), ref.getUTCMonth() + 1, startMonth, modifier);
    return context.createParsingResult(match.index! + offset, text, { year }).addTag('result/relativeDate');
  },
};
