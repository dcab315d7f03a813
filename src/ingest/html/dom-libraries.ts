import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

/**
 * linkedom and Readability.js, loaded when the first HTML page or feed is read: with their
 * dependencies they are ~230 modules that a run over plain text or JSONL never needs.
 */
const requireFromHere = createRequire(import.meta.url);

let linkedomModule: typeof Linkedom | null = null;
let readabilityModule: typeof ReadabilityModule | null = null;

export function linkedom(): typeof Linkedom {
  linkedomModule ??= requireFromHere('linkedom') as typeof Linkedom;
  return linkedomModule;
}

export function readability(): typeof ReadabilityModule {
  readabilityModule ??= requireFromHere('@mozilla/readability') as typeof ReadabilityModule;
  return readabilityModule;
}
