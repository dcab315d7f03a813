import { unitMarkOf } from '../../../nlp/number-words.ts';
import type { Term } from '../terms.ts';

/**
 * The quote's words, light ones too, stand together and in order in the sentence. A short quote
 * ("a fair one") weighs its light words at almost nothing, so a sentence that shares only its one
 * content word ("a settlement that is fair") aligns nearly as well; the sentence that says the
 * words as one run is the one quoted. A single word runs anywhere it occurs, so it decides nothing.
 */
export function hasWordRun(sentence: readonly Term[], quote: readonly Term[]): boolean {
  return runsAt(sentence, quote, (i) => quote.every((t, k) => sentence[i + k]!.norm === t.norm));
}

/**
 * The same run with one or more slots changed where a report changes a short quote: a figure in
 * the place of another of the same unit ("for six years" where the speaker said "for nine
 * years"), or a word of certainty in the place of a hedge, either way ("Definitely so" / "Perhaps
 * so"). Some word must still be the speaker's own, so two changed slots alone run nowhere. A
 * short fragment that changed its figure keeps nothing else to find its passage by: only its
 * light words and where the figure stands.
 */
export function hasStandInRun(sentence: readonly Term[], quote: readonly Term[]): boolean {
  return runsAt(sentence, quote, (i) => {
    let own = false;
    let changed = false;
    for (let k = 0; k < quote.length; k++) {
      const q = quote[k]!;
      const p = sentence[i + k]!;
      if (p.norm === q.norm) own = true;
      else if (standsInFor(q, p)) changed = true;
      else return false;
    }
    return own && changed;
  });
}

/** Whether the quote runs in the sentence from some position `i` for which `fits(i)` holds. */
function runsAt(sentence: readonly Term[], quote: readonly Term[], fits: (i: number) => boolean): boolean {
  if (quote.length < 2) return false;
  for (let i = 0; i + quote.length <= sentence.length; i++) if (fits(i)) return true;
  return false;
}

/** A hardened form of a hedge ("certainly" for "possibly"): the hardening table's key for it. */
function isCertainty(t: Term): boolean {
  return t.keys.some((k) => k.startsWith('hard:')) && !t.hedge;
}

function standsInFor(q: Term, p: Term): boolean {
  if (q.num !== null || p.num !== null)
    return q.num !== null && p.num !== null && q.num !== p.num && unitMarkOf(q.num) === unitMarkOf(p.num);
  return (q.hedge && isCertainty(p)) || (isCertainty(q) && p.hedge);
}
