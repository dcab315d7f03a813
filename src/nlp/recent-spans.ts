import type { Span } from '../model/span.ts';

/** How many texts' results are kept: an article's text and a frame's slice of it interleave. */
const RECENT_TEXTS = 4;

/**
 * `split` remembered for the last few texts. The stages of one article each ask for the same
 * text's paragraphs and sentences (quotes, transcripts, headline lead-in, speaker frames, gender
 * evidence); they are split once. Each caller gets its own copy of the spans, so no caller can
 * change another's. A text is found by value, so a slice equal to a remembered text also hits.
 */
export function rememberRecentSpans(split: (text: string) => Span[]): (text: string) => Span[] {
  const texts: string[] = [];
  const results: Span[][] = [];
  return (text) => {
    let at = texts.indexOf(text);
    if (at < 0) {
      if (texts.length >= RECENT_TEXTS) {
        texts.shift();
        results.shift();
      }
      texts.push(text);
      results.push(split(text));
      at = texts.length - 1;
    }
    return results[at]!.map((s) => ({ start: s.start, end: s.end }));
  };
}
