import type { Span } from '../../model/span.ts';
import { ENGLISH_MONTH_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import { CONDITION_CUES } from '../../nlp/lexicons/conditions.ts';
import { COUNTRIES } from '../../nlp/lexicons/countries.ts';
import { FOCUS_WORDS } from '../../nlp/lexicons/focus-words.ts';
import { FUNCTION_WORD_GROUPS } from '../../nlp/lexicons/function-words.ts';
import { HARDENING_PAIRS, LOADED_WORDS } from '../../nlp/lexicons/hardening.ts';
import { HEDGES } from '../../nlp/lexicons/hedges.ts';
import { INTENSIFIERS } from '../../nlp/lexicons/intensifiers.ts';
import { IRREGULAR_BASE } from '../../nlp/lexicons/irregular-forms.ts';
import { NEGATION_CUES, NON_NEGATING_PHRASES } from '../../nlp/lexicons/negations.ts';
import { PRONOUNS } from '../../nlp/lexicons/pronouns.ts';
import { SCOPE_WORDS } from '../../nlp/lexicons/scope-words.ts';
import { SPELLING_VARIANTS, SYNONYM_GROUPS } from '../../nlp/lexicons/synonyms.ts';
import { UNIT_SYMBOLS } from '../../nlp/lexicons/unit-symbols.ts';
import { joinLineBreakHyphen } from '../../nlp/line-break-hyphen.ts';
import { isLineNumberAt } from '../../nlp/line-numbers.ts';
import { formatNumber, readNumberExpression, singleNumberWord } from '../../nlp/number-words.ts';
import { inflectionStem, negatedBase, stem } from '../../nlp/stem.ts';
import { tokenize } from '../../nlp/tokens.ts';
import { numberClauses } from './negation-scope.ts';

/**
 * A word (or a lexicon phrase such as "in force") as provenance compares it: its matching keys
 * (stem, synonym group, country) and the attributes the verdict rules read (negation, hedge,
 * intensity, loaded, number). Built for a quote and for each primary sentence alike.
 */
export interface Term extends Span {
  /** Lower case, diacritics folded, spelling variants made one ("kiev" → "kyiv"). */
  norm: string;
  stem: string;
  /** Keys under which two terms match; `keys[0]` is the stem or the phrase's concept. */
  keys: string[];
  /** Keys whose meaning is stronger ("retaliate" for "respond"): a match through them is hardening. */
  hardKeys: string[];
  /** Keys whose meaning is weaker: a match through them is softening. */
  softKeys: string[];
  /** A closed-class word (article, preposition, auxiliary, pronoun): weighs little in alignment. */
  light: boolean;
  /** Capitalised inside a sentence: a name. */
  name: boolean;
  /** Canonical number or month (`2016`, `month:12`), or null. */
  num: string | null;
  /** A negation cue ("not", "never", "without", "won't"): it flips the rest of its clause. */
  neg: boolean;
  /** Stem of the positive base of a prefix-negated word ("untrue" → stem of "true"), else null. */
  negBase: string | null;
  /** Index of the clause the term stands in, within its termized span (see negation-scope.ts). */
  clause: number;
  hedge: boolean;
  /** Quantifier rank (0 none … 6 all) from the scope table, or null. */
  scope: number | null;
  /** Opens a condition ("if", "unless", "pending"). */
  condition: boolean;
  /** A focus or limiting word ("only", "yet", "narrowly"). */
  focus: boolean;
  /** Intensity grade from the intensifier table, 0 when none. */
  grade: number;
  loaded: boolean;
}

const PRONOUN_WORDS = [
  'i',
  'me',
  'you',
  'him',
  'us',
  'them',
  'we',
  'they',
  'it',
  'its',
  'our',
  'their',
  'his',
  'her',
];
const EXTRA_LIGHT = [
  'one',
  'both',
  'all',
  'own',
  'also',
  'even',
  'still',
  'other',
  'same',
  'well',
  'let',
  'yes',
];
const LIGHT_WORDS: ReadonlySet<string> = new Set([
  // Quantifiers and counts carry meaning a rewording can change ("few" → "many"): not light.
  ...FUNCTION_WORD_GROUPS.filter((g) => !['calendar', 'adverb', 'quantifier'].includes(g.class)).flatMap(
    (g) => g.words,
  ),
  ...PRONOUNS.map((p) => p.form),
  ...PRONOUN_WORDS,
  ...EXTRA_LIGHT,
]);

const SPELLING = new Map<string, string>();
for (const row of SPELLING_VARIANTS) for (const f of row.forms) SPELLING.set(f, row.forms[0]!);

/** Inflection stems of each word of a lexicon entry, joined: the key a phrase is looked up by. */
function stemPhrase(phrase: string): string {
  return tokenize(phrase)
    .map((t) => inflectionStem(SPELLING.get(t.norm) ?? t.norm))
    .join(' ');
}

interface Lexicon {
  /** stem or stemmed phrase → extra keys. */
  keys: Map<string, string[]>;
  hard: Map<string, string[]>;
  soft: Map<string, string[]>;
  neg: Set<string>;
  /** Phrases starting with a cue word that negate nothing ("no matter"). */
  notNeg: Set<string>;
  hedge: Set<string>;
  scope: Map<string, number>;
  condition: Set<string>;
  focus: Set<string>;
  grade: Map<string, number>;
  loaded: Set<string>;
  /** Upper-case abbreviations ("US", "U.S.") → country key. */
  abbreviations: Map<string, string>;
  /** Longest phrase length in words. */
  maxPhrase: number;
}

function push(map: Map<string, string[]>, k: string, v: string): void {
  const list = map.get(k) ?? [];
  if (!list.includes(v)) list.push(v);
  map.set(k, list);
}

/** A lexicon entry with its regular inflections ("refuse" → "refuses", "refused", "refusing"). */
function formsOf(entry: string): string[] {
  if (entry.includes(' ') || entry.length <= 3) return [entry];
  const base = entry.replace(/e$/, '');
  const y = entry.endsWith('y') ? [`${entry.slice(0, -1)}ies`, `${entry.slice(0, -1)}ied`] : [];
  return [entry, `${entry}s`, `${entry}es`, `${base}ed`, `${base}ing`, ...y];
}

function buildLexicon(): Lexicon {
  const lex: Lexicon = {
    keys: new Map(),
    hard: new Map(),
    soft: new Map(),
    neg: new Set(),
    notNeg: new Set(),
    hedge: new Set(),
    scope: new Map(SCOPE_WORDS.map((w) => [w.word, w.rank])),
    condition: new Set(CONDITION_CUES.map((c) => c.cue)),
    focus: new Set(FOCUS_WORDS.map((f) => f.word)),
    grade: new Map(),
    loaded: new Set(),
    abbreviations: new Map(),
    maxPhrase: 1,
  };
  const note = (phrase: string): string => {
    const s = stemPhrase(phrase);
    lex.maxPhrase = Math.max(lex.maxPhrase, s.split(' ').length);
    return s;
  };
  SYNONYM_GROUPS.forEach((g, i) => {
    for (const w of g.words) push(lex.keys, note(w), `syn:${i}`);
  });
  for (const c of COUNTRIES) {
    const key = `place:${c.name.toLowerCase()}`;
    for (const n of [c.name, ...c.aliases, ...c.demonyms, ...c.people]) {
      if (/^[A-Z.]+$/.test(n)) lex.abbreviations.set(n.replace(/\./g, '').toLowerCase(), key);
      else push(lex.keys, note(n.replace(/^the /, '')), key);
    }
  }
  for (const row of NEGATION_CUES) if (row.cue.includes(' ')) note(row.cue);
  // Long hedges ("to the best of our knowledge") set how many words a phrase may span.
  for (const row of HEDGES) if (row.hedge.includes(' ')) note(row.hedge);
  for (const row of INTENSIFIERS) if (row.word.includes(' ')) note(row.word);
  for (const phrase of [...lex.scope.keys(), ...lex.condition, ...lex.focus])
    if (phrase.includes(' ')) note(phrase);
  for (const row of NON_NEGATING_PHRASES) {
    note(row.phrase);
    lex.notNeg.add(row.phrase);
  }
  // Closed lists are looked up by surface form (with regular inflections), never by stem:
  // "noted" must not become the negation "not", nor "completed" the intensifier "complete".
  for (const row of NEGATION_CUES) for (const f of formsOf(row.cue)) lex.neg.add(f);
  for (const row of HEDGES) for (const f of formsOf(row.hedge)) lex.hedge.add(f);
  // Degree words are adjectives and adverbs, which take no verb endings: "completed" is the verb's
  // participle ("the inquiry is completed"), not the degree word "complete".
  for (const row of INTENSIFIERS) lex.grade.set(row.word, row.grade);
  for (const row of LOADED_WORDS) for (const f of formsOf(row.word)) lex.loaded.add(f);
  HARDENING_PAIRS.forEach((p, i) => {
    for (const n of p.neutral) push(lex.keys, note(n), `soft:${i}`);
    for (const h of p.hardened) push(lex.keys, note(h), `hard:${i}`);
  });
  return lex;
}

let built: Lexicon | null = null;

/** The lexicon, built on first use: a run whose quotes never meet a primary source never needs it. */
function lex(): Lexicon {
  built ??= buildLexicon();
  return built;
}

/** Split the lexicon's `soft:i`/`hard:i` markers off a key list into the hardening relations. */
function finishKeys(base: string, extra: readonly string[]): Pick<Term, 'keys' | 'hardKeys' | 'softKeys'> {
  const keys = [base];
  const hardKeys: string[] = [];
  const softKeys: string[] = [];
  for (const k of extra) {
    if (k.startsWith('soft:')) hardKeys.push(`hard:${k.slice(5)}`);
    else if (k.startsWith('hard:')) softKeys.push(`soft:${k.slice(5)}`);
    if (!keys.includes(k)) keys.push(k);
  }
  return { keys, hardKeys, softKeys };
}

interface Word extends Span {
  text: string;
  norm: string;
  stem: string;
  /** Inflection stem: the form lexicon rows are looked up by. */
  lex: string;
  abbr: boolean;
}

/** Tokens with dotted initials joined ("U.S." is one word) and digit groups joined ("155,221"). */
function readWords(text: string, from: number, to: number): Word[] {
  const raw = tokenize(text, from, to);
  const out: Word[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    // A numbered transcript's line number, inside a sentence wrapped over its lines, is the page's.
    if (isLineNumberAt(text, t.start, t.end)) continue;
    // "con-\ntractor": a word the page hyphenated at a line end is the word.
    const joined = i + 1 < raw.length ? joinLineBreakHyphen(text, t, raw[i + 1]!) : null;
    if (joined) {
      t = joined;
      i++;
    }
    let end = t.end;
    let abbr = /^\p{Lu}{2,5}$/u.test(t.text);
    if (/^\p{Lu}$/u.test(t.text) && text[end] === '.') {
      let j = i;
      while (
        j + 1 < raw.length &&
        raw[j + 1]!.start === raw[j]!.end + 1 &&
        /^\p{Lu}$/u.test(raw[j + 1]!.text)
      )
        j++;
      if (j > i) {
        end = text[raw[j]!.end] === '.' ? raw[j]!.end + 1 : raw[j]!.end;
        const letters = raw
          .slice(i, j + 1)
          .map((r) => r.text)
          .join('');
        t = { start: t.start, end, text: letters, norm: letters.toLowerCase() };
        abbr = true;
        i = j;
      }
    } else if (unitSymbolOf(t.text)) {
      // "80mm": the figure and the unit word its symbol abbreviates ("80 millimetres").
      const [figure, word] = unitSymbolOf(t.text)!;
      const cut = t.start + figure.length;
      out.push(
        splitPart(t.start, cut, figure, figure, figure),
        splitPart(cut, t.end, word, word, inflectionStem(word)),
      );
      continue;
    } else if (
      /^\d+[a-z]*$/i.test(t.text) &&
      (/^\d+$/.test(t.text) || scaleSuffixOf(text, t.start, t.text))
    ) {
      let digits = t.text;
      while (
        i + 1 < raw.length &&
        /^[.,]$/.test(text[end] ?? '') &&
        raw[i + 1]!.start === end + 1 &&
        /^\d+$/.test(digits) &&
        (/^\d+$/.test(raw[i + 1]!.text) || scaleSuffixOf(text, t.start, raw[i + 1]!.text))
      ) {
        digits += (text[end] === '.' ? '.' : '') + raw[i + 1]!.text;
        end = raw[i + 1]!.end;
        i++;
      }
      // "£3bn", "$1.2tn": a scale glued to the figure is the word it abbreviates ("3 billion").
      const scale = scaleSuffixOf(text, t.start, digits);
      if (scale) {
        const cut = end - scale.suffix.length;
        const figure = digits.slice(0, -scale.suffix.length);
        out.push(
          splitPart(t.start, cut, figure, figure, figure),
          splitPart(cut, end, scale.suffix, scale.word, scale.word),
        );
        continue;
      }
      // "30%" is the figure "30%", as "30 percent" is (see number-words.ts).
      if (text[end] === '%') end++;
      t = { start: t.start, end, text: digits, norm: text[end - 1] === '%' ? `${digits}%` : digits };
    }
    const norm = SPELLING.get(t.norm) ?? t.norm.replace(/'s$/, '');
    // Contractions and "cannot" are read as the words they stand for ("won't" is "will not",
    // "we're" is "we are"), so both spellings of a quote align word for word.
    const parts = expandContraction(norm);
    if (parts) {
      const cut = t.start + parts[0].length;
      const second = parts[1] === "'d" ? contractedD(raw[i + 1]?.norm) : parts[1];
      out.push(plainWord(t.start, cut, parts[0], abbr), plainWord(cut, end, second, abbr));
      continue;
    }
    // Irregular forms stem as their base ("held" with "holding"); the surface norm stays as written.
    const base = IRREGULAR_BASE.get(norm) ?? norm;
    out.push({ start: t.start, end, text: t.text, norm, stem: stem(base), lex: inflectionStem(base), abbr });
  }
  return out;
}

/** A figure with a unit symbol against it ("80mm") as [figure, unit word], or null. */
function unitSymbolOf(written: string): [string, string] | null {
  const m = /^(\d+)(\p{L}{2,3})$/u.exec(written);
  const word = m ? UNIT_SYMBOLS.get(m[2]!.toLowerCase()) : undefined;
  return m && word ? [m[1]!, word] : null;
}

/**
 * Scales abbreviated after a figure, as financial news writes them: "bn", "tn", "mn" always; "m"
 * and "k" only after a currency sign ("$5m", "£40k"), since "100m" alone is as often metres.
 */
const SCALE_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['bn', 'billion'],
  ['tn', 'trillion'],
  ['mn', 'million'],
  ['m', 'million'],
  ['k', 'thousand'],
]);

