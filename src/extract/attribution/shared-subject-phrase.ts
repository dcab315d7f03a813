/**
 * speaker.subject-phrase (shared): "The mayor’s younger sister went to school with them, and told
 * stories of how …", "Some workers seek a move, fearing the cuts, and argue that …", "Recognizing
 * the gap, the mayor’s inner circle believes …" — a cue after "and", in a participle phrase set off
 * by a comma or in an opening participle clause has no subject of its own but the main clause's
 * (speakers/nonfinite-phrase.ts, main-clause-source.ts); a noun cue after an owner pronoun ("have
 * been unsparing in their criticism of") is the act of the subject the pronoun stands for. The rules hand it the sentence's resolved subject; when
 * that is a phrase no rule ties to anyone (an owner's relative, a group, a quantity), the phrase is
 * read here at the main clause's first verb, as for a cue standing there. Read, like
 * subject-phrase.ts, only for a clause the model already chose without a source, so the model's
 * features are unchanged.
 */
import { BE_FORMS, VERB_GAP_WORDS } from '../../nlp/lexicons/function-words.ts';
import type { Token } from '../../nlp/tokens.ts';
import type { Sentence, SpeakerRef } from '../speakers/frame.ts';
import { findCoordinatedVerb, findNonfinitePhrase } from '../speakers/nonfinite-phrase.ts';
import { isLowerCaseVerb, VERB_FORM_TAGS } from '../speakers/verb-words.ts';
import type { FrameAnalysis } from '../speakers.ts';
import { findClauseOpen, findFallbackSource } from './source.ts';
import { findSubjectPhrase } from './subject-phrase.ts';
import { findOpeningClauseEnd } from './main-clause-source.ts';

/** Sources read off the main verb's own subject, not fallbacks from elsewhere in the sentence. */
const MAIN_SUBJECT_RULES: ReadonlySet<string> = new Set([
  'speaker.source-surface',
  'speaker.subject-before-cue',
  'speaker.clause-subject',
  'speaker.modified-subject',
  'speaker.quantity-subject',
]);

const isVerb = (t: Token): boolean => isLowerCaseVerb(t, VERB_FORM_TAGS);

/** Most adverbs between a coordinator and the verb it joins ("and then also told"). */
const MAX_ADVERBS = 2;

/**
 * "…, and told", "and then warned": the coordinator right before the cue, past a few adverbs
 * (findCoordinatedVerb reads longer verb phrases, with no comma before the coordinator). The
 * index of the coordinator, or -1.
 */
function coordinatorBefore(s: Sentence, cue: number): number {
  let k = cue - 1;
  while (k > cue - 1 - MAX_ADVERBS && k > 0 && VERB_GAP_WORDS.has(s.tokens[k]!.norm)) k--;
  const t = s.tokens[k];
  return t && (t.norm === 'and' || t.norm === 'but') ? k : -1;
}

/** Owner pronouns that stand for a clause's subject before its noun ("their criticism"). */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);
/** Most lower-case modifiers between the owner pronoun and the noun cue ("their renewed call"). */
const MAX_OWNED_MODIFIERS = 2;

/** The index of an owner pronoun right before the cue, past a few lower-case modifiers, or -1. */
function ownerPronounBefore(s: Sentence, cue: number): number {
  for (let k = cue - 1; k >= 0 && cue - k <= MAX_OWNED_MODIFIERS + 1; k--) {
    const t = s.tokens[k]!;
    if (OWNER_PRONOUNS.has(t.norm)) return k;
    if (!/^\p{Ll}+$/u.test(t.text)) return -1;
  }
  return -1;
}

export function findSharedSubjectPhrase(a: FrameAnalysis, s: Sentence, cue: number): SpeakerRef | null {
  const coordinator = findCoordinatedVerb(a.frame, s, cue);
  let at =
    coordinator >= 0
      ? coordinator
      : Math.max(coordinatorBefore(s, cue), findNonfinitePhrase(a.frame, s, cue));
  let open = at > 0 ? findClauseOpen(a.frame, s, at) : -1;
  // "Recognizing the gap, the mayor's inner circle believes …": an opening participle clause's
  // doer is the main clause's subject, after the clause's comma.
  // "Local farmers have been unsparing in their criticism of …": an owner pronoun before a noun
  // cue in the clause stands for the clause's subject.
  if (at <= 0) at = ownerPronounBefore(s, cue);
  if (at > 0 && open < 0) open = findClauseOpen(a.frame, s, at);
  const comma = at > 0 ? -1 : findOpeningClauseEnd(a, s, cue);
  if (comma >= 0) {
    open = s.tokens.findIndex((t) => t.start > comma);
    at = s.tokens.length;
  }
  if (at <= 0 || open < 0) return null;
  for (let k = open + 1; k < at; k++) {
    if (!isVerb(s.tokens[k]!)) continue;
    // "Among the risks are precedents limiting …, and requiring": after a copula the participles
    // modify its complement; only a progressive ("is breaking … and talking") is the subject's act.
    if (BE_FORMS.has(s.tokens[k]!.norm) && !/ing$/u.test(s.tokens[k + 1]?.norm ?? '')) return null;
    const event = a.eventAt(s.index, k);
    if (event?.speaker) return event.speaker;
    const read = findFallbackSource(a, s, k, event);
    return read && MAIN_SUBJECT_RULES.has(read.rule) ? read.speaker : findSubjectPhrase(a.frame, s, k);
  }
  return null;
}
