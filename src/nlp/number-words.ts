import { NUMBER_APPROXIMATORS } from './lexicons/number-approximators.ts';

/**
 * Numbers written out in words or mixed with digits, read to their value: "forty-two" (as the
 * tokens "forty", "two"), "221 thousand", "one point four billion", "half a million", "1.7 trillion
 * dollars". A report that writes a figure another way keeps it; reading both to one value lets the
 * provenance rules tell "1.4 billion" = "one point four billion" from "1.4" → "14".
 */

/**
 * A lookup table with no prototype: `"constructor" in table` must be false, since any word of a
 * text is looked up ("toString" is not a number).
 */
function withoutPrototype<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const UNITS: Readonly<Record<string, number>> = withoutPrototype({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = withoutPrototype({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES: Readonly<Record<string, number>> = withoutPrototype({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
});
/**
 * Unit words read as part of the figure, with the mark they put on its value: "30 percent" is
 * "30%", "20-fold" and "20 times" are "20x" (another figure than 20 percent), "ten years" is
 * "10y" (as "a decade" is), "$7 billion" is "7 billion dollars" (currency is left out: the "$" is
 * not a word).
 */
const UNIT_WORDS: Readonly<Record<string, string>> = withoutPrototype({
  percent: '%',
  pct: '%',
  fold: 'x',
  times: 'x',
  years: 'y',
  year: 'y',
  dollars: '',
  dollar: '',
  euros: '',
  euro: '',
});

/**
 * Currencies that are also measures ("500 pounds of explosives"), read as money only after a scale
 * word, where news means money ("2.3 million pounds" = "£2.3 million"; the sign is no word).
 */
const SCALED_CURRENCY_WORDS: ReadonlySet<string> = new Set(['pounds', 'pound', 'sterling']);

/** Words after which "one" is the figure 1 ("for every one", "each one", "per one"). */
const ONE_AS_FIGURE_AFTER = new Set(['every', 'each', 'per']);

export interface NumberExpression {
  /** Words the expression spans, from the start index. */
  length: number;
  value: number;
  /** "%" for percentages, "x" for multiples, "" otherwise. */
  unit: string;
  /** The offset of a word inside the expression that names what it counts ("one household in five"). */
  counted?: number;
  /** The unit a word that is a figure and its unit at once stands for ("fortnight": 2 "weeks"). */
  impliedUnit?: string;
}

function isDigits(w: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(w);
}

/** A word that is a number by itself or with its neighbours ("one" only before a scale or "point"). */
function smallValue(words: readonly string[], i: number): number | null {
  const w = words[i]!;
  if (isDigits(w)) return Number(w);
  if (w === 'one' || w === 'a') {
    const next = words[i + 1];
    if (next !== undefined && (next in SCALES || next === 'point')) return 1;
    if (w === 'one' && next === 'and' && words[i + 2] === 'a' && words[i + 3] === 'half') return 1;
    // "every one new regulation" counts; "one of them", "every one of the towns" is a pronoun.
    return w === 'one' && ONE_AS_FIGURE_AFTER.has(words[i - 1] ?? '') && next !== 'of' ? 1 : null;
  }
  if (w in UNITS) return UNITS[w]!;
  if (w in TENS) {
    const next = words[i + 1];
    return next !== undefined && next in UNITS && UNITS[next]! < 10 && UNITS[next]! > 0
      ? -TENS[w]!
      : TENS[w]!;
  }
  return null;
}

/**
 * Shares a report may give in percent ("half of the funds" = "50 percent of the funds"): the
 * fraction word, after "a" or a count, then "of". A third is read too, to its exact share: no
 * whole percentage gives it, so "a third" is "one third" but "33 percent" is another figure, and
 * "half" → "a third" is a changed share, not a word swapped.
 */
const SHARE_PERCENT: Readonly<Record<string, number>> = withoutPrototype({
  half: 50,
  third: 100 / 3,
  thirds: 100 / 3,
  quarter: 25,
  quarters: 25,
  fifth: 20,
  fifths: 20,
  tenth: 10,
  tenths: 10,
});

/** The share in percent a fraction word names ("third", "quarters"), or null for other words. */
export function shareWordPercent(word: string): number | null {
  return SHARE_PERCENT[word.toLowerCase()] ?? null;
}

/** One-word bounds a change by a share may take ("fell by roughly half", "cut by about a third"). */
const SHARE_BOUNDS = new Set(
  NUMBER_APPROXIMATORS.map((a) => a.phrase).filter((p) => !p.includes(' ') && p !== 'some'),
);

/**
 * Comparatives a share may measure ("a fifth fewer", "a third lower", "a quarter more expensive"):
 * "fewer", "less", "more" and "-er" adjectives of size, price and level.
 */
const COMPARATIVE_AFTER_SHARE =
  /^(?:fewer|less|more|lower|higher|smaller|larger|bigger|greater|cheaper|dearer|longer|shorter|faster|slower)$/;

/** Determiners "half" takes without "of" ("half the funds", "half our budget"). */
const SHARE_DETERMINERS = new Set([
  'the',
  'our',
  'their',
  'its',
  'his',
  'her',
  'my',
  'your',
  'these',
  'those',
  'this',
  'that',
]);

/** Words after "a quarter" or "half" that make it a time of day ("a quarter past six", "half past"). */
const CLOCK_WORDS = new Set(['past', 'to', 'after', 'before', 'till']);

/**
 * A clock word at `words[j]` and an hour after it ("past nine", "to 6", "before noon"): a time of
 * day. "by half before 2030" is a change by half, and a year after "before" no hour.
 */
function isClockTime(words: readonly string[], j: number): boolean {
  if (!CLOCK_WORDS.has(words[j] ?? '')) return false;
  const hour = words[j + 1] ?? '';
  if (hour === 'noon' || hour === 'midnight') return true;
  const value = /^\d+$/.test(hour) ? Number(hour) : UNITS[hour];
  return value !== undefined && value >= 1 && value <= 12;
}

/**
 * "half of", "a quarter of", "three quarters of", or a change "by a quarter" at `words[i]`, as a
 * percentage; else null.
 */
function shareAt(words: readonly string[], i: number): NumberExpression | null {
  let k = i;
  let count = 1;
  if (words[k] === 'a' || words[k] === 'one') k++;
  else if (words[k]! in UNITS && words[k + 1]! in SHARE_PERCENT && /s$/.test(words[k + 1]!)) {
    count = UNITS[words[k]!]!;
    k++;
  }
  const fraction = words[k]!;
  if (!(fraction in SHARE_PERCENT)) return null;
  // "half the funds" is "half of the funds".
  const ofDropped = fraction === 'half' && SHARE_DETERMINERS.has(words[k + 1] ?? '');
  // A change by a share ("cut by a quarter", "fell by half") is a change in percent: the share
  // of the whole it was, with no "of" after it. Not a clock time ("by a quarter past six").
  const by = words[i - 1] === 'by' || (SHARE_BOUNDS.has(words[i - 1] ?? '') && words[i - 2] === 'by');
  // A share before a comparative measures the difference as "by" does: "a fifth fewer than last
  // year" is "20 percent fewer", "a quarter cheaper" is "25 percent cheaper".
  const measure = COMPARATIVE_AFTER_SHARE.test(words[k + 1] ?? '');
  const changeBy = (by && !isClockTime(words, k + 1)) || measure;
  if (words[k + 1] !== 'of' && !ofDropped && !changeBy) return null;
  // "half of" stands alone; "quarter of" needs its "a" or count ("the quarter of the city" is a district).
  if (k === i && fraction !== 'half') return null;
  return { length: k + 1 - i, value: count * SHARE_PERCENT[fraction]!, unit: '%' };
}

/**
 * The count and fraction word opening a share ("a quarter", "one tenth", "three quarters"), with
 * the index of the fraction word. Thirds give no exact figure: null, as for no fraction.
 */
function fractionAt(
  words: readonly string[],
  i: number,
): { k: number; count: number; fraction: string } | null {
  let k = i;
  let count = 1;
  if (words[k] === 'a' || words[k] === 'one') k++;
  else if (words[k]! in UNITS && /s$/.test(words[k + 1] ?? '')) count = UNITS[words[k++]!]!;
  const fraction = words[k] ?? '';
  if (!(fraction in SHARE_PERCENT) || /^thirds?$/.test(fraction)) return null;
  return { k, count, fraction };
}

/**
 * A whole share of a scale word: "a fifth of a million" (200,000), "three quarters of a billion",
 * "a tenth of a million", as "half a million" is 500,000. Thirds give no whole figure and are left
 * to be a share.
 */
function shareOfScaleAt(words: readonly string[], i: number): { length: number; value: number } | null {
  const share = fractionAt(words, i);
  if (share === null) return null;
  const { k, count, fraction } = share;
  if (words[k + 1] !== 'of' || words[k + 2] !== 'a' || !(words[k + 3]! in SCALES)) return null;
  return { length: k + 4 - i, value: (count * SHARE_PERCENT[fraction]! * SCALES[words[k + 3]!]!) / 100 };
}

/** Words of a rate's unit that a fraction of one may measure ("a tenth of a percentage point"). */
const RATE_UNIT_WORDS = new Set(['percentage', 'point', 'basis']);

/**
 * A fraction of one unit of a rate: "a tenth of a percentage point" (0.1), "half a point" (0.5),
 * "three quarters of a basis point" (0.75). The fraction is a figure in that unit, which the words after
 * it still name; thirds give no exact decimal and are left alone.
 */
function shareOfPointAt(words: readonly string[], i: number): NumberExpression | null {
  const share = fractionAt(words, i);
  if (share === null) return null;
  const { k, count, fraction } = share;
  const of = words[k + 1] === 'of' ? 1 : fraction === 'half' ? 0 : -1;
  // The article may go in a stiff rendering ("a quarter of point", as French "un quart de point").
  const article = words[k + 1 + of] === 'a' ? 1 : 0;
  if (of < 0 || (article === 0 && of === 0) || !RATE_UNIT_WORDS.has(words[k + 1 + of + article] ?? ''))
    return null;
  return { length: k + 1 + of + article - i, value: (count * SHARE_PERCENT[fraction]!) / 100, unit: '' };
}

/**
 * A count given only by its order of magnitude: "hundreds of homes", "thousands of jobs",
 * "dozens of villages". Marked "s" (100s, 1000s): another order is another figure ("hundreds" →
 * "thousands"), and a plain figure is not it ("hundreds" is no "100").
 */
function magnitudeAt(words: readonly string[], i: number): NumberExpression | null {
  if (words[i + 1] !== 'of') return null;
  const singular = words[i]!.replace(/s$/, '');
  if (singular === words[i]) return null;
  const value = singular === 'dozen' ? 12 : SCALES[singular];
  return value === undefined || singular === 'bn' || singular === 'mln'
    ? null
    : { length: 1, value, unit: 's' };
}

/** Plurals of the units as nouns ("fives", "sixes"), with their value. */
const PLURAL_UNITS: Readonly<Record<string, number>> = withoutPrototype({
  twos: 2,
  threes: 3,
  fours: 4,
  fives: 5,
  sixes: 6,
  sevens: 7,
  eights: 8,
  nines: 9,
});

/**
 * A numeral made a plural noun, as the people of that age or the things of that number are named:
 * "the over-twenty-fives" is "the over-25s", "the under-fives" "the under-5s". Marked "s", as the
 * figure "25s" is read. A bare plural unit only after "over" or "under" ("in twos and threes" is a
 * manner of grouping, not a figure).
 */
function pluralNumeralAt(words: readonly string[], i: number): NumberExpression | null {
  const w = words[i]!;
  const next = words[i + 1] ?? '';
  const unit = next === 'ones' ? 1 : PLURAL_UNITS[next];
  if (w in TENS && unit !== undefined) return { length: 2, value: TENS[w]! + unit, unit: 's' };
  if (w in PLURAL_UNITS && (words[i - 1] === 'over' || words[i - 1] === 'under'))
    return { length: 1, value: PLURAL_UNITS[w]!, unit: 's' };
  return null;
}

/** Words after a ratio's second count that make it a rate in time ("5 in 10 days"), not a share. */
const TIME_UNITS = new Set(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades'.split(
    ' ',
  ),
);
/** A word after a ratio's whole that names what it counts: a plural, not a verb ("has", "does"). */
function isNounAfterWhole(word: string | undefined): boolean {
  return word !== undefined && /s$/.test(word) && !/^(?:has|is|was|does|says)$/.test(word);
}

/** The largest whole a ratio in words counts ("one in a thousand" is a share; "1 in 2024" a year). */
const RATIO_MAX_WHOLE = 1000;

/**
 * "one in five", "9 out of 10" at `words[i]`: a share of a whole, in percent, when it is a whole
 * percentage (20%, 90%), or thirds, read to the exact share "a third" is ("one in three").
 */
function ratioAt(words: readonly string[], i: number): NumberExpression | null {
  const part = words[i] === 'one' ? 1 : smallValue(words, i);
  if (part === null || part <= 0) return null;
  let k = i + 1;
  // The thing counted may stand between the two counts: "one household in five", "four bills in ten".
  const counted = /^\p{L}+$/u.test(words[k] ?? '') && words[k + 1] === 'in' && !(words[k]! in UNITS);
  if (counted) k++;
  if (words[k] === 'in') k++;
  else if (words[k] === 'out' && words[k + 1] === 'of') k += 2;
  else return null;
  const whole = smallValue(words, k);
  if (whole === null || whole <= part || whole > RATIO_MAX_WHOLE) return null;
  if (TIME_UNITS.has(words[k + 1] ?? '')) return null;
  // With the thing counted inside, the whole is a bare count: "one school in five" is a share,
  // "one school in five villages" places a school.
  if (counted && (TIME_UNITS.has(words[i + 1]!) || isNounAfterWhole(words[k + 1]))) return null;
  const percent = (part / whole) * 100;
  const inside = counted ? { counted: 1 } : {};
  if (Number.isInteger(percent)) return { length: k + 1 - i, value: percent, unit: '%', ...inside };
  // Thirds are read as "a third" is, to their exact share ("one in three" = "a third").
  return whole === 3
    ? { length: k + 1 - i, value: part * SHARE_PERCENT['third']!, unit: '%', ...inside }
    : null;
}

/**
 * Every word an expression can start with besides digits: a count, a share, "a"/"one", "half",
 * "decade", an order of magnitude ("hundreds", "dozens"). Callers ask at every word of a text, and
 * nearly none is one of these: one look-up turns them away before the readers below each look the
 * word up in their tables.
 */
const EXPRESSION_STARTS: ReadonlySet<string> = new Set([
  'a',
  'one',
  'half',
  'decade',
  'fortnight',
  'dozens',
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(PLURAL_UNITS),
  ...Object.keys(SHARE_PERCENT),
  ...Object.keys(SCALES).map((s) => `${s}s`),
]);

/**
 * The part below a scale word that a figure in words goes on with: "two hundred and fourteen"
 * (214), "two hundred fourteen", "five thousand and fifty", "two hundred and fifty million"
 * (the caller multiplies on). Returns the index after it, calling `add` with its value, or `k`
 * unchanged when none follows. Not when another scale word no larger follows it: "between two
 * hundred and three hundred" is two figures, not 203 hundreds.
 */
function readBelowScale(
  words: readonly string[],
  k: number,
  scale: number,
  add: (rest: number) => void,
): number {
  if (scale !== 100 && scale !== 1e3) return k;
  const j = words[k] === 'and' ? k + 1 : k;
  const w = words[j] ?? '';
  if (!(w in UNITS) && !(w in TENS)) return k;
  // "one thousand four hundred (and twenty)": hundreds below a thousand, said without "and" (with
  // it, "two thousand and three hundred" reads as two figures).
  if (scale === 1e3 && j === k && w in UNITS && UNITS[w]! > 0 && words[j + 1] === 'hundred') {
    let hundreds = UNITS[w]! * 100;
    const end = readBelowScale(words, j + 2, 100, (rest) => (hundreds += rest));
    if ((words[end] ?? '') in SCALES) return k;
    add(hundreds);
    return end;
  }
  const next = words[j + 1] ?? '';
  const unitAfterTens = w in TENS && next in UNITS && UNITS[next]! > 0 && UNITS[next]! < 10;
  const rest = (UNITS[w] ?? TENS[w]!) + (unitAfterTens ? UNITS[next]! : 0);
  const end = j + (unitAfterTens ? 2 : 1);
  const following = words[end] ?? '';
  if (following in SCALES && SCALES[following]! <= scale) return k;
  // "a hundred and one reasons" reads on; "one thousand and a half" is no remainder.
  if (rest >= scale || rest === 0) return k;
  add(rest);
  return end;
}

/**
 * The number expression starting at `words[i]` (lower-case word forms), or null. Reads a whole part
 * (digits or words, tens joined with units), an optional "point" and decimal digits, scale words
 * ("hundred", "thousand", "billion") multiplying what came before, and a trailing unit word.
 */
export function readNumberExpression(words: readonly string[], i: number): NumberExpression | null {
  const head = words[i];
  if (head === undefined || (!EXPRESSION_STARTS.has(head) && !isDigits(head))) return null;
  let k = i;
  let value: number;
  // "a decade" is ten years, the figure a report may spell out ("over the next ten years").
  if (words[k] === 'decade') return { length: 1, value: 10, unit: 'y' };
  // "a fortnight" is two weeks: the figure, and the unit word read beside it (terms.ts).
  if (words[k] === 'fortnight') return { length: 1, value: 2, unit: '', impliedUnit: 'weeks' };
  // "a tenth of a percentage point" is 0.1 points, as "half a percent" is 0.5 percent.
  const ofPoint = shareOfPointAt(words, k);
  if (ofPoint !== null) return ofPoint;
  // "a fifth of a million" is a figure; "a fifth of the funds" a share.
  const ofScale = shareOfScaleAt(words, k);
  const share = ofScale === null ? (shareAt(words, k) ?? ratioAt(words, k)) : null;
  if (share !== null) return share;
  const magnitude = magnitudeAt(words, k);
  if (magnitude !== null) return magnitude;
  const numeral = pluralNumeralAt(words, k);
  if (numeral !== null) return numeral;
  if (ofScale !== null) {
    value = ofScale.value;
    k += ofScale.length;
  } else if (words[k] === 'half' && words[k + 1] === 'a' && words[k + 2]! in SCALES) {
    value = 0.5 * SCALES[words[k + 2]!]!;
    k += 3;
  } else if (words[k] === 'half' && words[k + 1] === 'a' && words[k + 2] === 'percent') {
    // "half a percent" is 0.5 percent, as "half a million" is 500,000.
    value = 0.5;
    k += 2;
  } else {
    const first = smallValue(words, k);
    if (first === null) return null;
    if (first < 0) {
      value = -first + UNITS[words[k + 1]!]!;
      k += 2;
    } else {
      value = first;
      k++;
    }
    // "one and a half million", "two and a half years".
    if (words[k] === 'and' && words[k + 1] === 'a' && words[k + 2] === 'half') {
      value += 0.5;
      k += 3;
    }
    if (words[k] === 'point' && words[k + 1] !== undefined) {
      const digits: string[] = [];
      let j = k + 1;
      while (j < words.length && words[j]! in UNITS && UNITS[words[j]!]! < 10)
        digits.push(String(UNITS[words[j++]!]));
      if (digits.length > 0 && Number.isInteger(value)) {
        value = Number(`${value}.${digits.join('')}`);
        k = j;
      }
    }
    while (k < words.length && words[k]! in SCALES) {
      const scale = SCALES[words[k++]!]!;
      value *= scale;
      k = readBelowScale(words, k, scale, (rest) => (value += rest));
    }
  }
  let unit = '';
  const scaled = k > i && words[k - 1]! in SCALES;
  if (k < words.length && words[k]! in UNIT_WORDS) unit = UNIT_WORDS[words[k++]!]!;
  else if (scaled && SCALED_CURRENCY_WORDS.has(words[k] ?? '')) k++;
  // "per cent", the British spelling, in two words.
  else if (words[k] === 'per' && words[k + 1] === 'cent') {
    unit = '%';
    k += 2;
  }
  const length = k - i;
  // A lone digit string is read by the tokenizer already; only multi-word expressions are new.
  if (length === 1 && !(words[i]! in UNITS) && !(words[i]! in TENS)) return null;
  return { length, value, unit };
}

/**
 * The value of one number word standing alone ("two", "twenty", "hundred", "million", "dozen",
 * "bn"), or null. "one" is left out: alone it is a pronoun more often than a figure.
 */
export function singleNumberWord(word: string): number | null {
  if (word === 'one') return null;
  if (word === 'dozen') return 12;
  if (word === 'half') return 0.5;
  return UNITS[word] ?? TENS[word] ?? SCALES[word] ?? null;
}

const ORDINAL_UNITS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
const ORDINAL_TEENS =
  'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
    ' ',
  );

/**
 * The value of an ordinal word a day of the month may be named by ("first" 1, "twelfth" 12,
 * "twenty-third" 23, "thirty-first" 31), or null.
 */
export function ordinalDayWord(word: string): number | null {
  const unit = ORDINAL_UNITS.indexOf(word);
  if (unit >= 0) return unit + 1;
  const teen = ORDINAL_TEENS.indexOf(word);
  if (teen >= 0) return teen + 10;
  if (word === 'twentieth') return 20;
  if (word === 'thirtieth') return 30;
  const m = /^(twenty|thirty)-(\p{L}+)$/u.exec(word);
  const tail = m ? ORDINAL_UNITS.indexOf(m[2]!) : -1;
  if (!m || tail < 0) return null;
  const value = (m[1] === 'twenty' ? 20 : 30) + tail + 1;
  return value <= 31 ? value : null;
}

/** The unit mark a canonical figure ends in ("30%" → "%"), or "" for a bare figure. */
export function unitMarkOf(figure: string): string {
  const last = figure.slice(-1);
  return last !== '' && Object.values(UNIT_WORDS).includes(last) ? last : '';
}

/** Canonical text of a value and its unit: "1400000000", "0.5", "42", "30%", "20x". */
export function formatNumber(value: number, unit = ''): string {
  return (Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toPrecision(12)))) + unit;
}
