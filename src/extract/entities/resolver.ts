import type { Entity, EntityIndex } from '../../model/entity.ts';
import type { ArticleSpan } from '../../model/span.ts';
import { cleanSurface, nameKey, personNameOf } from '../../nlp/alias-keys.ts';
import {
  type AliasResolution,
  type EntityCluster,
  resolveRoleNoun,
  type RoleBinding,
} from '../../nlp/aliases.ts';
import { familySkeleton, givenNameKey, isFullName, phraseSkeleton } from '../../nlp/names.ts';
import { parseRole } from '../../nlp/roles.ts';

/**
 * The look-up from a mention to its entity, as tables of plain data with entities as numbers into
 * `entities`: corpus-wide tables any article's look-ups may read, and per article the tables only
 * its own look-ups read. A worker thread is sent the corpus tables once (with entities stripped of
 * their mentions) and each article's tables with the article, instead of the whole corpus's index:
 * at 100k articles the per-article part is most of it, and each thread held a full copy.
 */
export interface ResolverTables {
  corpus: CorpusTables;
  byArticle: Map<string, ArticleTables>;
}

export interface CorpusTables {
  entities: Entity[];
  /** Titles that bound a role to a person, by entity number: what role nouns resolve to. */
  bindings: RoleBinding<number>[];
  countriesOf: Map<number, Set<string>>;
  /** Surface skeleton → the entity of the one cluster it names over the corpus (absent: none or several). */
  bySurface: Map<string, number>;
  byKey: Map<string, Found>;
  /** Family-name skeleton → person clusters of that family (full names and article-scoped surnames). */
  peopleByFamily: Map<string, FoundPerson[]>;
}

/** A cluster as a look-up finds it: its entity's number (NO_ENTITY when it has none). */
interface Found {
  entity: number;
}

/** A person cluster as the resolver reads it: its key and the article it is confined to. */
interface FoundPerson extends Found {
  key: string;
  scope: string | null;
}

/**
 * An article's recognised mentions in text order (surface skeleton, span, entity, whether a name
 * rather than a role noun), and the entities it mentions in ascending order with their mentions
 * here (the article's part of `Entity.mentions`).
 */
export interface ArticleTables {
  keys: string[];
  starts: number[];
  ends: number[];
  found: number[];
  named: boolean[];
  mentioned: number[];
  spans: ArticleSpan[][];
}

const NO_ENTITY = -1;
/** Marks a surface skeleton that names several clusters. */
const SEVERAL_CLUSTERS = Symbol('several clusters');
const emptyTables = (): ArticleTables => ({
  keys: [],
  starts: [],
  ends: [],
  found: [],
  named: [],
  mentioned: [],
  spans: [],
});
/** The tables of an article with no recognised mention: shared, never written. */
const NO_TABLES: ArticleTables = emptyTables();

/** The tables of a clustering whose clusters `entityOf` names, entities numbered in `entities` order. */
export function buildResolverTables(
  entities: Entity[],
  resolution: AliasResolution,
  entityOf: Map<EntityCluster, Entity>,
): ResolverTables {
  const numberOf = new Map(entities.map((e, i) => [e, i]));
  const found = (c: EntityCluster): number => {
    const e = entityOf.get(c);
    return e === undefined ? NO_ENTITY : numberOf.get(e)!;
  };
  // Each mention's surface key, in clusterOf's order: both tables below read it.
  const keys: string[] = [];
  for (const m of resolution.clusterOf.keys()) keys.push(phraseSkeleton(cleanSurface(m.surface)));
  const byArticle = articleTables(entities, resolution, keys, found);
  const clusterOfSurface = new Map<string, EntityCluster | typeof SEVERAL_CLUSTERS>();
  let i = 0;
  for (const c of resolution.clusterOf.values()) {
    const key = keys[i++]!;
    const known = clusterOfSurface.get(key);
    clusterOfSurface.set(key, known === undefined || known === c ? c : SEVERAL_CLUSTERS);
  }
  const bySurface = new Map<string, number>();
  for (const [key, c] of clusterOfSurface) {
    const entity = c === SEVERAL_CLUSTERS ? NO_ENTITY : found(c);
    if (entity !== NO_ENTITY) bySurface.set(key, entity);
  }
  const byKey = new Map<string, Found>();
  const peopleByFamily = new Map<string, FoundPerson[]>();
  for (const c of resolution.clusters) {
    const family = familyOfPersonKey(c.key);
    if (family === null) {
      byKey.set(c.key, { entity: found(c) });
      continue;
    }
    const person: FoundPerson = { entity: found(c), key: c.key, scope: c.scope };
    byKey.set(c.key, person);
    const kin = peopleByFamily.get(family);
    if (kin) kin.push(person);
    else peopleByFamily.set(family, [person]);
  }
  const countriesOf = new Map<number, Set<string>>();
  for (const [c, countries] of resolution.countriesOf) countriesOf.set(found(c), countries);
  return {
    corpus: {
      entities,
      bindings: resolution.bindings.map((b) => ({ ...b, cluster: found(b.cluster) })),
      countriesOf,
      bySurface,
      byKey,
      peopleByFamily,
    },
    byArticle,
  };
}

