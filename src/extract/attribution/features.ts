import type { Span } from '../../model/span.ts';
import { isCapitalised } from '../../nlp/letter-case.ts';
import { type Token, tokenAtOrAfter } from '../../nlp/tokens.ts';
import { FUNCTION_WORD_GROUPS } from '../../nlp/lexicons/function-words.ts';
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import type { Frame, Sentence } from '../speakers/frame.ts';
import type { ArticleSpeech } from './article-speech.ts';
import { boundaryFeatures } from './boundary-features.ts';
import type { Candidate } from './candidates.ts';
import { featureOf as f, pieceHash as h, pieceHashOn as hashOn } from './feature-hash.ts';

/**
 * Feature templates, numbered: a feature is its template and the words it reads (feature-hash.ts).
 * `d` is the candidate's direction, `shape` its direction/opening/closing.
 */
const T = {
  bias: 1,
  word: 2,
  previousAndWord: 3,
  wordAndNext: 4,
  wordAndNextTwo: 5,
  howAndWord: 6,
  stem: 7,
  previous: 8,
  next: 9,
  sourceType: 10,
  punctuationAfter: 11,
  cuePosition: 12,
  capitalisedPrevious: 13,
  subject: 14,
  sentenceQuoted: 15,
  skipped: 16,
  wordAndSkipped: 17,
  endWord: 18,
  firstWord: 19,
  wordAndShape: 20,
  classAndShape: 21,
  howAndShape: 22,
  shape: 23,
  lengthAndShape: 24,
  lengthAndWord: 25,
  quoted: 26,
  ruleAndShape: 27,
  ruleAndClass: 28,
  lastCharacter: 29,
  auxiliaryAndShape: 30,
  commasAndShape: 31,
  firstWordAndClass: 32,
  afterInnerComma: 33,
  salience: 34,
  salienceAndHow: 35,
} as const;

/**
 * What the features read of a sentence, computed once for all its cues so a candidate's features
 * cost the same whatever its length: per token index, how many tokens before it are masked
 * quotation (`xxx`), are auxiliaries, or are followed by a comma; the first token at or after it
 * followed by a comma; and whether the sentence holds a quotation mark.
 */
export interface SentenceView {
  sentence: Sentence;
  quotedBefore: readonly number[];
  auxiliariesBefore: readonly number[];
  commasBefore: readonly number[];
  nextComma: readonly number[];
  hasQuoteMark: boolean;
  /** Each token's norm hashed (wordHash), filled on first use: a sentence's candidates read the same few words. */
  wordHashes: (number | undefined)[];
}

/** A word of masked quotation: all `x` (a loop: it runs on every token of a cue's sentence). */
function isMaskedWord(norm: string): boolean {
  if (norm.length === 0) return false;
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) !== 120) return false;
  return true;
}
/** Whether text[from, to) holds a quotation mark: " “ ” (by code: no slice per sentence). */
function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/**
 * Auxiliaries and modals ("has", "would", "is"): a content holding one is a clause with a finite
 * verb ("said the talks would resume"), which reported speech usually is, where an object noun
 * phrase ("attacked Machado") is not.
 */
const AUXILIARIES: ReadonlySet<string> = new Set(
  FUNCTION_WORD_GROUPS.filter((g) => g.class === 'auxiliary').flatMap((g) => g.words),
);

const COMMA = 44;
const SEMICOLON = 59;

/** Whether text[from, to) holds a comma or semicolon (read by code, no slice: every token asks). */
function hasComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === SEMICOLON) return true;
  }
  return false;
}

/**
 * Plain arrays of small integers, not typed arrays: a sentence's counts run past the 64 bytes V8
 * keeps a typed array's store on the heap, and four stores allocated outside it per sentence cost
 * more than the counting.
 */
export function viewSentence(frame: Frame, s: Sentence): SentenceView {
  const n = s.tokens.length;
  const quotedBefore = [0];
  const auxiliariesBefore = [0];
  const commasBefore = [0];
  let quoted = 0;
  let auxiliaries = 0;
  let commas = 0;
  for (let k = 0; k < n; k++) {
    const tok = s.tokens[k]!;
    if (isMaskedWord(tok.norm)) quoted++;
    if (AUXILIARIES.has(tok.norm)) auxiliaries++;
    if (hasComma(frame.masked, tok.end, k + 1 < n ? s.tokens[k + 1]!.start : s.end)) commas++;
    quotedBefore.push(quoted);
    auxiliariesBefore.push(auxiliaries);
    commasBefore.push(commas);
  }
  const nextComma: number[] = new Array<number>(n + 1);
  nextComma[n] = n;
  for (let k = n - 1; k >= 0; k--)
    nextComma[k] = commasBefore[k + 1]! > commasBefore[k]! ? k : nextComma[k + 1]!;
  return {
    sentence: s,
    quotedBefore,
    auxiliariesBefore,
    commasBefore,
    nextComma,
    hasQuoteMark: hasQuoteMark(frame.masked, s.start, s.end),
    wordHashes: new Array<number | undefined>(n),
  };
}

