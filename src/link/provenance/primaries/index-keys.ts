import { HARDENING_PAIRS } from '../../../nlp/lexicons/hardening.ts';
import { stem } from '../../../nlp/stem.ts';
import { meaningKeys, termize } from '../terms.ts';

/**
 * Retrieval keys for the sentence index: a word's stem and its synonym and country keys, cached by
 * surface form so that indexing a corpus costs a map look-up a word.
 */

const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const INDEX_KEY_CACHE = new Map<string, readonly string[]>();
const MAX_INDEX_KEY_CACHE = 500_000;

/**
 * Retrieval keys of one raw word: none for closed-class words, else its Porter stem, its synonym
 * and country keys, and the stem of its base when a prefix negates it. Cached by surface form, so
 * indexing a corpus costs a map look-up a word.
 */
export function wordIndexKeys(raw: string): readonly string[] {
  const cached = INDEX_KEY_CACHE.get(raw);
  if (cached) return cached;
  const terms = termize(raw);
  const term = terms.length === 1 && !terms[0]!.light ? terms[0]! : null;
  const all = term ? meaningKeys(term).filter((k) => k !== 'neg') : [];
  // A word negated by its prefix is found by its base too: "unlawful" renders "not lawful",
  // and the aligner matches the two (prefix negation), so retrieval must bring them together.
  if (term?.negBase && !all.includes(term.negBase)) all.push(term.negBase);
  // A country name's own stem adds nothing to its country key ("Taiwan" → place:taiwan only).
  const keys = all.some((k) => k.startsWith('place:'))
    ? all.filter((k) => k.startsWith('place:') || k.startsWith('syn:'))
    : all;
  if (INDEX_KEY_CACHE.size < MAX_INDEX_KEY_CACHE) INDEX_KEY_CACHE.set(raw, keys);
  return keys;
}

/**
 * Retrieval keys of `text[from, to)`, in order, for the sentence index. Query expansion adds, for a
 * hardened word ("retaliate"), the keys of its neutral forms ("respond"), so the source passage a
 * report hardened is still found.
 */
export function textIndexKeys(text: string, from = 0, to = text.length, expand = false): string[] {
  const out: string[] = [];
  const re = new RegExp(WORD_PATTERN.source, 'gu');
  re.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    for (const k of wordIndexKeys(m[0])) out.push(k);
    if (expand) for (const k of neutralFormsOf(m[0])) out.push(k);
  }
  return out;
}

const NEUTRAL_BY_HARD = new Map<string, string[]>();
HARDENING_PAIRS.forEach((p, i) => {
  NEUTRAL_BY_HARD.set(
    `hard:${i}`,
    p.neutral.flatMap((n) => (n.includes(' ') ? [] : [stem(n)])),
  );
});

/** Stems of the neutral words a hardened word stands in for ("retaliate" → "respond", "react"…). */
function neutralFormsOf(raw: string): string[] {
  const terms = termize(raw);
  if (terms.length !== 1) return [];
  return terms[0]!.keys.flatMap((k) => (k.startsWith('hard:') ? (NEUTRAL_BY_HARD.get(k) ?? []) : []));
}
