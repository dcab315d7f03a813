import type { QuotedSpan, Span } from './span.ts';

export type QuoteKind = 'direct' | 'transcript' | 'indirect';

/**
 * `verbatim`, `paraphrase` and `altered` judge quoted words (direct and transcript quotes) word for
 * word; reported speech (`indirect`) is judged by meaning, `supported` or `unsupported`;
 * `unsupported` also says no passage holds a quote's words, and `no_primary` that nothing was
 * found to check it against.
 */
export const VERDICTS = [
  'verbatim',
  'paraphrase',
  'supported',
  'altered',
  'unsupported',
  'no_primary',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How a reported quote compares with the primary source, with the evidence for the verdict. */
export interface Provenance {
  verdict: Verdict;
  /** The aligned primary span(s); several when a report stitches non-adjacent passages. */
  primary: QuotedSpan[];
  /** Alignment score in [0, 1]. */
  score: number;
  added: string[];
  dropped: string[];
  substituted: [string, string][];
  /** Why the verdict, e.g. `intensifier added: "decisively"`. */
  reasons: string[];
  /**
   * How sure Hearsay is of this verdict, in [0, 1] — not how true or accurate the quote is. An
   * exact quote and a figure changed are sure calls (near 1); a paraphrase just above the coverage
   * floor, an alteration resting on a wording change without evidence, or a `no_primary` whose words
   * nearly align are not (near 0.5). Derived from the alignment and the rule that decided, see
   * link/provenance/verdict/confidence.ts; reports list the lowest as calls for a person to check.
   */
  confidence: number;
}

export interface Speaker {
  /** Canonical name of the speaker entity (or the surface name when unresolved). */
  name: string;
  /** Entity id, or null when the speaker could not be tied to an entity. */
  entity: string | null;
}

/** A statement found in an article: the words said, who said them, and where. */
export interface Quote extends Span {
  id: string;
  article: string;
  text: string;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The attribution cue (`said`, `Aurel Brannik:`, `according to`), when there is one. */
  cue: Span | null;
  venue: string | null;
  /** The named rule that found the venue (`venue.told`, `venue.carried-interview`), when there is one. */
  venueRule?: string | null;
  /** The named rule that found the quote and the one that attributed it. */
  rule: string;
  speakerRule: string | null;
  provenance?: Provenance;
}

/** Each article id's quotes, in the order given: the stages read an article with its own quotes. */
export function quotesByArticle(quotes: readonly Quote[]): Map<string, Quote[]> {
  const out = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = out.get(q.article);
    if (list) list.push(q);
    else out.set(q.article, [q]);
  }
  return out;
}
