/**
 * Issues discovered from the statements themselves: each statement's key words (content words
 * that are not the parties, not light nouns, not stance or speech cues), grouped into issues by how
 * often they recur together. A word that two or more statements share is a candidate issue term;
 * terms that mostly occur together ("arms" and "supplies", "pension" and "age") join one issue;
 * each statement goes to the issue whose terms it carries with the most weight, words of middle
 * frequency weighing most (a word in one statement names no shared issue, a word in every
 * statement names none either). The label is the phrase the statements most often use for it.
 * Nothing is listed by hand: the issues of a set of articles are whatever its speakers return to.
 */
import {
  isFunctionWord,
  lookupCountryWord,
  lookupGazetteer,
  lookupPeople,
  tagsOf,
} from '../../nlp/gazetteer.ts';
import { NOT_NAME_WORDS, PREPOSITIONS } from '../../nlp/lexicons/function-words.ts';
import { LIGHT_WORDS } from '../../nlp/lexicons/light-nouns.ts';
import { ORGANIZATION_HEAD_WORDS } from '../../nlp/lexicons/organizations.ts';
import {
  DEMAND_VERBS,
  OBLIGATION_CUES,
  OFFER_CUES,
  RED_LINE_PHRASES,
  REJECTION_CUES,
  YIELD_VERBS,
} from '../../nlp/lexicons/stance-cues.ts';
import { inflectionStem, stem } from '../../nlp/stem.ts';
import { tokenize } from '../../nlp/tokens.ts';
import {
  hasSense,
  isDictionaryWord,
  lemmasOf,
  synsetsOf,
  type WordnetPos,
} from '../../nlp/wordnet/wordnet.ts';
import { isProperNoun } from '../../nlp/wordnet/relations.ts';
import { isGenericNoun, isClassifyingModifier, nounsOfModifier, relatedWordPairs } from './issue-terms.ts';

/** The key words of one statement and the runs of them as written (phrase candidates). */
export interface KeyTerms {
  terms: Set<string>;
  /** The terms written as names here ("Crimea", "NATO"), not as common words. */
  names: Set<string>;
  /** Runs of adjacent key words and their modifiers; a modifier's stem is null. */
  runs: { stems: (string | null)[]; surface: string[]; classifying: boolean[]; relational: boolean[] }[];
  /** A lower-case word for each term, for WordNet. */
  words: Map<string, string>;
}

/** The issue of statements that name none worth a column: kept in the dossier, left out of the matrix. */
export const GENERAL_ISSUE = 'general';

export interface DiscoveredIssue {
  label: string;
  /** Indices of the statements on this issue, ascending. */
  members: number[];
}

/** Two terms are one issue when the rarer one occurs with the other this often… */
const JOIN_SHARE_OF_RARER = 0.6;
/** …and the commoner one with the rarer this often, so a hub word does not swallow every issue. */
const JOIN_SHARE_OF_COMMONER = 0.3;
/** Distinct statements two terms must share to join by co-occurrence alone. */
const MIN_JOIN_STATEMENTS = 2;
/** Statements a term must occur in to name an issue shared by more than one statement. */
const MIN_ISSUE_STATEMENTS = 2;
/** How much more a term written as a name weighs in choosing a statement's issue. */
const NAME_WEIGHT = 2;
/** How much an abstract noun weighs, against a concrete one's 1. */
const ABSTRACT_WEIGHT = 0.5;
/** Words in an issue label at most ("frozen sovereign assets"). */
const MAX_LABEL_WORDS = 3;
/** Shorter words are not issue terms unless written as an acronym ("EU", "WTO"). */
const MIN_TERM_CHARS = 3;

const LIGHT = new Set(LIGHT_WORDS.flatMap((g) => g.words.split(' ')));
const CUE_STEMS = new Set(
  [
    ...DEMAND_VERBS,
    ...OBLIGATION_CUES,
    ...OFFER_CUES,
    ...REJECTION_CUES,
    ...YIELD_VERBS,
    ...RED_LINE_PHRASES,
  ].flatMap((c) => tokenize(c.cue).map((t) => inflectionStem(t.norm))),
);

/**
 * The key terms of `text[from, to)`. `excluded` holds lower-case words naming people and parties:
 * who holds a position is not what it is about.
 */
