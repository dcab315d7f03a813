import type { Span } from '../model/span.ts';
import { textIndexKeys } from './terms.ts';

/**
 * A BM25 index over sentence spans, in typed arrays so a million sentences fit in a few hundred MB.
 * Terms are the keys of terms.ts (Porter stems, synonym groups, countries; closed-class words left
 * out). Posting lists are impact-ordered (highest BM25 contribution first) and a per-sentence
 * forward list of term ids is kept, so a look-up does bounded work at any corpus size:
 * 1. the query's rarest terms are read from their posting lists, at most POSTINGS_BUDGET postings
 *    in all (rare terms pick the candidates; impact order puts the best postings first);
 * 2. the terms too frequent for the budget are not scanned: each of the best CANDIDATE_POOL
 *    sentences is checked for them in its forward list (a binary search), which scores them exactly.
 */

/** BM25 term-frequency saturation and length normalisation (the usual Robertson defaults). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Impacts are quantised to a byte; 255 is the largest possible impact, k1 + 1. */
const IMPACT_LEVELS = 255;
/**
 * Postings read per look-up, rarest terms first. Calibrated with bench/provenance.ts: most quotes'
 * terms fit it whole at 10k sentences, so 10k and 1M do about the same work; at 1M the source of
 * a perturbed quote is still found (top 10) in ≥ 99 % of look-ups. Re-run the bench to change it.
 */
export const POSTINGS_BUDGET = 3000;
/** Sentences that get the frequent terms' exact scores from their forward lists. */
export const CANDIDATE_POOL = 200;

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
  private readonly acc: Float32Array;
  private readonly touched: Int32Array;

  constructor(data: IndexData) {
    this.data = data;
    this.acc = new Float32Array(data.doc.length);
    this.touched = new Int32Array(data.doc.length);
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

  /** The `k` best sentences for a query text, by BM25 over impact-ordered, truncated postings. */
  search(query: string, k: number, options: SearchOptions = {}): SentenceHit[] {
    const weights = new Map<string, number>();
    for (const key of textIndexKeys(query, 0, query.length, options.expand ?? true)) {
      weights.set(key, Math.max(weights.get(key) ?? 0, 1));
    }
    for (const { key, weight } of options.weightedKeys ?? []) {
      weights.set(key, Math.max(weights.get(key) ?? 0, weight));
    }
    return this.searchKeys(weights, k, options.allow);
  }

  private searchKeys(weights: Map<string, number>, k: number, allow?: (s: number) => boolean): SentenceHit[] {
    const { vocab, offsets, postDoc, postImpact } = this.data;
    const terms: { id: number; df: number; w: number }[] = [];
    for (const [key, weight] of weights) {
      const id = vocab.get(key);
      if (id === undefined) continue;
      const df = offsets[id + 1]! - offsets[id]!;
      terms.push({ id, df, w: weight * Math.log(1 + (this.size - df + 0.5) / (df + 0.5)) });
    }
    terms.sort((a, b) => a.df - b.df || a.id - b.id);
    const acc = this.acc;
    const touched = this.touched;
    let nTouched = 0;
    let budget = POSTINGS_BUDGET;
    const checked: typeof terms = [];
    for (const t of terms) {
      if (nTouched > 0 && t.df > budget) {
        checked.push(t);
        continue;
      }
      const scale = (t.w * (BM25_K1 + 1)) / IMPACT_LEVELS;
      const from = offsets[t.id]!;
      const to = from + Math.min(t.df, Math.max(budget, 0));
      for (let i = from; i < to; i++) {
        const s = postDoc[i]!;
        if (acc[s] === 0) touched[nTouched++] = s;
        acc[s] = acc[s]! + scale * postImpact[i]!;
      }
      budget -= to - from;
    }
    const pool = topK(acc, touched, nTouched, checked.length > 0 ? CANDIDATE_POOL : k, allow);
    for (let i = 0; i < nTouched; i++) acc[touched[i]!] = 0;
    if (checked.length === 0) return pool;
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

/** The k highest-scoring touched sentences, best first (ties by sentence number: deterministic). */
function topK(
  acc: Float32Array,
  touched: Int32Array,
  n: number,
  k: number,
  allow?: (s: number) => boolean,
): SentenceHit[] {
  const hits: SentenceHit[] = [];
  const cut = n > k * 4 ? kthLargest(acc, touched, n, k * 2) : 0;
  for (let i = 0; i < n; i++) {
    const s = touched[i]!;
    const score = acc[s]!;
    if (score < cut || (allow && !allow(s))) continue;
    hits.push({ sentence: s, score });
  }
  hits.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  if (hits.length >= k || cut === 0) return hits.slice(0, k);
  return topK(acc, touched, n, n, allow).slice(0, k);
}

/** The k-th largest touched score (quickselect on a copy): a cut-off that keeps sorting small. */
function kthLargest(acc: Float32Array, touched: Int32Array, n: number, k: number): number {
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) v[i] = acc[touched[i]!]!;
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = v[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v[i]! > pivot) i++;
      while (v[j]! < pivot) j--;
      if (i <= j) {
        const t = v[i]!;
        v[i] = v[j]!;
        v[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return v[target]!;
}
