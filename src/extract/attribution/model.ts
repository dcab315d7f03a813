import { existsSync, readFileSync } from 'node:fs';

/**
 * A linear model over string features: a candidate is taken when its score (the sum of its
 * features' weights) passes `threshold`. `cueWords` are the words the model may read as cues
 * beside the lexicon's. Rebuilt by `npm run train:attribution` from PolNeAR train.
 */
export interface AttributionModel {
  threshold: number;
  cueWords: readonly string[];
  weights: Readonly<Record<string, number>>;
}

/** Share of PolNeAR train's articles (the last ones, in file order) kept out of training, to report on. */
export const HELDOUT_SHARE = 0.1;

/** Where the shipped weights live, beside this file. */
export const MODEL_URL = new URL('./weights.json', import.meta.url);

let loaded: AttributionModel | null = null;

/** The shipped model, read once; an empty model (no cue taken) when the file is missing. */
export function loadModel(): AttributionModel {
  if (loaded) return loaded;
  loaded = existsSync(MODEL_URL)
    ? (JSON.parse(readFileSync(MODEL_URL, 'utf8')) as AttributionModel)
    : { threshold: Infinity, cueWords: [], weights: {} };
  return loaded;
}

/** Each model's weights as a Map: a look-up in a 20,000-key object is several times slower. */
const WEIGHT_MAPS = new WeakMap<AttributionModel, ReadonlyMap<string, number>>();

function weightsOf(model: AttributionModel): ReadonlyMap<string, number> {
  let map = WEIGHT_MAPS.get(model);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    WEIGHT_MAPS.set(model, map);
  }
  return map;
}

export function scoreFeatures(model: AttributionModel, features: readonly string[]): number {
  const weights = weightsOf(model);
  let sum = 0;
  for (const f of features) sum += weights.get(f) ?? 0;
  return sum;
}

/**
 * One training decision: the candidates of one cue word, each with its quality (how well it would
 * find a gold attribution: 0 when it would not). Taking none of them is always a choice too.
 */
export interface Group {
  options: readonly { features: readonly string[]; quality: number }[];
}

/** Candidates within this share of the best quality are all acceptable answers. */
const NEAR_BEST = 0.9;

/** mulberry32: a small seeded generator, so training shuffles the same way every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A structured averaged perceptron (Collins 2002) that ranks a cue's candidates against taking none
 * (score 0): the answer is the candidate the current weights like best among the near-best gold
 * ones, or none when no candidate finds a gold attribution; a wrong choice moves the weights from
 * the chosen features to the answer's. Weights are averaged over every step. Deterministic for a
 * given seed.
 */
export function trainRanker(groups: readonly Group[], epochs: number, seed: number): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  const order = groups.map((_, i) => i);
  const random = mulberry32(seed);
  let step = 1;
  const bump = (features: readonly string[], by: number): void => {
    for (const f of features) {
      const cur = w.get(f) ?? 0;
      total.set(f, (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0)));
      stamp.set(f, step);
      w.set(f, cur + by);
    }
  };
  const score = (features: readonly string[]): number => {
    let sum = 0;
    for (const f of features) sum += w.get(f) ?? 0;
    return sum;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { options } = groups[k]!;
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
      step++;
    }
  }
  const averaged = new Map<string, number>();
  for (const [f, cur] of w)
    averaged.set(f, ((total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0))) / step);
  return averaged;
}
