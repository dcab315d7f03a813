import { extractQuotes } from '../../src/extract/quotes.ts';
import type { Entity, EntityIndex, EntityType } from '../../src/model/entity.ts';
import { makeArticle } from '../helpers/article.ts';

/**
 * An index that also knows where each person is named in the one test article (the role-holder
 * rule counts the names an article gives), built from invented names only.
 */
export function indexFor(text: string, people: readonly [string, EntityType, string[]][]): EntityIndex {
  const entities: Entity[] = people.map(([name, type, aliases], i) => ({
    id: `p${i}`,
    name,
    type,
    aliases,
    mentions: [name, ...aliases].flatMap((a) =>
      [...text.matchAll(new RegExp(`\\b${a}\\b`, 'gu'))].map((m) => ({
        article: 'r',
        start: m.index,
        end: m.index + a.length,
      })),
    ),
  }));
  const byAlias = new Map<string, Entity>();
  for (const e of entities) for (const a of [e.name, ...e.aliases]) byAlias.set(a.toLowerCase(), e);
  return {
    entities,
    resolve: (_article, surface) => byAlias.get(surface.toLowerCase().replace(/^the\s+/u, '')) ?? null,
  };
}

export function speakersIn(
  text: string,
  people: readonly [string, EntityType, string[]][],
): [string, string | null][] {
  return extractQuotes(makeArticle('r', text), indexFor(text, people)).map((q) => [
    q.text,
    q.speaker?.name ?? null,
  ]);
}
