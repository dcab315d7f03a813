import { createRequire } from 'node:module';
import type nlpFunction from 'compromise';

/**
 * compromise, loaded on first use. Its ES-module build is ~440 files and costs a short run a third
 * of a second before any work; the package's single-file CommonJS build (the `require` condition)
 * loads in about half that, and only runs that actually read names pay for it. Every use in
 * Hearsay goes through here so there is one copy of its lexicon in memory.
 */
const requireFromHere = createRequire(import.meta.url);

export type Compromise = typeof nlpFunction;

let loaded: Compromise | null = null;

export function compromise(): Compromise {
  loaded ??= requireFromHere('compromise') as Compromise;
  return loaded;
}
