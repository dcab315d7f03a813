import { trainAveraged } from './averaged-perceptron.ts';
import { decodeTags, ENDS, TRANSITIONS } from './content-tagger.ts';

/** One training sentence of the content tagger: each word's features and its gold tag (1: inside a content). */
export interface TaggedSentence {
  features: (readonly number[])[];
  gold: Uint8Array;
}

/** The transition features a tag sequence fires (content-tagger.ts' TRANSITIONS and ENDS). */
function transitionsOf(tags: Uint8Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < tags.length; k++)
    out.push(TRANSITIONS[k === 0 ? 4 + tags[k]! : tags[k - 1]! * 2 + tags[k]!]!);
  if (tags.length > 0) out.push(ENDS[tags[tags.length - 1]!]!);
  return out;
}

/**
 * A structured averaged perceptron (Collins 2002) over whole sentences: the prediction is the
 * Viterbi tag sequence under the current weights, and where it differs from the gold one the
 * words' features and the transitions move towards the gold tags. Deterministic for a given seed.
 */
export function trainTagger(
  sentences: readonly TaggedSentence[],
  epochs: number,
  seed: number,
): Map<number, number> {
  return trainAveraged<number, TaggedSentence>(
    sentences,
    epochs,
    seed,
    ({ features, gold }, { score, bump }) => {
      const inside = features.map((fs) => score(fs));
      const trans = TRANSITIONS.map((t) => score([t]));
      const ends = ENDS.map((t) => score([t]));
      const tags = decodeTags(inside, trans, ends);
      let same = true;
      for (let k = 0; k < tags.length; k++) {
        if (tags[k] === gold[k]) continue;
        same = false;
        bump(features[k]!, gold[k] ? 1 : -1);
      }
      if (same) return;
      bump(transitionsOf(gold), 1);
      bump(transitionsOf(tags), -1);
    },
  );
}
