import type { Article } from '../model/article.ts';
import type { Span } from '../model/span.ts';

/**
 * Near-duplicate signatures of texts, pure: a fixed-size summary of a text's word 5-gram shingles
 * such that the share of equal slots of two signatures estimates the Jaccard similarity of their
 * shingle sets (MinHash family). src/ingest/dedupe.ts indexes them; stores persist them.
 */

/** Signature length in slots. Standard error of the estimate is about sqrt(J(1-J)/128): 0.027 at J = 0.9. */
export const SIGNATURE_SLOTS = 128;
/** Words per shingle. 5-grams are the usual choice for news: rare enough to not collide by chance. */
export const SHINGLE_WORDS = 5;
/**
 * Names how signatures are computed (hashing, word definition, shingle size, slots). Stores persist
 * it beside each signature and recompute signatures made under another scheme; change it whenever
 * any of those change, or stored and new signatures stop being comparable.
 */
export const SIGNATURE_SCHEME = 'oph-densified-128/word5/v1';
/** A MinHash-style signature: one minimum per slot. All-ones when the text had no words. */
export type Signature = Uint32Array;

const EMPTY_SLOT = 0xffffffff;
const SIGN_BIT = -0x80000000;
/** log2(SIGNATURE_SLOTS): the top bits of a shingle hash pick its slot. */
const SLOT_BITS = 7;

/**
 * What a word is for signatures: a maximal run of letters, digits and combining marks, joined across
 * a straight or typographic apostrophe followed by a letter ("mayor’s" is one word). Deliberately
 * not src/nlp/tokens.ts: signatures are persisted, so their notion of a word must change only with
 * SIGNATURE_SCHEME, not whenever the shared tokenizer is improved. Scanned by hand, not by regex:
 * the scan is 3x faster on Reuters-21578 and allocates only for non-ASCII words.
 */
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const COMBINING_MARKS = /\p{M}+/gu;
const CLASS_LETTER = 1;
const CLASS_DIGIT = 2;
const CLASS_OTHER = 3;
/** Memo of the class of each BMP code unit (0 = not yet looked up): a pure cache, same answers either way. */
const BMP_CLASSES = new Uint8Array(0x10000);

function classifyCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return LETTER.test(char) ? CLASS_LETTER : DIGIT.test(char) ? CLASS_DIGIT : CLASS_OTHER;
}

/** Classes of the ASCII characters, for the scanner's fast path. */
const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, c) => classifyCodePoint(c));

/** Whether a surrogate pair starts at `i`. */
function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** The class of the character at `i` (a whole surrogate pair if one starts there; a lone surrogate is OTHER). */
function classAt(text: string, i: number): number {
  if (isPairAt(text, i)) return classifyCodePoint(text.codePointAt(i)!);
  const c = text.charCodeAt(i);
  let cls = BMP_CLASSES[c]!;
  if (cls === 0) {
    cls = c >= 0xd800 && c <= 0xdfff ? CLASS_OTHER : classifyCodePoint(c);
    BMP_CLASSES[c] = cls;
  }
  return cls;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 39;
const TYPOGRAPHIC_APOSTROPHE = 0x2019;

/** FNV-1a over UTF-16 code units of a folded (lower-case, diacritic-free) word. */
function hashFoldedWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Case, diacritics and the typographic apostrophe ignored, so a re-typeset copy shingles like the original. */
function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/\u2019/g, "'");
}

/** Order-sensitive mix of consecutive word hashes into one well-spread 32-bit shingle hash. */
function hashShingle(words: Int32Array, from: number, to: number): number {
  let h = 0x9e3779b9;
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ words[i]!, 0x85ebca6b);
    h ^= h >>> 13;
  }
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Hashes of the folded words of `text`, skipping words that overlap the `exclude` ranges (site
 * chrome), in a shared buffer valid until the next call. ASCII words are folded while hashing (the
 * common case, no allocation); others are sliced and folded first: both give the same hash.
 */
function hashWords(text: string, exclude: readonly Span[]): Int32Array {
  const ranges = [...exclude].sort((a, b) => a.start - b.start);
  const out = getScratch((text.length >> 1) + 1); // words and separators alternate: at most ⌈n/2⌉ words
  let count = 0;
  let r = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? ASCII_CLASSES[c] === CLASS_OTHER : classAt(text, i) === CLASS_OTHER) {
      i += isPairAt(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    let isAscii = true;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const cls = c < 0x80 ? ASCII_CLASSES[c]! : classAt(text, i);
      if (cls === CLASS_LETTER || cls === CLASS_DIGIT) {
        if (c < 0x80) h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
        else isAscii = false;
        i += c >= 0xd800 && isPairAt(text, i) ? 2 : 1;
      } else if (
        (c === APOSTROPHE || c === TYPOGRAPHIC_APOSTROPHE) &&
        i + 1 < text.length &&
        classAt(text, i + 1) === CLASS_LETTER
      ) {
        h = Math.imul(h ^ APOSTROPHE, FNV_PRIME);
        i++;
      } else break;
    }
    while (r < ranges.length && ranges[r]!.end <= start) r++;
    if (r < ranges.length && ranges[r]!.start < i) continue;
    out[count++] = isAscii ? h : hashFoldedWord(foldWord(text.slice(start, i)));
  }
  return out.subarray(0, count);
}

