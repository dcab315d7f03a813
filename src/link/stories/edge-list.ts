/**
 * The story graph's edges as parallel typed arrays: edge k joins items `a[k] < b[k]` with
 * similarity `sim[k]`. At 100k articles the graph has millions of edges, and one object per edge
 * (with its boxed double) was several times the 17 bytes an edge takes here. Similarities stay
 * 64-bit: a narrower float would move sums and ties, and the stories with them.
 */

/** An undirected edge between items `a < b` with its similarity, as tests and callers write one. */
export interface SimilarityEdge {
  a: number;
  b: number;
  sim: number;
  /** The two share a whole passage word for word (a quote, a syndicated paragraph), in one window. */
  sharedPassage?: boolean;
}

export class EdgeList {
  a: Int32Array;
  b: Int32Array;
  sim: Float64Array;
  /** 1 when the two share a whole passage (SimilarityEdge.sharedPassage). */
  shared: Uint8Array;
  length = 0;

  constructor(capacity = 1024) {
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.sim = new Float64Array(capacity);
    this.shared = new Uint8Array(capacity);
  }

  push(a: number, b: number, sim: number, sharedPassage: boolean): void {
    if (this.length === this.a.length) this.#grow();
    const k = this.length++;
    this.a[k] = a;
    this.b[k] = b;
    this.sim[k] = sim;
    this.shared[k] = sharedPassage ? 1 : 0;
  }

  /** Half again as much room: doubling left up to half of a 100 MB list unused at the peak. */
  #grow(): void {
    const size = Math.max(1024, Math.ceil(this.a.length * 1.5));
    const widen = <T extends Int32Array | Float64Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.a = widen(this.a, new Int32Array(size));
    this.b = widen(this.b, new Int32Array(size));
    this.sim = widen(this.sim, new Float64Array(size));
    this.shared = widen(this.shared, new Uint8Array(size));
  }

  /** Edge objects, for tests and small graphs. */
  toObjects(): SimilarityEdge[] {
    return Array.from({ length: this.length }, (_, k) =>
      this.shared[k] === 1
        ? { a: this.a[k]!, b: this.b[k]!, sim: this.sim[k]!, sharedPassage: true }
        : { a: this.a[k]!, b: this.b[k]!, sim: this.sim[k]! },
    );
  }

  static from(edges: readonly SimilarityEdge[] | EdgeList): EdgeList {
    if (edges instanceof EdgeList) return edges;
    const list = new EdgeList(Math.max(1, edges.length));
    for (const e of edges) list.push(e.a, e.b, e.sim, e.sharedPassage === true);
    return list;
  }
}
