/**
 * Gradient-boosted regression trees (second-order, as XGBoost) for the attribution experiment in
 * boosted-attribution.ts: splits on a sparse binary feature's presence or on a dense column's
 * quantile cut, a logistic loss per candidate or a softmax per cue group with taking none as an
 * option scored 0 (the per-cue ranker's decision), started from a fitted scale of a base score.
 */

/** Training or scoring rows: sparse feature ids (sorted), dense columns, each row's cue group. */
export interface Samples {
  rows: Int32Array[];
  dense: number[][];
  /** Group index of each row, non-decreasing. */
  groups: number[];
  /** 1 when the candidate finds a gold (logistic loss). */
  labels: number[];
  /** 1 when the candidate is one of its group's near-best answers (softmax loss). */
  targets: number[];
  /** The score the trees start from, scaled by a fitted a·base + b. */
  base: number[];
}

interface Tree {
  /** Per node: sparse feature id, or -1 - dense column, or null for a leaf. */
  split: (number | null)[];
  cut: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface Booster {
  a: number;
  b: number;
  trees: Tree[];
}

export interface BoostOptions {
  trees: number;
  depth: number;
  eta: number;
  loss: 'logistic' | 'softmax';
  features: number;
  lambda?: number;
  minHessian?: number;
  log?: (message: string) => void;
  valid?: Samples;
}

const BINS = 32;

function gradients(
  s: Samples,
  score: Float64Array,
  loss: BoostOptions['loss'],
  g: Float64Array,
  h: Float64Array,
): number {
  let total = 0;
  if (loss === 'logistic') {
    for (let i = 0; i < score.length; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      const y = s.labels[i]!;
      g[i] = p - y;
      h[i] = Math.max(p * (1 - p), 1e-6);
      total -= y ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12));
    }
    return total / score.length;
  }
  let groups = 0;
  for (let i = 0; i < score.length;) {
    let j = i;
    while (j < score.length && s.groups[j] === s.groups[i]) j++;
    let max = 0;
    for (let k = i; k < j; k++) max = Math.max(max, score[k]!);
    let z = Math.exp(-max);
    let targets = 0;
    for (let k = i; k < j; k++) {
      z += Math.exp(score[k]! - max);
      targets += s.targets[k]!;
    }
    let lossHere = targets === 0 ? -(-max - Math.log(z)) : 0;
    for (let k = i; k < j; k++) {
      const p = Math.exp(score[k]! - max) / z;
      const y = targets > 0 ? s.targets[k]! / targets : 0;
      g[k] = p - y;
      h[k] = Math.max(p * (1 - p), 1e-6);
      if (y > 0) lossHere -= y * Math.log(Math.max(p, 1e-12));
    }
    total += lossHere;
    groups++;
    i = j;
  }
  return total / groups;
}

