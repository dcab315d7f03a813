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

/** compromise's steps after tagging that leave tags alone: the chunker only sets `term.chunk`. */
const AFTER_TAGGING: ReadonlySet<string> = new Set(['chunks']);

/**
 * The tags compromise gives the first term of `text`, its tagger run without the steps after it:
 * a fifth of the cost of `nlp(text)` for a single word went to the chunker, which no caller reads.
 * The hook list is compromise's own, shortened for this one synchronous call and put back.
 */
export function firstTermTags(text: string): string[] {
  const nlp = compromise();
  const world = nlp.world() as unknown as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => !AFTER_TAGGING.has(h));
  try {
    const doc = nlp(text) as unknown as { docs: { tags: Set<string> }[][] };
    return [...(doc.docs[0]?.[0]?.tags ?? [])];
  } finally {
    world.hooks = hooks;
  }
}

/**
 * The tags compromise gives `word` read in its context (`before` and `after` it): a form such as
 * "switches" or "reports" is a plural noun or a verb by the words around it ("a buyer switches
 * suppliers"). Empty when the word is not found as one term.
 */
export function tagsInContext(before: string, word: string, after: string): string[] {
  const doc = compromise()(before + word + after) as unknown as {
    json(): { terms: { text: string; tags: string[] }[] }[];
  };
  const found = doc
    .json()
    .flatMap((s) => s.terms)
    .find((t) => t.text === word);
  return found?.tags ?? [];
}