/** The scale a figure written at `start` ends in ("3bn", "1.2tn" after "$"), or null. */
function scaleSuffixOf(
  text: string,
  start: number,
  written: string,
): { suffix: string; word: string } | null {
  const m = /\d([a-z]+)$/i.exec(written);
  if (!m) return null;
  const suffix = m[1]!;
  const word = SCALE_SUFFIXES.get(suffix.toLowerCase());
  if (word === undefined) return null;
  if (suffix.length === 1 && !/[$£€¥]/.test(text[start - 1] ?? '') && !isCountOfThingsAfter(text, start))
    return null;
  return { suffix, word };
}

/**
 * "1.5m households", "2m people": a bare "m" before a plural noun counts things, in millions. A
 * length stands before a singular or an adjective ("a 100m wall", "1.5m tall"), so only a plural
 * word right after the figure lets "m" and "k" mean a scale without a currency sign.
 */
function isCountOfThingsAfter(text: string, start: number): boolean {
  const after = /^[\d.,]+[mk] (\p{Ll}+)/u.exec(text.slice(start, start + 40));
  if (!after) return false;
  const word = after[1]!;
  return word === 'people' || (word.length > 3 && /[^s]s$/.test(word) && !LENGTH_UNITS.has(word));
}

/** Plural words that are themselves measures: "5m metres" is no count of metres in millions. */
const LENGTH_UNITS: ReadonlySet<string> = new Set(['metres', 'meters', 'miles', 'years', 'hours', 'minutes']);

