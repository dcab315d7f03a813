import { givenNameGender, isFamilyName } from '../../nlp/gazetteer.ts';
import { GENDER_OF_TITLE, type Gender } from '../../nlp/lexicons/gender-cues.ts';
import type { SpeakerRef } from './frame.ts';

/**
 * A speaker's grammatical gender, or null when unknown: the entity's (inferred over the corpus
 * from titles, given names and pronouns), else a gendered title or given name in the words that
 * named it ("Mrs Halloran", "Petra Halloran"). Unknown agrees with both "he" and "she".
 */
export function genderOfRef(r: SpeakerRef): Gender | null {
  const words = r.surface.split(/\s+/u).map((w) => w.replace(/\.$/u, ''));
  // A given name alone that no family name shares ("Edna, from Portwick, rang in"): a caller or a
  // child named so is a person however the entity was typed, and the name says which pronoun; so
  // is a person the article calls by given name alone ("Elise wrote …") when the corpus gave the
  // entity no gender of its own.
  const given = words.length === 1 && !isFamilyName(words[0]!) ? givenNameGender(words[0]!) : null;
  if (given !== null && (r.entity === null || r.gender === undefined)) return given;
  if (r.type !== null && r.type !== 'person') return null;
  if (r.entity !== null) return r.gender ?? null;
  const title = GENDER_OF_TITLE.get(words[0]!.toLowerCase());
  if (title !== undefined) return title;
  return words.length >= 2 ? givenNameGender(words[0]!) : null;
}
