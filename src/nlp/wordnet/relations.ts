import { join } from 'node:path';
import {
  dictFolder,
  hasSense,
  indexForm,
  lemmasOf,
  POS_FILES,
  sensesOfWord,
  synsetsOf,
  type WordnetPos,
} from './wordnet.ts';

// Fetched, not imported: an ES import of node:fs reads its lazy exports (streams, readline).
const { closeSync, openSync, readSync } = process.getBuiltinModule('node:fs');

/**
 * One step along WordNet's pointers between senses, for deciding whether a rewording has evidence
 * that it means the same. The relations read are the near-synonymy ones: "similar to" between
 * adjectives ("chilly" ~ "cold"), verb groups, derivational forms ("verify" ~
 * "verification"), and direct hypernymy ("spade" is a kind of "shovel"). Two steps are not taken:
 * two adjectives each similar to a third are compared by the grade of their definitions instead
 * (see clusters.ts): "chilly" and "frigid" are both "cold", one of them extremely.
 */

/** Pointer symbols read (see wndb(5)): similar to, verb group, derivation, hypernym, hyponym, also see. */
const NEAR_POINTERS = new Set(['&', '$', '+', '@', '~', '^', '@i', '~i']);
/** Bytes read at a synset's offset at first; longer lines are read on. */
const READ_CHUNK_BYTES = 4096;

const files = new Map<WordnetPos, number>();
const RELATED_CACHE = new Map<string, readonly string[]>();
/** Bound on memoised synsets; cleared, not evicted, when full. */
const RELATED_CACHE_MAX_ENTRIES = 100_000;

function fileOf(pos: WordnetPos): number {
  let fd = files.get(pos);
  if (fd === undefined) {
    fd = openSync(join(dictFolder(), `data.${POS_FILES[pos]}`), 'r');
    files.set(pos, fd);
  }
  return fd;
}

const LINE_CACHE = new Map<string, string>();
/**
 * Bound on memoised data lines (a few hundred bytes each); cleared, not evicted, when full. The
 * speaker and issue readers ask for the same few thousand synsets article after article, and each
 * read is a system call.
 */
const LINE_CACHE_MAX_ENTRIES = 20_000;
/** One read buffer for every look-up: a line is copied out of it into a string before the next. */
let chunk: Buffer | null = null;

/** The data line of a synset id (`v:00346415`): it starts at that byte offset of data.<pos>. */
export function dataLine(id: string): string {
  let line = LINE_CACHE.get(id);
  if (line === undefined) {
    line = readDataLine(id);
    if (LINE_CACHE.size >= LINE_CACHE_MAX_ENTRIES) LINE_CACHE.clear();
    LINE_CACHE.set(id, line);
  }
  return line;
}

function readDataLine(id: string): string {
  const pos = id[0] as WordnetPos;
  const offset = Number(id.slice(2));
  const fd = fileOf(pos);
  chunk ??= Buffer.allocUnsafe(READ_CHUNK_BYTES);
  let text = '';
  for (let at = offset; ; at += READ_CHUNK_BYTES) {
    const n = readSync(fd, chunk, 0, READ_CHUNK_BYTES, at);
    text += chunk.toString('latin1', 0, n);
    const end = text.indexOf('\n');
    if (end >= 0) return text.slice(0, end);
    if (n < READ_CHUNK_BYTES) return text;
  }
}

/**
 * Synsets one near-synonymy pointer away from `id`. A data line is: offset lex_filenum ss_type
 * w_cnt (word lex_id)×w_cnt p_cnt (symbol offset pos source/target)×p_cnt …
 */
export function relatedSynsets(id: string): readonly string[] {
  const cached = RELATED_CACHE.get(id);
  if (cached) return cached;
  const f = dataLine(id).split(' ');
  const words = parseInt(f[3]!, 16);
  let at = 4 + 2 * words;
  const pointers = Number(f[at]);
  at++;
  const out: string[] = [];
  for (let k = 0; k < pointers; k++, at += 4) {
    if (!NEAR_POINTERS.has(f[at]!)) continue;
    const pos = f[at + 2] === 's' ? 'a' : (f[at + 2] as WordnetPos);
    out.push(`${pos}:${f[at + 1]}`);
  }
  if (RELATED_CACHE.size >= RELATED_CACHE_MAX_ENTRIES) RELATED_CACHE.clear();
  RELATED_CACHE.set(id, out);
  return out;
}

/** Close the data files (tests, long-running servers that reload the dictionary). */
export function closeWordnetData(): void {
  for (const fd of files.values()) closeSync(fd);
  files.clear();
  LINE_CACHE.clear();
}

/**
 * `a` and `b` share a sense, or a sense of one is one near-synonymy step from a sense of the other,
 * within each word's first `maxSenses` senses.
 */
