import type { ArticleSpan } from './span.ts';

export const ENTITY_TYPES = [
  'person',
  'organization',
  'government',
  'place',
  'treaty',
  'event',
  'media',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A canonical entity with every surface form it goes by and every place it is mentioned. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: ArticleSpan[];
  /**
   * A person's grammatical gender as the corpus shows it (titles, given name, pronouns referring
   * back), only for pronoun agreement; absent when unknown or not a person.
   */
  gender?: 'male' | 'female';
}

/**
 * The entities of a set of articles, with a look-up from a mention to its entity. Speakers,
 * stories and positions resolve names through this, never by string equality of their own.
 */
export interface EntityIndex {
  entities: Entity[];
  /** The entity a surface form at an article offset refers to, or null when none is known. */
  resolve(article: string, surface: string, offset?: number): Entity | null;
}
