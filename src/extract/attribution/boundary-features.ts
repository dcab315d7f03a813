import type { Token } from '../../nlp/tokens.ts';
import { FUNCTION_WORD_GROUPS } from '../../nlp/lexicons/function-words.ts';
import { wordFilterOf } from '../../nlp/word-filter.ts';
import { featureOf as f, pieceHash as h } from './feature-hash.ts';

/**
 * Span-boundary features: what the words at a content's edges are and what follows its end. Which
 * span of a cue is the content is mostly decided there: a content cut at a comma before a list's
 * next item ("attacked GOP voters, | lawmakers, and thinkers") or an appositive ("his wife, |
 * Sarah"), before a subordinate clause ("didn't know much about Sanders before | he announced"),
 * or before a coordinated predicate ("spoke to Trump | and asked him to …") is too short, where one
 * cut before a new subject ("… | and about the same numbers would rather …") or a trailing
 * adjunct is right. Words are read by class (pronoun, relative, coordinator, auxiliary, name …),
 * so the weights carry over to words train never saw at a boundary. Templates are numbered from
 * 60, apart from features.ts's, so the two blocks can grow on their own.
 */
const T = {
  following: 60,
  tailShape: 61,
  afterInnerComma: 62,
  lastWord: 63,
} as const;

/** Word classes, first match wins (a word in two lists takes the earlier class). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose', 'where']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);
/** Subordinators open a clause of their own ("before he announced", "because it was"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'because',
  'while',
  'when',
  'although',
  'though',
  'if',
  'unless',
  'whether',
  'since',
  'until',
  'before',
  'after',
  'as',
  'so',
]);
const wordsOf = (cls: string): ReadonlySet<string> =>
  new Set(FUNCTION_WORD_GROUPS.filter((g) => g.class === cls).flatMap((g) => g.words));
const AUXILIARIES = wordsOf('auxiliary');
const DETERMINERS = wordsOf('determiner');
const PREPOSITIONS = wordsOf('preposition');

/**
 * Every word of the lists above and "that": a token certainly in none (most are content words) is
 * classed by its characters without the eight look-ups, each of which hashed the token afresh.
 */
const LISTED = wordFilterOf([
  ...SUBJECT_PRONOUNS,
  ...RELATIVES,
  'that',
  ...COORDINATORS,
  ...SUBORDINATORS,
  ...AUXILIARIES,
  ...DETERMINERS,
  ...PREPOSITIONS,
]);

/** One hash per class, computed once. */
const CLASS = Object.fromEntries(
  ['end', 'pron', 'rel', 'that', 'coord', 'sub', 'aux', 'det', 'prep', 'num', 'cap', 'ing', 'ed', 'word'].map(
    (c) => [c, h(c)],
  ),
) as Record<string, number>;

/** The class of a token (or of the sentence end when there is none), as a hash. */
function classOf(t: Token | undefined): number {
  if (!t) return CLASS.end!;
  const w = t.norm;
  if (LISTED.mayHave(w)) {
    if (SUBJECT_PRONOUNS.has(w)) return CLASS.pron!;
    if (RELATIVES.has(w)) return CLASS.rel!;
    if (w === 'that') return CLASS.that!;
    if (COORDINATORS.has(w)) return CLASS.coord!;
    if (SUBORDINATORS.has(w)) return CLASS.sub!;
    if (AUXILIARIES.has(w)) return CLASS.aux!;
    if (DETERMINERS.has(w)) return CLASS.det!;
    if (PREPOSITIONS.has(w)) return CLASS.prep!;
  }
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return CLASS.num!;
  if (c >= 65 && c <= 90) return CLASS.cap!;
  if (w.endsWith('ing')) return CLASS.ing!;
  if (w.endsWith('ed')) return CLASS.ed!;
  return CLASS.word!;
}

/** Most words after a content's end read for the shape of what follows it. */
const MAX_TAIL_WORDS = 12;

