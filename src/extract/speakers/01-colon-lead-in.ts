import type { Span } from '../../model/span.ts';
import { type Mention, mentionStartingAt } from './clause.ts';
import type { Frame, Sentence } from './frame.ts';

/** Longest label before a colon read as a speaker ("Lendovan Foreign Minister Aurel Brannik:"). */
const MAX_LEAD_IN_WORDS = 7;

/**
 * `Name: “…”` — a speaker name and a colon right before the opening mark, with nothing else
 * between the sentence start and the mark. Headlines, live blogs and pull quotes use it; a clause
 * before the colon ("He stressed that …: “…”") is left to the said-verb rule.
 */
export function findColonLeadIn(
  frame: Frame,
  s: Sentence,
  openAt: number,
): { mention: Mention; cue: Span } | null {
  const before = frame.masked.slice(s.start, openAt);
  const m = /^\s*([^\s:：][^:：]*?)\s*[:：]\s*$/u.exec(before);
  if (!m) return null;
  const label = m[1]!;
  if (label.split(/\s+/).length > MAX_LEAD_IN_WORDS) return null;
  const first = s.tokens.findIndex((t) => t.start >= s.start);
  if (first < 0) return null;
  const mention = mentionStartingAt(frame, s, first);
  if (!mention || mention.kind === 'pronoun') return null;
  const labelEnd = s.start + before.indexOf(label) + label.length;
  if (mention.end !== labelEnd) return null;
  const colonAt = s.start + before.search(/[:：]\s*$/u);
  return { mention, cue: { start: mention.start, end: colonAt + 1 } };
}
