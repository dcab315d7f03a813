import { PREPOSITIONS } from '../../nlp/lexicons/function-words.ts';
import { SPEECH_VERBS } from '../../nlp/lexicons/speech-verbs.ts';

/**
 * A reporting clause set off by a comma ("…, Orla Venn said.", "…, she added on Monday.", "…, said
 * Orla Venn"): the writer's words, never the speaker's. Found inside a stretch left open by a
 * quotation mark, it shows the closing mark was lost before the comma.
 */

/** Finite forms of the speech verbs that may follow their quote ("said", "adds"). */
const FINITE_FORMS = SPEECH_VERBS.filter((v) => v.inverts).flatMap((v) => [v.forms[1]!, v.forms[2]!]);
const VERB = `(?:${FINITE_FORMS.join('|')})`;
const PREPOSITION = `(?:${[...PREPOSITIONS].join('|')})`;
/** Comma, a subject of one to five words, the verb, then the clause ends or a time or place phrase follows. */
const SUBJECT_FIRST = new RegExp(
  `,\\s+(?:[\\p{L}.'’-]+\\s+){1,5}?${VERB}(?=\\s*[.,;]|\\s+${PREPOSITION}\\s)`,
  'u',
);
/** Comma, the verb, then a capitalised subject ("…, said Orla Venn"). */
const VERB_FIRST = new RegExp(`,\\s+${VERB}\\s+\\p{Lu}`, 'u');

/** Offset of the comma opening the first reporting clause in text[from, to), or -1. */
export function findReportingClause(text: string, from: number, to: number): number {
  const stretch = text.slice(from, to);
  const at = [SUBJECT_FIRST.exec(stretch)?.index, VERB_FIRST.exec(stretch)?.index].filter(
    (i) => i !== undefined,
  );
  return at.length === 0 ? -1 : from + Math.min(...at);
}
