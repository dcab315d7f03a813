import type { Sentence } from '../speakers/frame.ts';
import { isSpaceCode } from '../../nlp/space-codes.ts';
import { featureOf as f, pieceHash as h } from './feature-hash.ts';

/**
 * A token tagger for attributed content: each word of a sentence holding a cue word is tagged
 * inside (1) or outside (0) some attribution's content, by a first-order structured perceptron
 * decoded with Viterbi (tagger-training.ts learns it on PolNeAR train). It reads the whole
 * sentence at once — where the nearest cues lie on either side, the commas and quotation marks in
 * between — so its runs say where contents start and end in a way a single cue's candidates
 * cannot; the ranker reads its agreement with each candidate as evidence (features.ts).
 */

/** Template numbers of the tagger's own features (its weights are a table of their own). */
const T = {
  bias: 1,
  word: 2,
  previousWord: 3,
  nextWord: 4,
  shape: 5,
  cueLeft: 6,
  cueRight: 7,
  cueLeftWord: 8,
  cueLeftAndWord: 9,
  cueLeftCommas: 10,
  cueRightCommas: 11,
  punctuationBefore: 12,
  punctuationAfter: 13,
  punctuationBeforeAndCue: 14,
  isCue: 15,
  previousAndCueLeft: 16,
  position: 17,
  cueRightWord: 18,
  shapeAndCueLeft: 19,
  transition: 20,
} as const;

/** Transition features, indexed by previous tag * 2 + tag; tag -1 before the first word is 4 + tag. */
export const TRANSITIONS: readonly number[] = [
  f(T.transition, 0),
  f(T.transition, 1),
  f(T.transition, 2),
  f(T.transition, 3),
  f(T.transition, 4),
  f(T.transition, 5),
];
/** The transition out of the last word into the sentence's end, from tag 0 or 1. */
export const ENDS: readonly number[] = [f(T.transition, 6), f(T.transition, 7)];

/** A distance in words, bucketed: 1, 2, 3, 4–6, 7–12, more; 0 means no cue on that side. */
function distanceBucket(d: number): number {
  if (d <= 0) return 0;
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 12) return 5;
  return 6;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The hash of the punctuation between two tokens (masked[from, to) without spaces, at most three
 * characters): pieceHash of that string, computed by code with no string made (every word asks).
 */
function gapHash(masked: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  let kept = 0;
  for (let i = from; i < to && kept < 3; i++) {
    const c = masked.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    hash = Math.imul(hash ^ c, FNV_PRIME);
    kept++;
  }
  return hash;
}

/** A word's shape: masked quotation (all x), capitalised, starting with a digit, or lower case. */
function shapeOf(text: string, norm: string): number {
  let masked = norm.length > 0;
  for (let i = 0; i < norm.length && masked; i++) masked = norm.charCodeAt(i) === 120;
  if (masked) return 1;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 2;
  if ((c >= 65 && c <= 90) || (c >= 128 && text[0] !== text[0]!.toLowerCase())) return 3;
  return 4;
}

const COMMA = 44;
const SEMICOLON = 59;

/**
 * Calls `emit(k, feature)` for each feature of each word k (the features of tag 1; tag 0 has
 * none, so a word's score is its features' sum when inside and 0 when outside). `cues` are the
 * sentence's cue word indices, in order. One pass, no array per word: extraction tags every
 * sentence whose cues have candidates, and training collects the same features (tokenFeatures).
 */
