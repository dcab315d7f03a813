import type { Entity } from '../../model/entity.ts';
import { givenNameGender } from '../../nlp/gazetteer.ts';
import { GENDER_OF_TITLE, type Gender } from '../../nlp/lexicons/gender-cues.ts';
import type { Frame, SpeakerRef } from './frame.ts';

/** Entity id → gender, built once per entity list (the index is shared by every frame). */
const GENDER_TABLES = new WeakMap<readonly Entity[], ReadonlyMap<string, Gender>>();

function genderTable(entities: readonly Entity[]): ReadonlyMap<string, Gender> {
  let table = GENDER_TABLES.get(entities);
  if (table === undefined) {
    const built = new Map<string, Gender>();
    for (const e of entities) if (e.gender !== undefined) built.set(e.id, e.gender);
    table = built;
    GENDER_TABLES.set(entities, table);
  }
  return table;
}

/**
 * A speaker's grammatical gender, or null when unknown: the entity's (inferred over the corpus
 * from titles, given names and pronouns), else a gendered title or given name in the words that
 * named it ("Mrs Halloran", "Petra Halloran"). Unknown agrees with both "he" and "she".
 */
export function genderOfRef(frame: Frame, r: SpeakerRef): Gender | null {
  if (r.type !== null && r.type !== 'person') return null;
  if (r.entity !== null) return genderTable(frame.entities.entities).get(r.entity) ?? null;
  const words = r.surface.split(/\s+/u).map((w) => w.replace(/\.$/u, ''));
  const title = GENDER_OF_TITLE.get(words[0]!.toLowerCase());
  if (title !== undefined) return title;
  return words.length >= 2 ? givenNameGender(words[0]!) : null;
}
