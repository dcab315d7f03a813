/**
 * A small hand-written date parser, the alternative eval/dates.ts measures chrono-node against:
 * regular expressions for the forms news prose uses, resolved against the article's date with the
 * same news conventions the shipped stage applies (weekdays and seasons in the past, a month
 * alone needs an introducer). Not used by the pipeline; kept so the measurement can be re-run.
 */
import { isoOf, type Reference } from '../../src/analyze/dates/expressions.ts';
import { seasonYear } from '../../src/analyze/dates/seasons.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function shift(ref: Reference, days: number): Date {
  return new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
}

/** The year of a year-less month: the occurrence nearest the reference (what chrono does too). */
function nearestYear(ref: Reference, month: number): number {
  const diff = month - ref.month;
  if (diff > 6) return ref.year - 1;
  if (diff < -6) return ref.year + 1;
  return ref.year;
}

interface Rule {
  pattern: RegExp;
  date(m: RegExpExecArray, ref: Reference | null): string | null;
}

/** Most specific first: a span taken by one rule is not read again by a later one. */
const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'g'),
    date: (m) => isoOf(Number(m[3]), monthOf(m[1]!), Number(m[2])),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'),
    date: (m) => isoOf(Number(m[3]), monthOf(m[2]!), Number(m[1])),
  },
  {
    pattern: new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g'),
    date: (m) => isoOf(Number(m[2]), monthOf(m[1]!)),
  },
  {
    pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g'),
    date: (m, ref) => ref && isoOf(nearestYear(ref, monthOf(m[1]!)), monthOf(m[1]!), Number(m[2])),
  },
  {
    pattern: new RegExp(`\\b(?:in|since|until|by|from|of|last|next|early|late|mid-?)\\s+${MONTH}\\b`, 'g'),
    date: (m, ref) => ref && isoOf(nearestYear(ref, monthOf(m[1]!)), monthOf(m[1]!)),
  },
  {
    pattern: /\b(yesterday|today)\b/gi,
    date: (m, ref) => {
      if (!ref) return null;
      const d = shift(ref, m[1]!.toLowerCase() === 'yesterday' ? -1 : 0);
      return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    },
  },
  {
    pattern: /\b(?:(last) (week|month|year)|(a|one|two|three|four|five|\d+) (weeks?|months?|years?) ago)\b/gi,
    date: (m, ref) => {
      if (!ref) return null;
      const n = m[1] ? 1 : (NUMBER_WORDS[m[3]!.toLowerCase()] ?? Number(m[3]));
      const unit = (m[2] ?? m[4]!).toLowerCase().replace(/s$/, '');
      if (unit === 'year') return isoOf(ref.year - n);
      if (unit === 'month') {
        const d = new Date(Date.UTC(ref.year, ref.month - 1 - n, 1));
        return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1);
      }
      const d = shift(ref, -7 * n);
      return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1);
    },
  },
  {
    pattern: /\b(?:[Oo]n|[Ll]ast|[Tt]his past) (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    date: (m, ref) => {
      if (!ref) return null;
      const today = shift(ref, 0).getUTCDay();
      const back = (today - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
      const d = shift(ref, -back);
      return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    },
  },
  {
    pattern: /\b(?:(in|last|next|this) (?:the )?)(spring|summer|autumn|fall|winter)\b(?! of)/gi,
    date: (m, ref) => {
      if (!ref) return null;
      const mod = m[1]!.toLowerCase();
      return isoOf(
        seasonYear(
          ref.year,
          ref.month,
          SEASONS[m[2]!.toLowerCase()]!,
          mod === 'last' || mod === 'next' ? mod : '',
        ),
      );
    },
  },
  {
    pattern: /(?<![\d,.:$-])\b((?:19|20)\d\d)\b(?![\d%]|,\d|\.\d|:\d)/g,
    date: (m) => m[1]!,
  },
];

/** The dates of `text`, in text order, each once per expression. */
export function handParse(text: string, ref: Reference | null): string[] {
  const taken: [number, number][] = [];
  const found: { at: number; date: string }[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      const date = rule.date(m as unknown as RegExpExecArray, ref);
      if (!date) continue;
      taken.push([start, end]);
      found.push({ at: start, date });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}
