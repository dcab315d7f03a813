/**
 * Event contrast: two groups of reports that each agree within themselves on names and numbers
 * the other group never mentions report two events, however close their subject. Reports of one
 * event share its who, where and how many (the candidate who announced, the city, the toll), so
 * what nearly all of one group names and none of the other does is evidence of a different
 * occasion; topical words (a bill, a scandal, a campaign) are shared by every event on the
 * subject and cannot make that call. Only groups of a few reports have a core worth the name:
 * two reports agree on incidental names by chance (one wire copied twice), and an article left
 * alone has no consensus at all, so smaller groups are left to the similarity cut.
 */

/** A cluster's evidence: how many of its members mention each key, out of how many. */
interface EvidenceCounts {
  size: number;
  counts: Map<string, number>;
}

export interface EventContrastOptions {
  /** Evidence keys of each item (names, `#`-prefixed numbers), numbered as the graph's items. */
  evidence: readonly (readonly string[])[];
  /** Share of a group's members that must mention a key for it to be in the group's core. */
  coreShare: number;
  /** Exclusive core keys each group needs before the two count as different events. */
  minExclusive: number;
  /** Smallest group the test applies to. */
  minGroupSize: number;
}

/**
 * Per-cluster evidence counts kept alongside average-link merging, under the clusterer's cluster
 * numbers. Merging adds the smaller count map into the larger, so the total work follows the
 * evidence of the merged items, not the square of the cluster sizes.
 */
export class EventContrast {
  readonly #options: EventContrastOptions;
  /**
   * Counts of the clusters merges made. An item alone gets its counts when first read: a map per
   * item up front was 100,000 maps alive through the whole clustering of a large batch.
   */
  readonly #clusters = new Map<number, EvidenceCounts>();
  /** Items merged into a cluster: no longer clusters of their own. */
  readonly #merged: Uint8Array;

  constructor(options: EventContrastOptions) {
    this.#options = options;
    this.#merged = new Uint8Array(options.evidence.length);
  }

  #countsOf(cluster: number): EvidenceCounts | undefined {
    const known = this.#clusters.get(cluster);
    if (known !== undefined || cluster >= this.#merged.length || this.#merged[cluster] === 1) return known;
    const keys = this.#options.evidence[cluster]!;
    return { size: 1, counts: new Map([...new Set(keys)].map((k) => [k, 1])) };
  }

  /** How many keys most of `x` mentions and no member of `y` does, counted up to `enough`. */
  #countExclusiveCore(x: EvidenceCounts, y: EvidenceCounts, enough: number): number {
    const need = Math.ceil(this.#options.coreShare * x.size);
    let found = 0;
    for (const [key, count] of x.counts) {
      if (count >= need && !y.counts.has(key) && ++found >= enough) break;
    }
    return found;
  }

  /** Members of a cluster (an item alone is one), or -1 for a cluster merged away or never made. */
  #sizeOf(cluster: number): number {
    const known = this.#clusters.get(cluster);
    if (known !== undefined) return known.size;
    return cluster < this.#merged.length && this.#merged[cluster] === 0 ? 1 : -1;
  }

  /** True when both clusters have an exclusive core: two events, whatever their topic. */
  isDistinct(x: number, y: number): boolean {
    const { minExclusive, minGroupSize } = this.#options;
    // Sizes first: most merges asked about involve an item alone, whose counts need not be made.
    if (this.#sizeOf(x) < minGroupSize || this.#sizeOf(y) < minGroupSize) return false;
    const cx = this.#countsOf(x);
    const cy = this.#countsOf(y);
    if (!cx || !cy) return false;
    return (
      this.#countExclusiveCore(cx, cy, minExclusive) >= minExclusive &&
      this.#countExclusiveCore(cy, cx, minExclusive) >= minExclusive
    );
  }

  /** Records that clusters `x` and `y` became cluster `merged`. */
  merge(x: number, y: number, merged: number): void {
    const cx = this.#countsOf(x)!;
    const cy = this.#countsOf(y)!;
    const [big, small] = cx.counts.size >= cy.counts.size ? [cx, cy] : [cy, cx];
    for (const [key, count] of small.counts) big.counts.set(key, (big.counts.get(key) ?? 0) + count);
    for (const item of [x, y]) if (item < this.#merged.length) this.#merged[item] = 1;
    this.#clusters.delete(x);
    this.#clusters.delete(y);
    this.#clusters.set(merged, { size: cx.size + cy.size, counts: big.counts });
  }
}