/**
 * What the features read of a sentence, once for all its candidates (each asked for the classes
 * and counts near its own edges, which cost more read afresh than the rest of its features): each
 * token's class, and per token index how many words before it open a clause of their own (a
 * subject pronoun or an auxiliary) or coordinate (and, or, but, nor).
 */
interface BoundaryView {
  tokens: readonly Token[];
  classes: number[];
  clauseWordsBefore: number[];
  coordinatorsBefore: number[];
}

/** The last sentence's view: a sentence's candidates are read one after another. */
let lastView: BoundaryView | null = null;

function viewOf(toks: readonly Token[]): BoundaryView {
  if (lastView?.tokens === toks) return lastView;
  const classes: number[] = [];
  const clauseWordsBefore = [0];
  const coordinatorsBefore = [0];
  let clause = 0;
  let coordinators = 0;
  for (const t of toks) {
    const c = classOf(t);
    classes.push(c);
    if (c === CLASS.pron || c === CLASS.aux) clause++;
    else if (c === CLASS.coord) coordinators++;
    clauseWordsBefore.push(clause);
    coordinatorsBefore.push(coordinators);
  }
  lastView = { tokens: toks, classes, clauseWordsBefore, coordinatorsBefore };
  return lastView;
}

/** Length buckets of the words after a content: none, 1, 2, 3–5, 6 or more. */
const TAIL_LENGTHS = 5;
/** One hash per tail shape (clause words or not × coordinator or not × length × comma-closed), made once. */
const TAIL_SHAPES: readonly number[] = Array.from({ length: 2 * 2 * TAIL_LENGTHS * 2 }, (_, k) =>
  h(`tail${k}`),
);

/**
 * The shape of the words after token `from` up to the next comma (`commaAt`, a token index whose
 * word a comma follows) or MAX_TAIL_WORDS: whether they hold a clause of their own (a subject
 * pronoun or an auxiliary: "before he announced", "… would rather see") and a coordinator (a list
 * or a coordinated predicate), how many they are, and whether a comma closes them.
 */
function tailShape(v: BoundaryView, from: number, commaAt: number): number {
  const to = Math.min(v.tokens.length, from + MAX_TAIL_WORDS, commaAt + 1);
  const n = Math.max(0, to - from);
  const clause = n > 0 && v.clauseWordsBefore[to]! > v.clauseWordsBefore[from]! ? 1 : 0;
  const coordinated = n > 0 && v.coordinatorsBefore[to]! > v.coordinatorsBefore[from]! ? 1 : 0;
  const length = n <= 2 ? n : n <= 5 ? 3 : 4;
  const comma = n > 0 && to === commaAt + 1 ? 1 : 0;
  return TAIL_SHAPES[((clause * 2 + coordinated) * TAIL_LENGTHS + length) * 2 + comma]!;
}

/**
 * The boundary features of a candidate whose words are tokens first..last-1 of the sentence
 * (`nextComma[k]`: the first token at or after k that a comma follows, or the token count);
 * `closing` is its closing's hash. Appended to `out` when given (a candidate's other features: no
 * array made and copied per candidate).
 */
export function boundaryFeatures(
  toks: readonly Token[],
  nextComma: readonly number[],
  first: number,
  last: number,
  closing: number,
  out: number[] = [],
): number[] {
  const v = viewOf(toks);
  const cls = (k: number): number => v.classes[k] ?? CLASS.end!;
  out.push(
    f(T.following, closing, cls(last), cls(last + 1)),
    f(T.tailShape, closing, tailShape(v, last, nextComma[last] ?? toks.length)),
    f(T.lastWord, closing, cls(last - 1)),
  );
  const comma = nextComma[first] ?? toks.length;
  if (comma + 1 < last) out.push(f(T.afterInnerComma, closing, cls(comma + 1), cls(comma + 2)));
  return out;
}