/** Negated auxiliaries whose written stem is not the word ("wo" of "won't"). */
const NEGATED_STEMS: ReadonlyMap<string, string> = new Map([
  ['wo', 'will'],
  ['ca', 'can'],
  ['sha', 'shall'],
]);
/** Contracted auxiliaries read in full; "'s" is left alone (is/has), "'d" read by its verb (contractedD). */
const CONTRACTED: ReadonlyMap<string, string> = new Map([
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'m", 'am'],
]);

/**
 * The written base and the word for a contraction ("won't" → ["wo", "not"] read as will + not), or
 * null. The first part is the written prefix (its length places the cut); `plainWord` gets the
 * word it stands for.
 */
function expandContraction(norm: string): [string, string] | null {
  if (norm === 'cannot') return ['can', 'not'];
  const neg = /^(\p{L}+)n't$/u.exec(norm);
  if (neg) return [neg[1]!, 'not'];
  const aux = /^(\p{L}+)('(?:re|ve|ll|m|d))$/u.exec(norm);
  return aux ? [aux[1]!, aux[2]!] : null;
}

/**
 * The auxiliary "'d" stands for: "had" before a past participle ("we'd seen", "they'd agreed") or
 * "better", else the modal "would" ("we'd start"), whose bare verb no perfect takes.
 */
function contractedD(next: string | undefined): string {
  if (next === undefined) return 'would';
  const base = IRREGULAR_BASE.get(next);
  const participle = (base !== undefined && base !== next) || /\p{L}{2}ed$/u.test(next) || next === 'better';
  return participle ? 'had' : 'would';
}

/** One part of a token read as two words: a figure and the unit or scale glued to it ("80mm", "£3bn"). */
function splitPart(start: number, end: number, text: string, norm: string, lex: string): Word {
  return { start, end, text, norm, stem: stem(norm), lex, abbr: false };
}

function plainWord(start: number, end: number, written: string, abbr: boolean): Word {
  const norm = NEGATED_STEMS.get(written) ?? CONTRACTED.get(written) ?? written;
  return { start, end, text: written, norm, stem: stem(norm), lex: inflectionStem(norm), abbr };
}

/** The number or month a word stands for. "one" is left out: it is a pronoun more often than not. */
function numberOf(w: Word): string | null {
  if (/^\d/.test(w.norm)) return w.norm;
  const month = ENGLISH_MONTH_NAMES.indexOf(w.norm);
  if (month >= 0 && w.text[0] !== 'm' && w.text !== 'May') return `month:${month + 1}`;
  if (w.norm === 'may' && w.text === 'May') return 'month:5';
  const value = singleNumberWord(w.norm);
  return value === null ? null : formatNumber(value);
}

/** Capitalised and not at a sentence start: likely part of a name. */
function isNameWord(text: string, w: Word, first: boolean): boolean {
  if (!/^\p{Lu}/u.test(w.text) || first) return false;
  const before = text.slice(Math.max(0, w.start - 3), w.start);
  return !/[.!?:"“«]\s*$/.test(before);
}

/** A negation cue, or a verb contracted with "n't" ("won't", "doesn't"). */
function isNegationWord(norm: string): boolean {
  const LEX = lex();
  if (LEX.neg.has(norm) || /\wn't$/.test(norm)) return true;
  // A graded phrase that opens on a cue still negates ("never ever", "not at all").
  const first = norm.split(' ')[0]!;
  return norm.includes(' ') && LEX.neg.has(first) && !LEX.notNeg.has(norm);
}

function makeTerm(text: string, words: Word[], i: number, n: number, extra: readonly string[]): Term {
  const LEX = lex();
  const first = words[i]!;
  const last = words[i + n - 1]!;
  const phrase = words.slice(i, i + n);
  const stemKey = phrase.map((w) => w.stem).join(' ');
  const norm = phrase.map((w) => w.norm).join(' ');
  const abbrKey = n === 1 && first.abbr ? LEX.abbreviations.get(first.norm) : undefined;
  const base = abbrKey ?? (n === 1 && first.abbr ? `abbr:${first.norm}` : stemKey);
  const neg = isNegationWord(norm);
  const keyed = finishKeys(base, neg ? [...extra, 'neg'] : extra);
  const positive = n === 1 && !first.abbr ? negatedBase(first.norm) : null;
  return {
    start: first.start,
    end: last.end,
    norm,
    stem: stemKey,
    ...keyed,
    light: n === 1 && !first.abbr && LIGHT_WORDS.has(first.norm) && !neg,
    name: n === 1 ? isNameWord(text, first, i === 0) : false,
    num: n === 1 ? numberOf(first) : null,
    neg,
    negBase: positive === null ? null : stem(positive),
    clause: 0,
    hedge: LEX.hedge.has(norm) && (n > 1 || numberOf(first) === null),
    scope: LEX.scope.get(norm) ?? null,
    condition: LEX.condition.has(norm),
    focus: LEX.focus.has(norm),
    grade: LEX.grade.get(norm) ?? 0,
    loaded: LEX.loaded.has(norm),
  };
}

/**
 * The terms of `text[from, to)`: lexicon phrases first (longest match: "in force", "United
 * States", "free of"), then single words. Pure; ~1 µs a word.
 */
export function termize(text: string, from = 0, to = text.length): Term[] {
  const LEX = lex();
  const words = readWords(text, from, to);
  const norms = words.map((w) => w.norm);
  const out: Term[] = [];
  for (let i = 0; i < words.length;) {
    // A figure in words or with a scale ("one point four billion", "221 thousand") is one term.
    const figure = readNumberExpression(norms, i);
    if (figure) {
      const term = makeTerm(text, words, i, figure.length, []);
      const percent = figure.unit === '' && text[term.end] === '%';
      out.push({
        ...term,
        end: term.end + (percent ? 1 : 0),
        num: formatNumber(figure.value, percent ? '%' : figure.unit),
        light: false,
        hedge: false,
        scope: null,
      });
      // The thing a share counts, inside it ("one household in five"), is a word of its own.
      if (figure.counted !== undefined) out.push(makeTerm(text, words, i + figure.counted, 1, []));
      // A word that is a figure and its unit ("fortnight") gives the unit as a word of its own.
      if (figure.impliedUnit !== undefined) out.push(unitTermOf(text, words[i]!, figure.impliedUnit));
      i += figure.length;
      continue;
    }
    let taken = 0;
    for (let n = Math.min(LEX.maxPhrase, words.length - i); n >= 2 && taken === 0; n--) {
      const key = words
        .slice(i, i + n)
        .map((w) => w.lex)
        .join(' ');
      const extra = LEX.keys.get(key);
      const surface = words
        .slice(i, i + n)
        .map((w) => w.norm)
        .join(' ');
      if (
        extra ||
        LEX.hedge.has(surface) ||
        LEX.grade.has(surface) ||
        LEX.neg.has(surface) ||
        LEX.notNeg.has(surface) ||
        LEX.scope.has(surface) ||
        LEX.condition.has(surface) ||
        LEX.focus.has(surface)
      ) {
        out.push(makeTerm(text, words, i, n, extra ?? []));
        taken = n;
      }
    }
    if (taken === 0) {
      const w = words[i]!;
      const found = w.abbr ? [] : (LEX.keys.get(w.lex) ?? []);
      // Closed-class words keep only negation and hardening keys: "will" is not "willing".
      const extra = LIGHT_WORDS.has(w.norm) ? found.filter((k) => !k.startsWith('syn:')) : found;
      out.push(makeTerm(text, words, i, 1, extra));
      taken = 1;
    }
    i += taken;
  }
  markRefusals(out);
  numberClauses(text, out);
  markSuperlatives(out);
  markCertainAsQuantifier(out);
  markHedgeNouns(out);
  markRecallHedges(text, out);
  markDeniedComparativeBounds(out);
  return out;
}

/** The unit word a figure word implies ("fortnight" → "weeks"), over the same span of text. */
function unitTermOf(text: string, word: Word, unit: string): Term {
  return makeTerm(
    text,
    [{ ...word, text: unit, norm: unit, stem: stem(unit), lex: inflectionStem(unit) }],
    0,
    1,
    [],
  );
}

/** Comparatives a "no" or "not" before a figure turns into the opposite bound. */
const DENIED_COMPARATIVES = new Set(['less', 'more', 'fewer']);

/**
 * "no less than three times", "not more than 5 percent": a comparative denied before a figure is a
 * bound ("at least", "at most"; number-approximators.ts), which the bound rule compares, not a
 * negation of the claim. Before anything else ("no more than inflation") the cue stays a negation.
 */
function markDeniedComparativeBounds(terms: Term[]): void {
  for (let i = 0; i + 3 < terms.length; i++) {
    const t = terms[i]!;
    if (!t.neg || (t.norm !== 'no' && t.norm !== 'not')) continue;
    if (!DENIED_COMPARATIVES.has(terms[i + 1]!.norm) || terms[i + 2]!.norm !== 'than') continue;
    if (terms[i + 3]!.num !== null) terms[i] = { ...t, neg: false };
  }
}

/**
 * "I want to say" hedges a figure recalled unsure ("some, I want to say, 40"): set off by
 * commas or right before the figure. Before anything else it announces what follows ("I want to
 * say thank you"), which it does not hedge.
 */
function markRecallHedges(text: string, terms: Term[]): void {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (!t.hedge || t.norm !== 'i want to say') continue;
    const aside = /^\s*,/.test(text.slice(t.end));
    if (!aside && (terms[i + 1]?.num ?? null) === null) terms[i] = { ...t, hedge: false };
  }
}

/** Forms of "decline", a verb of refusal when a person declines ("we declined the offer", "declined to"). */
const DECLINE_FORMS = new Set(['decline', 'declines', 'declined', 'declining']);
/** Subjects that can refuse: people, as pronouns. "Exports declined last year" falls; it refuses nothing. */
const PERSONAL_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
/** Words between a subject and its verb: auxiliaries and adverbs of time and negation. */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'have',
  'has',
  'had',
  "'ve",
  'never',
  'not',
  'always',
  'also',
  'again',
]);

