import { COMPLETION_WORDS, INCEPTION_WORDS } from '../../../nlp/lexicons/verb-frames.ts';
import { termize } from '../terms.ts';
import type { Rule } from './rule.ts';

const INCEPTION = new Set(INCEPTION_WORDS);
const COMPLETION = new Set(COMPLETION_WORDS);

/**
 * A phase verb put for another: "has begun a review" → "has completed a review", "finished the
 * count" → "started the count". Begin and complete name two phases of one event (under way, over),
 * so the event is told at another stage: the aspect changed, as "started shipping" → "delivered".
 * The two verbs are no synonyms and share no WordNet sense, but the frame rule reads them only as
 * frames of another verb; with a noun of the event as their object they were a rewording.
 */
export const phaseChanged: Rule = ({ diff }) => {
  for (const [from, to] of diff.substituted) {
    const was = phase(from);
    const now = phase(to);
    if (was !== null && now !== null && was !== now)
      return [`verdict.tense-changed: "${from}" → "${to}" (another phase of the event)`];
  }
  return [];
};

/** The phase a phrase's verb names: under way, over, or none. */
function phase(text: string): 'begun' | 'over' | null {
  const words = termize(text).map((t) => t.norm);
  if (words.some((w) => INCEPTION.has(w))) return 'begun';
  if (words.some((w) => COMPLETION.has(w))) return 'over';
  return null;
}
