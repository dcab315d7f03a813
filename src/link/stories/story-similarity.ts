import type { SimilarityEdge } from './average-link.ts';
import type { StoryFeatures } from './story-features.ts';
import { CLOCK_WORDS, getUndatedClockFactor } from './undated-clock.ts';
import { STORY_TUNING, type StoryTuning } from './story-tuning.ts';

/**
 * How alike two articles are as reports of one event: TF-IDF cosine (names and numbers boosted)
 * plus shared wording, with interview venues and publication dates as adjustments. Pairs are
 * found through inverted indexes, never by comparing all pairs.
 */

/** Weight of a capitalised name over a plain term: who and where separate same-kind events. */
export const NAME_WEIGHT = 2;
/**
 * Weight of a number (ages, tolls, sums, years). ECB+: 1 and 2 within 0.01 F1 of each other;
 * names at 1, 3 and 4 all lost 0.01–0.03 against 2.
 */
export const NUMBER_WEIGHT = 1;
/**
 * Terms used by more articles than this are left out of the index (low IDF, quadratic postings).
 * ECB+ (982 articles): identical stories at 200, 400 and no limit; 100 moved 0.006 from recall
 * to precision. Reuters, 5,000 articles: 200 keeps the pair visits near 10M.
 */
export const BLOCK_MAX_DF = 200;
/**
 * Weight of a term of the headline and lead over one only in the body: the lead names the event,
 * the body its background. BASIL 0.968 → 0.979 (precision 0.967 → 0.98) at weight 1.5, ECB+ flat
 * (0.931); 2 cost ECB+ 0.01. It also keeps a report whose lead is one answer of a press event in
 * that event's story (provenance case held out, pair accuracy 0.81 → 1).
 */
export const LEAD_WEIGHT = 1.5;
/** Shared 6-word shingles that count fully: a quoted sentence or more of identical wording. */
export const SHINGLE_SATURATION = 8;
/**
 * Similarity added for fully shared wording (quotes aligned to each other, syndicated copies).
 * It is what joins the seeds' reports to their transcript; ECB+ F1 0.930 at 0.5, 0.933 at 0.3.
 */
export const SHINGLE_BONUS = 0.3;
/** A shingle in more than this many articles is chrome or a stock phrase, not shared wording. */
export const SHINGLE_MAX_DF = 20;
/**
 * Quoted words in common (4-grams inside quotes given to one speaker, see StoryFeatures.quoteGrams)
 * between two articles published within the date window: from this many on, a report left alone
 * joins the one story whose member it shares them with (stories.ts), a clause or two of one
 * speaker, word for word. They add nothing to the similarity: as a bonus like SHINGLE_BONUS, two
 * reports of the real gaggle case quoting the same answers paired off before meeting the
 * transcript and stayed apart from it (its stories pair accuracy 1 → 0.714).
 */
export const QUOTE_LINK_MIN = 2;
/** Similarity added when both articles credit the same interview venue and a speaker in common. */
export const VENUE_MATCH_BONUS = 0.25;
/** What pair scoring reads of an article besides its term vector (`lead`: as undated-clock reads it). */
export type PairFeatures = Pick<
  StoryFeatures,
  | 'id'
  | 'publishedDay'
  | 'datelineDayOfYear'
  | 'datelineWire'
  | 'eventDay'
  | 'eventDayStated'
  | 'eventBackgroundDay'
  | 'outlet'
  | 'speakers'
  | 'venues'
  | 'numbers'
  | 'shingles'
  | 'quoteGrams'
> & {
  lead: ReadonlySet<string>;
};

/**
 * Every term and number (`#`-prefixed) of a batch, numbered in order of first sight: articles
 * hold their terms as these numbers, so document frequencies and weights are read from flat
 * arrays, and a word the batch repeats is kept as one string.
 */
export type TermNumbering = Map<string, number>;

