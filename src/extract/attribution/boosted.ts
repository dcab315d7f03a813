/**
 * Boosted regression trees stacked on the linear model's score (issue #8: the perceptrons miss
 * interactions of their features). A candidate's score is a·linear + b plus the trees' leaves; a
 * tree splits on whether the candidate has a (hashed) feature or on a column of its cue group:
 * its linear score, the lead of its group's best over it, its rank there, the group's size, the
 * number of cues in its sentence, its length in characters. Trained by scripts/boosted-attribution.ts.
 */

/** The stored trees: nodes in flat arrays; `split` ≥ 0 a slot of `features`, < 0 column -1 - split, null a leaf. */
export interface BoostedFile {
  a: number;
  b: number;
  threshold: number;
  features: readonly number[];
  trees: readonly {
    split: readonly (number | null)[];
    cut: readonly number[];
    left: readonly number[];
    right: readonly number[];
    value: readonly number[];
  }[];
}

/** The dense columns a tree may read, in this order. */
export const GROUP_COLUMNS = 6;

export interface BoostedModel {
  a: number;
  b: number;
  threshold: number;
  slotOf: Map<number, number>;
  /** Every tree's nodes end to end; roots at `roots`. A leaf's split is LEAF. */
  split: Int32Array;
  cut: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
  roots: Int32Array;
  /** Scratch: which feature slots the candidate being scored has. */
  present: Uint8Array;
}

const LEAF = -1_000_000;

export function compileBoosted(file: BoostedFile): BoostedModel {
  const size = file.trees.reduce((n, t) => n + t.split.length, 0);
  const m: BoostedModel = {
    a: file.a,
    b: file.b,
    threshold: file.threshold,
    slotOf: new Map(file.features.map((f, k) => [f, k])),
    split: new Int32Array(size),
    cut: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    value: new Float64Array(size),
    roots: new Int32Array(file.trees.length),
    present: new Uint8Array(file.features.length),
  };
  let at = 0;
  file.trees.forEach((t, k) => {
    m.roots[k] = at;
    for (let i = 0; i < t.split.length; i++) {
      m.split[at + i] = t.split[i] ?? LEAF;
      m.cut[at + i] = t.cut[i]!;
      m.left[at + i] = at + t.left[i]!;
      m.right[at + i] = at + t.right[i]!;
      m.value[at + i] = t.value[i]!;
    }
    at += t.split.length;
  });
  return m;
}

/** A candidate's boosted score, from its features (two arrays) and its group columns. */
export function boostedScore(
  m: BoostedModel,
  shared: readonly number[],
  own: readonly number[],
  columns: readonly number[],
  linear: number,
): number {
  const mark = (fs: readonly number[], v: number): void => {
    for (let i = 0; i < fs.length; i++) {
      const slot = m.slotOf.get(fs[i]!);
      if (slot !== undefined) m.present[slot] = v;
    }
  };
  mark(shared, 1);
  mark(own, 1);
  let sum = m.a * linear + m.b;
  for (let k = 0; k < m.roots.length; k++) {
    let node = m.roots[k]!;
    for (;;) {
      const s = m.split[node]!;
      if (s === LEAF) break;
      const left = s >= 0 ? m.present[s] === 1 : columns[-1 - s]! <= m.cut[node]!;
      node = left ? m.left[node]! : m.right[node]!;
    }
    sum += m.value[node]!;
  }
  mark(shared, 0);
  mark(own, 0);
  return sum;
}
