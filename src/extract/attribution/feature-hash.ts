/**
 * Features are named by a hash of their template and the words they read (template "word and
 * next" with "said", "that"), computed without building a string: the model is scored on every
 * cue of every article, and joining and hashing a fresh string per feature cost more than the rest
 * of the model. Each piece is hashed once (`pieceHash`, FNV-1a over UTF-16 code units) and a
 * feature mixes its template number with its pieces' hashes; the result is cut to 30 bits so it
 * stays a small integer. Collisions among the ~20,000 kept features are rare and only merge two
 * weights.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const GOLDEN = 0x9e3779b1;
const HASH_MASK = 0x3fffffff;

/** The hash of one piece a feature reads (a word, a shape, a bucket). */
export function pieceHash(s: string): number {
  return pieceHashOn(FNV_OFFSET, s);
}

/**
 * The hash of a piece that goes on with `s`, given the hash `h` of its start: pieceHash(a + b) is
 * pieceHashOn(pieceHash(a), b), so a piece made of parts is hashed without joining them.
 */
export function pieceHashOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Folds one 32-bit value into the running hash; the shift brings high bits down before the mask. */
function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, GOLDEN);
  return h ^ (h >>> 15);
}

/** The feature of template number `template` (see features.ts) reading pieces of these hashes. */
export function featureOf(template: number, a = 0, b = 0, c = 0): number {
  return mix(mix(mix(mix(FNV_OFFSET, template), a), b), c) & HASH_MASK;
}
