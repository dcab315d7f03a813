/** mulberry32: a small seeded generator, so training shuffles the same way every run. */
export function mulberry32(seed: number): () => number {
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
 * Feature dropout for a perceptron over hashed features: at each step a feature is left out of
 * both the scoring and the update with probability `rate`, decided by a hash of the feature, the
 * step and the seed, so training stays deterministic. A decision then cannot rest on one lexical
 * feature (a cue word's own weight, learned from a few articles): the weight spreads over the
 * features that back it off (its class, the span's shape, how the rules read it).
 */
export function featureDropout(rate: number, seed: number): (feature: number, step: number) => boolean {
  const salt = Math.imul(seed, 0x9e3779b1);
  const cut = rate * 4294967296;
  return (feature, step) => {
    let x = Math.imul(feature ^ salt, 0x85ebca6b) ^ step;
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    x ^= x >>> 16;
    return x >>> 0 < cut;
  };
}

/** What a trainer's update sees: the current weights' score of some features, and the update. */
export interface PerceptronStep<F> {
  score: (features: readonly F[]) => number;
  bump: (features: readonly F[], by: number) => void;
}

/**
 * An averaged perceptron's loop (Collins 2002), shared by the per-cue ranker (model.ts) and the
 * sentence-level one (joint-training.ts): each epoch visits the training items in a seeded
 * shuffle, `learn` compares the prediction with the answer and bumps weights, and every weight is
 * averaged over all steps, its running sum kept lazily from the step it last changed. `dropped`
 * (featureDropout) leaves some features out of a step's scoring and update.
 */
export function trainAveraged<F, T>(
  items: readonly T[],
  epochs: number,
  seed: number,
  learn: (item: T, step: PerceptronStep<F>) => void,
  dropped?: (feature: F, step: number) => boolean,
): Map<F, number> {
  const w = new Map<F, number>();
  const total = new Map<F, number>();
  const stamp = new Map<F, number>();
  const order = items.map((_, i) => i);
  const random = mulberry32(seed);
  let step = 1;
  const perceptron: PerceptronStep<F> = {
    score: (features) => {
      let sum = 0;
      for (const f of features) if (!dropped?.(f, step)) sum += w.get(f) ?? 0;
      return sum;
    },
    bump: (features, by) => {
      for (const f of features) {
        if (dropped?.(f, step)) continue;
        const cur = w.get(f) ?? 0;
        total.set(f, (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0)));
        stamp.set(f, step);
        w.set(f, cur + by);
      }
    },
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      learn(items[k]!, perceptron);
      step++;
    }
  }
  const averaged = new Map<F, number>();
  for (const [f, cur] of w)
    averaged.set(f, ((total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0))) / step);
  return averaged;
}