export function trainBooster(s: Samples, o: BoostOptions): Booster {
  const n = s.rows.length;
  const lambda = o.lambda ?? 1;
  const minHessian = o.minHessian ?? 2;
  const D = s.dense[0]!.length;
  // Quantile cuts per dense column (train's), and each row's bin.
  const cuts: number[][] = [];
  for (let d = 0; d < D; d++) {
    const vals = s.dense.map((r) => r[d]!).sort((x, y) => x - y);
    const c = new Set<number>();
    for (let b = 1; b < BINS; b++) c.add(vals[Math.floor((b * n) / BINS)]!);
    cuts.push([...c].sort((x, y) => x - y));
  }
  const bins = s.dense.map((r) => Uint8Array.from(r.map((v, d) => binOf(cuts[d]!, v))));
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  // Base: a·base + b, by grid.
  let bestFit = { a: 0, b: 0, loss: Infinity };
  const score = new Float64Array(n);
  for (const a of [0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3])
    for (let b = -6; b <= 6; b += 0.5) {
      for (let i = 0; i < n; i++) score[i] = a * s.base[i]! + b;
      const loss = gradients(s, score, o.loss, g, h);
      if (loss < bestFit.loss) bestFit = { a, b, loss };
    }
  for (let i = 0; i < n; i++) score[i] = bestFit.a * s.base[i]! + bestFit.b;
  const booster: Booster = { a: bestFit.a, b: bestFit.b, trees: [] };
  const valid = o.valid;
  const vScore = valid ? Float64Array.from(valid.base, (v) => bestFit.a * v + bestFit.b) : null;
  const vg = valid ? new Float64Array(valid.rows.length) : null;
  const vh = valid ? new Float64Array(valid.rows.length) : null;
  o.log?.(
    `base a ${bestFit.a} b ${bestFit.b} loss ${bestFit.loss.toFixed(4)}` +
      (valid ? ` valid ${gradients(valid, vScore!, o.loss, vg!, vh!).toFixed(4)}` : ''),
  );
  const sparseHist = new Float64Array(2 * o.features);
  const denseHist = new Float64Array(2 * D * BINS);
  for (let t = 0; t < o.trees; t++) {
    gradients(s, score, o.loss, g, h);
    const tree: Tree = { split: [], cut: [], left: [], right: [], value: [] };
    const grow = (idx: Int32Array, depth: number): number => {
      const node = tree.split.length;
      tree.split.push(null);
      tree.cut.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i]!;
        H += h[i]!;
      }
      tree.value.push((-o.eta * G) / (H + lambda));
      if (depth === o.depth || H < 2 * minHessian) return node;
      sparseHist.fill(0);
      denseHist.fill(0);
      for (const i of idx) {
        const gi = g[i]!;
        const hi = h[i]!;
        for (const f of s.rows[i]!) {
          sparseHist[2 * f] = sparseHist[2 * f]! + gi;
          sparseHist[2 * f + 1] = sparseHist[2 * f + 1]! + hi;
        }
        const bi = bins[i]!;
        for (let d = 0; d < D; d++) {
          const k = 2 * (d * BINS + bi[d]!);
          denseHist[k] = denseHist[k]! + gi;
          denseHist[k + 1] = denseHist[k + 1]! + hi;
        }
      }
      const parent = (G * G) / (H + lambda);
      let best = { gain: 1e-6, split: null as number | null, cut: 0 };
      for (let f = 0; f < o.features; f++) {
        const hl = sparseHist[2 * f + 1]!;
        if (hl < minHessian || H - hl < minHessian) continue;
        const gl = sparseHist[2 * f]!;
        const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (H - hl + lambda) - parent;
        if (gain > best.gain) best = { gain, split: f, cut: 0 };
      }
      for (let d = 0; d < D; d++) {
        let gl = 0;
        let hl = 0;
        for (let b = 0; b < cuts[d]!.length; b++) {
          gl += denseHist[2 * (d * BINS + b)]!;
          hl += denseHist[2 * (d * BINS + b) + 1]!;
          if (hl < minHessian || H - hl < minHessian) continue;
          const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (H - hl + lambda) - parent;
          if (gain > best.gain) best = { gain, split: -1 - d, cut: b };
        }
      }
      if (best.split === null) return node;
      const goesLeft = (i: number): boolean =>
        best.split! >= 0 ? has(s.rows[i]!, best.split!) : bins[i]![-1 - best.split!]! <= best.cut;
      const l: number[] = [];
      const r: number[] = [];
      for (const i of idx) (goesLeft(i) ? l : r).push(i);
      tree.split[node] = best.split;
      tree.cut[node] = best.split >= 0 ? 0 : cuts[-1 - best.split]![best.cut]!;
      tree.left[node] = grow(Int32Array.from(l), depth + 1);
      tree.right[node] = grow(Int32Array.from(r), depth + 1);
      return node;
    };
    grow(
      Int32Array.from({ length: n }, (_, i) => i),
      0,
    );
    booster.trees.push(tree);
    for (let i = 0; i < n; i++) score[i] = score[i]! + treeValue(tree, s.rows[i]!, s.dense[i]!);
    if (valid)
      for (let i = 0; i < valid.rows.length; i++)
        vScore![i] = vScore![i]! + treeValue(tree, valid.rows[i]!, valid.dense[i]!);
    if ((t + 1) % 25 === 0)
      o.log?.(
        `tree ${t + 1}: train ${gradients(s, score, o.loss, g, h).toFixed(4)}` +
          (valid ? ` valid ${gradients(valid, vScore!, o.loss, vg!, vh!).toFixed(4)}` : ''),
      );
  }
  return booster;
}

/** The bin of a value: how many cuts lie below it (a value equal to a cut falls in that cut's bin). */
function binOf(cuts: readonly number[], v: number): number {
  let b = 0;
  while (b < cuts.length && cuts[b]! < v) b++;
  return b;
}

function has(row: Int32Array, f: number): boolean {
  let lo = 0;
  let hi = row.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = row[mid]!;
    if (v === f) return true;
    if (v < f) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function treeValue(tree: Tree, row: Int32Array, dense: readonly number[]): number {
  let node = 0;
  for (;;) {
    const split = tree.split[node]!;
    if (split === null) return tree.value[node]!;
    const left = split >= 0 ? has(row, split) : dense[-1 - split]! <= tree.cut[node]!;
    node = left ? tree.left[node]! : tree.right[node]!;
  }
}

export function boosterScore(b: Booster, s: Samples): number[] {
  return s.rows.map((row, i) =>
    b.trees.reduce((n, t) => n + treeValue(t, row, s.dense[i]!), b.a * s.base[i]! + b.b),
  );
}
