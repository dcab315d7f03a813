import { findAskedSpeechOwner } from './01-colon-lead-in.ts';
import type { SpeechEvent } from './02-said-verb.ts';
import { findSolePerson, isNewsroomOrStreet } from './04-pronoun-role.ts';
import { type Frame, type Sentence, type SpeakerRef, sentenceAt } from './frame.ts';

/** A speaker known at a position: a quote already attributed, or a speech verb's subject. */
export interface SpeakerMark {
  at: number;
  speaker: SpeakerRef;
}

/**
 * Line breaks a speaker carries across. News prints an unattributed quote paragraph right after
 * the one that named its speaker; beyond a couple of paragraphs the attribution is gone. Counted
 * in line breaks (scraped text may put blank lines between paragraphs), so 4 ≈ two paragraphs.
 */
const MAX_CARRY_LINE_BREAKS = 4;

/**
 * The speaker of the nearest earlier statement: consecutive quotes keep their speaker until a new
 * one is named, and a reported-speech verb ("He added that …") names one too. A newsroom credit
 * ("according to Tarn Wire", "By the Metro Desk") sources the report, not the next quotation: it
 * is never carried.
 */
export function findCarriedSpeaker(
  text: string,
  marks: readonly SpeakerMark[],
  pos: number,
): SpeakerRef | null {
  let best: SpeakerMark | null = null;
  for (const m of marks) {
    if (m.at > pos || isNewsroomOrStreet(m.speaker.name)) continue;
    if (best === null || m.at >= best.at) best = m;
  }
  if (best === null) return null;
  let breaks = 0;
  for (let i = best.at; i < pos; i++)
    if (text.charCodeAt(i) === 10 && ++breaks > MAX_CARRY_LINE_BREAKS) return null;
  return best.speaker;
}

/**
 * speaker.introduced: a quotation standing as a sentence of its own right after a sentence about
 * a person ("Harbour director Ilsa Varn laid out the timeline. “The locks open in May.”"): news
 * introduces a speaker with what they did and lets the quote follow. The person is the previous
 * sentence's subject, or the one person it names; a mark at that sentence's end, for carry-over.
 * Only for a quote with no speech verb in its sentence.
 */
export function findIntroducedSpeaker(
  a: { frame: Frame; subjectOf(index: number): SpeakerRef | null; eventsOf(index: number): SpeechEvent[] },
  openAt: number,
): SpeakerMark[] {
  const { frame } = a;
  const s = sentenceAt(frame, openAt);
  if (!s || s.index === 0 || frame.masked.slice(s.start, openAt).trim() !== '') return [];
  // A speech verb of its own ("“…,” she said") attributes the quote, even when it finds no one.
  if (a.eventsOf(s.index).length > 0) return [];
  const previous = frame.sentences[s.index - 1]!;
  // "Lund's answer? “…”": the question names whose words follow.
  const asked = findAskedSpeechOwner(frame, previous);
  if (asked) return [{ at: previous.end, speaker: asked }];
  // A previous sentence that is itself a statement ("“…,” Varn said, as …") hands on its own
  // speaker, whatever kind the index gave them, not a person its aside names.
  const spoken = a.eventsOf(previous.index).find((e) => e.speaker && e.how !== 'passive-agent');
  if (spoken?.speaker) return [{ at: previous.end, speaker: spoken.speaker }];
  const subject = a.subjectOf(previous.index);
  const person =
    subject?.type === 'person' || (subject !== null && introducesByRole(frame, previous, subject))
      ? subject
      : findSolePerson(frame, previous);
  return person ? [{ at: previous.end, speaker: person }] : [];
}

/**
 * speaker.colon-introduced: a sentence ending in a colon hands the next paragraph's quotation to
 * its subject, a role its article never names too ("… the orchestra's treasurer put it bluntly:"). A
 * pronoun's antecedent is the carry-over's to find ("He went on:"), not this rule's.
 */
function introducesByRole(frame: Frame, previous: Sentence, subject: SpeakerRef): boolean {
  // The subject written in the sentence itself, not an antecedent a pronoun was resolved to.
  if (subject.type !== null || subject.start < previous.start) return false;
  return /[:：]\s*$/u.test(frame.masked.slice(previous.start, previous.end));
}
