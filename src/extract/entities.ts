import type { Article } from '../model/article.ts';
import type { Entity, EntityIndex, EntityType } from '../model/entity.ts';
import { cleanSurface, gazetteerNameOfKey, nameKey, personNameOf, placeNamed } from '../nlp/alias-keys.ts';
import {
  type AliasMention,
  type AliasResolution,
  clusterMentions,
  type EntityCluster,
  resolveRoleNoun,
} from '../nlp/aliases.ts';
import { givenNameKey, isFullName, phraseSkeleton } from '../nlp/names.ts';
import { isRoleAnswer, parseRole } from '../nlp/roles.ts';
import {
  dropCommonCapitals,
  linkDemonyms,
  linkShortForms,
  typeCorpusPlaces,
} from './entities/corpus-rules.ts';
import { inferGenders } from './entities/gender.ts';
import { recognizeMentions } from './entities/recognize.ts';

/**
 * Entities: recognition (a swappable EntityRecognizer; the default is rules and lexicons over
 * regex tokens) and the corpus-wide EntityIndex built from its mentions by alias clustering
 * (src/nlp/aliases.ts). Entity ids are slugs of canonical names, so they do not depend on the
 * order articles come in.
 */
export interface EntityMention {
  article: string;
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  /** The rule that found it: `person.titled`, `gazetteer.country`, `role.noun`, … */
  rule: string;
}

/** What a recogniser does; a model-based recogniser can replace the rule one behind this. */
export interface EntityRecognizer {
  recognize(article: Article): EntityMention[];
}

export const ruleRecognizer: EntityRecognizer = {
  recognize(article: Article): EntityMention[] {
    return recognizeMentions(article).map((m) => ({
      article: article.id,
      start: m.start,
      end: m.end,
      surface: article.text.slice(m.start, m.end),
      type: m.type,
      rule: m.rule,
    }));
  },
};

/** Builds the entity index of a set of articles: recognition per article, then clustering over all. */
export function buildEntityIndex(
  articles: Article[],
  recognizer: EntityRecognizer = ruleRecognizer,
): EntityIndex {
  return entityIndexOf(
    clusterEntities(
      articles,
      articles.flatMap((a) => recognizer.recognize(a)),
    ),
  );
}

/**
 * What the corpus part finds, as plain data: entities and the alias clusters behind them. It
 * crosses threads by structured clone (which keeps shared objects shared), so a worker answers
 * `resolve` from it exactly as the main thread does.
 */
export interface EntityIndexData {
  entities: Entity[];
  resolution: AliasResolution;
  entityOf: Map<EntityCluster, Entity>;
}

/** The corpus part: the mentions recognised in `articles` (in article order), clustered and named. */
export function clusterEntities(articles: readonly Article[], recognized: EntityMention[]): EntityIndexData {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const textOf = (id: string) => texts.get(id) ?? '';
  const chrome = new Map(articles.map((a) => [a.id, a.boilerplate]));
  const isInChrome = (m: EntityMention) =>
    (chrome.get(m.article) ?? []).some((b) => b.start <= m.start && m.start < b.end);
  const mentions = linkShortForms(
    linkDemonyms(typeCorpusPlaces(dropCommonCapitals(recognized, articles), textOf)),
    isInChrome,
  );
  const resolution = clusterMentions(mentions, (id) => texts.get(id) ?? '');
  const named = nameClusters(resolution);
  const entityOf = new Map<EntityCluster, Entity>(named.map(({ cluster, entity }) => [cluster, entity]));
  const entities = named.map((n) => n.entity);
  const genders = inferGenders(entities, (id) => texts.get(id) ?? '');
  for (const e of entities) {
    const g = genders.get(e.id);
    if (g !== undefined) e.gender = g;
  }
  return { entities, resolution, entityOf };
}

/** The index over what `clusterEntities` found: its entities and the look-up from a mention to one. */
export function entityIndexOf(data: EntityIndexData): EntityIndex {
  const index = buildResolverIndex(data.resolution, data.entityOf);
  return {
    entities: data.entities,
    resolve: (article, surface, offset) => resolveSurface(index, article, surface, offset),
  };
}

/** Rules whose mentions name an entity by another word form (a demonym, a short form): never its name. */
const DERIVED_FORM_RULES: ReadonlySet<string> = new Set(['place.demonym', 'alias.short-form']);

