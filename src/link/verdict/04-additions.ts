import { bestMatchIn } from '../align.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import { type Rule, textOf } from './rule.ts';

/** A quote sentence with at least this many content words and less support than the share below is one the source never said. */
const ADDED_SENTENCE_MIN_CONTENT = 3;
const ADDED_SENTENCE_MAX_SUPPORT = 0.25;

/**
 * The report runs on past the end (or starts before the start) of the source sentence with words of
 * its own: a new qualifier or object ("fraud" → "fraud on an industrial scale"). Only when the source
 * passage is rendered whole, with nothing of it left out, so a reordered paraphrase is not caught; a
 * source word reworded in place (a gap paired with quote words: "air service" → "air traffic") is
 * rendered, not left out.
 */
export const qualifierAdded: Rule = ({ alignment, diff, quoteText }) => {
  const out: string[] = [];
  for (const seg of alignment.segments) {
    if (seg.anchors.length === 0) continue;
    const reworded = diff.reworded.get(seg);
    const lost = [...(diff.unmatchedPrimary.get(seg) ?? [])].filter(
      (p) => !seg.candidate.terms[p]!.light && !reworded?.has(p),
    );
    if (lost.length > 0) continue;
    const supported = [...seg.support.keys()];
    const lastQ = Math.max(...supported);
    const firstQ = Math.min(...supported);
    const tail = seg.regionTo >= seg.candidate.terms.length ? range(lastQ + 1, seg.to) : [];
    const head = seg.regionFrom === 0 ? range(seg.from, firstQ) : [];
    for (const part of [head, tail]) {
      const words = part.filter((i) => diff.unsupported.has(i) && !alignment.quote[i]!.light);
      if (words.length > 0) {
        out.push(
          `verdict.qualifier-added: "${words.map((i) => textOf(quoteText, alignment.quote[i]!)).join(' ')}" (beyond the primary passage)`,
        );
      }
    }
  }
  return out;
};

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * A whole sentence of a multi-sentence quote that no candidate passage supports: the report added
 * it. Checked against every candidate, not only the segment it fell into, so a sentence merged into
 * a neighbour's segment is not mistaken for an invention.
 */
export const sentenceAdded: Rule = ({ alignment, quoteText }) => {
  const out: string[] = [];
  const sentences = splitSentences(quoteText);
  if (sentences.length < 2) return out;
  for (const s of sentences) {
    const idx = alignment.quote.flatMap((t, i) =>
      t.start >= s.start && t.end <= s.end && !t.light ? [i] : [],
    );
    if (idx.length < ADDED_SENTENCE_MIN_CONTENT) continue;
    const best = Math.max(
      0,
      ...alignment.candidates.map(
        (c) => idx.filter((i) => bestMatchIn(alignment.quote[i]!, i, c.terms) !== null).length / idx.length,
      ),
    );
    if (best < ADDED_SENTENCE_MAX_SUPPORT)
      out.push(`verdict.sentence-added: "${quoteText.slice(s.start, s.end)}" (no primary passage says it)`);
  }
  return out;
};
