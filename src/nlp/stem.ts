import { stemmer as porterStem } from 'stemmer';
import {
  ADJECTIVE_ENDINGS,
  MIN_NEGATED_BASE_CHARS,
  NEGATIVE_PREFIXES,
  NOT_NEGATED_PREFIXED,
} from './lexicons/negations.ts';
import { memoised } from './bounded-memo.ts';

/**
 * A light English stemmer: British spellings folded to American, then Porter's (1980) suffix
 * stripping from the maintained `stemmer` package (docs/nlp-libraries.md measured it equal to the
 * hand-written steps this replaced, word for word, on PolNeAR's vocabulary). Used to match a
 * reported word against the source's word ("seized"/"seizing", "cynical"/"cynicism"); it
 * over-stems on purpose and is never shown to users.
 */

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

/** Words this short are their own stem: Porter would join "new" with "news". */
const MIN_STEM_CHARS = 3;

/**
 * Memos of stems: claims stem every word of an article (and of its story mates'), positions every
 * key term, and news vocabulary repeats, so most calls are a look-up instead of seven spelling
 * patterns and Porter's steps. Bounded (about 3 MB of short strings each); cleared, not evicted,
 * when full. A word longer than MEMO_MAX_CHARS is computed: V8 copies a substring that short,
 * while a longer one may be a slice holding its whole article's text alive.
 */
const STEM_MEMO = new Map<string, string>();
const INFLECTION_MEMO = new Map<string, string>();
const MEMO_MAX_ENTRIES = 50_000;
const MEMO_MAX_CHARS = 12;

/** A stem through its memo; a word longer than MEMO_MAX_CHARS is computed (see above). */
function stemMemoised(memo: Map<string, string>, word: string, compute: (word: string) => string): string {
  return word.length > MEMO_MAX_CHARS ? compute(word) : memoised(memo, word, compute, MEMO_MAX_ENTRIES);
}

/** The stem of a lower-case word: "seizing" → "seiz", "cynicism" → "cynic", "labours" → "labor". */
export function stem(word: string): string {
  return stemMemoised(STEM_MEMO, word, computeStem);
}

function computeStem(word: string): string {
  const w = foldBritishSpelling(word.replace(/['’]s$/, ''));
  if (w.length <= MIN_STEM_CHARS || /\d/.test(w)) return w;
  return porterStem(w);
}

/**
 * Inflection only: plural and verb endings off, final e off ("seizes", "seized", "seizing",
 * "seize" → "seiz"), derivation kept ("decision" ≠ "decisively"). Lexicon look-ups use it, where
 * Porter's derivational stripping would join unrelated words.
 */
export function inflectionStem(word: string): string {
  return stemMemoised(INFLECTION_MEMO, word, computeInflectionStem);
}

function computeInflectionStem(word: string): string {
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
