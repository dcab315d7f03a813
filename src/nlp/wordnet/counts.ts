import { lemmasOf, synsetsOf } from './wordnet.ts';
import { glossOf } from './intensity.ts';
import { hypernymsOf } from './relations.ts';

/**
 * Words that are figures without digits: "double" (twice as great), "triple", "twofold",
 * "quadruple". WordNet puts them in one cluster, even one synset ("twofold" and "threefold" share
 * "having more than one … aspects"), but two of them are two values: "doubled" → "tripled" changes
 * the figure as "2" → "3" does, and no synonymy vouches for it.
 */

/** Counts a definition or a word may state: cardinals from two, their multiplicatives, digits. */
const COUNT_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|hundred|thousand|twice|thrice|\d+)(?:-?fold)?\b/gi;
/** Multiplicative adverbs stand for their cardinal: "twice as great" states two. */
const CARDINAL_OF: Readonly<Record<string, string>> = { twice: 'two', thrice: 'three' };
/** Senses of each word read for a stated count: its common ones. */
const COUNT_SENSES = 3;

/** The counts a text states, as cardinal words ("twice as great or many" → two). */
export function countsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(COUNT_WORD)) {
    const w = m[1]!.toLowerCase();
    out.add(CARDINAL_OF[w] ?? w);
  }
  return out;
}

/**
 * The counts a word states, by its form ("threefold") or the definitions of its common adjective,
 * verb and adverb senses ("double": twice as great; "triple": increase threefold). Nouns are left
 * out: their definitions mention counts of parts ("a pair": two items), not a value the word says.
 */
export function statedCountsOf(word: string): Set<string> {
  const out = countsIn(word.replace(/-/g, ''));
  for (const pos of ['a', 'v', 'r'] as const) {
    for (const lemma of lemmasOf(word, pos)) {
      for (const id of synsetsOf(lemma, pos, COUNT_SENSES)) for (const c of countsIn(glossOf(id))) out.add(c);
    }
  }
  return out;
}

/** Both words state a count and no count of one is a count of the other: two values. */
export function stateOtherCounts(a: string, b: string): boolean {
  const ca = statedCountsOf(a);
  const cb = statedCountsOf(b);
  return ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c));
}

/** The measures a unit belongs to: WordNet files units of time apart from other units. */
const MEASURE_ROOTS = ['unit_of_measurement', 'time_unit'];
/** Hypernym steps read up from a unit's sense to its measure ("kilometer" → … → "unit of measurement"). */
const UNIT_MAX_STEPS = 8;

/** The measure roots `word` is a unit of, in its first senses as a noun ("days": time unit). */
function measuresOf(word: string): Set<string> {
  const roots = new Set(MEASURE_ROOTS.map((r) => synsetsOf(r, 'n', 1)[0]).filter((r) => r !== undefined));
  const out = new Set<string>();
  for (const lemma of lemmasOf(word, 'n')) {
    for (const id of synsetsOf(lemma, 'n', COUNT_SENSES)) {
      let frontier = [id];
      const seen = new Set(frontier);
      for (let step = 0; step <= UNIT_MAX_STEPS && frontier.length > 0; step++) {
        for (const f of frontier) if (roots.has(f)) out.add(f);
        frontier = frontier.flatMap((f) => hypernymsOf(f)).filter((h) => !seen.has(h) && seen.add(h));
      }
    }
  }
  return out;
}

/**
 * Two units of one measure ("days" / "weeks", "miles" / "kilometres"): the amount said is another
 * amount, a figure changed, though no digit moved.
 */
export function areOtherUnits(a: string, b: string): boolean {
  // One unit spelt two ways ("kilometres" / "kilometers") is one synset.
  const sa = new Set(lemmasOf(a, 'n').flatMap((l) => synsetsOf(l, 'n', COUNT_SENSES)));
  if (lemmasOf(b, 'n').some((l) => synsetsOf(l, 'n', COUNT_SENSES).some((id) => sa.has(id)))) return false;
  const ma = measuresOf(a);
  return ma.size > 0 && [...measuresOf(b)].some((m) => ma.has(m));
}
