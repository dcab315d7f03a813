import type { Span } from '../../../model/span.ts';
import { textIndexKeys } from './index-keys.ts';

/**
 * A BM25 index over sentence spans, in typed arrays so a million sentences fit in a few hundred MB.
 * Terms are the keys of terms.ts (Porter stems, synonym groups, countries; closed-class words left
 * out). Posting lists are impact-ordered (highest BM25 contribution first) and a per-sentence
 * forward list of term ids is kept, so a look-up does bounded work at any corpus size:
 * 1. the query's rarest terms are read from their posting lists, at most POSTINGS_BUDGET postings
 *    in all (rare terms pick the candidates; impact order puts the best postings first);
 * 2. the terms too frequent for the budget are not scanned: the CANDIDATE_POOL best sentences of
 *    step 1 are checked for them in their forward lists (a binary search), which scores them exactly.
 * Accumulators live in a small hash table, not an array the size of the corpus, so they stay in cache.
 */

/** BM25 term-frequency saturation and length normalisation (the usual Robertson defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Impacts are quantised to a byte; 255 is the largest possible impact, k1 + 1. */
const IMPACT_LEVELS = 255;
/**
 * Postings read per look-up, rarest terms first. Swept 1k–30k with bench/provenance.ts (1,000
 * perturbed Reuters quotes): at 10,000 the source is in the top 10 for ~97 % of look-ups at 1M
 * sentences (99 % at 30k, but look-ups then grow ~7× from 10k to 1M; 91 % at 3k). Re-run to change.
 */
export const POSTINGS_BUDGET = 10_000;
/**
 * The rarest terms always read (each up to the budget), so a quote that dropped or reworded its
 * rarest word still reaches its source through the next one.
 */
export const MIN_SCANNED_TERMS = 2;
/** Sentences, best by the scanned terms, that get the frequent terms' exact scores. */
export const CANDIDATE_POOL = 100;

/** Where an indexed sentence lives: the caller's document number and the span in its text. */
export interface SentenceRef extends Span {
  doc: number;
}

export interface SentenceHit {
  sentence: number;
  score: number;
}

export interface SearchOptions {
  /** Extra query keys with their weight (context words, expansions). */
  weightedKeys?: readonly { key: string; weight: number }[];
  /** Only sentences for which this returns true are returned. */
  allow?: (sentence: number) => boolean;
  /** Add the neutral forms of hardened words to the query (default true). */
  expand?: boolean;
  /** Postings to read before switching to forward-list checks (default POSTINGS_BUDGET). */
  budget?: number;
}

/** Collects sentences, then freezes them into a SentenceIndex. */
export class SentenceIndexBuilder {
  private vocab = new Map<string, number>();
  private fwdIds = new Int32Array(1 << 16);
  private fwdTf = new Uint16Array(1 << 16);
  private fwdLen = 0;
  private sentStart: number[] = [];
  private sentDoc: number[] = [];
  private sentFrom: number[] = [];
  private sentTo: number[] = [];
  private sentLen: number[] = [];

