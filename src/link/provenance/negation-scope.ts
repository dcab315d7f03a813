import type { Span } from '../../model/span.ts';
import { NEGATION_SCOPE_BREAKS } from '../../nlp/lexicons/negations.ts';

/**
 * Where a negation reaches. A cue ("not", "never", "without") flips what follows it up to the end of
 * its clause; polarity is read per word, so a report that keeps the first "not" of "not X, and not Y"
 * and drops the second is caught on Y, however many other "not"s the quote has.
 */

/** The fields of a term that scope needs (terms.ts builds them; kept structural to avoid a cycle). */
export interface ScopedTerm extends Span {
  norm: string;
  /** A negation cue. */
  neg: boolean;
  clause: number;
}

const SCOPE_BREAK_AFTER_COMMA: ReadonlyMap<string, boolean> = new Map(
  NEGATION_SCOPE_BREAKS.map((r) => [r.word, r.afterComma]),
);
/**
 * Punctuation between two words that ends a clause. A comma does not ("not, in our view, fair"); a
 * conjunction after it does. A dash does (a parenthetical cut off by dashes is matched clause by
 * clause, and the verdict pools the source clauses one quote clause renders).
 */
const CLAUSE_PUNCTUATION = /[.;:!?…—–]/;
const COMMA = /,/;

/**
 * Conjunctions that open a subordinate clause before its main clause ("If the mill doesn't, growers will
 * be able to …"): the comma closing the subordinate clause ends what its negation reaches.
 */
const SUBORDINATORS: ReadonlySet<string> = new Set(
  'if unless when whenever because although though while once until whether'.split(' '),
);

/**
 * A comma splice: a comma, a subject pronoun and a finite verb start a clause of their own ("it is
 * not for us, it is for them"), as a semicolon would. The pronoun's verb may be contracted into it.
 */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
const FINITE_AUXILIARIES = new Set(
  'is are was were am will would shall should can could may might must has have had do does did'.split(' '),
);
function startsSplicedClause(text: string, terms: readonly ScopedTerm[], i: number): boolean {
  const t = terms[i]!;
  if (!SUBJECT_PRONOUNS.has(t.norm)) return false;
  const next = terms[i + 1];
  return /['’]/.test(text.slice(t.start, t.end)) || (next !== undefined && FINITE_AUXILIARIES.has(next.norm));
}

/**
 * Number the clauses of a termized span in place: a new clause starts after clause punctuation, at
 * a scope-breaking conjunction ("but", "while", ", and"), and after a cue standing alone before a
 * comma ("No, the project goes on": the "No" answers the question and governs nothing after it).
 */
export function numberClauses(text: string, terms: ScopedTerm[]): void {
  let clause = 0;
  // Inside a contrast set off by commas (", not cut,"): its cue governs only what the commas hold.
  let contrast = false;
  // The clause opened with a subordinator ("If the mill doesn't, growers will …"): its comma ends it.
  let subordinate = terms.length > 0 && SUBORDINATORS.has(terms[0]!.norm);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (i > 0) {
      const prev = terms[i - 1]!;
      const gap = text.slice(prev.end, t.start);
      if ((contrast || subordinate) && COMMA.test(gap)) {
        contrast = false;
        subordinate = false;
        clause++;
        t.clause = clause;
        continue;
      }
      if (t.neg && /^\s*,\s*$/.test(gap) && isContrastCue(text, terms, i) && !isNegationEcho(text, terms, i))
        contrast = true;
      const afterComma = SCOPE_BREAK_AFTER_COMMA.get(t.norm);
      const breaks = afterComma !== undefined && (!afterComma || COMMA.test(gap));
      // "never, ever, ever in history" is one emphatic negation, not a list of clauses.
      const emphatic = t.norm === 'ever' || t.norm === prev.norm;
      const spliced = COMMA.test(gap) && startsSplicedClause(text, terms, i);
      // An echoed cue stresses the one before it ("has never, never, agreed"): it answers nothing.
      const answers =
        prev.neg &&
        COMMA.test(gap) &&
        !emphatic &&
        !isVerbNegation(text, terms, i - 1) &&
        !isNegationEcho(text, terms, i - 1);
      if (breaks || spliced || CLAUSE_PUNCTUATION.test(gap) || answers) {
        clause++;
        subordinate = SUBORDINATORS.has(t.norm);
      }
    }
    t.clause = clause;
  }
}