export function areNearSynonyms(a: string, b: string, maxSenses: number): boolean {
  const x = indexForm(a);
  const y = indexForm(b);
  if (x === y) return false;
  const sa = sensesOfWord(x, maxSenses);
  const sb = new Set(sensesOfWord(y, maxSenses));
  if (sa.length === 0 || sb.size === 0) return false;
  if (sa.some((s) => sb.has(s) || relatedSynsets(s).some((r) => sb.has(r)))) return true;
  return isKindOf(sa, sb) || isKindOf([...sb], new Set(sa));
}

/**
 * `to` is only a narrower verb than `from`: a sense of it is a troponym of a sense of `from` (a
 * way of doing it: "attack" is to criticize in speech or writing, "declare" to say emphatically,
 * "negotiate" to discuss terms) and the two share no sense and no other near-synonymy link. A
 * troponym adds manner or force, so the report says more than the speaker did; the wider verb in
 * its place ("launched" → "started") says less, which is no evidence against it.
 */
export function isNarrowerVerbOnly(from: string, to: string, maxSenses: number): boolean {
  const sa = sensesOfWord(indexForm(from), maxSenses);
  const sb = sensesOfWord(indexForm(to), maxSenses);
  const inB = new Set(sb);
  const inA = new Set(sa);
  let narrower = false;
  for (const x of sa) {
    if (inB.has(x)) return false;
    for (const [symbol, target] of pointersOf(x)) {
      if (!inB.has(target)) continue;
      if (symbol === '~' && x.startsWith('v:')) narrower = true;
      else return false;
    }
  }
  for (const y of sb) {
    for (const [symbol, target] of pointersOf(y)) {
      if (!inA.has(target)) continue;
      if (!(symbol === '@' && y.startsWith('v:'))) return false;
    }
  }
  return narrower;
}

/**
 * The senses of `narrow` that WordNet files as a way of doing `wide` (troponyms, "~"), within
 * each word's first `maxSenses` senses: the senses that link them, not their main ones ("plunge"
 * is first to thrust, and a way of "come down" as "drop steeply").
 */
export function troponymSensesOf(narrow: string, wide: string, maxSenses: number): string[] {
  const narrowSenses = new Set(sensesOfWord(indexForm(narrow), maxSenses));
  const out: string[] = [];
  for (const id of sensesOfWord(indexForm(wide), maxSenses))
    for (const [symbol, target] of pointersOf(id))
      if (symbol === '~' && narrowSenses.has(target)) out.push(target);
  return out;
}

/** A lemma as the data file writes it, without an adjective's position marker ("(p)", "(a)"). */
export function bareWord(word: string): string {
  return word.replace(/\(.*\)$/, '').toLowerCase();
}

/**
 * The words a synset's lexical pointers of `symbol` (derivation `+`, pertainym `\`) reach in
 * synsets of `pos` ("a" takes in satellites), each once, in pointer order. A lexical pointer joins
 * one word of each synset, named by its source/target field (two hex digits each); `fromWord`
 * (the source word's number in the synset) keeps only the pointers leaving that word.
 */
export function lexicalTargetsOf(
  id: string,
  symbol: string,
  pos: 'n' | 'v' | 'a' | 'r',
  fromWord?: number,
): string[] {
  const f = dataLine(id).split(' ');
  let at = 4 + 2 * parseInt(f[3]!, 16);
  const pointers = Number(f[at]);
  at++;
  const out: string[] = [];
  for (let k = 0; k < pointers; k++, at += 4) {
    const targetPos = f[at + 2] === 's' ? 'a' : f[at + 2];
    if (f[at] !== symbol || targetPos !== pos) continue;
    if (fromWord !== undefined && parseInt(f[at + 3]!.slice(0, 2), 16) !== fromWord) continue;
    const target = dataLine(`${pos}:${f[at + 1]}`).split(' ');
    const word = target[4 + 2 * Math.max(0, parseInt(f[at + 3]!.slice(2), 16) - 1)];
    if (word !== undefined && !out.includes(bareWord(word))) out.push(bareWord(word));
  }
  return out;
}

/** Every pointer of a synset as [symbol, target id]. */
export function pointersOf(id: string): [string, string][] {
  const f = dataLine(id).split(' ');
  let at = 4 + 2 * parseInt(f[3]!, 16);
  const count = Number(f[at]);
  at++;
  const out: [string, string][] = [];
  for (let k = 0; k < count; k++, at += 4)
    out.push([f[at]!, `${f[at + 2] === 's' ? 'a' : f[at + 2]}:${f[at + 1]}`]);
  return out;
}

/**
 * Two adjectives of opposite poles ("small" / "large", "public" / "private"): a sense of one is
 * the antonym ("!") of a sense of the other, or of the head its satellite is similar to ("&").
 */
