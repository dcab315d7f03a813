/**
 * The cue words learned from an annotated corpus (PolNeAR train, read by train-attribution.ts):
 * which words and inflection stems head its cues often enough to be read as cues at run time.
 * Pure: records in, lists out, so tests feed it records they invent.
 */
import { VERB_GAP_WORDS } from '../src/nlp/lexicons/function-words.ts';
import { inflectionStem } from '../src/nlp/stem.ts';
import { tokenize } from '../src/nlp/tokens.ts';

/** What learning reads of a record: its text and its attributions' cue spans. */
export interface CueRecord {
  text: string;
  attributions: readonly { cue: readonly [number, number] | null }[];
}

/** A word becomes a cue word when it opens this many gold cues of train … */
export const MIN_CUE_COUNT = 4;
/** … and at least this share of its occurrences. */
export const MIN_CUE_SHARE = 0.1;
/**
 * A stem heading gold cues this share of its occurrences over all its forms (and MIN_CUE_COUNT
 * cues at least) makes every form of it train holds a cue word, bare and -s forms too: "expects",
 * "pleads", "decline" beside "expected", "pleaded", "declined" (PolNeAR dev recall at P ≥ 0.85
 * 0.7217 -> 0.7281 and 0.7217 -> 0.7286 over two shuffling seeds; 0.1 gave 0.7276, 0.3 0.7267).
 * A noun sharing the stem ("shares", "orders", "attacks") pulls its share under this. Such a form
 * is kept by its stem's hits (keepUsefulCues in train-attribution.ts): alone each is too rare.
 */
export const ANY_FORM_SHARE = 0.2;
/** Marks a stem's count apart from a word's in learnCueWords (no token holds a space). */
export const STEM_KEY = ' ';

/** Learned cue words and stems; `byStem` are the words listed as forms of an ANY_FORM_SHARE stem. */
export interface LearnedCues {
  words: string[];
  stems: string[];
  byStem: ReadonlySet<string>;
}

/**
 * Words that head gold cues often enough, absolutely and as a share of their occurrences. A cue's
 * head is its first word that is no auxiliary or adverb ("have | shown", "also | mentions"): as
 * cues of their own those words only doubled the verb's candidates with worse spans, and counting
 * the first word alone never taught the model the verbs behind them. `stems` are counted the same
 * way over all the forms of a word (nlp/stem.ts): a verb with enough cues over its forms is a cue
 * in a form train has too few of ("urges" beside "urged", "urging"). A stem shared by a frequent
 * noun ("attacks") falls under the share and stays matched by its exact words only.
 */
export function learnCueWords(rs: readonly CueRecord[]): LearnedCues {
  const asCue = new Map<string, number>();
  const seen = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of rs) {
    for (const t of tokenize(r.text)) {
      bump(seen, t.norm);
      bump(seen, STEM_KEY + inflectionStem(t.norm));
    }
    for (const a of r.attributions) {
      if (!a.cue) continue;
      const words = tokenize(r.text, a.cue[0], a.cue[1]);
      const head = words.find((t) => !isModifier(t.norm)) ?? words[0];
      if (!head || isModifier(head.norm)) continue;
      bump(asCue, head.norm);
      bump(asCue, STEM_KEY + inflectionStem(head.norm));
    }
  }
  const kept = [...asCue]
    .filter(([w, n]) => n >= MIN_CUE_COUNT && n / (seen.get(w) ?? n) >= MIN_CUE_SHARE)
    .map(([w]) => w)
    .sort();
  const anyForm = new Set(
    kept.filter((w) => w.startsWith(STEM_KEY) && asCue.get(w)! / seen.get(w)! >= ANY_FORM_SHARE),
  );
  const words = new Set(kept.filter((w) => !w.startsWith(STEM_KEY)));
  const byStem = [...seen.keys()].filter(
    (w) =>
      !w.startsWith(STEM_KEY) && !words.has(w) && !isModifier(w) && anyForm.has(STEM_KEY + inflectionStem(w)),
  );
  return {
    words: [...words, ...byStem].sort(),
    stems: kept.filter((w) => w.startsWith(STEM_KEY)).map((w) => w.slice(STEM_KEY.length)),
    byStem: new Set(byStem),
  };
}

/** A word skipped on the way to a cue's head: an auxiliary, a gap word or an -ly adverb. */
function isModifier(w: string): boolean {
  return VERB_GAP_WORDS.has(w) || /ly$/u.test(w);
}