/**
 * "decline" refuses, as "refuse" does (a negation cue), before "to" ("declined to comment") or after a
 * personal subject ("she has never declined an invitation"); where a quantity declines ("exports declined
 * last year", "the decline in sales") it falls, and negates nothing.
 */
function markRefusals(terms: Term[]): void {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (!DECLINE_FORMS.has(t.norm) || t.neg) continue;
    let j = i - 1;
    while (j >= 0 && BETWEEN_SUBJECT_AND_VERB.has(terms[j]!.norm)) j--;
    const refuses = isInfinitiveAt(terms, i + 1) || PERSONAL_SUBJECTS.has(terms[j]?.norm ?? '');
    if (refuses) terms[i] = { ...t, neg: true, keys: [...t.keys, 'neg'] };
  }
}

/** Words that open a noun phrase: after them "to" is a preposition ("declined to their lowest level"). */
const NOUN_PHRASE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'record',
  'zero',
]);

/** "to" + a verb: an infinitive, not "to" + a noun phrase or a figure ("to 3 percent"). */
function isInfinitiveAt(terms: readonly Term[], i: number): boolean {
  const after = terms[i + 1];
  if (terms[i]?.norm !== 'to' || after === undefined) return false;
  return after.num === null && !NOUN_PHRASE_OPENERS.has(after.norm) && !after.name;
}

