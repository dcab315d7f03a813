import { createRequire } from 'node:module';
import { compromise } from './compromise.ts';

/** A word's tags in compromise's lexicon: one tag as a string, several as an array. */
export type Lexicon = Record<string, string | readonly string[]>;

/**
 * The lexicon as stored: every word once, sorted, with the index of its tag list (tags joined by
 * "|"). A look-up is a binary search of `words`, so a run pays for parsing the file and nothing
 * more: building a 25,000-key table from it cost a short run ~20 ms before its first word.
 */
export interface LexiconSnapshot {
  /** The distinct tag lists, each joined by "|", sorted. */
  tagLists: string[];
  /** Every word, sorted by UTF-16 code units (the order of `<`, which the search compares by). */
  words: string[];
  /** `tagLists` index of each word's list, index by index with `words`. */
  tagListOf: number[];
}

/** A word's tags (the same frozen array for every word of one list), or undefined when unlisted. */
export type LexiconLookup = (word: string) => readonly string[] | undefined;

/** compromise's own lexicon, read off the loaded library (the slow path: it loads compromise). */
export function compromiseLexicon(): Lexicon {
  return (compromise() as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one
    .lexicon;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The snapshot of a lexicon, sorted, so the stored file is stable. */
export function lexiconSnapshot(lexicon: Lexicon): LexiconSnapshot {
  const keyOf = (tags: string | readonly string[]): string =>
    typeof tags === 'string' ? tags : tags.join('|');
  const tagLists = [...new Set(Object.values(lexicon).map(keyOf))].sort(byCodeUnits);
  const indexOf = new Map(tagLists.map((key, i) => [key, i]));
  const words = Object.keys(lexicon).sort(byCodeUnits);
  return { tagLists, words, tagListOf: words.map((w) => indexOf.get(keyOf(lexicon[w]!))!) };
}

/** The look-up of a snapshot: a binary search of its sorted words. */
export function lexiconOf(snapshot: LexiconSnapshot): LexiconLookup {
  const { words, tagListOf } = snapshot;
  const lists = snapshot.tagLists.map((key) => Object.freeze(key.split('|')));
  return (word) => {
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = words[mid]!;
      if (at === word) return lists[tagListOf[mid]!];
      if (at < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
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
export function storedCompromiseLexicon(): LexiconLookup {
  return lexiconOf(storedSnapshot());
}

/** The stored lexicon's words with any of `tags`, in sorted order, with their tag lists. */
export function* storedWordsTagged(tags: ReadonlySet<string>): Generator<[string, readonly string[]]> {
  const { tagLists, words, tagListOf } = storedSnapshot();
  const lists = tagLists.map((key) => key.split('|'));
  const wanted = lists.map((list) => list.some((t) => tags.has(t)));
  for (let i = 0; i < words.length; i++) if (wanted[tagListOf[i]!]) yield [words[i]!, lists[tagListOf[i]!]!];
}