function articleTables(
  entities: readonly Entity[],
  resolution: AliasResolution,
  keys: readonly string[],
  found: (c: EntityCluster) => number,
): Map<string, ArticleTables> {
  const out = new Map<string, ArticleTables>();
  const tablesOf = (article: string): ArticleTables => {
    let t = out.get(article);
    if (t === undefined) {
      t = emptyTables();
      out.set(article, t);
    }
    return t;
  };
  const listed = new Map<
    string,
    { start: number; end: number; key: string; found: number; named: boolean }[]
  >();
  let i = 0;
  for (const [m, c] of resolution.clusterOf) {
    const list = listed.get(m.article) ?? [];
    const key = keys[i++]!;
    list.push({ start: m.start, end: m.end, key, found: found(c), named: !m.rule.startsWith('role.') });
    listed.set(m.article, list);
  }
  for (const [article, list] of listed) {
    list.sort((a, b) => a.start - b.start);
    const t = tablesOf(article);
    // Plain arrays: small integers sit in them unboxed, and a typed array per article added an ArrayBuffer each.
    for (const x of list) {
      t.keys.push(x.key);
      t.starts.push(x.start);
      t.ends.push(x.end);
      t.found.push(x.found);
      t.named.push(x.named);
    }
  }
  entities.forEach((e, n) => {
    for (const m of e.mentions) {
      const t = tablesOf(m.article);
      if (t.mentioned[t.mentioned.length - 1] !== n) {
        t.mentioned.push(n);
        t.spans.push([]);
      }
      t.spans[t.spans.length - 1]!.push(m);
    }
  });
  return out;
}

/** The index of the whole corpus over its tables (this thread's, with every entity's mentions). */
export function corpusIndexOf(tables: ResolverTables): EntityIndex {
  const { corpus, byArticle } = tables;
  return {
    entities: corpus.entities,
    resolve: (article, surface, offset) => {
      const n = resolveSurface(corpus, byArticle.get(article) ?? NO_TABLES, article, surface, offset);
      return n === NO_ENTITY ? null : corpus.entities[n]!;
    },
  };
}

/**
 * The index once no stage resolves names any more: its entities alone, so the look-up tables (a
 * few KB per article) can be collected before the last stages run. Resolving through it is a
 * mistake in the order of the stages, reported as such.
 */
export function releasedIndexOf(index: EntityIndex): EntityIndex {
  return {
    entities: index.entities,
    resolve: () => {
      throw new Error('entity look-up after the index was released: resolve names in an earlier stage');
    },
  };
}

/** The corpus tables as a worker needs them: entities without their mentions (each article brings its own). */
export function withoutMentions(corpus: CorpusTables): CorpusTables {
  return { ...corpus, entities: corpus.entities.map((e) => ({ ...e, mentions: [] })) };
}

/** The tables of one article (empty when the corpus recognised nothing in it). */
export function tablesOfArticle(tables: ResolverTables, article: string): ArticleTables {
  return tables.byArticle.get(article) ?? NO_TABLES;
}

