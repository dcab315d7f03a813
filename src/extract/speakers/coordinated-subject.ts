import { AUXILIARIES, PREPOSITIONS } from '../../nlp/lexicons/function-words.ts';
import { type Mention, mention, mentionEndingAt } from './clause.ts';
import { type Frame, gapBetween, type Sentence } from './frame.ts';
import { isFiniteVerbForm } from './verb-words.ts';

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
  return opensClause(frame, s, first.from) ? listHead(frame, s, first) : null;
}

/**
 * "Lund, Berg and Cole said": the part before "and" may itself end a list whose items are set off
 * by commas; the list's first item heads it. An earlier item is taken only when it is a name that
 * opens its clause too, so an opening phrase ("In Harlow, Berg and Cole said") stays outside.
 */
function listHead(frame: Frame, s: Sentence, part: Mention): Mention {
  let head = part;
  while (head.from > 0 && /^\s*,\s*$/u.test(gapBetween(frame, s, head.from - 1, head.from))) {
    const item = mentionEndingAt(frame, s, head.from - 1);
    if (item?.kind !== 'name' || head.kind !== 'name' || !opensClause(frame, s, item.from)) break;
    head = item;
  }
  return head;
}

/** Most words of an unnamed group's parts before "and" ("Many farm groups", "Neighbours, traders"). */
const MAX_GROUP_PART_WORDS = 8;

/**
 * speaker.coordinated-group: "Many farm groups and water experts say", "Party members and
 * officials insist", "Some letters and other papers described" — an unnamed plural first part
 * joined by "and" to the role or group `m` before the verb is no mention of its own, so the reading
 * would keep only `m`; the source is the whole coordination, kept as words as an unnamed group is.
 * The first part is plain words (modifiers and a plural head, no verb, auxiliary or preposition)
 * that open their clause (coordinated-subject's opensClause).
 */
export function findCoordinatedGroup(frame: Frame, s: Sentence, m: Mention): Mention | null {
  if (m.kind !== 'role') return null;
  const and = m.from - 1;
  if (and < 1 || s.tokens[and]!.norm !== 'and') return null;
  if (!/^\s+$/u.test(gapBetween(frame, s, and - 1, and)) || !/^\s+$/u.test(gapBetween(frame, s, and, m.from)))
    return null;
  const head = s.tokens[and - 1]!;
  if (!/^\p{Ll}[\p{L}-]{2,}[^s'’]s$/u.test(head.text)) return null;
  for (let from = and - 1; from >= 0 && and - from <= MAX_GROUP_PART_WORDS; from--) {
    const t = s.tokens[from]!;
    if (AUXILIARIES.has(t.norm) || PREPOSITIONS.has(t.norm) || /['’]s?$/u.test(t.text)) return null;
    // "The mayor met donors and officials said": a verb before the plural makes it an object.
    if (from < and - 1 && isFiniteVerbForm(t)) return null;
    const gap = gapBetween(frame, s, from, from + 1);
    if (from < and - 1 && !/^\s+$/u.test(gap) && !(/^\s*,\s*$/u.test(gap) && isPlural(s, from))) return null;
    // "Neighbours, traders and former rivals say": a plural before the comma is an earlier item of
    // the list, which the group holds too.
    const listed =
      from > 0 && /^\s*,\s*$/u.test(gapBetween(frame, s, from - 1, from)) && isPlural(s, from - 1);
    if (opensClause(frame, s, from) && !listed)
      return mention(frame, s, 'role', from, m.to, false, 'group', m.head);
  }
  return null;
}

/** A plural noun's form, capitalised or not ("traders", "Neighbours"). */
function isPlural(s: Sentence, k: number): boolean {
  return /^\p{L}[\p{L}-]{2,}[^s'’]s$/u.test(s.tokens[k]!.text);
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