  /** Index the spans of one document's text; the text itself is not kept. */
  add(doc: number, text: string, spans: readonly Span[]): void {
    const counts = new Map<number, number>();
    for (const span of spans) {
      counts.clear();
      const keys = textIndexKeys(text, span.start, span.end);
      for (const key of keys) {
        let id = this.vocab.get(key);
        if (id === undefined) {
          id = this.vocab.size;
          this.vocab.set(key, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      this.sentStart.push(this.fwdLen);
      this.sentDoc.push(doc);
      this.sentFrom.push(span.start);
      this.sentTo.push(span.end);
      this.sentLen.push(keys.length);
      for (const id of [...counts.keys()].sort((a, b) => a - b)) this.pushPosting(id, counts.get(id)!);
    }
  }

  private pushPosting(id: number, tf: number): void {
    if (this.fwdLen === this.fwdIds.length) {
      const ids = new Int32Array(this.fwdIds.length * 2);
      ids.set(this.fwdIds);
      this.fwdIds = ids;
      const tfs = new Uint16Array(this.fwdTf.length * 2);
      tfs.set(this.fwdTf);
      this.fwdTf = tfs;
    }
    this.fwdIds[this.fwdLen] = id;
    this.fwdTf[this.fwdLen] = Math.min(tf, 65535);
    this.fwdLen++;
  }

  build(): SentenceIndex {
    const n = this.sentDoc.length;
    const v = this.vocab.size;
    const df = new Int32Array(v + 1);
    for (let i = 0; i < this.fwdLen; i++) df[this.fwdIds[i]!]!++;
    const offsets = new Int32Array(v + 1);
    for (let t = 0; t < v; t++) offsets[t + 1] = offsets[t]! + df[t]!;
    const lens = Int32Array.from(this.sentLen);
    let total = 0;
    for (let i = 0; i < n; i++) total += lens[i]!;
    const avgLen = n > 0 ? Math.max(1, total / n) : 1;
    const postDoc = new Int32Array(this.fwdLen);
    const postImpact = new Uint8Array(this.fwdLen);
    const fill = offsets.slice(0, v);
    for (let s = 0; s < n; s++) {
      const from = this.sentStart[s]!;
      const to = s + 1 < n ? this.sentStart[s + 1]! : this.fwdLen;
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * lens[s]!) / avgLen);
      for (let i = from; i < to; i++) {
        const t = this.fwdIds[i]!;
        const tf = this.fwdTf[i]!;
        const impact = (tf * (BM25_K1 + 1)) / (tf + norm);
        const at = fill[t]!++;
        postDoc[at] = s;
        postImpact[at] = Math.max(1, Math.round((impact / (BM25_K1 + 1)) * IMPACT_LEVELS));
      }
    }
    sortByImpact(offsets, postDoc, postImpact);
    const fwdOffsets = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) fwdOffsets[s] = this.sentStart[s]!;
    fwdOffsets[n] = this.fwdLen;
    const index = new SentenceIndex({
      vocab: this.vocab,
      offsets,
      postDoc,
      postImpact,
      fwdOffsets,
      fwdIds: this.fwdIds.slice(0, this.fwdLen),
      fwdTf: this.fwdTf.slice(0, this.fwdLen),
      lens,
      avgLen,
      doc: Int32Array.from(this.sentDoc),
      from: Int32Array.from(this.sentFrom),
      to: Int32Array.from(this.sentTo),
    });
    this.fwdIds = new Int32Array(0);
    this.fwdTf = new Uint16Array(0);
    this.vocab = new Map();
    return index;
  }
}

/** Sort each posting list by impact, highest first (ties by sentence), in place. */
function sortByImpact(offsets: Int32Array, postDoc: Int32Array, postImpact: Uint8Array): void {
  let longest = 0;
  for (let t = 0; t + 1 < offsets.length; t++) longest = Math.max(longest, offsets[t + 1]! - offsets[t]!);
  const packed = new Float64Array(longest);
  for (let t = 0; t + 1 < offsets.length; t++) {
    const from = offsets[t]!;
    const len = offsets[t + 1]! - from;
    if (len < 2) continue;
    for (let i = 0; i < len; i++)
      packed[i] = (IMPACT_LEVELS - postImpact[from + i]!) * 2 ** 32 + postDoc[from + i]!;
    const view = packed.subarray(0, len).sort();
    for (let i = 0; i < len; i++) {
      const x = view[i]!;
      const q = Math.floor(x / 2 ** 32);
      postImpact[from + i] = IMPACT_LEVELS - q;
      postDoc[from + i] = x - q * 2 ** 32;
    }
  }
}

interface IndexData {
  vocab: Map<string, number>;
  offsets: Int32Array;
  postDoc: Int32Array;
  postImpact: Uint8Array;
  /** Forward lists: sentence s's term ids (sorted) and frequencies at [fwdOffsets[s], fwdOffsets[s+1]). */
  fwdOffsets: Int32Array;
  fwdIds: Int32Array;
  fwdTf: Uint16Array;
  lens: Int32Array;
  avgLen: number;
  doc: Int32Array;
  from: Int32Array;
  to: Int32Array;
}

export class SentenceIndex {
  private readonly data: IndexData;
  /** Open-addressing accumulator (sentence → partial score), small enough to stay in cache. */
  private accKeys = new Int32Array(0);
  private accVals = new Float32Array(0);
  private used = new Int32Array(0);

  constructor(data: IndexData) {
    this.data = data;
  }

  get size(): number {
    return this.data.doc.length;
  }

  get postings(): number {
    return this.data.postDoc.length;
  }

  ref(sentence: number): SentenceRef {
    return { doc: this.data.doc[sentence]!, start: this.data.from[sentence]!, end: this.data.to[sentence]! };
  }

