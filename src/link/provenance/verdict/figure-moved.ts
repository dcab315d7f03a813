import type { SegmentAlignment } from '../alignment/align.ts';
import { sameValue } from '../alignment/match.ts';
import type { Term } from '../terms.ts';
import type { Rule } from './rule.ts';

/**
 * How far before the word it counts a figure may stand, over light words only ("six of the
 * bridges", "the four new ferries" reads the adjective as content and stops).
 */
const COUNTED_REACH = 3;

/**
 * A figure moved onto another count: the quote's figure is found in the passage, but the word it
 * counts in the quote is, in the passage, counted by another figure ("Four ferries will be withdrawn
 * and six will stay" → "Six ferries will be withdrawn"). Every word is the speaker's, yet the figure
 * now counts what the speaker gave another number for: the count changed, `number-changed`.
 * Only where the two figures stand in two clauses or coordinate parts and the rest of the quote says what the other
 * figure's clause says: "Our 300 staff are worried; 50 will be laid off" → "50 staff will be laid
 * off" names the noun the figure left out, and a part of a whole ("12 of the 40 schools") counts
 * the same things.
 */
export const figureMoved: Rule = ({ alignment, quoteText, articleText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    const p = seg.candidate.terms;
    for (let q = seg.from; q < seg.to; q++) {
      const figure = alignment.quote[q]!;
      const at = seg.support.get(q);
      if (figure.num === null || at === undefined || p[at.p]!.num === null) continue;
      const counted = countedAfter(alignment.quote, q, seg.to);
      const there = counted === -1 ? undefined : seg.support.get(counted);
      if (there === undefined) continue;
      const own = figureBefore(p, there.p);
      const parts = partsOf(p);
      if (own === at.p) {
        const moved = figureOfPartSaid(seg, parts, q, counted, at.p);
        if (moved !== -1) {
          const text = articleText(seg.candidate.article);
          const end = countedAfter(p, moved, p.length);
          out.push(
            `verdict.number-changed: "${text.slice(p[moved]!.start, p[end === -1 ? moved : end]!.end)}" → "${quoteText.slice(figure.start, alignment.quote[counted]!.end)}"`,
          );
        }
        continue;
      }
      if (own === -1 || sameValue(p[own]!.num!, figure.num)) continue;
      if (parts[own] === parts[at.p] || isPartitiveWhole(p, own)) continue;
      if (!saysPartOf(seg, parts, q, counted, parts[own]!, parts[at.p]!)) continue;
      const text = articleText(seg.candidate.article);
      out.push(
        `verdict.number-changed: "${text.slice(p[own]!.start, p[there.p]!.end)}" → "${quoteText.slice(figure.start, alignment.quote[counted]!.end)}"`,
      );
    }
  }
  return out;
};

/**
 * A figure kept with its own count but carried onto another part's words: "inspect the roof within
 * ten days and repair any leak within three" → "ten days to repair any leak". The quote's other
 * words are said in a part of the passage that gives its own figure, of another value, for the
 * same count or for none (the count left to be understood, "within three"): the figure now bounds
 * what the speaker gave another figure. The index of that figure in the passage, or -1.
 */
function figureOfPartSaid(
  seg: SegmentAlignment,
  parts: readonly number[],
  q: number,
  counted: number,
  at: number,
): number {
  const p = seg.candidate.terms;
  const unit = p[countedAfter(p, at, p.length)]!;
  // A figure the quote gives too was not replaced ("ten and fifteen metres", "forty fell ill, and
  // six of them …" quoted whole).
  const kept = new Set([...seg.support.values()].map((m) => m.p));
  for (let k = 0; k < p.length; k++) {
    const t = p[k]!;
    if (t.num === null || kept.has(k) || parts[k] === parts[at] || sameValue(t.num, p[at]!.num!)) continue;
    const its = countedAfter(p, k, p.length);
    if (its !== -1 && p[its]!.stem !== unit.stem) continue;
    if (saysPartOf(seg, parts, q, counted, parts[k]!, parts[at]!)) return k;
  }
  return -1;
}

/**
 * A figure after "of" counts the whole a part is taken from ("12 of the 40 schools", "of the 40
 * schools, 12 …"): the part's figure counts the same things.
 */
function isPartitiveWhole(terms: readonly Term[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - COUNTED_REACH); j--) {
    if (terms[j]!.norm === 'of') return true;
    if (!terms[j]!.light) return false;
  }
  return false;
}

/** The content word a figure counts: the first after it, over light words, in its clause. */
function countedAfter(terms: readonly Term[], i: number, to: number): number {
  for (let j = i + 1; j < Math.min(to, i + 1 + COUNTED_REACH); j++) {
    const t = terms[j]!;
    if (t.clause !== terms[i]!.clause || t.num !== null) return -1;
    if (!t.light) return j;
  }
  return -1;
}

/** The figure that counts the word at `i`: the nearest before it, over light words, in its clause. */
function figureBefore(terms: readonly Term[], i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - COUNTED_REACH); j--) {
    const t = terms[j]!;
    if (t.clause !== terms[i]!.clause) return -1;
    if (t.num !== null) return j;
    if (!t.light) return -1;
  }
  return -1;
}

/** Words that join two coordinate parts ("four will go and six will stay", "12 buses and 30 trams"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'whereas']);

/** The part of the passage each word stands in: a new one at each clause and each coordinator. */
function partsOf(terms: readonly Term[]): number[] {
  let part = 0;
  return terms.map((t, i) => {
    if (i > 0 && (t.clause !== terms[i - 1]!.clause || COORDINATORS.has(t.norm))) part++;
    return part;
  });
}

/**
 * The quote's other content words (not the figure, not what it counts) are found more in the part
 * of the passage's other figure than in the part of its own figure.
 */
function saysPartOf(
  seg: SegmentAlignment,
  parts: readonly number[],
  figure: number,
  counted: number,
  otherPart: number,
  ownPart: number,
): boolean {
  let other = 0;
  let own = 0;
  for (const m of seg.support.values()) {
    if (m.q === figure || m.q === counted) continue;
    if (parts[m.p] === otherPart) other += m.weight;
    else if (parts[m.p] === ownPart) own += m.weight;
  }
  return other > own;
}
