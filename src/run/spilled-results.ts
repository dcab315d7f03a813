import { deserialize } from 'node:v8';
import type { Article } from '../model/article.ts';
import type { PassSpill } from '../store/pass-spill.ts';

/**
 * Per-article pass results kept in the run's spill (src/store/pass-spill.ts) as v8-serialised
 * bytes, under a name per kind of result, and read back one article at a time by the stage that
 * needs them. The bytes are what the pass made on its thread, so a value read back equals the
 * one the pass found (v8's format keeps Sets, Maps and shared objects).
 */
export type SpilledKind = 'dated-clauses' | 'claim-statements' | 'span-readings';

/** Keeps article number `index`'s result of `kind`. */
export function spillResult(spill: PassSpill, kind: SpilledKind, index: number, bytes: Uint8Array): void {
  spill.put(kind, index, bytes);
}

/** Article number `index`'s result of `kind`; a missing one is a bug in the stage order, so it throws. */
export function readSpilled<T>(spill: PassSpill, kind: SpilledKind, index: number): T {
  const bytes = spill.get(kind, index);
  if (bytes === undefined)
    throw new Error(`no ${kind} kept for article number ${index}: read before its pass ran`);
  return deserialize(bytes) as T;
}

/**
 * The spilled results of `kind` by article id, as the stages that read articles by id see them:
 * when two articles share an id, the last one's.
 */
export function spilledById<T>(
  spill: PassSpill,
  kind: SpilledKind,
  articles: readonly Article[],
): { get(id: string): T | undefined } {
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  return {
    get: (id) => {
      const i = indexOf.get(id);
      return i === undefined ? undefined : readSpilled<T>(spill, kind, i);
    },
  };
}