export function keyTermsOf(
  text: string,
  from: number,
  to: number,
  excluded: Pick<ReadonlySet<string>, 'has'>,
): KeyTerms {
  const terms = new Set<string>();
  const names = new Set<string>();
  const runs: KeyTerms['runs'] = [];
  const words = new Map<string, string>();
  let run: KeyTerms['runs'][number] | null = null;
  let lastEnd = -1;
  let prev = '';
  for (const t of tokenize(text, from, to)) {
    const joined = lastEnd >= 0 && /^[\s-]*$/u.test(text.slice(lastEnd, t.start));
    lastEnd = t.end;
    const kind = wordKind(t.text, t.norm, excluded, run !== null && joined ? null : prev);
    // A sentence or a quotation opening inside the statement capitalises a common word too.
    const opensStatement =
      prev === '' || /(?:[.!?]["”’]?\s+|[“"‘«(]\s*)$/u.test(text.slice(Math.max(from, t.start - 4), t.start));
    prev = t.norm;
    if (kind === null) {
      run = null;
      continue;
    }
    const s = kind === 'term' ? stem(t.norm) : null;
    if (s !== null) terms.add(s);
    if (s !== null && !words.has(s)) words.set(s, t.norm.replace(/['’]s$/u, ''));
    const classifying = kind === 'modifier' && isClassifyingModifier(t.norm);
    // "territorial claims" is also about territory: a relational adjective adds its noun.
    if (classifying) {
      for (const n of nounsOfModifier(t.norm)) {
        const ns = stem(n);
        terms.add(ns);
        if (!words.has(ns)) words.set(ns, n);
      }
    }
    // A capitalised ordinary word ("Treaty", "Advisor") is part of a title or a name's tail: not
    // a name of its own, so WordNet still judges how generic it is.
    if (s !== null && !opensStatement && /^\p{Lu}/u.test(t.text) && !isOrdinaryWord(t.norm)) names.add(s);
    if (run === null || !joined) {
      run = { stems: [], surface: [], classifying: [], relational: [] };
      runs.push(run);
    }
    run.stems.push(s);
    run.classifying.push(classifying);
    run.relational.push(classifying && nounsOfModifier(t.norm).length > 0);
    // A common word capitalised only because it opens the statement is shown in lower case.
    run.surface.push(opensStatement && isOrdinaryWord(t.norm) ? t.text.toLowerCase() : t.text);
  }
  demoteCapitalisedAdjectives(runs, terms, names);
  return { terms, names, runs, words };
}

/**
 * A capitalised word before another key word that WordNet knows as an adjective ("Western
 * governments", "National Security Council") modifies it: it is not a name of its own. Its term
 * is dropped unless the word also occurs as a noun elsewhere in the statement.
 */
function demoteCapitalisedAdjectives(runs: KeyTerms['runs'], terms: Set<string>, names: Set<string>): void {
  const demoted = new Set<string>();
  for (const r of runs) {
    for (let k = 0; k + 1 < r.stems.length; k++) {
      const s = r.stems[k];
      const w = r.surface[k]!;
      if (s === null || s === undefined || /^\p{Lu}{2,}$/u.test(w) || !/^\p{Lu}/u.test(w)) continue;
      if (!hasSense(w.toLowerCase(), 'a')) continue;
      // An adjective of a name ("Western", "Russian") says whose, not what: it classifies nothing.
      r.stems[k] = null;
      r.classifying[k] = false;
      r.relational[k] = false;
      demoted.add(s);
    }
  }
  const kept = new Set(runs.flatMap((r) => r.stems.filter((x) => x !== null)));
  for (const s of demoted) {
    if (kept.has(s)) continue;
    terms.delete(s);
    names.delete(s);
  }
}

const NOT_CONTENT_TAGS = new Set([
  'Adverb',
  'Copula',
  'Modal',
  'Auxiliary',
  'Negative',
  'Pronoun',
  'Expression',
]);

/** A capitalised word WordNet knows only as an adjective ("Western", "National"): a modifier. */
function isAdjectiveOnly(norm: string): boolean {
  return !hasSense(norm, 'n') && hasSense(norm, 'a');
}

/** A dictionary word that is not only ever a name ("Criticism", not "Brussels" or "Kaldoria"). */
function isOrdinaryWord(norm: string): boolean {
  return isDictionaryWord(norm) && !isProperNoun(norm);
}

/** Words after which an ambiguous word is a verb ("to hold", "we hope", "will raise"). */
const VERB_CONTEXT = new Set(
  'to will would shall should can could may might must do does did we they i you he she it not never also'.split(
    ' ',
  ),
);

/**
 * A key word is a `term` (a noun or a name: what statements are about), a `modifier` (an
 * adjective or participle: kept in labels, "frozen assets", but not a term), or neither (null).
 * `prev` is the word before when it is not itself a key word of the same run (null inside a run,
 * where a word is a noun's modifier or the noun).
 */
function wordKind(
  surface: string,
  norm: string,
  excluded: Pick<ReadonlySet<string>, 'has'>,
  prev: string | null,
): 'term' | 'modifier' | null {
  const acronym = /^\p{Lu}{2,}$/u.test(surface);
  if (norm.length < MIN_TERM_CHARS && !acronym) return null;
  const base = norm.replace(/['’]s$/u, '');
  if (/\d/u.test(norm) || LIGHT.has(base) || NOT_NAME_WORDS.has(base) || excluded.has(base)) return null;
  if (norm.endsWith("n't") || isFunctionWord(norm)) return null;
  if (CUE_STEMS.has(inflectionStem(norm))) return null;
  // Countries, their capitals and seats of government are the parties, not what they argue about.
  const bare = surface.replace(/['’]s?$/u, '');
  if (lookupCountryWord(bare) !== null || lookupPeople(bare) !== null) return null;
  const place = lookupGazetteer(bare);
  if (place !== null && place.kind !== 'organization') return null;
  // The head of a body's name ("Acme Corp", "Reserve Bank") is part of who speaks.
  if (/^\p{Lu}/u.test(surface) && ORGANIZATION_HEAD_WORDS.has(base)) return null;
  if (/^\p{Lu}/u.test(surface) && prev !== '') return isAdjectiveOnly(norm) ? 'modifier' : 'term';
  if (tagsOf(norm).some((t) => NOT_CONTENT_TAGS.has(t)) || /ly$/u.test(norm)) return null;
  return kindBySenses(norm, prev);
}

/**
 * The part of speech of a common word by WordNet: a word with no noun sense is a verb (no key
 * word) or an adjective (a modifier); one with both noun and verb senses is a verb after "to", a
 * modal or a pronoun, else whichever has more senses. Words WordNet does not know are terms
 * ("ceasefire"), unless they end like a participle ("awaiting").
 */
function kindBySenses(norm: string, prev: string | null): 'term' | 'modifier' | null {
  const counts = senseCountsOf(norm);
  if (counts === null) return 'modifier';
  const { noun, verb, adjective } = counts;
  if (noun === 0 && verb === 0 && adjective === 0) return /(?:ing|ed)$/u.test(norm) ? 'modifier' : 'term';
  if (noun === 0) return adjective > 0 && adjective >= verb ? 'modifier' : null;
  if (verb > 0 && prev !== null && VERB_CONTEXT.has(prev)) return null;
  if (adjective > noun) return 'modifier';
  return noun >= verb ? 'term' : verbOrNoun(prev);
}

interface SenseCounts {
  noun: number;
  verb: number;
  adjective: number;
}

/** Statements repeat their words: counts kept per word, at most this many (cleared when full). */
const SENSE_COUNTS_MAX_ENTRIES = 50_000;
const SENSE_COUNTS = new Map<string, SenseCounts | null>();

/** A word's noun, verb and adjective senses in WordNet; null for a verb form ("sensed", "seizing"). */
function senseCountsOf(norm: string): SenseCounts | null {
  let counts = SENSE_COUNTS.get(norm);
  if (counts === undefined) {
    counts = countSenses(norm);
    if (SENSE_COUNTS.size >= SENSE_COUNTS_MAX_ENTRIES) SENSE_COUNTS.clear();
    SENSE_COUNTS.set(norm, counts);
  }
  return counts;
}

function countSenses(norm: string): SenseCounts | null {
  // A verb form ("sensed", "seizing") names an event of the statement, not its topic.
  if (/(?:ed|ing)$/u.test(norm) && lemmasOf(norm, 'v').some((l) => l !== norm)) return null;
  const senses = (pos: WordnetPos): number =>
    lemmasOf(norm, pos).reduce((n, l) => n + synsetsOf(l, pos, Infinity).length, 0);
  return { noun: senses('n'), verb: senses('v'), adjective: senses('a') };
}

/** A word with more verb than noun senses is a noun only after a determiner, possessive or preposition. */
function verbOrNoun(prev: string | null): 'term' | null {
  return prev !== null && (NOUN_CONTEXT.has(prev) || PREPOSITIONS.has(prev)) ? 'term' : null;
}

const NOUN_CONTEXT = new Set(
  'the a an this that these those its their our his her my your any no every each'.split(' '),
);

/** Issues of the statements, in order of first member; -1 for a statement with no good issue. */
export function discoverIssues(statements: readonly KeyTerms[]): {
  issues: DiscoveredIssue[];
  issueOf: number[];
} {
  const df = new Map<string, number>();
  const wordOf = new Map<string, string>();
  for (const s of statements) {
    for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, w] of s.words) if (!wordOf.has(t)) wordOf.set(t, w);
  }
  const named = new Set(statements.flatMap((s) => [...s.names]));
  const strongOf = new Map<string, boolean>();
  const strong = (t: string): boolean => {
    let answer = strongOf.get(t);
    if (answer === undefined) {
      const w = wordOf.get(t) ?? t;
      answer = named.has(t) || !isDictionaryWord(w) || !isGenericNoun(w);
      strongOf.set(t, answer);
    }
    return answer;
  };
  // The statements holding each term: a cluster reads only its own statements, not the whole set.
  const statementsOf = new Map<string, number[]>();
  statements.forEach((s, i) => {
    for (const t of s.terms) {
      const list = statementsOf.get(t);
      if (list) list.push(i);
      else statementsOf.set(t, [i]);
    }
  });
  const all = [...df.keys()].sort();
  const groupOf = joinTerms(statements, all, df, wordOf);
  const clusters = new Map<string, string[]>();
  for (const t of all) {
    const list = clusters.get(groupOf.get(t)!);
    if (list) list.push(t);
    else clusters.set(groupOf.get(t)!, [t]);
  }
  const accepted = new Set<string>();
  for (const [key, terms] of clusters) {
    const set = new Set(terms);
    const holding = [...new Set(terms.flatMap((t) => statementsOf.get(t) ?? []))].map((i) => statements[i]!);
    const support = holding.length;
    const specific = holding.some((s) => s.runs.some((r) => hasSpecificPhrase(r, set, strong)));
    // An abstraction alone is never an issue; with a specific phrase or a concrete term it is.
    if (specific || (support >= MIN_ISSUE_STATEMENTS && terms.some(strong))) accepted.add(key);
  }
  const n = statements.length;
  // A named thing weighs more than a common noun, an abstraction less: it rarely is the point.
  const weight = (t: string): number =>
    Math.log(1 + df.get(t)!) *
    Math.log(1 + n / df.get(t)!) *
    (named.has(t) ? NAME_WEIGHT : strong(t) ? 1 : ABSTRACT_WEIGHT);

  const issueOf: number[] = [];
  const members = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const score = new Map<string, number>();
    for (const t of s.terms) {
      const g = groupOf.get(t)!;
      if (accepted.has(g)) score.set(g, (score.get(g) ?? 0) + weight(t));
    }
    let best: string | null = null;
    for (const [g, v] of [...score].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (best === null || v > score.get(best)!) best = g;
    }
    issueOf.push(-1);
    if (best === null) return;
    const list = members.get(best);
    if (list) list.push(i);
    else members.set(best, [i]);
  });
  const issues: DiscoveredIssue[] = [];
  for (const [key, list] of [...members].sort((a, b) => a[1][0]! - b[1][0]!)) {
    const label = labelOf(
      list.map((i) => statements[i]!),
      new Set(clusters.get(key)),
    );
    for (const i of list) issueOf[i] = issues.length;
    issues.push({ label, members: list });
  }
  return { issues, issueOf };
}

/**
 * Whether a run holds a specific phrase on the issue: two or more words ending on one of its
 * terms, each a term (a noun compound, "NATO membership") or a classifying modifier ("frozen
 * assets", "diplomatic property"), not an evaluating one ("good idea").
 */
function hasSpecificPhrase(
  run: KeyTerms['runs'][number],
  terms: ReadonlySet<string>,
  strong: (t: string) => boolean,
): boolean {
  let length = 0;
  // Two abstractions in a row ("peace efforts") are no more specific than one.
  let concrete = false;
  for (let k = 0; k < run.stems.length; k++) {
    const s = run.stems[k]!;
    const fits = s !== null || run.classifying[k]!;
    length = fits ? length + 1 : 0;
    // A participle classifies ("frozen assets") only a concrete noun: "fabricated stories" is not specific.
    concrete = fits && (concrete || (s === null ? run.relational[k]! : strong(s)));
    if (!fits) concrete = false;
    if (s !== null && terms.has(s) && length >= 2 && concrete) return true;
  }
  return false;
}

/**
 * Union of terms that are one issue: terms that mostly occur together (counted over statements),
 * and terms WordNet relates (a synonym, derivation, hypernym or instance). The key is its first term.
 */
function joinTerms(
  statements: readonly KeyTerms[],
  all: readonly string[],
  df: Map<string, number>,
  wordOf: Map<string, string>,
): Map<string, string> {
  const parent = new Map(all.map((t) => [t, t]));
  const find = (t: string): string => {
    let r = t;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const together = new Map<string, number>();
  // A quote two outlets carry is one co-occurrence, not two.
  const seen = new Set<string>();
  for (const s of statements) {
    const ts = [...s.terms].filter((t) => df.get(t)! >= MIN_ISSUE_STATEMENTS).sort();
    const whole = [...s.terms].sort().join(' ');
    if (seen.has(whole)) continue;
    seen.add(whole);
    for (let a = 0; a < ts.length; a++) {
      for (let b = a + 1; b < ts.length; b++) {
        const k = `${ts[a]}\u0000${ts[b]}`;
        together.set(k, (together.get(k) ?? 0) + 1);
      }
    }
  }
  // Pairs too rare to join are left out before sorting: most pairs meet once.
  const joining = [...together].filter(([, c]) => c >= MIN_JOIN_STATEMENTS);
  for (const [k, c] of joining.sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [a, b] = k.split('\u0000') as [string, string];
    const rare = Math.min(df.get(a)!, df.get(b)!);
    const common = Math.max(df.get(a)!, df.get(b)!);
    if (c / rare < JOIN_SHARE_OF_RARER || c / common < JOIN_SHARE_OF_COMMONER) continue;
    union(a, b);
  }
  // Only nouns as written relate by WordNet: "diplomatic" adds "diplomacy" to "diplomatic
  // property", which must not join it to every kind of diplomacy ("negotiations").
  const written = new Set(
    statements.flatMap((s) => s.runs.flatMap((r) => r.stems.filter((x) => x !== null))),
  );
  const nouns = all.filter((t) => written.has(t));
  const words = nouns.map((t) => wordOf.get(t) ?? t);
  for (const [i, j] of relatedWordPairs(words)) union(nouns[i]!, nouns[j]!);
  return new Map(all.map((t) => [t, find(t)]));
}

/**
 * The phrase the statements most often use for the issue: the runs of its terms as written, the
 * most frequent first, a longer phrase preferred at equal count ("frozen assets" over "assets").
 * A statement alone on its issue is named by its longest run.
 */
function labelOf(statements: readonly KeyTerms[], terms: ReadonlySet<string> | null): string {
  const counts = new Map<string, { count: number; words: number; surface: string }>();
  for (const s of statements) {
    const seen = new Set<string>();
    for (const r of s.runs) {
      for (const phrase of termPhrases(r, terms).flatMap(subPhrases)) {
        phrase[phrase.length - 1] = phrase.at(-1)!.replace(/['’]s$/u, '');
        const key = phrase.map((w) => w.toLowerCase()).join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const c = counts.get(key) ?? { count: 0, words: phrase.length, surface: phrase.join(' ') };
        c.count++;
        counts.set(key, c);
      }
    }
  }
  let best: { count: number; words: number; surface: string } | null = null;
  for (const c of [...counts.values()].sort((a, b) => (a.surface < b.surface ? -1 : 1))) {
    const score = c.count * (1 + 0.5 * (c.words - 1));
    const bestScore = best === null ? -1 : best.count * (1 + 0.5 * (best.words - 1));
    if (score > bestScore || (score === bestScore && best !== null && c.words > best.words)) best = c;
  }
  return best?.surface ?? '';
}

/**
 * Every stretch of a phrase that ends on a term: "old pay scale" also counts as "pay scale",
 * "scale", "old pay" and "pay", so variants of one phrase add up.
 */
function subPhrases(phrase: readonly Word[]): string[][] {
  const out: string[][] = [];
  for (let a = 0; a < phrase.length; a++) {
    for (let b = a + 1; b <= phrase.length; b++) {
      if (phrase[b - 1]!.term) out.push(phrase.slice(a, b).map((w) => w.surface));
    }
  }
  return out;
}

interface Word {
  surface: string;
  term: boolean;
}

/**
 * The phrases of a run about the issue: each stretch of its terms (all terms when none are given)
 * with the classifying modifiers right before it ("frozen assets"), at most MAX_LABEL_WORDS words.
 */
function termPhrases(run: KeyTerms['runs'][number], terms: ReadonlySet<string> | null): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  let hasTerm = false;
  const flush = (): void => {
    if (hasTerm) out.push(cur.slice(-MAX_LABEL_WORDS));
    cur = [];
    hasTerm = false;
  };
  run.stems.forEach((s, k) => {
    const surface = run.surface[k]!;
    if (s === null) {
      if (hasTerm) flush();
      // An evaluating modifier ("good", "high") is not part of what the issue is called.
      if (run.classifying[k]) cur.push({ surface, term: false });
      else cur = [];
    } else if (terms === null || terms.has(s)) {
      cur.push({ surface, term: true });
      hasTerm = true;
    } else flush();
  });
  flush();
  return out;
}