function numberOf(numbering: TermNumbering, term: string): number {
  let n = numbering.get(term);
  if (n === undefined) numbering.set(term, (n = numbering.size));
  return n;
}

/** An article's term counts as weighing reads them, in parallel arrays. */
export interface TermCounts {
  /** Terms, then numbers under a `#` prefix, by their `TermNumbering` numbers. */
  keys: Int32Array;
  /** Per term (not number): 1 + ln(count), and the name and lead boost. */
  logTf: Float64Array;
  boost: Float32Array;
}

/**
 * An article as the story graph holds it until its pairs are scored: a StoryFeatures keeps a Map
 * and three Sets of fresh strings per article (~6 KB each, 0.6 GB at 100k articles), all alive
 * until the last pair. `counts` is dropped once weighed (see scoreArticlePairs).
 */
export interface GraphArticle {
  pair: PairFeatures;
  /** Names and numbers (`#`-prefixed): the who, where and how many of its event (event-contrast.ts). */
  evidence: string[];
  counts: TermCounts | null;
}

/**
 * The features pair scoring needs, from an article's full features; its terms numbered in
 * `numbering`, which every article of one graph shares.
 */
export function toGraphArticle(
  f: StoryFeatures,
  numbering: TermNumbering,
  intern: (s: string) => string = (s) => s,
): GraphArticle {
  const keys = new Int32Array(f.terms.size + f.numbers.size);
  const logTf = new Float64Array(f.terms.size);
  const boost = new Float32Array(f.terms.size);
  let k = 0;
  for (const [term, tf] of f.terms) {
    logTf[k] = 1 + Math.log(tf);
    boost[k] = (f.names.has(term) ? NAME_WEIGHT : 1) * (f.lead.has(term) ? LEAD_WEIGHT : 1);
    keys[k++] = numberOf(numbering, term);
  }
  for (const num of f.numbers) keys[k++] = numberOf(numbering, `#${num}`);
  const clock = CLOCK_WORDS.filter((w) => f.lead.has(w));
  return {
    pair: {
      id: f.id,
      publishedDay: f.publishedDay,
      datelineDayOfYear: f.datelineDayOfYear,
      datelineWire: f.datelineWire,
      eventDay: f.eventDay,
      eventDayStated: f.eventDayStated,
      eventBackgroundDay: f.eventBackgroundDay,
      outlet: f.outlet,
      speakers: f.speakers,
      venues: f.venues,
      numbers: f.numbers,
      shingles: f.shingles,
      quoteGrams: f.quoteGrams,
      lead: clock.length > 0 ? new Set(clock) : NO_WORDS,
    },
    evidence: [...f.names, ...[...f.numbers].map((num) => `#${num}`)].map(intern),
    counts: { keys, logTf, boost },
  };
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Document frequency of every term and number (`#`-prefixed) over a set of articles, by term number. */
export function countDocumentFrequencies(all: readonly GraphArticle[], numbering: TermNumbering): Int32Array {
  const df = new Int32Array(numbering.size);
  for (const a of all) for (const key of countsOf(a).keys) df[key]!++;
  return df;
}

function countsOf(a: GraphArticle): TermCounts {
  if (a.counts === null) throw new Error(`story graph: article ${a.pair.id} was weighed and scored already`);
  return a.counts;
}

/** TF-IDF with names, lead terms and numbers boosted, L2-normalised, in the order of `counts.keys`. */
export function weighArticle(
  a: GraphArticle,
  df: Int32Array,
  n: number,
): { keys: Int32Array; weights: Float64Array } {
  const idf = (key: number) => Math.log((n + 1) / (df[key]! + 0.5));
  const { keys, logTf, boost } = countsOf(a);
  const weights = new Float64Array(keys.length);
  for (let k = 0; k < logTf.length; k++) weights[k] = logTf[k]! * idf(keys[k]!) * boost[k]!;
  for (let k = logTf.length; k < keys.length; k++) weights[k] = idf(keys[k]!) * NUMBER_WEIGHT;
  return { keys, weights: normalize(weights) };
}

/** Scales a vector to unit length, in place. */
function normalize(v: Float64Array): Float64Array {
  let norm = 0;
  for (const w of v) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return v;
}

function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/**
 * Whether the two have a speaker in common who is not an outlet they credit: "Insider" quoted in
 * one and "told Business Insider" in both is the venue twice, not one person in two reports.
 */
function sharesSpeakerBesideVenues(a: PairFeatures, b: PairFeatures): boolean {
  const venueWords = new Set<string>();
  for (const venues of [a.venues, b.venues])
    for (const v of venues.keys()) for (const w of v.split(/\s+/u)) venueWords.add(w);
  for (const s of a.speakers) if (b.speakers.has(s) && !venueWords.has(s)) return true;
  return false;
}

/**
 * Interview venues. Two articles quoting one speaker, at least one about an interview, that credit
 * different outlets report different interviews: the pair's similarity is zeroed (null). A shared
 * outlet is a strong link. A soft zero, not a cannot-link: in ECB+ five same-story pairs credit
 * different outlets, and a hard constraint cost 0.01 F1.
 */
function getVenueAdjustment(a: PairFeatures, b: PairFeatures): number | null {
  if (a.venues.size === 0 || b.venues.size === 0) return 0;
  if (!intersects(a.speakers, b.speakers) || !sharesSpeakerBesideVenues(a, b)) return 0;
  for (const venue of a.venues.keys()) if (b.venues.has(venue)) return VENUE_MATCH_BONUS;
  const aboutInterview = [...a.venues.values(), ...b.venues.values()].includes('interview');
  return aboutInterview ? null : 0;
}

/**
 * Publications far apart in time are rarely fresh coverage of one event: decay past the window.
 * With one date missing, the undated report's own time words judge instead (undated-clock.ts),
 * unless the two share a whole passage: the same words, quoted from one occasion, outweigh a
 * weekday or year that one of them names (a transcript and the reports quoting it).
 */
function getDateFactor(a: PairFeatures, b: PairFeatures, shared: number, t: StoryTuning): number {
  if (a.publishedDay === null || b.publishedDay === null)
    return shared >= SHINGLE_SATURATION ? 1 : getUndatedClockFactor(a, b, t);
  const gap = Math.abs(a.publishedDay - b.publishedDay) - t.dateWindowDays;
  return gap <= 0 ? 1 : Math.max(t.dateMinFactor, 0.5 ** (gap / t.dateHalfLifeDays));
}

/** Similarity of two articles as reports of one event, in [0, ~1.55], given their term cosine. */
export function getStorySimilarity(
  x: PairFeatures,
  y: PairFeatures,
  cosine: number,
  sharedShingles: number,
  tuning: StoryTuning = STORY_TUNING,
): number {
  const venue = getVenueAdjustment(x, y);
  if (venue === null) return 0;
  const base = cosine + SHINGLE_BONUS * Math.min(1, sharedShingles / SHINGLE_SATURATION) + venue;
  return base * getDateFactor(x, y, sharedShingles, tuning);
}

/**
 * The same speaker's words quoted in both (QUOTE_LINK_MIN quote grams or more), published within
 * the date window: one occasion's words, however differently the two tell it.
 */
function isQuoteLink(
  a: PairFeatures,
  b: PairFeatures,
  shared: number,
  quoted: number,
  t: StoryTuning,
): boolean {
  return quoted >= QUOTE_LINK_MIN && getDateFactor(a, b, shared, t) === 1;
}

/**
 * A whole passage in common (SHINGLE_SATURATION rare shingles: a quoted sentence or more) between
 * two articles published within the date window: the same words from the same occasion.
 */
function isSharedPassage(a: PairFeatures, b: PairFeatures, shared: number, t: StoryTuning): boolean {
  return shared >= SHINGLE_SATURATION && getDateFactor(a, b, shared, t) === 1;
}

/**
 * Postings in compressed-row form: key k's documents are `docs[start[k] .. start[k] + filled[k]]`,
 * filled in document order as rows are scored, so a row meets only earlier documents. Integer keys
 * and flat typed arrays: the posting walk is the stage's inner loop.
 */
interface FlatPostings {
  start: Int32Array;
  filled: Int32Array;
  docs: Int32Array;
  /** Term weights; shingles have none (empty: 8 bytes less per posting). */
  weights: Float64Array;
}

/** Room for every (key, document) pair of `rows`, whose entries are key numbers below `keyCount`. */
function allocatePostings(rows: readonly Int32Array[], keyCount: number, weighted: boolean): FlatPostings {
  const start = new Int32Array(keyCount + 1);
  for (const row of rows) for (const k of row) start[k + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const total = start[keyCount]!;
  return {
    start,
    filled: new Int32Array(keyCount),
    docs: new Int32Array(total),
    weights: new Float64Array(weighted ? total : 0),
  };
}

/**
 * Counts, for every earlier article, how many of row `i`'s keys (shingles or quote grams) it holds
 * too (`counts`), noting each article met for the first time in `seen`; then posts row `i` under
 * its keys, so later rows meet it.
 */
function countSharedKeys(
  i: number,
  row: Int32Array,
  postings: FlatPostings,
  counts: Int32Array,
  touched: Uint8Array,
  seen: number[],
): void {
  for (let t = 0; t < row.length; t++) {
    const key = row[t]!;
    const from = postings.start[key]!;
    const to = from + postings.filled[key]!;
    for (let p = from; p < to; p++) {
      const j = postings.docs[p]!;
      if (touched[j] === 0) {
        touched[j] = 1;
        seen.push(j);
      }
      counts[j]!++;
    }
    postings.docs[to] = i;
    postings.filled[key]!++;
  }
}

/**
 * The shingles that 2 to SHINGLE_MAX_DF articles share, sorted: a shingle's number is its place
 * here. Found by sorting every article's shingle hashes at once: nearly all shingles are one
 * article's own, and a map of them all was the costliest part of key numbering on large batches;
 * a map of the shared ones alone held millions of entries when a feed repeats its texts.
 */
function findSharedShingles(
  items: readonly GraphArticle[],
  of: (p: PairFeatures) => Uint32Array = (p) => p.shingles,
): Uint32Array {
  let total = 0;
  for (const item of items) total += of(item.pair).length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const item of items) {
    all.set(of(item.pair), at);
    at += of(item.pair).length;
  }
  all.sort();
  let kept = 0;
  for (let from = 0; from < total;) {
    let to = from + 1;
    while (to < total && all[to] === all[from]) to++;
    // In place: the kept hashes never overtake the run being read.
    if (to - from >= 2 && to - from <= SHINGLE_MAX_DF) all[kept++] = all[from]!;
    from = to;
  }
  return all.slice(0, kept);
}

/**
 * The place of each hash in the sorted `shared`, by open addressing: every shingle of every
 * article is looked up, and a binary search's twenty-odd steps through a large array were most of
 * key numbering.
 */
class ShingleNumbers {
  readonly #hashes: Uint32Array;
  /** Place + 1 per slot; 0 marks an empty slot (a hash may be 0). */
  readonly #places: Int32Array;
  readonly #mask: number;
  /** 32 minus the bits of a slot number: Fibonacci hashing takes the product's top bits. */
  readonly #shift: number;

  constructor(shared: Uint32Array) {
    let bits = 1;
    while (1 << bits < shared.length * 2) bits++;
    const size = 1 << bits;
    this.#shift = 32 - bits;
    this.#hashes = new Uint32Array(size);
    this.#places = new Int32Array(size);
    this.#mask = size - 1;
    for (let place = 0; place < shared.length; place++) {
      const hash = shared[place]!;
      let slot = this.#slotOf(hash);
      while (this.#places[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#hashes[slot] = hash;
      this.#places[slot] = place + 1;
    }
  }

  /** Fibonacci hashing: the product's top bits, which every bit of the hash moves. */
  #slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.#shift;
  }

  /** The place of `hash` in the sorted `shared`, or -1. */
  placeOf(hash: number): number {
    for (let slot = this.#slotOf(hash); ; slot = (slot + 1) & this.#mask) {
      const place = this.#places[slot]!;
      if (place === 0) return -1;
      if (this.#hashes[slot] === hash) return place - 1;
    }
  }
}

/**
 * Each article's indexed keys as numbers: terms with 2 ≤ df ≤ BLOCK_MAX_DF (with their weights),
 * and shingles with 2 ≤ df ≤ SHINGLE_MAX_DF. Terms are numbered in order of first appearance over
 * articles in their canonical order, shingles in order of hash: either way a function of the
 * article set, and no sum depends on the numbering. Each article's term counts are dropped once
 * weighed: the indexed rows are all the scoring needs of them.
 */
function numberKeys(
  items: readonly GraphArticle[],
  df: Int32Array,
): {
  terms: Int32Array[];
  weights: Float64Array[];
  termCount: number;
  shingles: Int32Array[];
  shingleCount: number;
  quoteGrams: Int32Array[];
  quoteGramCount: number;
} {
  // Indexed terms renumbered densely, for the postings; -1 for a term not indexed yet.
  const termIds = new Int32Array(df.length).fill(-1);
  let termCount = 0;
  const terms: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const item of items) {
    const ids: number[] = [];
    const ws: number[] = [];
    const vector = weighArticle(item, df, items.length);
    item.counts = null;
    for (let k = 0; k < vector.keys.length; k++) {
      const key = vector.keys[k]!;
      const w = vector.weights[k]!;
      const d = df[key]!;
      if (d < 2 || d > BLOCK_MAX_DF) continue;
      let id = termIds[key]!;
      if (id < 0) termIds[key] = id = termCount++;
      ids.push(id);
      ws.push(w);
    }
    terms.push(Int32Array.from(ids));
    weights.push(Float64Array.from(ws));
  }
  const shared = findSharedShingles(items);
  const shingles = numberShingles(items, shared, (p) => p.shingles);
  const sharedQuoteGrams = findSharedShingles(items, (p) => p.quoteGrams);
  const quoteGrams = numberShingles(items, sharedQuoteGrams, (p) => p.quoteGrams);
  return {
    terms,
    weights,
    termCount,
    shingles,
    shingleCount: shared.length,
    quoteGrams,
    quoteGramCount: sharedQuoteGrams.length,
  };
}

/** Each article's hashes (`of`) that are in the sorted `shared`, as their places there. */
function numberShingles(
  items: readonly GraphArticle[],
  shared: Uint32Array,
  of: (p: PairFeatures) => Uint32Array,
): Int32Array[] {
  const numbers = new ShingleNumbers(shared);
  return items.map((item) => {
    const ids: number[] = [];
    for (const sh of of(item.pair)) {
      const id = numbers.placeOf(sh);
      if (id >= 0) ids.push(id);
    }
    return Int32Array.from(ids);
  });
}

/**
 * The most a pair can score before its date factor (≤ 1): an edge is impossible below the cut.
 * Asked of every candidate pair, so it reads whether each side credits a venue from a flat array,
 * not from the article's record: most candidates fail it, and their records need not be loaded.
 */
function getSimilarityBound(bothVenued: boolean, cosine: number, shared: number): number {
  const venue = bothVenued ? VENUE_MATCH_BONUS : 0;
  return cosine + SHINGLE_BONUS * Math.min(1, shared / SHINGLE_SATURATION) + venue;
}

/**
 * Similarity edges (a < b) of every pair sharing an indexed term or rare wording, kept when at
 * least `minSim`. Row by row through inverted indexes: article i meets only the earlier articles
 * it shares a term (df ≤ BLOCK_MAX_DF) or a shingle (df ≤ SHINGLE_MAX_DF) with, its dot products
 * accumulate in a dense scratch row, and only the kept edges survive the row: memory follows the
 * edges, not the candidate pairs. The df cap bounds each row's walk, so the cost grows with the
 * number of articles, not its square. `df` is `countDocumentFrequencies` of `items`; each article is
 * weighed here and its term counts dropped (`counts` becomes null): score a set once.
 */
export function scoreArticlePairs(
  items: readonly GraphArticle[],
  df: Int32Array,
  tuning: StoryTuning = STORY_TUNING,
): SimilarityEdge[] {
  const keys = numberKeys(items, df);
  const termPostings = allocatePostings(keys.terms, keys.termCount, true);
  const shinglePostings = allocatePostings(keys.shingles, keys.shingleCount, false);
  const quotePostings = allocatePostings(keys.quoteGrams, keys.quoteGramCount, false);
  const dot = new Float64Array(items.length);
  const shared = new Int32Array(items.length);
  const quoted = new Int32Array(items.length);
  const touched = new Uint8Array(items.length);
  const edges: SimilarityEdge[] = [];
  const seen: number[] = [];
  const venued = Uint8Array.from(items, (item) => (item.pair.venues.size > 0 ? 1 : 0));
  for (let i = 0; i < items.length; i++) {
    seen.length = 0;
    const rowTerms = keys.terms[i]!;
    const rowWeights = keys.weights[i]!;
    const { start, filled, docs, weights } = termPostings;
    for (let t = 0; t < rowTerms.length; t++) {
      const key = rowTerms[t]!;
      const w = rowWeights[t]!;
      const from = start[key]!;
      const to = from + filled[key]!;
      for (let p = from; p < to; p++) {
        const j = docs[p]!;
        if (touched[j] === 0) {
          touched[j] = 1;
          seen.push(j);
        }
        dot[j]! += w * weights[p]!;
      }
      docs[to] = i;
      weights[to] = w;
      filled[key]!++;
    }
    countSharedKeys(i, keys.shingles[i]!, shinglePostings, shared, touched, seen);
    countSharedKeys(i, keys.quoteGrams[i]!, quotePostings, quoted, touched, seen);
    // Only the row's edges are sorted (by the earlier article), not every candidate it met.
    const row: SimilarityEdge[] = [];
    const item = items[i]!.pair;
    for (const j of seen) {
      const bound = getSimilarityBound(venued[i] === 1 && venued[j] === 1, dot[j]!, shared[j]!);
      // Most candidates reach neither: their records are not loaded.
      if (bound >= tuning.minPairSimilarity || quoted[j]! >= QUOTE_LINK_MIN) {
        const other = items[j]!.pair;
        const sim =
          bound >= tuning.minPairSimilarity
            ? getStorySimilarity(other, item, dot[j]!, shared[j]!, tuning)
            : 0;
        const quoteLink = isQuoteLink(other, item, shared[j]!, quoted[j]!, tuning);
        if (sim >= tuning.minPairSimilarity) {
          const edge: SimilarityEdge = { a: j, b: i, sim };
          if (isSharedPassage(other, item, shared[j]!, tuning)) edge.sharedPassage = true;
          if (quoteLink) edge.quoteLink = true;
          row.push(edge);
        } else if (quoteLink) {
          // Below the edge floor: no weight in the clustering, kept for the quoting report's attachment.
          row.push({ a: j, b: i, sim: 0, quoteLink });
        }
      }
      dot[j] = 0;
      shared[j] = 0;
      quoted[j] = 0;
      touched[j] = 0;
    }
    row.sort((p, q) => p.a - q.a);
    for (const e of row) edges.push(e);
  }
  return edges;
}