/** The hash of token k's norm, or `missing` (a piece's hash) past either end of the sentence. */
function wordHash(view: SentenceView, k: number, missing: number): number {
  const tok = view.sentence.tokens[k];
  if (!tok) return missing;
  let hash = view.wordHashes[k];
  if (hash === undefined) view.wordHashes[k] = hash = h(tok.norm);
  return hash;
}

/**
 * The features of a cue word read in one direction, shared by all of its candidates there: the cue
 * word and its neighbours, how the existing rules read the cue (lexicon class, subject found and
 * how, the source's type and how often it speaks elsewhere in the article: `speech`, read once per
 * article), where it sits. Computed once per cue and direction; `index` is its sentence's.
 */
export function cueFeatures(
  frame: Frame,
  view: SentenceView,
  c: Candidate,
  speech: ArticleSpeech,
  index: number,
): number[] {
  const toks = view.sentence.tokens;
  const w = toks[c.token]!.norm;
  const hw = wordHash(view, c.token, NONE);
  const prev = wordHash(view, c.token - 1, START);
  const next = wordHash(view, c.token + 1, END);
  const next2 = wordHash(view, c.token + 2, END);
  const how = constantHash(howRead(c));
  const d = constantHash(c.direction);
  const salience = constantHash(speech.salienceOf(c.source?.speaker ?? null, c.event, index));
  return [
    f(T.bias),
    f(T.word, hw),
    f(T.previousAndWord, prev, hw),
    f(T.wordAndNext, hw, next),
    f(T.wordAndNextTwo, hw, next, next2),
    f(T.howAndWord, how, hw),
    f(T.stem, h(stem(w)), d),
    f(T.previous, prev, d),
    f(T.next, next, d),
    f(T.sourceType, constantHash(c.source?.speaker.type ?? (c.source ? 'unknown' : 'none')), d),
    f(T.punctuationAfter, h(punctAfter(frame, toks, c)), d),
    f(T.cuePosition, constantHash(cuePosition(c)), d),
    f(T.capitalisedPrevious, isCapitalised(toks[c.token - 1]?.text ?? '') ? YES : NO, d),
    f(T.subject, constantHash(c.event.subject?.kind ?? 'none'), d),
    f(T.sentenceQuoted, view.hasQuoteMark ? YES : NO, d),
    f(T.salience, salience, d),
    f(T.salienceAndHow, salience, how),
  ];
}

/**
 * The features of one candidate's span: its shape (direction, opening, closing), length, share
 * inside quotation marks, the words at its edges, and whether the rules' reported clause is it.
 * `edges` are its words' token range (tokenEdges).
 */
export function spanFeatures(
  frame: Frame,
  view: SentenceView,
  c: Candidate,
  ruleClauses: readonly Span[],
  edges: TokenEdges,
): number[] {
  const toks = view.sentence.tokens;
  const w = toks[c.token]!.norm;
  const hw = wordHash(view, c.token, NONE);
  const d = constantHash(c.direction);
  const shape = shapeHash(c);
  const cls = constantHash(SPEECH_VERB_FORMS.get(w)?.class ?? 'none');
  const { first, last } = edges;
  const words = constantHash(bucket(last - first));
  const rule = ruleClauses.some((r) => overlapShare(r, c) >= 0.8) ? SAME : NONE_WORD;
  const skipped =
    c.direction === 'after' && first > c.token + 1 ? joinedNormsHash(toks, c.token + 1, first) : NONE;
  const firstWord = wordHash(view, first, NONE);
  const closing = constantHash(c.closing);
  const auxiliary = view.auxiliariesBefore[last]! > view.auxiliariesBefore[first]! ? YES : NO;
  const features = [
    f(T.skipped, skipped, constantHash(c.opening)),
    f(T.wordAndSkipped, hw, skipped),
    f(T.endWord, wordHash(view, last, END), closing),
    f(T.firstWord, firstWord, d),
    f(T.wordAndShape, hw, shape),
    f(T.classAndShape, cls, shape),
    f(T.howAndShape, constantHash(howRead(c)), shape),
    f(T.shape, shape),
    f(T.lengthAndShape, words, shape),
    f(T.lengthAndWord, words, hw),
    f(T.quoted, constantHash(quotedBucket(quotedShare(view, edges))), d),
    f(T.ruleAndShape, rule, shape),
    f(T.ruleAndClass, rule, cls),
    f(T.lastCharacter, h(frame.masked[c.end - 1] ?? ''), d),
    f(T.auxiliaryAndShape, auxiliary, shape),
    f(T.commasAndShape, COMMA_COUNTS[Math.min(2, innerCommas(view, first, last))]!, shape),
    f(T.firstWordAndClass, firstWord, cls),
    f(T.afterInnerComma, innerCommaWord(view, first, last), closing),
  ];
  return boundaryFeatures(toks, view.nextComma, first, last, closing, features);
}