/** Reused buffer for word hashes: allocating one per text made the GC a third of the signature cost. */
let scratch = new Int32Array(1 << 14);

/** A buffer of at least `length` slots, valid until the next call (callers use it synchronously). */
function getScratch(length: number): Int32Array {
  if (scratch.length < length) scratch = new Int32Array(Math.max(length, scratch.length * 2));
  return scratch;
}

/** A fixed pseudo-random slot for densification attempt `attempt` of empty slot `slot`. */
function densifySource(slot: number, attempt: number): number {
  let h = Math.imul(slot + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> (32 - SLOT_BITS);
}

/**
 * Signature of the word 5-gram shingles of `text`, ignoring the `exclude` ranges. One-permutation
 * hashing: the top 7 bits of each shingle hash pick one of 128 slots, which keeps its minimum; empty
 * slots then copy a slot chosen by a fixed random probe sequence ("optimal densification",
 * Shrivastava 2017), so equal slots still estimate Jaccard similarity. One hash per shingle instead
 * of 128: signatures for Reuters-21578 (16 MB) take ~0.2 s instead of ~1 s. Measured error equals
 * 128-permutation MinHash within 0.005 RMSE for sets of 50–1000 shingles (0.024 at J = 0.9, 300 shingles).
 * A text shorter than one shingle is one shingle; a text with no words gets the empty signature,
 * which never matches anything.
 */
export function shingleSignature(text: string, exclude: readonly Span[] = []): Signature {
  const words = hashWords(text, exclude);
  if (words.length === 0) return new Uint32Array(SIGNATURE_SLOTS).fill(EMPTY_SLOT);
  // Minima kept as signed ints with the sign bit flipped (same order as unsigned): V8 keeps int32
  // arithmetic unboxed, where unsigned values above 2^31 would become doubles. ~3x faster.
  const minima = new Int32Array(SIGNATURE_SLOTS).fill(EMPTY_SLOT ^ SIGN_BIT);
  const shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let s = 0; s < shingles; s++) {
    const x = hashShingle(words, s, Math.min(words.length, s + SHINGLE_WORDS));
    const slot = x >>> (32 - SLOT_BITS);
    const flipped = x ^ SIGN_BIT;
    if (flipped < minima[slot]!) minima[slot] = flipped;
  }
  const raw = new Uint32Array(SIGNATURE_SLOTS);
  for (let i = 0; i < SIGNATURE_SLOTS; i++) raw[i] = (minima[i]! ^ SIGN_BIT) >>> 0;
  return densify(raw);
}

/** Probes before falling back to a scan; with one filled slot of 128 a miss is (127/128)^8192 ≈ 1e-28. */
const MAX_DENSIFY_ATTEMPTS = 8192;

/** Fills each empty slot from the first non-empty slot of its fixed probe sequence. */
function densify(raw: Signature): Signature {
  const out = raw.slice();
  for (let slot = 0; slot < raw.length; slot++) {
    if (raw[slot] !== EMPTY_SLOT) continue;
    let source = slot;
    for (let attempt = 1; attempt <= MAX_DENSIFY_ATTEMPTS; attempt++) {
      source = densifySource(slot, attempt);
      if (raw[source] !== EMPTY_SLOT) break;
    }
    // The probe sequence missed every filled slot (astronomically rare): scan, deterministically.
    while (raw[source] === EMPTY_SLOT) source = (source + 1) % raw.length;
    out[slot] = raw[source]!;
  }
  return out;
}

/** The signature of an article's text with its boilerplate left out: chrome differs between sites. */
export function articleSignature(article: Pick<Article, 'text' | 'boilerplate'>): Signature {
  return shingleSignature(article.text, article.boilerplate);
}

/** True for the signature of a text without words. */
export function isEmptySignature(signature: Signature): boolean {
  for (let i = 0; i < signature.length; i++) if (signature[i] !== EMPTY_SLOT) return false;
  return true;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal slots. 0 if either is empty. */
export function estimateSimilarity(a: Signature, b: Signature): number {
  if (a.length !== b.length) throw new RangeError(`signature lengths differ: ${a.length} vs ${b.length}`);
  if (isEmptySignature(a) || isEmptySignature(b)) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** Whether typed arrays are little-endian here (all mainstream hosts): then encoding is a plain copy. */
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Little-endian bytes of a signature, for storage. */
export function encodeSignature(signature: Signature): Uint8Array {
  if (IS_LITTLE_ENDIAN) return new Uint8Array(signature.slice().buffer);
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < signature.length; i++) view.setUint32(i * 4, signature[i]!, true);
  return bytes;
}

/** The signature stored by `encodeSignature`. */
export function decodeSignature(bytes: Uint8Array): Signature {
  if (bytes.length !== SIGNATURE_SLOTS * 4) {
    throw new RangeError(`a stored signature has ${bytes.length} bytes, expected ${SIGNATURE_SLOTS * 4}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = new Uint32Array(SIGNATURE_SLOTS);
  for (let i = 0; i < signature.length; i++) signature[i] = view.getUint32(i * 4, true);
  return signature;
}
