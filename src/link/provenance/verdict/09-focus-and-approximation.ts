import { NUMBER_APPROXIMATORS } from '../../../nlp/lexicons/number-approximators.ts';
import { SYNONYM_GROUPS } from '../../../nlp/lexicons/synonyms.ts';
import { statedCountsOf } from '../../../nlp/wordnet/counts.ts';
import type { Term } from '../terms.ts';
import { quoteTermsOf, type Rule, textOf, hasEllipsis, wordsSkippedBetween } from './rule.ts';

/**
 * A focus or limiting word put into the quote ("not yet changed", "only farmers") or cut from inside
 * it ("narrowly focused" → "focused"). One swapped for another of the table ("just" → "only") is
 * compared as a word by the other rules.
 */
export const focusWordChanged: Rule = ({ alignment, diff, quoteText, articleText }) => {
  const out: string[] = [];
  alignment.segments.forEach((seg, k) => {
    const quote = quoteTermsOf(seg, alignment.quote);
    const reworded = diff.reworded.get(seg) ?? new Set<number>();
    const lost = [...(diff.unmatchedPrimary.get(seg) ?? [])].filter((p) => !reworded.has(p));
    const pText = articleText(seg.candidate.article);
    const added = quote.filter(
      (t, i) => t.focus && !seg.support.has(seg.from + i) && !isNegatedMinimizer(quote, i),
    );
    // The passage's focus words before or after the region count when the quote has words there
    // ("So far, there has been no …" → "We have not yet received …").
    // A focus word anywhere in the source sentence answers one the quote adds ("So far, there has
    // been no …" → "We have not yet received …"); only those inside the rendered passage can be
    // dropped, and not behind an ellipsis, which cuts words openly.
    const matched = new Set([...seg.support.values()].map((m) => m.p));
    const sentenceFocus = seg.candidate.terms.filter((t, p) => t.focus && !matched.has(p));
    // A plain word of the sentence that a synonym row joins to the added one says the same limit
    // ("in good seasons now" → "in good seasons currently"): rendered, not added. Function words such as
    // "now" are never aligned, so the row is looked up here.
    const unmatched = new Set(seg.candidate.terms.filter((_, p) => !matched.has(p)).map((t) => t.norm));
    const answered = added.filter((t) => synonymRowsOf(t).some((row) => row.some((w) => unmatched.has(w))));
    const elided = hasEllipsis(quoteText);
    // A limit at the end of the earlier passage's sentence, cut where the quote runs on into the next
    // ("the levy costs jobs in the short run. Later …" → "the levy costs jobs. Later …"), is dropped too.
    const previous = alignment.segments[k - 1];
    const skipped = previous ? wordsSkippedBetween(previous, seg) : [];
    const dropped = elided
      ? []
      : [...lost.map((p) => seg.candidate.terms[p]!), ...skipped].filter((t) => t.focus);
    const keptNorms = new Set(quote.filter((t) => t.focus).map((t) => t.norm));
    const reallyDropped = dropped.filter((t) => !keptNorms.has(t.norm));
    if (added.length > Math.max(reallyDropped.length, sentenceFocus.length + answered.length))
      out.push(`verdict.focus-word-added: "${added.map((t) => textOf(quoteText, t)).join(', ')}"`);
    else if (reallyDropped.length > added.length)
      out.push(`verdict.qualifier-dropped: "${reallyDropped.map((t) => textOf(pText, t)).join(', ')}"`);
  });
  return out;
};

/** The synonym rows (synonyms.ts) a term is listed in, as their words. */
function synonymRowsOf(t: Term): (readonly string[])[] {
  return t.keys.flatMap((k) => (k.startsWith('syn:') ? [SYNONYM_GROUPS[Number(k.slice(4))]!.words] : []));
}

/** Words of the least quantity that "even" stresses under a negation ("not even one"). */
const MINIMAL = new Set(['one', 'a', 'an', 'single']);

/**
 * "even" before "one" or "a" under a negation ("they did not refund even one ticket", "not even a
 * penny"): the negative minimizer, the least amount denied, as "not a single hour" and "not one
 * hour" say; it adds no focus of its own.
 */
function isNegatedMinimizer(quote: readonly Term[], i: number): boolean {
  if (quote[i]!.norm !== 'even' || !MINIMAL.has(quote[i + 1]?.norm ?? '')) return false;
  return quote.slice(Math.max(0, i - 4), i).some((t) => t.neg);
}

const BOUND = new Map(NUMBER_APPROXIMATORS.map((a) => [a.phrase, a.bound]));
const BOUND_MAX_WORDS = Math.max(...NUMBER_APPROXIMATORS.map((a) => a.phrase.split(' ').length));

/** Two words with a dash between them and nothing else: the speaker broke off and restarted. */
function isRestart(text: string, a: Term, b: Term): boolean {
  return /^\s*(?:—|–|--)\s*$/.test(text.slice(a.end, b.start));
}

