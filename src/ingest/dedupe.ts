import type { Article } from '../model/article.ts';
import type { CopyFinder, CopyIndex } from '../model/copies.ts';
import {
  articleSignature,
  decodeSignature,
  encodeSignature,
  SIGNATURE_SCHEME,
  shingleSignature,
  estimateSimilarity,
  isEmptySignature,
  SIGNATURE_SLOTS,
  type Signature,
} from './shingle-signature.ts';

/**
 * Exact and near-duplicate detection, pure. Exact duplicates share a SHA-256 of the canonical text;
 * near-duplicates (syndicated copies: one wire story re-published with a changed headline, a
 * corrected figure or different site chrome) share most of their word 5-gram shingles, estimated
 * by signatures (src/ingest/shingle-signature.ts) and found without comparing every pair by LSH banding.
 */

export {
  articleSignature,
  decodeSignature,
  encodeSignature,
  estimateSimilarity,
  isEmptySignature,
  SHINGLE_WORDS,
  SIGNATURE_SCHEME,
  SIGNATURE_SLOTS,
  type Signature,
  shingleSignature,
} from './shingle-signature.ts';

// Fetched, not imported: an ES import of node:crypto reads every export, and the lazy `webcrypto`
// one loads the Web Crypto API (~15 ms of a short run) that hashing does not use.
const { createHash } = process.getBuiltinModule('node:crypto');

/** Hex SHA-256 of the canonical text: the `contentHash` of an Article. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Estimated Jaccard similarity of word 5-gram shingle sets at or above which two articles are
 * syndicated copies of one another. One changed word alters 5 shingles, so 0.9 allows about one
 * edit per 100 words (a re-titled or corrected re-send), not a re-written paragraph; a copy cut to
 * 80% of the original scores 0.8 and is missed. Calibration on Reuters-21578 (19,043 stories,
 * 18,781 distinct texts; a scratch run listing pairs by band, re-run before changing): 148 pairs
 * ≥ 0.9, all 12 sampled a re-sent or re-titled version of one story; 66 pairs in 0.8–0.9, mostly
 * re-sends too but including templated items of different days (the Fed's daily repo notice with
 * other figures); 80 in 0.7–0.8, where unrelated templated notices (two companies' dividends) appear.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.9;
/**
 * LSH banding: a pair becomes a candidate when all rows of some band agree, with probability
 * 1-(1-s^rows)^bands. The index picks the most rows per band (fewest candidates) that still give this
 * recall at its threshold: for 0.9 that is 16 bands of 8 rows (recall 0.9999 at s = 0.9, 0.94 at
 * 0.7, 0.06 at 0.5), so unrelated pairs are rarely compared. Candidates are checked on the full signature.
 */
export const LSH_MIN_RECALL = 0.99;

/** Rows per LSH band for `threshold`: the largest divisor of the signature length meeting LSH_MIN_RECALL. */
export function getBandRows(threshold: number): number {
  for (let rows = SIGNATURE_SLOTS; rows > 1; rows /= 2) {
    const bands = SIGNATURE_SLOTS / rows;
    if (1 - (1 - threshold ** rows) ** bands >= LSH_MIN_RECALL) return rows;
  }
  return 1;
}

/** One 32-bit key per band: equal bands give equal keys; rare key collisions only add candidates. */
function bandKey(signature: Signature, from: number, to: number): number {
  let h = from;
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ signature[i]!, 0x9e3779b1);
    h ^= h >>> 15;
  }
  return h;
}

export interface NearDuplicate {
  id: string;
  similarity: number;
}

/**
 * An LSH index over MinHash signatures: `query` returns the stored ids whose estimated similarity is
 * at least the threshold, comparing only with ids that share a band, so a batch is not quadratic.
 */
export class NearDuplicateIndex {
  readonly threshold: number;
  private readonly rows: number;
  private readonly bands: Map<number, string[]>[] = [];
  private readonly signatures = new Map<string, Signature>();

