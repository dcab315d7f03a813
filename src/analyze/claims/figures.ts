/**
 * Figures in running text, read to a value, a unit and a kind: "€300bn" (money, EUR, 3e11),
 * "$1.5 trillion", "19–20 percent" (a range), "one additional year" (a duration), "two rounds of
 * talks" (a count of rounds), "20-fold". Years and calendar dates are not read here: they are
 * dates (claim-dates.ts), and a figure inside a date span is skipped by the caller.
 */
import { readNumberExpression } from '../../nlp/number-words.ts';

export type FigureKind = 'percent' | 'money' | 'count' | 'duration' | 'multiple';

export interface Figure {
  start: number;
  end: number;
  kind: FigureKind;
  /** Lower and upper value: equal unless the text gives a range ("19–20 percent"). */
  low: number;
  high: number;
  /** "%", a currency code, a time unit ("year"), "x", or the counted noun ("round"). */
  unit: string;
}

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB' };
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  dlr: 'USD',
  dlrs: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
};
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};
const FRACTIONS = new Set(['half', 'halve', 'third', 'quarter', 'fifth', 'tenth', 'percentage']);
const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'decade', 'hour']);

/**
 * A figure written in digits: currency sign, digits (thousands commas, decimals), an optional
 * range end, an optional scale word glued or spaced ("300bn", "1.5 trillion"), and what follows.
 */
const DIGIT_FIGURE =
  /(?<![\w.,])([$€£₽])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?:–|—|-|to)\s?[$€£₽]?(\d+(?:\.\d+)?))?(?:\s?(thousand|million|billion|trillion|mln|bn|tn|trn|k|m|b)\b)?/giu;

/** The words after a figure, to read its unit: "%", "percent", "per cent", "-fold", a noun. */
const AFTER =
  /^(?:\s*(%)|\s*-?\s*(per\s*cent|percent|pct|percentage points?)\b|-?(fold)\b|\s+(times)\b|\s+(basis points?)\b)/iu;
/** Up to two modifiers, then the noun the figure counts or measures. */
const NOUN_AFTER =
  /^[\s-]+(?:(?:additional|more|extra|full|further|new|other|[a-z]+ed|[a-z]+al)\s+){0,2}([a-z]+)\b/u;

function unitNoun(word: string): string {
  // A plain singular for the counted noun, so "1 round" and "2 rounds" count one thing.
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ss|us)$/.test(word)) return word;
  return word.replace(/s$/, '');
}

/** Reads what follows a number at `end` and builds the figure, or null when it measures nothing. */
function withUnit(
  text: string,
  start: number,
  end: number,
  low: number,
  high: number,
  currency: string | null,
): Figure | null {
  const rest = text.slice(end, end + 60);
  const mark = AFTER.exec(rest);
  if (mark) {
    const percent = mark[1] ?? mark[2];
    const kind: FigureKind = percent || mark[5] ? 'percent' : 'multiple';
    const unit = percent ? '%' : mark[5] ? 'bp' : 'x';
    return { start, end: end + mark[0].length, kind, low, high, unit };
  }
  if (currency) return { start, end, kind: 'money', low, high, unit: currency };
  const noun = NOUN_AFTER.exec(rest.toLowerCase());
  if (!noun) return null;
  const word = noun[1]!;
  const nounEnd = end + noun[0].length;
  if (word in CURRENCY_WORDS)
    return { start, end: nounEnd, kind: 'money', low, high, unit: CURRENCY_WORDS[word]! };
  const single = unitNoun(word);
  if (TIME_UNITS.has(single)) return { start, end: nounEnd, kind: 'duration', low, high, unit: single };
  // A count needs a plural noun ("four regions"); "2 of them" or "1 in 5" count nothing nameable,
  // and "three quarters" is a fraction.
  if (single === word || high <= 1 || FRACTIONS.has(single)) return null;
  return { start, end: nounEnd, kind: 'count', low, high, unit: single };
}

function digitsValue(s: string): number {
  return Number(s.replace(/,/g, ''));
}

function digitFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(DIGIT_FIGURE)) {
    const start = m.index;
    const scale = m[4] ? SCALE_WORDS[m[4].toLowerCase()]! : 1;
    // "m" and "b" alone are scales only glued to a money figure ("$5m"), never in "5 m".
    if (m[4] && m[4].length === 1 && !m[1]) continue;
    const low = digitsValue(m[2]!) * scale;
    const high = m[3] ? digitsValue(m[3]) * scale : low;
    if (high < low) continue;
    const fig = withUnit(text, start, start + m[0].length, low, high, m[1] ? CURRENCY_SIGNS[m[1]]! : null);
    if (fig) out.push(fig);
  }
  return out;
}

/** "one additional year", "a year": a single duration written without a number word readers take. */
const ONE_DURATION =
  /\b(one|a|an)\s+((?:additional|more|extra|full|further)\s+)?(day|week|month|year|decade)\b/giu;

function wordFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const words: { w: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/\p{L}+|\d+(?:\.\d+)?/gu))
    words.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  const forms = words.map((x) => x.w);
  for (let i = 0; i < words.length; i++) {
    if (/^\d/.test(forms[i]!)) continue; // digits are read by digitFigures
    const expr = readNumberExpression(forms, i);
    // An order of magnitude ("thousands of jobs") states no figure a claim can be compared by.
    if (!expr || expr.unit === 's') continue;
    const last = words[i + expr.length - 1]!;
    const start = words[i]!.start;
    const lastWord = forms[i + expr.length - 1]!;
    if (expr.length > 1 && lastWord in CURRENCY_WORDS) {
      out.push({
        start,
        end: last.end,
        kind: 'money',
        low: expr.value,
        high: expr.value,
        unit: CURRENCY_WORDS[lastWord]!,
      });
    } else if (expr.unit === '%' || expr.unit === 'x') {
      out.push({
        start,
        end: last.end,
        kind: expr.unit === '%' ? 'percent' : 'multiple',
        low: expr.value,
        high: expr.value,
        unit: expr.unit,
      });
    } else if (expr.length === 1 && expr.unit !== '') {
      // A word that is a figure and its unit at once ("a decade": ten years), even opening the text.
      out.push({ start, end: last.end, kind: 'duration', low: expr.value, high: expr.value, unit: lastWord });
    } else {
      // Unit words of the reader ("years", "dollars") are read again by withUnit, from the number.
      const numEnd = expr.unit === '' ? last.end : words[i + expr.length - 2]!.end;
      const fig = withUnit(text, start, numEnd, expr.value, expr.value, null);
      if (fig) out.push(fig);
    }
    i += expr.length - 1;
  }
  for (const m of text.matchAll(ONE_DURATION)) {
    // "a year" alone is often a rate ("twice a year"); only "one" or a modifier makes it a figure.
    if (m[1]!.toLowerCase() !== 'one' && !m[2]) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'duration',
      low: 1,
      high: 1,
      unit: m[3]!.toLowerCase(),
    });
  }
  return out;
}

/** Every figure of `text`, in text order, overlapping readings resolved to the first found. */
export function findFigures(text: string): Figure[] {
  const all = [...digitFigures(text), ...wordFigures(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const out: Figure[] = [];
  for (const f of all) if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f);
  return out;
}
