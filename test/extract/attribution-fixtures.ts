import type { Entity, EntityIndex, EntityType } from '../../src/model/entity.ts';

/** Invented people, bodies, places and outlets the fake index knows, with their aliases. */
const KNOWN: readonly [string, EntityType, string[]][] = [
  ['Jonas Berg', 'person', ['Berg', 'Finance Minister Jonas Berg', 'Jonas Berg']],
  ['Maria Costa', 'person', ['Costa', 'Maria Costa', 'Prime Minister Maria Costa']],
  ['Anna Weiss', 'person', ['Weiss', 'Anna Weiss']],
  ['Pavel Orlov', 'person', ['Orlov', 'Pavel Orlov', 'Foreign Minister Pavel Orlov', 'the foreign minister']],
  ['Igor Petrov', 'person', ['Petrov', 'Igor Petrov']],
  ['Lena Novak', 'person', ['Novak', 'Lena Novak', 'President Lena Novak']],
  ['Tom Hale', 'person', ['Hale', 'Tom Hale', 'Senator Tom Hale']],
  ['Rosa Diaz', 'person', ['Diaz', 'Rosa Diaz', 'Mayor Rosa Diaz']],
  ['Kremlin', 'government', ['Kremlin']],
  ['Moscow', 'place', ['Moscow']],
  ['Berlin', 'place', ['Berlin']],
  ['Warsaw', 'place', ['Warsaw']],
  ['Norway', 'place', ['Norway']],
  ['Finance Ministry', 'organization', ['Finance Ministry', 'ministry']],
  ['Nordic Radio', 'media', ['Nordic Radio']],
  ['Daily Courier', 'media', ['Daily Courier', 'The Daily Courier']],
  ['CBS', 'media', ['CBS']],
  // A firm the index knows, so an of-phrase after a person cannot take its place.
  ['Dunmore Brothers Inc', 'organization', ['Dunmore Brothers Inc', 'Dunmore Brothers']],
  ['Halbrook Bank', 'organization', ['Halbrook Bank']],
  ['ADB', 'organization', ['ADB']],
  // A surname the real index could not classify (type `other`), as it keeps most unknown names.
  ['Kessler', 'other', ['Kessler']],
];

/** Grammatical genders the fake index knows (the rest are unknown, as for most real names). */
const GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['Jonas Berg', 'male'],
  ['Maria Costa', 'female'],
  ['Pavel Orlov', 'male'],
  ['Lena Novak', 'female'],
]);

/** A small entity index over a fixed gazetteer: exact alias look-up, "the" ignored, case-insensitive. */
export function makeFakeIndex(): EntityIndex {
  const entities: Entity[] = KNOWN.map(([name, type, aliases], i) => ({
    id: `e${i}`,
    name,
    type,
    aliases,
    mentions: [],
    ...(GENDERS.has(name) ? { gender: GENDERS.get(name) } : {}),
  }));
  const byAlias = new Map<string, Entity>();
  for (const e of entities) for (const a of [e.name, ...e.aliases]) byAlias.set(key(a), e);
  return {
    entities,
    resolve: (_article, surface) => byAlias.get(key(surface)) ?? null,
  };
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