export function areOppositeAdjectives(a: string, b: string, maxSenses: number): boolean {
  const poles = (w: string) => {
    const out = new Set<string>();
    for (const id of sensesOfWord(indexForm(w), maxSenses)) {
      if (!id.startsWith('a:')) continue;
      out.add(id);
      for (const [symbol, target] of pointersOf(id)) if (symbol === '&') out.add(target);
    }
    return out;
  };
  const pa = poles(a);
  const pb = poles(b);
  for (const id of pa)
    for (const [symbol, target] of pointersOf(id)) if (symbol === '!' && pb.has(target)) return true;
  return false;
}

/**
 * One noun is a kind of the other two hypernym steps up ("spade" → "hand shovel" → "shovel"):
 * still the same thing named less precisely. Only up the hierarchy: two kinds of one thing
 * ("skirmish", "war") are siblings, not synonyms.
 */
function isKindOf(senses: readonly string[], targets: ReadonlySet<string>): boolean {
  // Nouns only: a verb's hyponym adds manner or force ("soar" is to rise fast), a harder word.
  for (const s of senses.filter((id) => id.startsWith('n:'))) {
    for (const up of hypernymsOf(s)) {
      if (targets.has(up) || hypernymsOf(up).some((u) => targets.has(u))) return true;
    }
  }
  return false;
}

const HYPERNYM_CACHE = new Map<string, readonly string[]>();

/** The direct hypernyms and instance hypernyms of a synset. */
export function hypernymsOf(id: string): readonly string[] {
  const cached = HYPERNYM_CACHE.get(id);
  if (cached) return cached;
  const f = dataLine(id).split(' ');
  let at = 4 + 2 * parseInt(f[3]!, 16);
  const pointers = Number(f[at]);
  at++;
  const out: string[] = [];
  for (let k = 0; k < pointers; k++, at += 4)
    if (f[at] === '@' || f[at] === '@i') out.push(`${f[at + 2] === 's' ? 'a' : f[at + 2]}:${f[at + 1]}`);
  if (HYPERNYM_CACHE.size >= RELATED_CACHE_MAX_ENTRIES) HYPERNYM_CACHE.clear();
  HYPERNYM_CACHE.set(id, out);
  return out;
}

/**
 * WordNet lists some names ("Putin", "Brussels"); its data lines keep their capitals while the
 * index is lower case. A word all of whose senses are written capitalised is a proper noun, so a
 * capitalised word at a sentence start is still recognised as a name.
 */
export function isProperNoun(word: string): boolean {
  const form = indexForm(word);
  const senses = sensesOfWord(form, PROPER_NOUN_SENSES);
  if (senses.length === 0) return false;
  return senses.every((id) => {
    const f = dataLine(id).split(' ');
    const count = parseInt(f[3]!, 16);
    for (let k = 0; k < count; k++) {
      const lemma = f[4 + 2 * k]!.replace(/\(.*\)$/, '');
      if (lemma.toLowerCase() === form) return /^\p{Lu}/u.test(lemma);
    }
    return false;
  });
}

/** Senses read to decide whether a word is only ever a name. */
const PROPER_NOUN_SENSES = 8;

/** Adjective senses read to decide whether an adjective is relational. */
const RELATIONAL_SENSES = 2;

/**
 * A relational adjective ("federal", "nuclear", "economic"): WordNet gives one of its first senses
 * a pertainym pointer ("\"), to the noun it classifies by ("of or relating to …"). Such adjectives
 * pick out a kind ("nuclear plants", not all plants) and take no degree, unlike qualitative ones
 * ("great", "strong") that describe.
 */
export function isRelationalAdjective(word: string): boolean {
  const ids = lemmasOf(word, 'a').flatMap((l) => [...synsetsOf(l, 'a', RELATIONAL_SENSES)]);
  return ids.some((id) => {
    const f = dataLine(id).split(' ');
    let at = 4 + 2 * parseInt(f[3]!, 16);
    const pointers = Number(f[at]);
    at++;
    for (let k = 0; k < pointers; k++, at += 4) if (f[at] === '\\') return true;
    return false;
  });
}

/**
 * WordNet defines some senses by synonyms alone: "fast" (adverb) is "quickly or rapidly", "abolish"
 * is "do away with", "worsen" is "grow worse". A sense of `a` (within its first `maxSenses`) whose
 * definition, with its parenthetical notes left out, is nothing but a list of lemmas (single words,
 * collocations the index lists whole, or a verb of becoming and an adjective), one of which is `b`
 * (or a form of it), says `a` means `b`. A definition of a word and a manner ("rise rapidly") is no
 * list and says no such thing.
 */
