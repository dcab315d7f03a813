/**
 * speaker.said-verb (nearer clause): "Tenants say the rules are unfair, and the union has sued
 * the city, saying …", "Ida Cole has attacked the owners and Tom Berg has praised them, and vowed
 * …" — a participle or coordinated verb with no subject of its own shares the subject of the
 * nearest finite clause before it, not the sentence's first one: a clause joined by "and", "but"
 * or "while" that opens with its own subject and verb ends the earlier clause's reach.
 */
import { findAppositiveSubject, skipBracketedLabel } from './03-appositive.ts';
import { type Mention, mentionStartingAt } from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';
import { isFiniteVerbForm } from './verb-words.ts';

/** Words joining a finite clause with a subject of its own to the one before it. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

const opensVerb = (s: Sentence, k: number): boolean => {
  const t = s.tokens[k];
  return t !== undefined && isFiniteVerbForm(t);
};

/** Most tokens of a bracketed label or an appositive between a name and its verb. */
const MAX_INSERT_TOKENS = 8;

/**
 * "and Sen. Ida Cole (R-Ohio) kept asking", "while Ida Cole, the former mayor, proposed": the
 * token of the verb after the name `m`, past a party or state label in brackets or an appositive
 * set off by commas, both the name's (skipBracketedLabel, findAppositiveSubject); else m.to.
 */
function verbAfterName(frame: Frame, s: Sentence, m: Mention): number {
  const at = m.to;
  if (at >= s.tokens.length || !/^\s*[(,]/u.test(gapBetween(frame, s, at - 1, at))) return at;
  for (let v = at + 1; v < s.tokens.length && v <= at + MAX_INSERT_TOKENS; v++) {
    if (!opensVerb(s, v)) continue;
    if (skipBracketedLabel(frame, s, v - 1) === at - 1) return v;
    return gapBetween(frame, s, v - 1, v).includes(',') &&
      findAppositiveSubject(frame, s, v - 1)?.from === m.from
      ? v
      : at;
  }
  return at;
}

/**
 * The subject of the last clause joined after token `from` and before the cue's own opening
 * (`open`, the comma or coordinator the participle or verb follows), or null when none is.
 */
export function findNearerClauseSubject(
  frame: Frame,
  s: Sentence,
  from: number,
  open: number,
): Mention | null {
  for (let k = open - 1; k > Math.max(from, 0); k--) {
    if (!CLAUSE_JOINERS.has(s.tokens[k]!.norm)) continue;
    // After an earlier speech act a bare "and" may join clauses of what it reports ("said the
    // owners lied and Berg was wrong, adding"); a comma before the joiner ends that report.
    if (from >= 0 && !gapBetween(frame, s, k - 1, k).includes(',')) continue;
    const m = mentionStartingAt(frame, s, k + 1);
    if (!m || m.to >= open || !opensVerb(s, verbAfterName(frame, s, m))) continue;
    // "Lund and her aides have …": with no verb before it the joiner only coordinates the subject.
    for (let j = Math.max(from, 0); j < k; j++) if (opensVerb(s, j)) return m;
    return null;
  }
  return null;
}
