import { type Alignment, bestMatchIn, type CandidateSentence, NEAR_SENTENCES } from '../alignment/align.ts';
import { splitSentences } from '../../../nlp/sentences.ts';
import type { Term } from '../terms.ts';
import { type Rule, textOf } from './rule.ts';

/**
 * A quote sentence with at least this many content words and less support than the share below is
 * one the source never said. The share holds for one sentence and for a pooled neighbourhood alike
 * (unrelated sentences share a word or two by chance; a summary keeps a third or more of its words).
 */
const ADDED_SENTENCE_MIN_CONTENT = 3;
const ADDED_SENTENCE_MAX_SUPPORT = 0.25;

/**
 * The report runs on past the end (or starts before the start) of the source sentence with words of
 * its own: a new qualifier or object ("fraud" → "fraud on an industrial scale"). Only when the source
 * passage is rendered whole, with nothing of it left out, so a reordered paraphrase is not caught; a
 * source word reworded in place (a gap paired with quote words: "air service" → "air traffic") is
 * rendered, not left out.
 */
export const qualifierAdded: Rule = ({ alignment, diff, quoteText, articleText }) => {
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
    const ends =
      seg.regionTo >= seg.candidate.terms.length ||
      endsClause(articleText(seg.candidate.article), seg.candidate.terms, seg.regionTo);
    const tail = ends ? range(lastQ + 1, seg.to) : [];
    const head = seg.regionFrom === 0 ? range(seg.from, firstQ) : [];
    const around = neighbourhoodOf(alignment);
    for (const part of [head, tail]) {
      const words = part.filter(
        (i) =>
          diff.unsupported.has(i) &&
          !diff.rewordedQuote.has(i) &&
          !alignment.quote[i]!.light &&
          !isCutFromNearby(alignment, quoteText, lastQ, i, around),
      );
      if (words.length > 0) {
        out.push(
          `verdict.qualifier-added: "${words.map((i) => textOf(quoteText, alignment.quote[i]!)).join(' ')}" (beyond the primary passage)`,
        );
      }
    }
  }
  return out;
};

/**
 * A word after an ellipsis that follows the passage's last rendered word, found in a sentence
 * nearby: the report cut to another passage ("help families … farmers … and the towns"), it did
 * not run on. A word no nearby sentence has is still an addition.
 */
function isCutFromNearby(
  alignment: Alignment,
  quoteText: string,
  lastQ: number,
  i: number,
  around: CandidateSentence[],
): boolean {
  if (i <= lastQ) return false;
  const between = quoteText.slice(alignment.quote[lastQ]!.end, alignment.quote[i]!.start);
  if (!/…|\.\.\./u.test(between)) return false;
  return around.some((c) => bestMatchIn(alignment.quote[i]!, i, c.terms) !== null);
}

/**
 * A semicolon, colon or dash after the region's last word: the speaker's clause ended there, and
 * what the quote runs on with past it ("and the statues returned; the rest …" → "… returned
 * unconditionally") is the report's own, as past the sentence's end.
 */
function endsClause(text: string, terms: readonly Term[], regionTo: number): boolean {
  const last = terms[regionTo - 1];
  const next = terms[regionTo];
  return (
    last !== undefined && next !== undefined && /[;:\u2014\u2013]/u.test(text.slice(last.end, next.start))
  );
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * A whole sentence of a multi-sentence quote that no primary passage supports: the report added it.
 * A passage is one candidate sentence (so a sentence merged into a neighbour's segment is not
 * mistaken for an invention) or the neighbourhood of the passages the quote renders, pooled: a
 * reporter's one-sentence summary of the sentences around ("requires no effort" from "would not
 * require any effort" and the sentence after it) is a rephrasing, not an added claim.
 */
export const sentenceAdded: Rule = ({ alignment, quoteText }) => {
  const out: string[] = [];
  const sentences = splitSentences(quoteText);
  if (sentences.length < 2) return out;
  const around = neighbourhoodOf(alignment);
  for (const s of sentences) {
    const idx = alignment.quote.flatMap((t, i) =>
      t.start >= s.start && t.end <= s.end && !t.light ? [i] : [],
    );
    if (idx.length < ADDED_SENTENCE_MIN_CONTENT) continue;
    const best = Math.max(
      supportIn(alignment, idx, around),
      ...alignment.candidates.map((c) => supportIn(alignment, idx, [c])),
    );
    if (best < ADDED_SENTENCE_MAX_SUPPORT)
      out.push(`verdict.sentence-added: "${quoteText.slice(s.start, s.end)}" (no primary passage says it)`);
  }
  return out;
};

/** Candidates within NEAR_SENTENCES of a sentence some segment of the quote renders. */
function neighbourhoodOf(alignment: Alignment): CandidateSentence[] {
  const rendered = alignment.segments.map((seg) => seg.candidate.position);
  return alignment.candidates.filter((c) => rendered.some((p) => Math.abs(p - c.position) <= NEAR_SENTENCES));
}

/** Share of the quote terms `idx` that some sentence of `passage` matches. */
function supportIn(alignment: Alignment, idx: number[], passage: CandidateSentence[]): number {
  const found = idx.filter((i) => passage.some((c) => bestMatchIn(alignment.quote[i]!, i, c.terms) !== null));
  return found.length / idx.length;
}
