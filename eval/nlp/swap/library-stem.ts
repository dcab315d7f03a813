/**
 * stem() with a library's suffix stripping in place of our Porter steps; the rest stays ours (the
 * possessive dropped, British spellings folded, short words and words with digits left alone), so
 * a swap measures the stemming algorithm and nothing else.
 */
import { foldBritishSpelling } from '../../../src/nlp/stem.ts';

const MIN_STEM_CHARS = 3;

export function withCore(core: (word: string) => string): (word: string) => string {
  return (word) => {
    const w = foldBritishSpelling(word.replace(/['’]s$/, ''));
    if (w.length <= MIN_STEM_CHARS || /\d/.test(w)) return w;
    return core(w);
  };
}
