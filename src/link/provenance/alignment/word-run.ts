import type { Term } from '../terms.ts';

/**
 * The quote's words, light ones too, stand together and in order in the sentence. A short quote
 * ("a fair one") weighs its light words at almost nothing, so a sentence that shares only its one
 * content word ("a settlement that is fair") aligns nearly as well; the sentence that says the
 * words as one run is the one quoted. A single word runs anywhere it occurs, so it decides nothing.
 */
export function hasWordRun(sentence: readonly Term[], quote: readonly Term[]): boolean {
  if (quote.length < 2) return false;
  for (let i = 0; i + quote.length <= sentence.length; i++) {
    if (quote.every((t, k) => sentence[i + k]!.norm === t.norm)) return true;
  }
  return false;
}