/** Nouns of likelihood: before a clause of their own they hedge it ("a good chance we can …"). */
const LIKELIHOOD_NOUNS = new Set(['chance', 'possibility', 'likelihood', 'probability', 'prospect']);
/** Words that open the clause a likelihood noun hedges: "that", or its subject pronoun. */
const CLAUSE_OPENERS = new Set(['that', 'i', 'we', 'you', 'he', 'she', 'it', 'they']);

/**
 * "there is a fair chance the ferry sails on Friday": the noun hedges the clause after it, as "may"
 * would; "a chance to speak" (an opportunity) and "the chance of rain" hedge nothing in the quote.
 */
function markHedgeNouns(terms: Term[]): void {
  for (let i = 0; i + 1 < terms.length; i++)
    if (LIKELIHOOD_NOUNS.has(terms[i]!.norm) && CLAUSE_OPENERS.has(terms[i + 1]!.norm))
      terms[i] = { ...terms[i]!, hedge: true };
}

/** The scope rank of "all", "every", "everything". */
const UNIVERSAL_RANK = 6;
/** The rank of "some": members of a set, unnamed. */
const SOME_RANK = 2;

const VERB_OPENERS = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);

/**
 * "the most important" is a superlative, not a quantifier ("most farmers") nor an intensifier ("a
 * most dangerous step"): it ranks one thing first, as "the main thing" does.
 */
