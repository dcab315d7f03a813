import { createRequire } from 'node:module';
import { compromise } from './compromise.ts';

/** A word's tags in compromise's lexicon: one tag as a string, several as an array. */
export type Lexicon = Record<string, string | readonly string[]>;

/** The lexicon as stored: words grouped under their tag list, the tags joined by "|". */
export interface LexiconSnapshot {
  tags: Record<string, string[]>;
}

/** compromise's own lexicon, read off the loaded library (the slow path: it loads compromise). */
export function compromiseLexicon(): Lexicon {
  return (compromise() as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one
    .lexicon;
}

/** The lexicon grouped by tag list, words sorted, so the stored file is stable and compact. */
export function lexiconSnapshot(lexicon: Lexicon): LexiconSnapshot {
  const groups = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const key = typeof tags === 'string' ? tags : tags.join('|');
    let words = groups.get(key);
    if (!words) groups.set(key, (words = []));
    words.push(word);
  }
  const tags: Record<string, string[]> = {};
  for (const key of [...groups.keys()].sort()) tags[key] = groups.get(key)!.sort();
  return { tags };
}

/** The word → tags table of a snapshot; words of one tag list share its array. */
export function lexiconOf(snapshot: LexiconSnapshot): Lexicon {
  const out: Lexicon = Object.create(null) as Lexicon;
  for (const [key, words] of Object.entries(snapshot.tags)) {
    const tags: string | readonly string[] = key.includes('|') ? key.split('|') : key;
    for (const word of words) out[word] = tags;
  }
  return out;
}

const requireFromHere = createRequire(import.meta.url);

let snapshot: LexiconSnapshot | null = null;

/** The stored snapshot (lexicons/compromise-lexicon.json, written by scripts/compromise-lexicon.ts). */
function storedSnapshot(): LexiconSnapshot {
  snapshot ??= requireFromHere('./lexicons/compromise-lexicon.json') as LexiconSnapshot;
  return snapshot;
}

/**
 * compromise's lexicon from the stored snapshot: the same table without loading the library,
 * which cost a short run a third of its time when only words are looked up and nothing is tagged.
 */
export function storedCompromiseLexicon(): Lexicon {
  return lexiconOf(storedSnapshot());
}

/**
 * The stored lexicon's words with any of `tags`, with their tag lists: a walk of the few tag lists
 * instead of every word (given names are 3,000 of 25,000 words).
 */
export function* storedWordsTagged(tags: ReadonlySet<string>): Generator<[string, readonly string[]]> {
  for (const [key, words] of Object.entries(storedSnapshot().tags)) {
    const list = key.split('|');
    if (list.some((t) => tags.has(t))) for (const word of words) yield [word, list];
  }
}
