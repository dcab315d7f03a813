import type { Entity } from '../../model/entity.ts';
import { nameSkeleton, parsePersonName } from '../../nlp/names.ts';

/** Name words of a surface, as skeletons ("Rep. G.K. Butterfield" → rep, gk, buterfield). */
function skeletonsOf(surface: string): Set<string> {
  return new Set(
    (surface.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? []).map(nameSkeleton).filter((w) => w.length > 0),
  );
}

/**
 * speaker.foreign-person-entity: the index answers a look-up at an offset with the entity whose
 * mention starts there, and a recogniser slip can give a person a title ("Rep") or a lone given
 * name as an alias. A person entity whose name shares no word (by spelling skeleton, so
 * Sergei/Sergey still agree) with the words the text uses is someone else: the text names its
 * speaker itself, so the entity is not taken.
 */
export function isForeignPersonEntity(e: Entity, surface: string): boolean {
  if (e.type !== 'person') return false;
  const own = skeletonsOf(surface);
  for (const w of skeletonsOf(e.name)) if (own.has(w)) return false;
  return true;
}

/**
 * speaker.cut-at-initial: "Paul D. Ryan said" — a recogniser that stops at the middle initial's
 * full stop keeps the given name alone ("Paul") as the entity. When the text's words carry an
 * initial and a family name after it that the entity's name lacks, the entity is a cut of the
 * name, and the fuller reading (the family name's entity, or the words as written) is taken.
 */
export function isCutAtInitial(e: Entity, surface: string): boolean {
  if (e.type !== 'person') return false;
  const parsed = parsePersonName(surface.trim());
  if (!parsed || parsed.initials.length === 0 || parsed.given.length === 0) return false;
  const family = nameSkeleton(parsed.family);
  return family.length > 1 && !skeletonsOf(e.name).has(family);
}

/** The index's entity for the words is not who they name (see the two rules above). */
export function isMisreadEntity(e: Entity, surface: string): boolean {
  return isForeignPersonEntity(e, surface) || isCutAtInitial(e, surface);
}

/** Honorifics that only ever stand before a family name. */
const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
]);

/**
 * speaker.honorific-surname: "Mr. King said", "Ms. Bishop said" — a capitalised word after an
 * honorific is a family name even when it is also a role noun (king, bishop, judge), so it is read
 * as a name and not as a role that stands for whoever holds it.
 */
export function isHonorificSurname(words: readonly { norm: string; text: string }[], k: number): boolean {
  const prev = words[k - 1];
  return k > 0 && /^\p{Lu}/u.test(words[k]!.text) && prev !== undefined && HONORIFICS.has(prev.norm);
}
