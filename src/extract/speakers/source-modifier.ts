import { SPEECH_VERB_FORMS } from '../../nlp/lexicons/speech-verbs.ts';
import type { Mention } from './clause.ts';
import { type Frame, gapBetween, type Sentence, type SpeakerRef } from './frame.ts';

/**
 * Prepositions that tie an unnamed source to whom it belongs or speaks for ("the leaders of …",
 * "a study by …", "his critics in …", "an aide to …", "a source at …").
 */
const TIE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'at', 'in', 'by', 'from', 'with']);
/** Most words of the modifier read after the source's own words ("of the state of New York" is 6). */
const MAX_MODIFIER_WORDS = 10;
/** Words that end the source's phrase: a relative clause or the clause's verb starts there. */
const PHRASE_ENDERS: ReadonlySet<string> = new Set([
  ...['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but'],
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might'],
  ...['must', 'should', 'does', 'did', 'do'],
]);

/**
 * speaker.source-modifier: "The attorney general of the state of New York is suing …, claiming",
 * "a 2013 study by economists Ada Lund and Ivo Brandt", "The survey, conducted by the Harlow
 * Institute, finds": an unnamed source (a role or phrase no entity stands for) keeps the
 * modifier after it that names whom it belongs to, speaks for or was made by — a prepositional
 * phrase, or a participle phrase set off by commas — up to the modifier's last capitalised word.
 * Its words then say who spoke, as the writer put it; a modifier naming no one adds nothing and
 * is left out. The reference keeps its span: only the words it is known by grow. `cue`, the
 * cue's token when the source is read before it, bounds the modifier.
 */
export function withSourceModifier(
  frame: Frame,
  s: Sentence,
  m: Mention,
  ref: SpeakerRef,
  cue = s.tokens.length,
): SpeakerRef {
  if (ref.entity !== null || m.kind === 'pronoun') return ref;
  const end = findModifierEnd(frame, s, m.to);
  // The cue's own words are never its source's ("The bill, opposed by X,": "opposed" is the cue).
  if (end <= m.to || (m.to <= cue && end > cue)) return ref;
  const name = frame.text.slice(ref.start, s.tokens[end - 1]!.end).replace(/['’]s$/u, '');
  return { ...ref, name };
}

/** The token after the modifier's last capitalised word, or `from` when none follows the source. */
function findModifierEnd(frame: Frame, s: Sentence, from: number): number {
  const first = s.tokens[from];
  if (!first) return from;
  const gap = gapBetween(frame, s, from - 1, from);
  // "The survey, conducted by …,": a participle phrase set off by commas, closed by its own comma.
  const setOff =
    /^\s*,\s*$/u.test(gap) && /^\p{Ll}[\p{L}-]+ed$/u.test(first.text) && s.tokens[from + 1]?.norm === 'by';
  if (!setOff && !(/^\s+$/u.test(gap) && TIE_PREPOSITIONS.has(first.norm))) return from;
  let end = from;
  for (let k = from + 1; k < s.tokens.length && k - from <= MAX_MODIFIER_WORDS; k++) {
    const joint = gapBetween(frame, s, k - 1, k);
    if (!/^(?:\s+|\.\s?|-)$/u.test(joint)) {
      if (setOff && /^\s*,/u.test(joint)) return end;
      break;
    }
    const tok = s.tokens[k]!;
    if (PHRASE_ENDERS.has(tok.norm) || SPEECH_VERB_FORMS.has(tok.norm)) break;
    if (/^\p{Lu}/u.test(tok.text)) end = k + 1;
  }
  // A set-off phrase that does not close within its span is no insert; a bare phrase ends at its last name.
  return setOff ? from : end;
}
