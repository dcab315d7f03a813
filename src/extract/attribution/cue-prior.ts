import shipped from './cue-priors.json' with { type: 'json' };
import { inflectionStem } from '../../nlp/stem.ts';
import { featureOf as f, pieceHash as h } from './feature-hash.ts';

/**
 * How often a cue word's stem heads an annotated cue in PolNeAR train, against how often it occurs
 * there: a prior the model weighs as a feature, so a rare cue word ("implored", "pleads") borrows
 * the evidence of its stem's other forms, and of every stem with a like rate, where its own word
 * feature is too rare to be kept. Written by `npm run train:attribution` (cue-priors.json).
 */
export interface CuePriorFile {
  /** Per inflection stem (nlp/stem.ts) heading at least one gold cue: [gold cue heads, occurrences]. */
  stems: Readonly<Record<string, readonly [number, number]>>;
  /**
   * Stems made cues through WordNet (scripts/wordnet-cue-stems.ts): verbs train holds too rarely to
   * count, which share a sense of communication with a learned cue. Without counts of their own,
   * their prior says where their cue status came from.
   */
  wordnet?: readonly string[];
}

/** A prior's two readings, hashed: the share as a bucket, and the share with the count's bucket. */
export interface CuePrior {
  share: number;
  shareAndCount: number;
}

const NO_PRIOR: CuePrior = { share: h('none'), shareAndCount: h('none') };
const WORDNET_PRIOR: CuePrior = { share: h('wordnet'), shareAndCount: h('wordnet') };

/**
 * Feature templates of the prior, numbered apart from features.ts's (which count up from 1), so
 * either list grows without renumbering the other.
 */
const T = { prior: 101, priorShare: 102 } as const;

/** The prior's features of a cue word (its norm) read in direction `direction` (a piece hash). */
export function cuePriorFeatures(norm: string, direction: number): [number, number] {
  const prior = cuePriorOf(norm);
  return [f(T.prior, prior.shareAndCount, direction), f(T.priorShare, prior.share)];
}

/** Share buckets' upper bounds (a share at or past the last is "≥.4"). */
const SHARE_EDGES = [0.02, 0.05, 0.1, 0.2, 0.4] as const;
/** Count buckets' upper bounds: a handful of cue heads is weak evidence of a high share. */
const COUNT_EDGES = [1, 3, 9, 29] as const;

function bucketOf(value: number, edges: readonly number[], strict: boolean): number {
  let k = 0;
  while (k < edges.length && (strict ? value >= edges[k]! : value > edges[k]!)) k++;
  return k;
}

/** The feature pieces of a stem counted `cue` of `seen` times. */
export function priorOfCounts(cue: number, seen: number): CuePrior {
  if (cue <= 0) return NO_PRIOR;
  const share = `s${bucketOf(cue / Math.max(seen, cue), SHARE_EDGES, true)}`;
  return { share: h(share), shareAndCount: h(`${share}c${bucketOf(cue, COUNT_EDGES, false)}`) };
}

/** Words whose prior is remembered; past this it is recomputed (bounded memory on any input). */
const MAX_KNOWN_WORDS = 20_000;

let table: ReadonlyMap<string, readonly [number, number]> = new Map(
  Object.entries((shipped as unknown as CuePriorFile).stems),
);
let wordnet: ReadonlySet<string> = new Set((shipped as unknown as CuePriorFile).wordnet ?? []);
const known = new Map<string, CuePrior>();

/**
 * Replaces the counts the priors are read from. Training only: each training article's priors are
 * counted on the other folds of train (scripts/train-attribution.ts), or a word's own cues would
 * vouch for it and the model would trust a rare stem's prior more than it earns on unseen text.
 */
export function useCuePriors(
  counts: ReadonlyMap<string, readonly [number, number]>,
  wordnetStems: readonly string[] = [],
): void {
  table = counts;
  wordnet = new Set(wordnetStems);
  known.clear();
}

/** The prior of a cue word (its norm), read through its inflection stem; remembered per word. */
export function cuePriorOf(norm: string): CuePrior {
  let prior = known.get(norm);
  if (prior === undefined) {
    const stem = inflectionStem(norm);
    const counts = table.get(stem);
    prior = counts ? priorOfCounts(counts[0], counts[1]) : wordnet.has(stem) ? WORDNET_PRIOR : NO_PRIOR;
    if (known.size < MAX_KNOWN_WORDS) known.set(norm, prior);
  }
  return prior;
}
