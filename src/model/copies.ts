/**
 * How near-duplicate copies are found, as an interface: ingest decides what is a copy
 * (src/ingest/dedupe.ts `NEAR_DUPLICATES` implements this), and a store only keeps the rows — the
 * signatures it is handed and the links found — so the store never depends on the detection logic.
 */
export interface CopyFinder {
  /** Names the signature scheme: a stored signature under another scheme is recomputed. */
  readonly scheme: string;
  /** The article's signature, encoded as bytes for storage. */
  signatureOf(article: { text: string; boilerplate: readonly { start: number; end: number }[] }): Uint8Array;
  newIndex(): CopyIndex;
}

/** Signatures by article id; `query` gives the indexed ids similar enough to be copies, best first. */
export interface CopyIndex {
  has(id: string): boolean;
  add(id: string, signature: Uint8Array): void;
  query(signature: Uint8Array): { id: string; similarity: number }[];
}