  constructor(threshold = NEAR_DUPLICATE_SIMILARITY) {
    this.threshold = threshold;
    this.rows = getBandRows(threshold);
    for (let b = 0; b < SIGNATURE_SLOTS / this.rows; b++) this.bands.push(new Map());
  }

  get size(): number {
    return this.signatures.size;
  }

  has(id: string): boolean {
    return this.signatures.has(id);
  }

  /** Index `signature` under `id`. Empty signatures are not indexed: they match nothing. */
  add(id: string, signature: Signature): void {
    if (this.signatures.has(id)) throw new RangeError(`near-duplicate index: id ${id} is already indexed`);
    if (isEmptySignature(signature)) return;
    this.signatures.set(id, signature);
    this.bands.forEach((band, b) => {
      const key = bandKey(signature, b * this.rows, (b + 1) * this.rows);
      const bucket = band.get(key);
      if (bucket) bucket.push(id);
      else band.set(key, [id]);
    });
  }

  /** Indexed ids at or above the threshold, most similar first (ties by id, for stable output). */
  query(signature: Signature): NearDuplicate[] {
    if (isEmptySignature(signature)) return [];
    const seen = new Set<string>();
    const out: NearDuplicate[] = [];
    for (let b = 0; b < this.bands.length; b++) {
      const bucket = this.bands[b]!.get(bandKey(signature, b * this.rows, (b + 1) * this.rows));
      if (!bucket) continue;
      for (const id of bucket) {
        if (seen.has(id)) continue;
        seen.add(id);
        const similarity = estimateSimilarity(signature, this.signatures.get(id)!);
        if (similarity >= this.threshold) out.push({ id, similarity });
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** Adds `link` to `links` unless that article is already linked. */
export function addSyndicationLink(links: Article['syndicated'], link: Article['syndicated'][number]): void {
  if (!links.some((l) => l.article === link.article)) links.push(link);
}

/**
 * Marks duplicates within one in-memory batch, for runs without a store. Returns new articles in
 * the same order: an exact copy (same `contentHash`) of an earlier article gets `duplicateOf` set to
 * it and is not compared further; near-duplicates are linked in `syndicated` both ways. Links the
 * articles already carry are kept.
 */
export function markDuplicates(
  articles: readonly Article[],
  threshold = NEAR_DUPLICATE_SIMILARITY,
): Article[] {
  const out = articles.map((a) => ({ ...a, syndicated: a.syndicated.map((l) => ({ ...l })) }));
  const byId = new Map<string, Article>();
  const firstByHash = new Map<string, string>();
  const index = new NearDuplicateIndex(threshold);
  for (const article of out) {
    const original = firstByHash.get(article.contentHash);
    if (original !== undefined) {
      article.duplicateOf = original;
      continue;
    }
    firstByHash.set(article.contentHash, article.id);
    const signature = articleSignature(article);
    for (const match of index.query(signature)) {
      if (match.id === article.id) continue; // a same-named different text: ids cannot tell them apart
      addSyndicationLink(article.syndicated, { article: match.id, similarity: match.similarity });
      addSyndicationLink(byId.get(match.id)!.syndicated, {
        article: article.id,
        similarity: match.similarity,
      });
    }
    if (!byId.has(article.id)) {
      byId.set(article.id, article);
      index.add(article.id, signature);
    }
  }
  return out;
}

/**
 * Near-duplicate detection as a store uses it (src/model/copies.ts): signatures travel as bytes,
 * the index is this module's LSH index at NEAR_DUPLICATE_SIMILARITY.
 */
export const NEAR_DUPLICATES: CopyFinder = {
  scheme: SIGNATURE_SCHEME,
  signatureOf: (article) => encodeSignature(shingleSignature(article.text, article.boilerplate)),
  newIndex(): CopyIndex {
    const index = new NearDuplicateIndex();
    return {
      has: (id) => index.has(id),
      add: (id, signature) => index.add(id, decodeSignature(signature)),
      query: (signature) => index.query(decodeSignature(signature)),
    };
  },
};