export function forEachTokenFeature(
  masked: string,
  s: Sentence,
  cues: readonly number[],
  emit: (k: number, feature: number) => void,
): void {
  const toks = s.tokens;
  const n = toks.length;
  const words = new Array<number>(n);
  const shapes = new Array<number>(n);
  // commas[k]: gaps after words before k holding a comma or semicolon.
  const commas = new Array<number>(n + 1);
  commas[0] = 0;
  for (let k = 0; k < n; k++) {
    const tok = toks[k]!;
    shapes[k] = shapeOf(tok.text, tok.norm);
    words[k] = h(tok.norm);
    let c = 0;
    const end = k + 1 < n ? toks[k + 1]!.start : s.end;
    for (let i = toks[k]!.end; i < end; i++) {
      const code = masked.charCodeAt(i);
      if (code === COMMA || code === SEMICOLON) c = 1;
    }
    commas[k + 1] = commas[k]! + c;
  }
  // The hash of the nearest cue word to the left.
  let leftWord = 0;
  let left = -1;
  let right = 0;
  let cueAt = 0;
  let gapBefore = gapHash(masked, s.start, n > 0 ? toks[0]!.start : s.end);
  for (let k = 0; k < n; k++) {
    while (right < cues.length && cues[right]! <= k) right++;
    const isCue = cueAt < cues.length && cues[cueAt] === k ? 1 : 0;
    if (isCue) cueAt++;
    const r = right < cues.length ? cues[right]! : -1;
    const l = left;
    const dl = l >= 0 ? distanceBucket(k - l) : 0;
    const dr = r >= 0 ? distanceBucket(r - k) : 0;
    const w = words[k]!;
    const prev = k > 0 ? words[k - 1]! : 1;
    const next = k + 1 < n ? words[k + 1]! : 2;
    const shape = shapes[k]!;
    const cl = l >= 0 ? Math.min(2, commas[k]! - commas[l + 1]!) : 3;
    const cr = r >= 0 ? Math.min(2, commas[r]! - commas[k + 1]!) : 3;
    const pb = gapBefore;
    const gapAfter = gapHash(masked, toks[k]!.end, k + 1 < n ? toks[k + 1]!.start : s.end);
    const position = k === 0 ? 0 : k === n - 1 ? 1 : 2 + Math.floor((4 * k) / n);
    emit(k, f(T.bias));
    emit(k, f(T.word, w));
    emit(k, f(T.previousWord, prev));
    emit(k, f(T.nextWord, next));
    emit(k, f(T.shape, shape));
    emit(k, f(T.cueLeft, dl));
    emit(k, f(T.cueRight, dr));
    emit(k, f(T.cueLeftWord, dl, leftWord));
    emit(k, f(T.cueLeftAndWord, dl, w));
    emit(k, f(T.cueLeftCommas, dl, cl));
    emit(k, f(T.cueRightCommas, dr, cr));
    emit(k, f(T.punctuationBefore, pb));
    emit(k, f(T.punctuationAfter, gapAfter));
    emit(k, f(T.punctuationBeforeAndCue, pb, dl, dr));
    emit(k, f(T.isCue, isCue, w));
    emit(k, f(T.previousAndCueLeft, prev, dl));
    emit(k, f(T.position, position));
    emit(k, f(T.cueRightWord, dr, r >= 0 ? words[r]! : 0));
    emit(k, f(T.shapeAndCueLeft, shape, dl, cl));
    if (isCue) {
      left = k;
      leftWord = h(toks[k]!.norm);
    }
    gapBefore = gapAfter;
  }
}

/** Each word's features, as arrays (for training: forEachTokenFeature's features, collected). */
export function tokenFeatures(masked: string, s: Sentence, cues: readonly number[]): number[][] {
  const out: number[][] = s.tokens.map(() => []);
  forEachTokenFeature(masked, s, cues, (k, x) => out[k]!.push(x));
  return out;
}

/**
 * The best-scoring tag sequence (Viterbi over two tags) given each word's inside score and the
 * transition weights `trans` (TRANSITIONS' order) and `ends`.
 */
export function decodeTags(
  inside: ArrayLike<number>,
  trans: readonly number[],
  ends: readonly number[],
): Uint8Array {
  const n = inside.length;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(2 * n);
  let s0 = trans[4]!;
  let s1 = trans[5]! + inside[0]!;
  for (let k = 1; k < n; k++) {
    const a0 = s0 + trans[0]!;
    const b0 = s1 + trans[2]!;
    const a1 = s0 + trans[1]!;
    const b1 = s1 + trans[3]!;
    back[2 * k] = b0 > a0 ? 1 : 0;
    back[2 * k + 1] = b1 > a1 ? 1 : 0;
    s0 = Math.max(a0, b0);
    s1 = Math.max(a1, b1) + inside[k]!;
  }
  let tag = s1 + ends[1]! > s0 + ends[0]! ? 1 : 0;
  for (let k = n - 1; k >= 0; k--) {
    tags[k] = tag;
    if (k > 0) tag = back[2 * k + tag]!;
  }
  return tags;
}

/** Tags a sentence with weights read through `weightOf` (a trained Map or the shipped table). */
export function tagSentence(
  masked: string,
  s: Sentence,
  cues: readonly number[],
  weightOf: (feature: number) => number,
): Uint8Array {
  const inside = new Float64Array(s.tokens.length);
  forEachTokenFeature(masked, s, cues, (k, x) => {
    inside[k] = inside[k]! + weightOf(x);
  });
  return decodeTags(inside, TRANSITIONS.map(weightOf), ENDS.map(weightOf));
}