/**
 * The index one article's look-ups read, from the corpus tables (entities without mentions) and
 * its own tables: it answers for that article as the corpus index does. Its `entities` are the
 * ones the article mentions, in corpus order, with their mentions here; an entity found through
 * the corpus tables but not mentioned here comes without mentions, as none of them are here.
 */
export function articleIndexOf(corpus: CorpusTables, article: string, own: ArticleTables): EntityIndex {
  const here = new Map<number, Entity>();
  own.mentioned.forEach((n, i) => here.set(n, { ...corpus.entities[n]!, mentions: own.spans[i]! }));
  return {
    entities: [...here.values()],
    resolve: (asked, surface, offset) => {
      const n = resolveSurface(corpus, asked === article ? own : NO_TABLES, asked, surface, offset);
      return n === NO_ENTITY ? null : (here.get(n) ?? corpus.entities[n]!);
    },
  };
}

/**
 * Resolution order: a recognised mention at the offset; the same surface elsewhere in the
 * article (nearest to the offset); a person's name or family name in the article, then in the
 * corpus; a role noun bound by a title; a gazetteer name or plural demonym; a surface that names
 * one entity in the corpus. NO_ENTITY when nothing matches.
 */
function resolveSurface(
  ix: CorpusTables,
  here: ArticleTables,
  article: string,
  surface: string,
  offset?: number,
): number {
  const clean = cleanSurface(surface);
  if (clean.length === 0) return NO_ENTITY;
  const key = phraseSkeleton(clean);
  const at = offset ?? Number.MAX_SAFE_INTEGER;
  // The first mention of the surface covering the offset, else the nearest (the first of ties).
  let nearest = -1;
  for (let i = 0; i < here.keys.length; i++) {
    if (here.keys[i] !== key) continue;
    if (here.starts[i]! <= at && at < here.ends[i]!) return here.found[i]!;
    if (nearest < 0 || Math.abs(here.starts[i]! - at) < Math.abs(here.starts[nearest]! - at)) nearest = i;
  }
  if (nearest >= 0) return here.found[nearest]!;
  const person = resolvePersonName(ix, here, article, clean);
  if (person) return person.entity;
  if (parseRole(clean) !== null) {
    const named = (person: number, _article: string, before: number): number => {
      let n = 0;
      for (let i = 0; i < here.found.length; i++)
        if (here.found[i] === person && here.starts[i]! < before && here.named[i]) n++;
      return n;
    };
    return resolveRoleNoun(ix.bindings, ix.countriesOf, article, clean, at, named) ?? NO_ENTITY;
  }
  const named = ix.byKey.get(nameKey(clean));
  if (named) return named.entity;
  return ix.bySurface.get(key) ?? NO_ENTITY;
}

/** A person by (titled) name: a full name's cluster, else a family name's one cluster in the article, then corpus. */
function resolvePersonName(
  ix: CorpusTables,
  here: ArticleTables,
  article: string,
  surface: string,
): Found | null {
  const name = personNameOf(surface);
  if (name === null || !/^\p{Lu}/u.test(name.family)) return null;
  const family = familySkeleton(name.family);
  if (isFullName(name)) return ix.byKey.get(`p:${family}|${givenNameKey(name.given[0]!)}`) ?? null;
  const full = `p:${family}|`;
  const scoped = `p:${family}@${article}`;
  const people = (ix.peopleByFamily.get(family) ?? []).filter(
    (c) => c.key.startsWith(full) || c.key === scoped,
  );
  const local = people.filter((c) => c.entity !== NO_ENTITY && here.mentioned.includes(c.entity));
  if (local.length === 1) return local[0]!;
  const global = people.filter((c) => c.scope === null);
  return local.length === 0 && global.length === 1 ? global[0]! : null;
}

/** The family skeleton of a person cluster key (`p:family|given`, `p:family@article`), else null. */
function familyOfPersonKey(key: string): string | null {
  if (!key.startsWith('p:')) return null;
  const end = key.search(/[|@]/u);
  return end < 0 ? null : key.slice(2, end);
}
