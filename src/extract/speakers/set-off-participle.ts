/**
 * speaker.set-off-participle: "Some candidates have called for allies to fight the Orrin State in
 * Syria, saying …", "Lund's aides reached out to Tom Moss, a speechwriter, asking …" — an -ing
 * verb set off by a comma at the end of a clause modifies that clause, so its doer is the clause's
 * subject, never the noun (or the appositive) standing right before the comma. The clause is the
 * last one joined after a comma by a coordinator ("…, and the union has sued the city, saying"),
 * else the sentence's main clause.
 */
import { type Mention, mentionStartingAt } from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/** Coordinators that open a clause of their own after a comma or semicolon. */
const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

/**
 * Whether the -ing cue at token `i` is set off by a comma right before it (or before its adverb:
 * "…, immediately delivering"); a comma before an auxiliary ("One group, X, is circulating") is not.
 */
export function isSetOffParticiple(frame: Frame, s: Sentence, i: number): boolean {
  if (i < 1 || !/ing$/u.test(s.tokens[i]!.norm)) return false;
  if (gapBetween(frame, s, i - 1, i).includes(',')) return true;
  return i >= 2 && /ly$/u.test(s.tokens[i - 1]!.norm) && gapBetween(frame, s, i - 2, i - 1).includes(',');
}

/**
 * Whether the noun phrase read before a set-off participle (`m`) is still its doer: the clause's
 * own subject or its appositive ("Sen. Ada Lund (D), noting …, said"; `subject` is the sentence
 * subject), or the subject of a relative clause closing just before it ("an academic named Ivo
 * Brandt, who worked the crowd, praising …").
 */
export function keepsDoer(
  frame: Frame,
  s: Sentence,
  m: Mention,
  subject: Mention | null,
  i: number,
): boolean {
  if (subject && m.start <= subject.end) return true;
  for (let k = m.to; k < i; k++) if (RELATIVE_WORDS.has(s.tokens[k]!.norm)) return true;
  return false;
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom']);

/**
 * The subject opening the last coordinated clause before token `i` ("…, and the union has sued"),
 * or null when the participle's clause is the sentence's first.
 */
export function findConjunctClauseSubject(frame: Frame, s: Sentence, i: number): Mention | null {
  for (let k = i - 1; k > 0; k--) {
    if (!CLAUSE_COORDINATORS.has(s.tokens[k]!.norm)) continue;
    if (!/[,;]/u.test(gapBetween(frame, s, k - 1, k))) continue;
    const m = mentionStartingAt(frame, s, k + 1);
    return m && m.to < i ? m : null;
  }
  return null;
}
