import { type Mention, mentionEndingAt } from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';

/** Conjunctions joining the parts of a subject ("X and Y said", "Neither X nor Y said"). */
const SUBJECT_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);
/** Words before the first part of a paired coordination ("Both X and Y", "Neither X nor Y"). */
const PAIRED_OPENERS: ReadonlySet<string> = new Set(['both', 'neither', 'either']);

/**
 * speaker.coordinated-subject: "Mrs. Lamb and her campaign celebrated …", "Cyber security experts
 * and U.S. officials said …", "Neither Mr. Weller nor other officials identified …" — a subject of
 * two noun phrases joined by a conjunction, read back from the verb, would stop at the
 * conjunction and keep only the last part. The first part heads the coordination (as in Universal
 * Dependencies) and is the speaker. Only when that first part opens its clause (the sentence
 * start, after a comma, colon or dash, or after "both"/"neither"/"either"), so an object before
 * the conjunction ("Lund met Berg and Cole said") or a name after a preposition ("a report by
 * Berg and Cole said") is not taken for it. `m` is the last part, ending right before the verb.
 */
export function findFirstConjunct(frame: Frame, s: Sentence, m: Mention): Mention | null {
  const and = m.from - 1;
  if (and < 1 || !SUBJECT_CONJUNCTIONS.has(s.tokens[and]!.norm)) return null;
  if (!/^\s+$/u.test(gapBetween(frame, s, and - 1, and)) || !/^\s+$/u.test(gapBetween(frame, s, and, m.from)))
    return null;
  const first = mentionEndingAt(frame, s, and - 1);
  if (!first || /['’]s?$/u.test(first.surface)) return null;
  // "He and Brafman said": a pronoun part names no one itself; the named part is the better speaker.
  if (first.kind === 'pronoun') return null;
  return opensClause(frame, s, first.from) ? first : null;
}

/** Words that open a subordinate clause, whose subject comes next ("where Lund and his aides believe"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'where',
  'when',
  'while',
  'because',
  'although',
  'though',
  'since',
  'if',
  'unless',
  'whereas',
]);

/**
 * Whether token `k` starts its clause: the sentence start, after , ; : or a dash, after a closing
 * quotation mark (the tag after a quote: "“…,” Quill and Vardy wrote"), after a paired opener, or
 * after a subordinator.
 */
function opensClause(frame: Frame, s: Sentence, k: number): boolean {
  if (k === 0) return true;
  if (/[,;:\u2014\u2013]\s*$|\s-\s*$|["”»]\s+$/u.test(gapBetween(frame, s, k - 1, k))) return true;
  if (CLAUSE_OPENERS.has(s.tokens[k - 1]!.norm)) return true;
  return PAIRED_OPENERS.has(s.tokens[k - 1]!.norm) && opensClause(frame, s, k - 1);
}