/** How far back an echoed negation may stand ("not one bid, not one,"). */
const ECHO_MAX_TERMS = 5;
/** Words that may close an echoed negation besides the words it echoes ("none, none at all"). */
const ECHO_CLOSERS: ReadonlySet<string> = new Set(['at', 'all', 'whatsoever', 'ever']);

/**
 * "not one bid, not one, was late"; "none of the bids, none at all, was": a negation
 * said again after a comma, with the same cue and the word after it repeated (or only "at all",
 * "whatsoever"), is one negation stressed, not a second one nor a contrast ("not pensions, not
 * salaries" negates two things: the words after the cues differ).
 */
export function isNegationEcho(text: string, terms: readonly ScopedTerm[], i: number): boolean {
  const t = terms[i]!;
  if (!t.neg) return false;
  for (let j = i - 1; j >= Math.max(0, i - ECHO_MAX_TERMS); j--) {
    if (terms[j]!.norm !== t.norm) continue;
    if (!COMMA.test(text.slice(terms[i - 1]!.end, t.start))) return false;
    const next = terms[i + 1];
    const closes = next === undefined || COMMA.test(text.slice(t.end, next.start));
    return closes || next!.norm === terms[j + 1]?.norm || ECHO_CLOSERS.has(next!.norm);
  }
  return false;
}

/**
 * ", not cut, the pensions": a bare "not" right after a comma, closed by another comma within a few
 * words, is a contrast inserted into the clause; it negates the words between the commas only.
 */
const CONTRAST_MAX_WORDS = 3;
function isContrastCue(text: string, terms: readonly ScopedTerm[], cue: number): boolean {
  if (terms[cue]!.norm !== 'not') return false;
  for (let j = cue + 1; j <= cue + CONTRAST_MAX_WORDS && j < terms.length; j++) {
    const gap = text.slice(terms[j - 1]!.end, terms[j]!.start);
    if (j > cue + 1 && COMMA.test(gap)) return true;
    if (/[^\s]/.test(gap)) return false;
  }
  return false;
}

/**
 * A cue that negates a verb phrase: it follows a finite auxiliary ("will not, under any
 * circumstances, raise"), or is one contracted ("won't, as you know, raise"). A parenthetical after
 * it leaves the verb it negates still ahead, so its comma ends nothing; a cue standing alone before
 * a comma ("No, the project goes on") answers, and governs nothing after it.
 */
function isVerbNegation(text: string, terms: readonly ScopedTerm[], cue: number): boolean {
  const t = terms[cue]!;
  if (/n['’]t$/i.test(text.slice(t.start, t.end))) return true;
  const before = terms[cue - 1];
  return (
    before !== undefined &&
    FINITE_AUXILIARIES.has(before.norm) &&
    !/[,.;:!?…—–]/.test(text.slice(before.end, t.start))
  );
}

/**
 * The first cue of `clause` standing in `[from, before)`, or -1. Presence, not parity: a quote clause
 * often holds two clauses of the source ("will not help, as it cannot repay"), where parity would
 * cancel two real negations. A cue after the words compared governs other words and is not counted;
 * nor is `except`, a prefixed cue ("impossible") compared as a word with its base ("possible").
 */
export function cueBefore(
  terms: readonly ScopedTerm[],
  clause: number,
  from: number,
  before: number,
  except = -1,
): number {
  for (let j = Math.max(0, from); j < Math.min(before, terms.length); j++) {
    if (j !== except && terms[j]!.clause === clause && isCue(terms[j]!)) return j;
  }
  return -1;
}

/** A negation cue; cues with a negative prefix ("unable", "impossible") negate their clause too. */
export function isCue(t: ScopedTerm): boolean {
  return t.neg;
}
