import type { Span } from '../../model/span.ts';
import { DETERMINERS } from '../../nlp/lexicons/function-words.ts';
import { DEMAND_VERBS } from '../../nlp/lexicons/stance-cues.ts';
import { lastTokenEndingBy } from '../../nlp/tokens.ts';
import { lemmasOf } from '../../nlp/wordnet/wordnet.ts';
import type { SpeechEvent } from './02-said-verb.ts';
import { resolveReference } from './04-pronoun-role.ts';
import { resolveName } from './clause.ts';
import type { Frame, Sentence, SpeakerRef } from './frame.ts';
import { isInProseLine } from './quoted-predicate.ts';
import { findSentenceSubject } from './sentence-subject.ts';

/** The one-word verbs of requiring ("want", "expect", "seek"), whose subject is the one who asks. */
const DEMAND_LEMMAS: ReadonlySet<string> = new Set(
  DEMAND_VERBS.map((d) => d.cue).filter((c) => !c.includes(' ')),
);

/**
 * "wants", "expected", "requires", "urged", "sought": a finite form of a verb of requiring, found
 * through WordNet's inflections (irregular pasts included); not the bare form, which also opens an
 * infinitive, nor the participle in "-ing".
 */
function isDemandForm(norm: string): boolean {
  if (norm.endsWith('ing')) return false;
  return lemmasOf(norm, 'v').some((l) => l !== norm && DEMAND_LEMMAS.has(l));
}

/** Adverbs between a subject and its verb ("also wants", "now expects", "clearly wants"). */
const ADVERBS = /^(?:also|still|now|further|\p{Ll}+ly)$/u;

/**
 * speaker.demand-verb: 'The regulator wants the ferry line to publish its fares "before the summer".'
 * — a report gives a person's demand by a verb of requiring (want, expect, seek, require, urge)
 * and quotes the words of it: a quoted phrase in the clause after such a verb is its subject's,
 * as with a verb of saying. Only a person (a named one, a person's office, "he" or "she") demands
 * in words; "the bill requires “…”" is left alone.
 */
export function findDemandVerbSpeaker(
  frame: Frame,
  s: Sentence,
  openAt: number,
  earlier: readonly SpeechEvent[],
  subjectOf: (index: number) => SpeakerRef | null,
): { speaker: SpeakerRef; cue: Span } | null {
  const last = lastTokenEndingBy(s.tokens, openAt);
  // "wants a deal, not a “fare war”": a quoted noun after its article is the
  // writer's term, not the words of the demand; and a headline's demand is left to headline rules.
  if (last < 0 || DETERMINERS.has(s.tokens[last]!.norm) || !isInProseLine(frame.text, openAt)) return null;
  for (let k = last; k > 0; k--) {
    const verb = s.tokens[k]!;
    if (!/^\p{Ll}/u.test(verb.text) || !isDemandForm(verb.norm)) continue;
    const m = findSentenceSubject(frame, s, k);
    if (!m || m.to > k || !s.tokens.slice(m.to, k).every((t) => ADVERBS.test(t.norm))) return null;
    if (m.kind !== 'name' && m.refersTo !== 'person') return null;
    const speaker =
      m.kind === 'name' ? resolveName(frame, s, m) : resolveReference(frame, s, m, earlier, subjectOf);
    const person = speaker?.type === 'person' || (speaker?.type === null && m.kind !== 'name');
    if (!speaker || !person) return null;
    return { speaker, cue: { start: verb.start, end: verb.end } };
  }
  return null;
}
