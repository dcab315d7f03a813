import type { Span } from '../../model/span.ts';
import { PRONOUNS } from '../../nlp/lexicons/pronouns.ts';

/** Subject pronouns that open a tag ("…,” she said). */
const TAG_PRONOUNS: ReadonlySet<string> = new Set(
  PRONOUNS.filter((p) => p.case === 'subject').map((p) => p.form),
);

/**
 * Where the tag after a quotation starts, when the quotation is closed by its own comma and the
 * next word opens a tag: its cue ("…,” said Ruiz), a capitalised name ("…,” Ruiz, her deputy,
 * said) or a subject pronoun. Such a tag is a parenthetical of the quoted sentence: the words from
 * there to the cue say who spoke, not more of what was said. Null otherwise ("…,” while most
 * voters said …; “walk-in” at 2,000 schools, according to …), where the sentence goes on.
 */
export function postposedTagStart(text: string, quote: Span, cue: Span): number | null {
  if (cue.start < quote.end) return null;
  let at = quote.end;
  let comma = text[quote.end - 1] === ',';
  while (at < cue.start && !/[\p{L}\p{N}]/u.test(text[at]!)) {
    if (text[at] === ',') comma = true;
    at++;
  }
  if (!comma) return null;
  if (at === cue.start) return at;
  const word = /^[\p{L}]+/u.exec(text.slice(at, at + 20))?.[0] ?? '';
  return /^\p{Lu}/u.test(word) || TAG_PRONOUNS.has(word) ? at : null;
}