/** The bound just before term `i` ("more than", "nearly") and how many words say it; "" for a bare figure. */
function boundBefore(terms: readonly Term[], i: number): { bound: string; words: number } {
  // An article before a figure named by a noun ("over a decade") stands between it and its bound;
  // "the" only before a word that states a figure ("nearly the double": a stiff "nearly twice").
  const before = terms[i - 1]?.norm;
  const figureWord = terms[i] !== undefined && isFigureWord(terms[i]!);
  const article = before === 'a' || before === 'an' || (before === 'the' && figureWord) ? 1 : 0;
  // The longest phrase first: "in the region of" before "of".
  for (let n = BOUND_MAX_WORDS; n >= 1; n--) {
    if (i - article - n < 0) continue;
    const phrase = terms
      .slice(i - article - n, i - article)
      .map((t) => t.norm)
      .join(' ');
    if (BOUND.has(phrase)) return { bound: BOUND.get(phrase)!, words: n + article };
  }
  return { bound: '', words: 0 };
}

/**
 * The other end of the range a figure closes or opens, or -1: "between 30 and 35", "two to three
 * weeks", "two or three names", "20-30". A range is one figure with two ends. "from 4 to 3" is a
 * change between two values, not a range, and "between" is needed before an "and", which otherwise
 * joins two figures of their own ("30 nurses and 35 doctors" are two terms apart anyway).
 */
function rangeEndOf(terms: readonly Term[], text: string, i: number): number {
  const link = (k: number) => terms[k]?.norm;
  const figure = (k: number) => k >= 0 && k < terms.length && terms[k]!.num !== null;
  const dashed = (a: number, b: number) => /^\s*[-–]\s*$/.test(text.slice(terms[a]!.end, terms[b]!.start));
  const joins = (a: number, b: number, w: string | undefined) =>
    (w === 'and' && link(a - 1) === 'between') || (w === 'to' && link(a - 1) !== 'from') || w === 'or';
  if (figure(i - 2) && joins(i - 2, i, link(i - 1))) return i - 2;
  if (figure(i + 2) && joins(i, i + 2, link(i + 1))) return i + 2;
  if (figure(i - 1) && dashed(i - 1, i)) return i - 1;
  if (figure(i + 1) && dashed(i, i + 1)) return i + 1;
  return -1;
}

/**
 * One end of the speaker's range quoted as the figure ("between 30 and 35 dollars" → "35
 * dollars", "within two to three weeks" → "within two weeks"): a point put for an interval, a
 * firmer figure than was given, as a bound dropped is.
 */
export const rangeNarrowed: Rule = ({ alignment, quoteText, articleText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const pTerms = seg.candidate.terms;
    const pText = articleText(seg.candidate.article);
    for (const m of seg.support.values()) {
      if (alignment.quote[m.q]!.num === null || pTerms[m.p]!.num === null) continue;
      const other = rangeEndOf(pTerms, pText, m.p);
      if (other < 0 || rangeEndOf(alignment.quote, quoteText, m.q) >= 0) continue;
      const [a, b] = other < m.p ? [other, m.p] : [m.p, other];
      const range = pText.slice(pTerms[a]!.start, pTerms[b]!.end);
      out.push(
        `verdict.number-bound-changed: "${range}" → "${textOf(quoteText, alignment.quote[m.q]!)}" (a range made one figure)`,
      );
    }
  }
  return out;
};

/**
 * A word that states a figure without digits ("doubled", "tripled": WordNet defines them by a
 * count), which a bound blurs as it does a figure ("nearly tripled").
 */
export function isFigureWord(t: Term): boolean {
  return t.num === null && !t.light && !t.name && statedCountsOf(t.norm).size > 0;
}

/**
 * The figure kept but its bound changed: "more than 100 million" → "100 million", "nearly 2,000"
 * → "over 2,000", "nearly tripled" → "tripled". The bound is part of the figure: a quote that
 * opens on "30,000 people" where the speaker said "over 30,000 people" quotes another figure.
 */
export const numberBoundChanged: Rule = ({ alignment, quoteText, articleText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    for (const m of seg.support.values()) {
      const qt = alignment.quote[m.q]!;
      if (qt.num === null && !isFigureWord(qt)) continue;
      const pTerms = seg.candidate.terms;
      const pText = articleText(seg.candidate.article);
      const qBound = boundBefore(alignment.quote, m.q);
      // A figure the speaker corrected mid-phrase ("about 20 — 25 people") keeps the bound said
      // before the first try: the second figure replaces the first, not its bound.
      let head = m.p;
      while (head > 0 && pTerms[head - 1]!.num !== null && isRestart(pText, pTerms[head - 1]!, pTerms[head]!))
        head--;
      const pBound = boundBefore(pTerms, head);
      if (qBound.bound === pBound.bound) continue;
      const pFrom = pBound.words === 0 ? m.p : head - pBound.words;
      const qFrom = m.q - qBound.words;
      const before = pText.slice(pTerms[pFrom]!.start, pTerms[m.p]!.end);
      const after = quoteText.slice(alignment.quote[qFrom]!.start, qt.end);
      out.push(`verdict.number-bound-changed: "${before}" → "${after}"`);
    }
  }
  return out;
};