/** Surfaces of a cluster's mentions, cleaned, with counts; `named` keeps only those that may name it. */
function surfaceCounts(c: EntityCluster, named = false): Map<string, number> {
  const counts = new Map<string, number>();
  const own = c.mentions.filter((m) => !DERIVED_FORM_RULES.has(m.rule));
  for (const m of named && own.length > 0 ? own : c.mentions) {
    const s = cleanSurface(m.surface);
    if (s.length > 0) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Most frequent, then longest, then alphabetically first: a deterministic pick. */
function pickName(candidates: Map<string, number>, score: (s: string) => number = () => 0): string {
  return [...candidates.entries()].sort(
    (a, b) => score(b[0]) - score(a[0]) || b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
  )[0]![0];
}

/** The canonical name of a cluster: a person's fullest name, a gazetteer row's name, else the usual surface. */
function canonicalName(c: EntityCluster, byKey: Map<string, EntityCluster>): string {
  const gaz = gazetteerNameOfKey(c.key);
  if (gaz !== null) return gaz;
  const names = surfaceCounts(c, true);
  if (c.key.startsWith('p:')) {
    const personal = new Map<string, number>();
    for (const m of c.mentions) {
      if (m.rule.startsWith('role.')) continue;
      const n = personNameOf(m.surface);
      if (n === null) continue;
      const s = [...n.given, ...n.initials.map((i) => `${i}.`), n.family].join(' ');
      personal.set(s, (personal.get(s) ?? 0) + 1);
    }
    // A transcript's capitals ("MARTA QUILL:") are its labels' style: the header's "Marta Quill" names her.
    const capitals = (s: string) => (/\p{Ll}/u.test(s) ? 0 : 0.5);
    if (personal.size > 0) return pickName(personal, (s) => s.split(' ').length - capitals(s));
  }
  if (c.key.startsWith('admin:p:')) {
    const person = byKey.get(c.key.slice(6));
    const family = person === undefined ? null : personNameOf(canonicalName(person, byKey))?.family;
    if (family) return `${family} administration`;
  }
  const placed = /^(meeting|agreement)@(.*)$/u.exec(c.key);
  if (placed !== null) {
    const place = byKey.get(placed[2]!);
    const shapes = c.mentions.map((m) => placeNamed(m.surface)).filter((s) => s !== null);
    const nouns = new Map<string, number>();
    for (const s of shapes) nouns.set(s.noun, (nouns.get(s.noun) ?? 0) + 1);
    const placeName = place === undefined ? (shapes[0]?.place ?? '') : canonicalName(place, byKey);
    if (nouns.size > 0 && placeName) return `${placeName} ${pickName(nouns)}`;
  }
  return pickName(names);
}

function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

/** Entities with names, aliases and ids; ids are unique, collisions get the article or a counter. */
function nameClusters(resolution: AliasResolution): { cluster: EntityCluster; entity: Entity }[] {
  const byKey = new Map(resolution.clusters.map((c) => [c.key, c]));
  const roleTargets = roleSurfaceTargets(resolution);
  const sorted = [...resolution.clusters].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const used = new Set<string>();
  const out: { cluster: EntityCluster; entity: Entity }[] = [];
  for (const c of sorted) {
    const name = canonicalName(c, byKey);
    let id = slug(name);
    if (c.scope !== null && used.has(id)) id = `${id}--${slug(c.scope)}`;
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const roleSurfaces = roleSurfacesOf(c);
    const aliases = [...surfaceCounts(c).keys()]
      .filter((s) => s !== name && (!roleSurfaces.has(s) || roleTargets.get(s)?.size === 1))
      .sort();
    const mentions = c.mentions
      .map((m) => ({ article: m.article, start: m.start, end: m.end }))
      .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
    out.push({ cluster: c, entity: { id, name, type: c.type, aliases, mentions } });
  }
  return out;
}

/** The cleaned surfaces of a cluster's role-noun mentions ("minister"), read once per cluster. */
function roleSurfacesOf(c: EntityCluster): Set<string> {
  const out = new Set<string>();
  for (const m of c.mentions) if (m.rule.startsWith('role.')) out.add(cleanSurface(m.surface));
  return out;
}

/**
 * Each role-noun surface → the clusters it resolved to across the corpus, plus every person the
 * corpus titles with that role: "the minister" is an alias only of the one minister in the set,
 * not of whichever of two ministers it happened to resolve to.
 */
function roleSurfaceTargets(resolution: AliasResolution): Map<string, Set<EntityCluster>> {
  const out = new Map<string, Set<EntityCluster>>();
  for (const [m, c] of resolution.clusterOf) {
    if (!m.rule.startsWith('role.')) continue;
    const s = cleanSurface(m.surface);
    out.set(s, (out.get(s) ?? new Set()).add(c));
  }
  for (const [s, targets] of out) {
    const query = parseRole(s);
    if (query === null) continue;
    for (const b of resolution.bindings) if (isRoleAnswer(b.role, query)) targets.add(b.cluster);
  }
  return out;
}

/** A recognised mention with its cluster and its surface skeleton. */
type Located = { m: AliasMention; c: EntityCluster; key: string };

interface ResolverIndex {
  resolution: AliasResolution;
  entityOf: Map<EntityCluster, Entity>;
  /** Per article and surface skeleton: mentions with their cluster, in text order. */
  byArticleKey: Map<string, Map<string, Located[]>>;
  /** Surface skeleton → clusters over the corpus. */
  bySurface: Map<string, Set<EntityCluster>>;
  byKey: Map<string, EntityCluster>;
  /** Family-name skeleton → person clusters of that family (full names and article-scoped surnames). */
  peopleByFamily: Map<string, EntityCluster[]>;
}

function buildResolverIndex(
  resolution: AliasResolution,
  entityOf: Map<EntityCluster, Entity>,
): ResolverIndex {
  const byArticle = new Map<string, Located[]>();
  const bySurface = new Map<string, Set<EntityCluster>>();
  for (const [m, c] of resolution.clusterOf) {
    const key = phraseSkeleton(cleanSurface(m.surface));
    const list = byArticle.get(m.article) ?? [];
    list.push({ m, c, key });
    byArticle.set(m.article, list);
    bySurface.set(key, (bySurface.get(key) ?? new Set()).add(c));
  }
  const byArticleKey = new Map<string, Map<string, Located[]>>();
  for (const [article, list] of byArticle) {
    list.sort((a, b) => a.m.start - b.m.start);
    const byKey = new Map<string, Located[]>();
    for (const x of list) {
      const same = byKey.get(x.key);
      if (same) same.push(x);
      else byKey.set(x.key, [x]);
    }
    byArticleKey.set(article, byKey);
  }
  const peopleByFamily = new Map<string, EntityCluster[]>();
  for (const c of resolution.clusters) {
    const family = familyOfPersonKey(c.key);
    if (family !== null) peopleByFamily.set(family, [...(peopleByFamily.get(family) ?? []), c]);
  }
  return {
    peopleByFamily,
    resolution,
    entityOf,
    byArticleKey,
    bySurface,
    byKey: new Map(resolution.clusters.map((c) => [c.key, c])),
  };
}

/**
 * Resolution order: a recognised mention at the offset; the same surface elsewhere in the
 * article (nearest to the offset); a person's name or family name in the article, then in the
 * corpus; a role noun bound by a title; a gazetteer name or plural demonym; a surface that names
 * one entity in the corpus. Null when nothing matches.
 */
function resolveSurface(ix: ResolverIndex, article: string, surface: string, offset?: number): Entity | null {
  const clean = cleanSurface(surface);
  if (clean.length === 0) return null;
  const key = phraseSkeleton(clean);
  const at = offset ?? Number.MAX_SAFE_INTEGER;
  const found = (c: EntityCluster | undefined | null) => (c ? (ix.entityOf.get(c) ?? null) : null);
  const same = ix.byArticleKey.get(article)?.get(key) ?? [];
  const covering = same.find((x) => x.m.start <= at && at < x.m.end);
  if (covering) return found(covering.c);
  if (same.length > 0) {
    const nearest = [...same].sort((a, b) => Math.abs(a.m.start - at) - Math.abs(b.m.start - at))[0]!;
    return found(nearest.c);
  }
  const person = resolvePersonName(ix, article, clean);
  if (person) return found(person);
  if (parseRole(clean) !== null) {
    return found(resolveRoleNoun(ix.resolution.bindings, ix.resolution.countriesOf, article, clean, at));
  }
  const named = ix.byKey.get(nameKey(clean));
  if (named) return found(named);
  const anywhere = ix.bySurface.get(key);
  return anywhere?.size === 1 ? found([...anywhere][0]) : null;
}

/** A person by (titled) name: a full name's cluster, else a family name's one cluster in the article, then corpus. */
function resolvePersonName(ix: ResolverIndex, article: string, surface: string): EntityCluster | null {
  const name = personNameOf(surface);
  if (name === null || !/^\p{Lu}/u.test(name.family)) return null;
  const family = phraseSkeleton(name.family);
  if (isFullName(name)) return ix.byKey.get(`p:${family}|${givenNameKey(name.given[0]!)}`) ?? null;
  const people = (ix.peopleByFamily.get(family) ?? []).filter(
    (c) => c.key.startsWith(`p:${family}|`) || c.key === `p:${family}@${article}`,
  );
  const local = people.filter((c) => c.mentions.some((m) => m.article === article));
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