  /** Inverse document frequency of a key (0 when unknown), BM25's probabilistic form. */
  idf(key: string): number {
    const id = this.data.vocab.get(key);
    if (id === undefined) return 0;
    const df = this.data.offsets[id + 1]! - this.data.offsets[id]!;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** The `k` best sentences for a query text (see the file comment for the bounded-work scheme). */
  search(query: string, k: number, options: SearchOptions = {}): SentenceHit[] {
    const weights = new Map<string, number>();
    for (const key of textIndexKeys(query, 0, query.length, options.expand ?? true)) {
      weights.set(key, Math.max(weights.get(key) ?? 0, 1));
    }
    for (const { key, weight } of options.weightedKeys ?? []) {
      weights.set(key, Math.max(weights.get(key) ?? 0, weight));
    }
    return this.searchKeys(weights, k, options.allow, options.budget ?? POSTINGS_BUDGET);
  }

  private ensureAccumulator(budget: number): number {
    let cap = 1024;
    while (cap < budget * 2 && cap < this.size * 2) cap *= 2;
    if (this.accKeys.length < cap) {
      this.accKeys = new Int32Array(cap).fill(-1);
      this.accVals = new Float32Array(cap);
      this.used = new Int32Array(cap);
    }
    return this.accKeys.length - 1;
  }

  private searchKeys(
    weights: Map<string, number>,
    k: number,
    allow: ((s: number) => boolean) | undefined,
    postingsBudget: number,
  ): SentenceHit[] {
    const { vocab, offsets, postDoc, postImpact } = this.data;
    const terms: { id: number; df: number; w: number }[] = [];
    for (const [key, weight] of weights) {
      const id = vocab.get(key);
      if (id === undefined) continue;
      const df = offsets[id + 1]! - offsets[id]!;
      terms.push({ id, df, w: weight * Math.log(1 + (this.size - df + 0.5) / (df + 0.5)) });
    }
    terms.sort((a, b) => a.df - b.df || a.id - b.id);
    const cap = Math.min(postingsBudget, this.size);
    const mask = this.ensureAccumulator(cap * MIN_SCANNED_TERMS);
    const keys = this.accKeys;
    const vals = this.accVals;
    const used = this.used;
    let nUsed = 0;
    let budget = cap;
    let scanned = 0;
    const checked: typeof terms = [];
    for (const t of terms) {
      if (scanned >= MIN_SCANNED_TERMS && t.df > budget) {
        checked.push(t);
        continue;
      }
      scanned++;
      const scale = (t.w * (BM25_K1 + 1)) / IMPACT_LEVELS;
      const from = offsets[t.id]!;
      const to = from + Math.min(t.df, cap, used.length - nUsed);
      for (let i = from; i < to; i++) {
        const s = postDoc[i]!;
        let slot = Math.imul(s, 0x9e3779b1) & mask;
        while (keys[slot] !== -1 && keys[slot] !== s) slot = (slot + 1) & mask;
        if (keys[slot] === -1) {
          keys[slot] = s;
          vals[slot] = 0;
          used[nUsed++] = slot;
        }
        vals[slot] = vals[slot]! + scale * postImpact[i]!;
      }
      budget = Math.max(0, budget - (to - from));
    }
    let hits: SentenceHit[] = [];
    for (let i = 0; i < nUsed; i++) {
      const slot = used[i]!;
      hits.push({ sentence: keys[slot]!, score: vals[slot]! });
      keys[slot] = -1;
    }
    if (allow) hits = hits.filter((h) => allow(h.sentence));
    hits.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
    if (checked.length === 0) return hits.slice(0, k);
    // The best partial scorers get the frequent terms' exact scores from their forward lists.
    const pool = hits.slice(0, Math.max(k, CANDIDATE_POOL));
    for (const hit of pool) for (const t of checked) hit.score += t.w * this.impactIn(hit.sentence, t.id);
    pool.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
    return pool.slice(0, k);
  }

  /** BM25 term weight (without idf) of a term in one sentence, from its forward list. */
  private impactIn(sentence: number, id: number): number {
    const { fwdOffsets, fwdIds, fwdTf, lens, avgLen } = this.data;
    let lo = fwdOffsets[sentence]!;
    let hi = fwdOffsets[sentence + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = fwdIds[mid]!;
      if (v === id) {
        const tf = fwdTf[mid]!;
        return (tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * lens[sentence]!) / avgLen));
      }
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}
