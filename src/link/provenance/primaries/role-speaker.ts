import type { Article } from '../../../model/article.ts';
import type { Provenance, Quote, Speaker } from '../../../model/quote.ts';
import { COUNTRIES, type CountryRow } from '../../../nlp/lexicons/countries.ts';
import { OFFICES } from '../../../nlp/lexicons/titles-and-offices.ts';
import { headNounOf, matchOffice } from '../../../nlp/roles.ts';
import { fieldNounsOf } from '../../../nlp/wordnet/derivation.ts';
import { WORDNET_MAX_SENSES } from '../../../nlp/wordnet/wordnet.ts';

/**
 * A report's speaker given by role alone ("the fisheries minister gave a firm pledge: …", in an
 * article that names no one) is named by the primary its words are found in: they align to the
 * turn of one named speaker, and the primary itself names that speaker with the role ("Edda
 * Voss, the interior minister", "Interior Minister Edda Voss"). Both must hold: the words tie
 * the quote to the turn, the role ties the turn's speaker to the report's reference. Coreference
 * across articles is otherwise never done (a minister named in another story is not this one).
 */

/** Verdicts whose aligned span is the words the report quotes (not an unrelated best guess). */
const ALIGNED: ReadonlySet<Provenance['verdict']> = new Set(['verbatim', 'paraphrase', 'altered']);
/** Characters between the speaker's surname and the role word in the primary for them to name one person. */
const ROLE_NEAR_NAME_CHARS = 40;

/** An owner's name and a common noun it owns: "Chile's man", "the mayor's deputy". */
const POSSESSED_ROLE = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*['’]s(?:\s\p{Ll}[\p{Ll}-]*)+$/u;

/**
 * A speaker known only by a role: no entity, and a common-noun phrase ("the minister", "minister")
 * or an office capitalised as a title is ("Housing Secretary", "Prime Minister": the report's "the
 * Housing Secretary replied" with its article dropped), whose last word closes an office.
 */
export function isRoleOnly(speaker: Quote['speaker']): boolean {
  if (speaker === null || speaker.entity !== null) return false;
  if (/^the\s/iu.test(speaker.name) || /^\p{Ll}/u.test(speaker.name)) return true;
  // "Chile's man", "Varn's deputy": a common noun its owner determines, as "the" would.
  if (POSSESSED_ROLE.test(speaker.name)) return true;
  const words = speaker.name.split(/\s+/u);
  return words.some((_, i) => i + (matchOffice(words, i)?.length ?? 0) === words.length);
}

/**
 * The named speaker the primary gives the quote's role to, or null. `ownQuotes` are the primary's
 * own quotes (its transcript turns), `primary` the article aligned to.
 */
export function nameRoleByPrimary(
  quote: Quote,
  provenance: Provenance,
  primary: Article,
  ownQuotes: readonly Quote[],
): Speaker | null {
  if (!isRoleOnly(quote.speaker) || !ALIGNED.has(provenance.verdict)) return null;
  const role = headNounOf(quote.speaker!.name);
  const spans = provenance.primary.filter((s) => s.article === primary.id);
  if (spans.length === 0) return null;
  const speakers = new Map<string, Speaker>();
  for (const s of spans) {
    const turn = ownQuotes.find((q) => q.start <= s.start && s.end <= q.end && q.speaker !== null);
    if (!turn || isRoleOnly(turn.speaker)) return null;
    speakers.set(turn.speaker!.entity ?? turn.speaker!.name, turn.speaker!);
  }
  if (speakers.size !== 1) return null;
  const speaker = [...speakers.values()][0]!;
  if (writingsOf(role).some((w) => namesWithRole(primary.text, speaker.name, w))) return speaker;
  // "The UK's man on the board", "the Norwegian envoy": a delegate named by country is the
  // speaker the record puts beside that country ("Mr. Roe (United Kingdom):").
  const country = countryNamedIn(quote.speaker!.name);
  return country && countryForms(country).some((f) => namesWithRole(primary.text, speaker.name, f))
    ? speaker
    : null;
}

/** Each country with one pattern for its name, other names and adjectives standing as whole words. */
let countryPatterns: { row: CountryRow; pattern: RegExp }[] | null = null;

/** The country a role phrase names by its name, another name or its adjective, if one. */
function countryNamedIn(phrase: string): CountryRow | null {
  countryPatterns ??= COUNTRIES.map((row) => ({
    row,
    pattern: new RegExp(`[^\\p{L}](?:${namesOf(row).map(escape).join('|')})[^\\p{L}]`, 'u'),
  }));
  const words = ` ${phrase.replace(/['’]s\b/gu, '')} `;
  return countryPatterns.find((c) => c.pattern.test(words))?.row ?? null;
}

function countryForms(c: CountryRow): string[] {
  return namesOf(c).map((f) => f.toLowerCase());
}

/** A country's name, other names and adjectives, as the lexicon writes them. */
function namesOf(c: CountryRow): string[] {
  return [c.name, ...c.aliases, ...c.demonyms];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The words the office lexicon writes a role's head with: its spellings and the offices that bind
 * the same role ("adviser": "advisor", "aide"). A report's "the adviser" is the primary's
 * "National Security Advisor".
 */
function writingsOf(role: string): string[] {
  const out = new Set([role]);
  for (const o of OFFICES) if (o.role.split(' ').at(-1) === role) out.add(o.phrase.split(' ').at(-1)!);
  // "a leading physicist" for the primary's "Professor of Marine Physics": the field a
  // practitioner works in describes them (one-word fields only; a phrase is no head noun).
  for (const field of fieldNounsOf(role, WORDNET_MAX_SENSES)) if (!field.includes(' ')) out.add(field);
  return [...out];
}

/** Whether `text` puts `role` within a few words of the surname of `name`. */
function namesWithRole(text: string, name: string, role: string): boolean {
  const surname = name.split(/\s+/u).at(-1)!;
  const lower = text.toLowerCase();
  const isWordAt = (at: number, word: string) =>
    !/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(lower[at + word.length] ?? ' ');
  const surnameLower = surname.toLowerCase();
  for (let at = lower.indexOf(surnameLower); at >= 0; at = lower.indexOf(surnameLower, at + 1)) {
    if (!isWordAt(at, surnameLower)) continue;
    const from = Math.max(0, at - ROLE_NEAR_NAME_CHARS);
    const window = lower.slice(from, at + surnameLower.length + ROLE_NEAR_NAME_CHARS);
    for (let r = window.indexOf(role); r >= 0; r = window.indexOf(role, r + 1)) {
      const roleAt = from + r;
      // One phrase: a turn label's colon, a sentence's end or a line break between the two makes
      // the role someone else's ("ROE: Forgive me, Secretary of State, …" addresses another).
      const between = lower.slice(
        Math.min(roleAt + role.length, at + surnameLower.length),
        Math.max(roleAt, at),
      );
      if (isWordAt(roleAt, role) && !/[:：\n]|[.!?]\s/u.test(between)) return true;
    }
  }
  return false;
}
