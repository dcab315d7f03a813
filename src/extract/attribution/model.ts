import { trainAveraged } from './averaged-perceptron.ts';
import shipped from './weights.json' with { type: 'json' };
import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import { inflectionStem } from '../../nlp/stem.ts';
import { wordFilterOf } from '../../nlp/word-filter.ts';

/**
 * The model as stored in weights.json: a linear model over hashed features (see features.ts). A
 * candidate is taken when its score (the sum of its features' weights) passes `threshold`.
 * `cueWords` are the words the model may read as cues beside the lexicon's, `cueStems` the
 * inflection stems (nlp/stem.ts) whose past and -ing forms may be. Rebuilt by
 * `npm run train:attribution` from PolNeAR train.
 */
export interface ModelFile {
  threshold: number;
  cueWords: readonly string[];
  cueStems: readonly string[];
  /**
   * Feature hashes, ascending, and their weights at the same index: two number arrays parse and
   * load several times faster than an object keyed by hash (~25 ms of a short run's start-up).
   */
  features: readonly number[];
  weights: readonly number[];
}

/** The model ready to score: weights in an open-addressing table keyed by feature hash. */
export interface AttributionModel {
  threshold: number;
  isCueWord: (norm: string) => boolean;
  weights: WeightTable;
}

/**
 * Feature hashes (30-bit, never negative) and their weights in linear-probing arrays: scoring
 * reads ~30 weights per candidate, and a probe in two typed arrays is several times cheaper than
 * a Map look-up. An empty slot holds -1.
 */
export interface WeightTable {
  keys: Int32Array;
  values: Float64Array;
  mask: number;
}

/** Built straight from the stored arrays: a pair array per weight cost more than the table (start-up). */
function buildWeightTable(features: readonly number[], weights: readonly number[]): WeightTable {
  if (features.length !== weights.length)
    throw new Error('attribution model: features and weights differ in length');
  let size = 1;
  while (size < features.length * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const values = new Float64Array(size);
  const mask = size - 1;
  for (let k = 0; k < features.length; k++) {
    const key = features[k]!;
    const value = weights[k]!;
    let i = key & mask;
    while (keys[i] !== -1 && keys[i] !== key) i = (i + 1) & mask;
    keys[i] = key;
    values[i] = value;
  }
  return { keys, values, mask };
}

function weightOf(table: WeightTable, key: number): number {
  const { keys, mask } = table;
  for (let i = key & mask; ; i = (i + 1) & mask) {
    const k = keys[i]!;
    if (k === key) return table.values[i]!;
    if (k === -1) return 0;
  }
}

/**
 * Only past and -ing forms take a learned stem: they are verbs, where a bare or -s form is as often
 * a noun ("shares", "credit", "orders" in business news) and each cue read costs a speaker search.
 */
function isVerbalForm(norm: string): boolean {
  // By code: every token of a sentence is asked, and two endsWith calls cost more than the rest.
  const n = norm.length;
  const last = norm.charCodeAt(n - 1);
  if (last === 100) return n >= 2 && norm.charCodeAt(n - 2) === 101; // -ed
  return last === 103 && n >= 3 && norm.charCodeAt(n - 2) === 110 && norm.charCodeAt(n - 3) === 105; // -ing
}

/** Words whose cue answer is remembered; past this the stem is recomputed (bounded memory on any input). */
const MAX_KNOWN_WORDS = 50_000;

/** Share of PolNeAR train's articles (the last ones, in file order) kept out of training, to report on. */
export const HELDOUT_SHARE = 0.1;

/**
 * A stored model made ready to score. A word may be a cue when the lexicon lists it as a speech
 * verb, it is "according" (to), the model learned it from the data, or it is a past or -ing
 * form of a stem the model learned: a form rare in training ("grumbling") is as much a cue as the
 * forms seen ("grumbled", "grumbles").
 */
export function compileModel(file: ModelFile): AttributionModel {
  const lexicon = new Set([...file.cueWords, ...SPEECH_VERB_FORMS.keys(), 'according']);
  const mayBeListed = wordFilterOf(lexicon);
  const stems = new Set(file.cueStems);
  // Every token of a sentence is asked; the stem answer of an -ed/-ing word is kept.
  const known = new Map<string, boolean>();
  return {
    threshold: file.threshold,
    isCueWord: (norm) => {
      // The small lexicon and the ending answer most words before the large memo is read.
      if (mayBeListed.mayHave(norm) && lexicon.has(norm)) return true;
      if (!isVerbalForm(norm)) return false;
      let cue = known.get(norm);
      if (cue === undefined) {
        cue = stems.has(inflectionStem(norm));
        if (known.size < MAX_KNOWN_WORDS) known.set(norm, cue);
      }
      return cue;
    },
    weights: buildWeightTable(file.features, file.weights),
  };
}

/**
 * The shipped model, imported with the code (not read from disk by a stage): the weights are part
 * of the program, as a lexicon is.
 */
export const SHIPPED_MODEL: AttributionModel = compileModel(shipped as ModelFile);

export function scoreFeatures(model: AttributionModel, features: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < features.length; i++) sum += weightOf(model.weights, features[i]!);
  return sum;
}

/**
 * One training decision: the candidates of one cue word, each with its quality (how well it would
 * find a gold attribution: 0 when it would not). Taking none of them is always a choice too.
 */
export interface Group<F = number> {
  options: readonly { features: readonly F[]; quality: number }[];
}

/**
 * Candidates within this share of the best quality are all acceptable answers. Close to 1: with a
 * looser share the ranker learned to drop a clause's first word ("the") as often as to keep it.
 */
export const NEAR_BEST = 0.97;

/**
 * A structured averaged perceptron (Collins 2002) that ranks a cue's candidates against taking none
 * (score 0): the answer is the candidate the current weights like best among the near-best gold
 * ones, or none when no candidate finds a gold attribution; a wrong choice moves the weights from
 * the chosen features to the answer's. Weights are averaged over every step. Deterministic for a
 * given seed.
 */
export function trainRanker<F>(
  groups: readonly Group<F>[],
  epochs: number,
  seed: number,
  dropped?: (feature: F, step: number) => boolean,
): Map<F, number> {
  return trainAveraged<F, Group<F>>(
    groups,
    epochs,
    seed,
    ({ options }, { score, bump }) => {
      const scores = options.map((o) => score(o.features));
      let chosen = -1;
      scores.forEach((v, i) => {
        if (v > (chosen < 0 ? 0 : scores[chosen]!)) chosen = i;
      });
      const best = Math.max(0, ...options.map((o) => o.quality));
      let answer = -1;
      if (best > 0)
        options.forEach((o, i) => {
          if (o.quality >= NEAR_BEST * best && (answer < 0 || scores[i]! > scores[answer]!)) answer = i;
        });
      if (chosen !== answer) {
        if (answer >= 0) bump(options[answer]!.features, 1);
        if (chosen >= 0) bump(options[chosen]!.features, -1);
      }
    },
    dropped,
  );
}
