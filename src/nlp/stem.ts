import {
  ADJECTIVE_ENDINGS,
  MIN_NEGATED_BASE_CHARS,
  NEGATIVE_PREFIXES,
  NOT_NEGATED_PREFIXED,
} from './lexicons/negations.ts';

/**
 * A light English stemmer: British spellings folded to American, then Porter's (1980) suffix
 * stripping. Used to match a reported word against the source's word ("seized"/"seizing",
 * "cynical"/"cynicism"); it over-stems on purpose and is never shown to users.
 */

const VOWELS = /[aeiou]/;

/** British spelling endings folded to American, so "emphasise" and "emphasize" share a stem. */
const BRITISH_ENDINGS: readonly { from: RegExp; to: string; example: string }[] = [
  { from: /isation(s?)$/, to: 'ization$1', example: 'organisation → organization' },
  { from: /is(e|ed|es|ing)$/, to: 'iz$1', example: 'emphasised → emphasized' },
  { from: /ys(e|ed|es|ing)$/, to: 'yz$1', example: 'analyse → analyze' },
  { from: /([^aeiou])our(s|ed|ing)?$/, to: '$1or$2', example: 'favoured → favored' },
  { from: /([bcdfgkmnpstvz])re(s?)$/, to: '$1er$2', example: 'centre → center' },
  { from: /ogue(s?)$/, to: 'og$1', example: 'dialogue → dialog' },
  { from: /ence$/, to: 'ense', example: 'defence → defense' },
];

/** Words the British rules would damage: short words and words whose ending is not a spelling. */
const MIN_BRITISH_FOLD_CHARS = 6;

/** Fold a lower-case word's British spelling to the American one ("labour" → "labor"). */
export function foldBritishSpelling(word: string): string {
  if (word.length < MIN_BRITISH_FOLD_CHARS) return word;
  for (const rule of BRITISH_ENDINGS) {
    if (rule.from.test(word)) return word.replace(rule.from, rule.to);
  }
  return word;
}

function isConsonant(w: string, i: number): boolean {
  const c = w[i]!;
  if (VOWELS.test(c)) return false;
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences in `w`. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  const n = w.length;
  while (i < n && isConsonant(w, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(w, i)) i++;
    if (i >= n) break;
    m++;
    while (i < n && isConsonant(w, i)) i++;
  }
  return m;
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** Consonant-vowel-consonant ending, the last not w, x or y ("hop", not "snow"). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  if (!isConsonant(w, n - 1) || isConsonant(w, n - 2) || !isConsonant(w, n - 3)) return false;
  return !/[wxy]/.test(w[n - 1]!);
}

/** Replace `suffix` by `replacement` when the remaining stem has measure > `minM`. */
function replaceIf(w: string, suffix: string, replacement: string, minM: number): string | null {
  if (!w.endsWith(suffix)) return null;
  const stem = w.slice(0, w.length - suffix.length);
  return measure(stem) > minM ? stem + replacement : w;
}

function step1ab(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  let cut: string | null = null;
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) cut = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) cut = w.slice(0, -3);
  if (cut === null) return w;
  if (/(at|bl|iz)$/.test(cut)) return cut + 'e';
  if (endsDoubleConsonant(cut) && !/[lsz]$/.test(cut)) return cut.slice(0, -1);
  if (measure(cut) === 1 && endsCvc(cut)) return cut + 'e';
  return cut;
}

const STEP2: readonly [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];
const STEP3: readonly [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
] as const;

function applyTable(w: string, table: readonly [string, string][], minM: number): string {
  for (const [suffix, replacement] of table) {
    const r = replaceIf(w, suffix, replacement, minM);
    if (r !== null) return r;
  }
  return w;
}

function step4(w: string): string {
  for (const suffix of [...STEP4].sort((a, b) => b.length - a.length)) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, w.length - suffix.length);
    if (suffix === 'ion' && !/[st]$/.test(stem)) return w;
    return measure(stem) > 1 ? stem : w;
  }
  return w;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1);
  return w;
}

/** Words of this length or shorter are left alone: Porter damages them more than it helps. */
const MIN_STEM_CHARS = 3;

/** The stem of a lower-case word: "seizing" → "seiz", "cynicism" → "cynic", "labours" → "labor". */
export function stem(word: string): string {
  let w = foldBritishSpelling(word.replace(/['’]s$/, ''));
  if (w.length <= MIN_STEM_CHARS || /\d/.test(w)) return w;
  w = step1ab(w);
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  w = applyTable(w, STEP2, 0);
  w = applyTable(w, STEP3, 0);
  w = step4(w);
  return step5(w);
}

/**
 * Inflection only: plural and verb endings off, final e off ("seizes", "seized", "seizing",
 * "seize" → "seiz"), derivation kept ("decision" ≠ "decisively"). Lexicon look-ups use it, where
 * Porter's derivational stripping would join unrelated words.
 */
export function inflectionStem(word: string): string {
  let w = foldBritishSpelling(word.replace(/['’]s$/, ''));
  if (w.length <= MIN_STEM_CHARS) return w;
  if (/ies$|ied$/.test(w) && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/sses$/.test(w)) w = w.slice(0, -2);
  else if (/(x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && !/[^aeiou]is$/.test(w)) w = w.slice(0, -1);
  else if (/ing$/.test(w) && w.length > 5) w = undouble(w.slice(0, -3));
  else if (/ed$/.test(w) && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([^aeiouls])\1$/.test(w) ? w.slice(0, -1) : w;
}

const NOT_NEGATED: ReadonlySet<string> = new Set(NOT_NEGATED_PREFIXED.map((r) => r.word));

/**
 * The positive base of a morphologically negated word, or null: "untrue" → "true", "impossible" →
 * "possible", "inaccurate" → "accurate"; "inform", "under", "unless" → null. A negative prefix says
 * "not" as plainly as the word does, so "simply untrue" and "simply not true" carry one polarity.
 * Only consulted where the base itself appears on the other side of a comparison.
 */
export function negatedBase(word: string): string | null {
  if (NOT_NEGATED.has(word)) return null;
  for (const p of NEGATIVE_PREFIXES) {
    if (!word.startsWith(p.prefix)) continue;
    const base = word.slice(p.prefix.length).replace(/^-/, '');
    if (base.length < MIN_NEGATED_BASE_CHARS) continue;
    if (p.needsAdjectiveEnding && !ADJECTIVE_ENDINGS.some((e) => base.endsWith(e.ending))) continue;
    return base;
  }
  return null;
}