/** Commas inside the span's tokens first..last-1, not counting one right after its last word. */
function innerCommas(view: SentenceView, first: number, last: number): number {
  return last - 1 > first ? view.commasBefore[last - 1]! - view.commasBefore[first]! : 0;
}

/** Pieces every candidate reads, hashed once. */
const YES = h('y');
const NO = h('n');
const NONE = h('-');
const START = h('<s>');
const END = h('</s>');
const SAME = h('same');
const NONE_WORD = h('none');
const COMMA_COUNTS = ['0', '1', '2'].map(h);
const SLASH = '/';

/**
 * Hashes of the pieces drawn from small closed sets (directions, openings, closings, buckets,
 * verb classes), remembered: each candidate reads several. Open-class words are hashed afresh.
 */
const CONSTANT_HASHES = new Map<string, number>();
function constantHash(piece: string): number {
  let hash = CONSTANT_HASHES.get(piece);
  if (hash === undefined) CONSTANT_HASHES.set(piece, (hash = h(piece)));
  return hash;
}

/** The hash of "direction/opening/closing", continued part by part (no string joined per candidate). */
function shapeHash(c: Candidate): number {
  const head = hashOn(hashOn(constantHash(c.direction), SLASH), c.opening);
  return hashOn(hashOn(head, SLASH), c.closing);
}

/** The hashed word after the span's first inner comma ("X said the plan, | which …"), or of "-". */
function innerCommaWord(view: SentenceView, first: number, last: number): number {
  const k = view.nextComma[first]!;
  return k + 1 < last ? wordHash(view, k + 1, NONE) : NONE;
}

/** A span's words as tokens first..last-1 of its sentence. */
export interface TokenEdges {
  first: number;
  last: number;
}

/**
 * The token range of a span of the view's sentence, found once per candidate: its quoted share
 * and its features both read it, and each search is a halving over the sentence's tokens.
 */
export function tokenEdges(view: SentenceView, s: Span): TokenEdges {
  const toks = view.sentence.tokens;
  return { first: tokenAtOrAfter(toks, s.start), last: tokenAtOrAfter(toks, s.end) };
}

/** Share of the span's words that are masked quotation. */
export function quotedShare(view: SentenceView, { first, last }: TokenEdges): number {
  return last > first ? (view.quotedBefore[last]! - view.quotedBefore[first]!) / (last - first) : 0;
}

/** How the cue's source was read: by the rules' event, by the fallback, or not at all. */
function howRead(c: Candidate): string {
  if (c.event.speaker) return c.event.how;
  return c.source ? joinedPiece(FALLBACK, c.source.rule) : joinedPiece(UNRESOLVED, c.event.how);
}

/**
 * "fallback-" or "unresolved-" and a rule name, one string per pair: constantHash finds a string it
 * has seen at once, where a freshly joined one was hashed and compared in full for every candidate.
 */
const FALLBACK = new Map<string | null, string>();
const UNRESOLVED = new Map<string | null, string>();
function joinedPiece(memo: Map<string | null, string>, piece: string | null): string {
  let joined = memo.get(piece);
  if (joined === undefined)
    memo.set(piece, (joined = `${memo === FALLBACK ? 'fallback' : 'unresolved'}-${piece}`));
  return joined;
}

/** The first character after the cue word other than a space, or "none" up to the next word. */
function punctAfter(frame: Frame, toks: readonly Token[], c: Candidate): string {
  const to = toks[c.token + 1]?.start ?? c.sentence.end;
  for (let i = toks[c.token]!.end; i < to; i++) {
    const ch = frame.masked[i]!;
    if (ch.trim() !== '') return ch;
  }
  return 'none';
}

/** The hash of the words' norms joined by "_", continued word by word (no string joined per candidate). */
function joinedNormsHash(toks: readonly Token[], from: number, to: number): number {
  let hash = h(toks[from]!.norm);
  for (let k = from + 1; k < to; k++) hash = hashOn(hashOn(hash, '_'), toks[k]!.norm);
  return hash;
}

/** Where the cue sits in its sentence: first word, last words, or inside. */
function cuePosition(c: Candidate): string {
  const n = c.sentence.tokens.length;
  if (c.token === 0) return 'first';
  if (c.token >= n - 3) return 'last';
  return c.token < n / 2 ? 'early' : 'late';
}

/** A crude stem: the word without its inflection, so unseen forms share weight ("urges" ~ "urged"). */
function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s)$/u, '');
}

function overlapShare(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / Math.max(1, Math.max(a.end - a.start, b.end - b.start));
}

function bucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 5) return '3-5';
  if (n <= 10) return '6-10';
  if (n <= 20) return '11-20';
  if (n <= 40) return '21-40';
  return '41+';
}

function quotedBucket(q: number): string {
  if (q === 0) return '0';
  if (q < 0.3) return '<.3';
  if (q < 0.6) return '<.6';
  if (q < 0.95) return '<.95';
  return 'all';
}
