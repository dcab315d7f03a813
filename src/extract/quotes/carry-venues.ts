import type { SpeakerRef } from '../speakers/frame.ts';
import type { Venue } from '../venues.ts';

/** What venue carrying reads of a quote draft. */
export interface VenueDraft {
  start: number;
  speaker: SpeakerRef | null;
  venue: Venue | null;
  /** Paragraph start, for carrying a venue between quotes of one paragraph. */
  paragraph: number;
}

function speakerKey(r: SpeakerRef | null): string | null {
  return r ? (r.entity ?? `name:${r.name}`) : null;
}

/**
 * A venue named once holds for the same speaker's other quotes in that paragraph, and an
 * interview venue ("told Le Monde") for the speaker's later quotes anywhere in the article.
 * Sorts `drafts` by start. The venue lent within a paragraph is that of the speaker's first quote
 * there holding one (named, or lent to it earlier in this pass); kept per paragraph and speaker,
 * since searching all drafts for it at each quote was quadratic in a text of thousands of quotes.
 */
export function carryVenues(drafts: VenueDraft[]): void {
  drafts.sort((x, y) => x.start - y.start);
  const interview = new Map<string, Venue>();
  const groupOf = (d: VenueDraft, key: string): string => `${d.paragraph}\u0000${key}`;
  const first = new Map<string, { at: number; draft: VenueDraft }>();
  drafts.forEach((d, at) => {
    const key = speakerKey(d.speaker);
    if (key !== null && d.venue && !first.has(groupOf(d, key))) first.set(groupOf(d, key), { at, draft: d });
  });
  drafts.forEach((d, at) => {
    const key = speakerKey(d.speaker);
    if (key === null) return;
    if (d.venue) {
      if (d.venue.interview && !interview.has(key)) interview.set(key, d.venue);
      return;
    }
    const group = groupOf(d, key);
    const held = first.get(group);
    if (held?.draft.venue) d.venue = { ...held.draft.venue, rule: 'venue.same-paragraph' };
    else if (interview.has(key)) d.venue = { ...interview.get(key)!, rule: 'venue.carried-interview' };
    if (d.venue && (!held || at < held.at)) first.set(group, { at, draft: d });
  });
}
