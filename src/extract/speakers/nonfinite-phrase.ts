import { VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/** Longest run of adverbs and negation before a set-off participle ("not even needing"). */
const MAX_WORDS_BEFORE_PARTICIPLE = 3;

/** An -ing participle, in lower case ("asserting", "answering"). */
const ING_PARTICIPLE = /^\p{Ll}[\p{L}-]{2,}ing$/u;

/** -ing words used as prepositions ("including states", "according to"): no verb, no understood subject. */
const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'according',
  'concerning',
  'considering',
  'excluding',
  'following',
  'including',
  'regarding',
  'notwithstanding',
  'pending',
]);

/**
 * speaker.nonfinite-controller: "X said, not even needing to mention …", "X agreed to an
 * interview, answering questions about …", "…, asserting “…”" — a cue inside a participle
 * phrase set off by a comma after the main clause has no subject of its own: a participle's
 * understood subject is the main clause's. The cue is the participle, the infinitive right after
 * it ("needing to mention") or the noun it takes ("answering questions"). Returns the index of
 * the phrase's first token (right after the comma), or -1.
 */
export function findNonfinitePhrase(frame: Frame, s: Sentence, cue: number): number {
  let open = cue;
  while (open > 0 && !gapBetween(frame, s, open - 1, open).includes(',')) open--;
  if (open <= 0) return -1;
  let p = open;
  while (p < cue && p - open < MAX_WORDS_BEFORE_PARTICIPLE && isAdverb(s.tokens[p]!.norm)) p++;
  const participle = s.tokens[p]!;
  if (!ING_PARTICIPLE.test(participle.text) || PREPOSITIONAL_PARTICIPLES.has(participle.norm)) return -1;
  for (let k = p; k < cue; k++) if (!/^\s+$/u.test(gapBetween(frame, s, k, k + 1))) return -1;
  const infinitive = cue === p + 2 && s.tokens[p + 1]!.norm === 'to';
  return cue === p || cue === p + 1 || infinitive ? open : -1;
}

function isAdverb(norm: string): boolean {
  return norm === 'not' || VERB_GAP_WORDS.has(norm) || /ly$/u.test(norm);
}