export function isDefinedAs(a: string, b: string, maxSenses: number): boolean {
  const target = new Set([indexForm(b), ...(['n', 'v', 'a', 'r'] as const).flatMap((p) => lemmasOf(b, p))]);
  const becoming = inchoativeFormOf(b);
  if (becoming !== null) target.add(becoming);
  return sensesOfWord(indexForm(a), maxSenses).some((id) => {
    const line = dataLine(id);
    const gloss = line
      .slice(line.indexOf('|') + 1)
      .split(';')[0]!
      .replace(/\([^)]*\)/g, ' ')
      .trim();
    const items = synonymListOf(gloss);
    return (
      items !== null &&
      items.some(
        (w) =>
          target.has(indexForm(w)) ||
          target.has(inchoativeFormOf(w) ?? '') ||
          // A collocation the definition gives is a lemma with senses of its own: its main one,
          // shared with `b`, says the same ("abolish": do away with = "eliminate"). Its later senses
          // drift ("go through": experience, … consume), and a single word is not followed further:
          // "fast" (quickly) is not every synonym of "quickly".
          (w.includes(' ') && sharesMainSense(w, b, maxSenses)),
      )
    );
  });
}

/** The first sense of `collocation` is one of the first `maxSenses` senses of `word`. */
function sharesMainSense(collocation: string, word: string, maxSenses: number): boolean {
  const main = sensesOfWord(indexForm(collocation), 1);
  return main.length > 0 && sensesOfWord(indexForm(word), maxSenses).some((s) => main.includes(s));
}

/** Verbs of becoming: "get worse", "grow worse" and "become worse" say one thing. */
const INCHOATIVE_VERBS: ReadonlySet<string> = new Set(['become', 'get', 'grow']);

/**
 * "getting worse" → "become_worse": a verb of becoming and one adjective, in one form, so a
 * definition "grow worse" ("worsen") is the report's "getting worse"; null for anything else.
 */
function inchoativeFormOf(phrase: string): string | null {
  const words = phrase
    .trim()
    .toLowerCase()
    .split(/[\s_]+/);
  if (words.length !== 2) return null;
  if (!lemmasOf(words[0]!, 'v').some((l) => INCHOATIVE_VERBS.has(l))) return null;
  return hasSense(words[1]!, 'a') ? `become_${words[1]}` : null;
}

/** Items of a definition that is only a list: "quickly or rapidly", "wholly, entirely". */
const SYNONYM_LIST_SEPARATOR = /\s*(?:,\s*or\b|,|\bor\b|\band\b)\s*/;
/** Items a synonym-list definition has at most. */
const SYNONYM_LIST_MAX_ITEMS = 4;

/**
 * The items of a definition that lists synonyms, or null when it is a description: every item a
 * single word, or several words the index lists as one lemma ("do away with"; "rise rapidly" is
 * none).
 */
function synonymListOf(gloss: string): string[] | null {
  if (!/^[a-z' ,-]+$/.test(gloss)) return null;
  const items = gloss.split(SYNONYM_LIST_SEPARATOR).map((w) => w.trim());
  if (items.length > SYNONYM_LIST_MAX_ITEMS || items.some((w) => w === '')) return null;
  const isLemma = (w: string) =>
    /^[a-z-]+$/.test(w) || sensesOfWord(indexForm(w), 1).length > 0 || inchoativeFormOf(w) !== null;
  return items.every(isLemma) ? items : null;
}

/** WordNet's lexicographer file number of a synset (4 noun.act, 7 noun.attribute, 15 noun.location …). */
export function lexFileOf(id: string): number {
  const line = dataLine(id);
  const from = line.indexOf(' ') + 1;
  const to = line.indexOf(' ', from);
  return Number(from === 0 ? undefined : line.slice(from, to < 0 ? line.length : to));
}

/**
 * The nouns a relational adjective pertains to ("territorial" → "territory", "diplomatic" →
 * "diplomacy"): WordNet's pertainym pointer (`\`). A qualitative adjective ("good", "high") has
 * none, which is what tells a classifying modifier from an evaluating one.
 */
export function pertainymsOf(adjective: string): readonly string[] {
  let out = PERTAINYM_CACHE.get(adjective);
  if (out === undefined) {
    const found: string[] = [];
    for (const id of sensesOfWord(indexForm(adjective), PERTAINYM_SENSES).filter((s) => s.startsWith('a:'))) {
      for (const lemma of lexicalTargetsOf(id, '\\', 'n')) if (!found.includes(lemma)) found.push(lemma);
    }
    if (PERTAINYM_CACHE.size >= RELATED_CACHE_MAX_ENTRIES) PERTAINYM_CACHE.clear();
    PERTAINYM_CACHE.set(adjective, (out = found));
  }
  return out;
}

/** Every key word of a statement asks whether it is a relational adjective: answers kept per word. */
const PERTAINYM_CACHE = new Map<string, readonly string[]>();

/** Senses of an adjective read for pertainyms: its common ones. */
const PERTAINYM_SENSES = 3;