function markSuperlatives(terms: Term[]): void {
  // "most of the aid" counts a share, as "the bulk of" does: a quantifier, not emphasis.
  for (let i = 0; i + 1 < terms.length; i++)
    if (terms[i]!.scope !== null && terms[i]!.grade > 0 && terms[i + 1]!.norm === 'of')
      terms[i] = { ...terms[i]!, grade: 0 };
  for (let i = 1; i < terms.length; i++) {
    // After "to" or a modal a graded word is a verb ("to complete the road"), not emphasis.
    const t = terms[i]!;
    // "the strongest possible terms": "possible" after a superlative intensifies, it does not hedge.
    // So after "everything" or "all": "doing everything possible" is doing all one can.
    if (
      t.hedge &&
      t.norm === 'possible' &&
      (/est$|^(most|best|worst)$/.test(terms[i - 1]!.norm) || terms[i - 1]!.scope === UNIVERSAL_RANK)
    )
      terms[i] = { ...t, hedge: false };
    if (t.grade > 0 && !t.norm.endsWith('ly') && VERB_OPENERS.has(terms[i - 1]!.norm))
      terms[i] = { ...t, grade: 0 };
    if (terms[i]!.norm === 'most' && terms[i - 1]!.norm === 'the')
      terms[i] = { ...terms[i]!, scope: null, grade: 0 };
  }
  markMembership(terms);
}

