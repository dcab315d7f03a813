import type { SpeakerRef } from './frame.ts';

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
 * one is named, and a reported-speech verb ("He added that …") names one too.
 */
export function findCarriedSpeaker(
  text: string,
  marks: readonly SpeakerMark[],
  pos: number,
): SpeakerRef | null {
  let best: SpeakerMark | null = null;
  for (const m of marks) if (m.at <= pos && (best === null || m.at >= best.at)) best = m;
  if (best === null) return null;
  let breaks = 0;
  for (let i = best.at; i < pos; i++)
    if (text.charCodeAt(i) === 10 && ++breaks > MAX_CARRY_LINE_BREAKS) return null;
  return best.speaker;
}
