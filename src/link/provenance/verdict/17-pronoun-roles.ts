import { BE_FORMS } from '../../../nlp/lexicons/function-words.ts';
import { hasSense } from '../../../nlp/wordnet/wordnet.ts';
import type { Term } from '../terms.ts';
import { type Rule, textOf } from './rule.ts';

/**
 * A personal pronoun and a noun that cross a verb both sides give, the pronoun changing case as it
 * goes ("We warned the company" → "The company warned us"; "The board told them" → "They told the
 * board"): "we" and "us" name one party, the subject and the object of the verb, so who did it to
 * whom is swapped. The noun rule (`rolesSwapped`) reads words found on both sides; a pronoun changes
 * its form with its role, and is read here. A passive on either side ("we were warned by the
 * company") keeps the roles, and is left alone.
 */
export const pronounRolesSwapped: Rule = ({ alignment, quoteText }) => {
  for (const seg of alignment.segments) {
    const passage = seg.candidate.terms;
    for (const m of seg.support.values()) {
      if (m.kind !== 'same' && m.kind !== 'inflection') continue;
      const verb = alignment.quote[m.q]!;
      if (verb.light || verb.name || !hasSense(verb.norm, 'v')) continue;
      if (isPassive(alignment.quote, m.q) || isPassive(passage, m.p)) continue;
      const swapped =
        crossed(passage, m.p, alignment.quote, m.q) ?? crossed(alignment.quote, m.q, passage, m.p);
      if (swapped === null) continue;
      return [
        `verdict.roles-swapped: "${swapped.noun}" and "${swapped.pronoun}" trade subject and object of "${textOf(quoteText, verb)}"`,
      ];
    }
  }
  return [];
};

const OBJECT_OF: ReadonlyMap<string, string> = new Map([
  ['i', 'me'],
  ['we', 'us'],
  ['he', 'him'],
  ['she', 'her'],
  ['they', 'them'],
]);

/** Words between a subject and its verb that leave the subject in place ("we will not warn"). */
const VERB_GROUP = new Set(
  'will would shall should can could may might must has have had do does did not never also already'.split(
    ' ',
  ),
);
/** Terms after a verb a noun object may stand within ("warned the mining company"). */
const OBJECT_REACH = 4;

/**
 * In `a` a subject pronoun heads the verb at `va` and a noun follows it; in `b` that noun is the
 * verb's subject and the pronoun's object form follows the verb at `vb`. Null when not so.
 */
function crossed(
  a: readonly Term[],
  va: number,
  b: readonly Term[],
  vb: number,
): { noun: string; pronoun: string } | null {
  const subject = subjectOf(a, va);
  const object = subject === null ? undefined : OBJECT_OF.get(subject.norm);
  if (object === undefined || b[vb + 1]?.norm !== object) return null;
  const noun = subjectOf(b, vb);
  if (noun === null || noun.light || noun.num !== null || !hasSense(noun.norm, 'n')) return null;
  const after = a.slice(va + 1, va + 1 + OBJECT_REACH);
  if (!after.some((t) => t.stem === noun.stem && t.clause === a[va]!.clause)) return null;
  return { noun: noun.norm, pronoun: object };
}

/** The word before the verb group that ends at `v`, in its clause. */
function subjectOf(terms: readonly Term[], v: number): Term | null {
  let j = v - 1;
  while (j >= 0 && VERB_GROUP.has(terms[j]!.norm) && terms[j]!.clause === terms[v]!.clause) j--;
  const t = terms[j];
  return t && t.clause === terms[v]!.clause ? t : null;
}

/** A "be" in the verb group before the verb, or "by" after it: a passive keeps the roles. */
function isPassive(terms: readonly Term[], v: number): boolean {
  for (let j = v - 1; j >= Math.max(0, v - 3); j--) if (BE_FORMS.has(terms[j]!.norm)) return true;
  return terms.slice(v + 1, v + 1 + OBJECT_REACH).some((t) => t.norm === 'by');
}