/**
 * Words before "certain" that make it the adjective of conviction ("is certain", "feel certain",
 * "almost certain", "make certain"), or the specific indefinite ("a certain reluctance": one
 * thing, no share of a set), not the determiner.
 */
const CERTAIN_AS_ADJECTIVE_AFTER = new Set(
  'a an is are was were be been being am seem seems seemed feel feels felt appear appears appeared become became remain remains remained make made makes making from very quite almost not so fairly absolutely now less more most pretty reasonably entirely completely'.split(
    ' ',
  ),
);
/** Words after "certain" that make it the adjective ("certain that", "certain to", "certain of"). */
const CERTAIN_AS_ADJECTIVE_BEFORE = new Set([
  'that',
  'to',
  'of',
  'about',
  'whether',
  'if',
  'enough',
  'how',
  'what',
]);

/**
 * "certain" before a noun ("merge certain classes", "in certain cases") is a determiner of some
 * members of a set, unnamed: the quantifier "some", whatever a translation picks of the two.
 */
function markCertainAsQuantifier(terms: Term[]): void {
  for (let i = 0; i + 1 < terms.length; i++) {
    const t = terms[i]!;
    const next = terms[i + 1]!;
    if (t.norm !== 'certain' || t.clause !== next.clause || next.light || next.num !== null) continue;
    if (
      CERTAIN_AS_ADJECTIVE_BEFORE.has(next.norm) ||
      CERTAIN_AS_ADJECTIVE_AFTER.has(terms[i - 1]?.norm ?? '')
    )
      continue;
    terms[i] = { ...t, scope: SOME_RANK };
  }
}

/** Words after which "part of" is membership, not a share ("is part of", "as part of", "become part of"). */
const MEMBERSHIP_CUES = new Set(
  'is are was were be been being am as become becomes became becoming remain remains remained remaining form forms formed forming feel feels felt'.split(
    ' ',
  ),
);
/** Words that may stand between the cue and "part of" ("is an integral part of"). */
const PART_PREMODIFIERS = new Set([
  'a',
  'an',
  'the',
  'integral',
  'important',
  'key',
  'vital',
  'essential',
  'central',
  'big',
]);

/** "part of" after a copula or "as" names what something belongs to: no share, no quantifier. */
function markMembership(terms: Term[]): void {
  for (let i = 0; i < terms.length; i++) {
    if (terms[i]!.norm !== 'part of') continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && PART_PREMODIFIERS.has(terms[j]!.norm)) j--;
    if (j >= 0 && MEMBERSHIP_CUES.has(terms[j]!.norm)) terms[i] = { ...terms[i]!, scope: null };
  }
}

/** Keys a term is matched by for meaning (stem, synonym group, country, negation). */
export function meaningKeys(term: Term): string[] {
  return term.keys.filter((k) => !k.startsWith('soft:') && !k.startsWith('hard:'));
}
