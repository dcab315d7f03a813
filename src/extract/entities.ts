import type { Article } from '../model/article.ts';
import type { Entity, EntityIndex, EntityType } from '../model/entity.ts';
import { cleanSurface, gazetteerNameOfKey, nameKey, personNameOf, placeNamed } from '../nlp/alias-keys.ts';
import {
  type AliasResolution,
  clusterMentions,
  type EntityCluster,
  resolveRoleNoun,
} from '../nlp/aliases.ts';
import { familySkeleton, givenNameKey, isFullName, phraseSkeleton } from '../nlp/names.ts';
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

/**
 * What a look-up found: a cluster, by the entity named after it (null when none was). Finding a
 * cluster without an entity still ends the search, as finding one with an entity does.
 */
interface Found {
  entity: Entity | null;
}

/** A person cluster as the resolver reads it: its key, scope and the articles that mention it. */
interface FoundPerson extends Found {
  key: string;
  scope: string | null;
  articles: ReadonlySet<string>;
}

/** An article's recognised mentions in text order: surface skeleton, span and entity of each. */
interface ArticleMentions {
  keys: string[];
  starts: number[];
  ends: number[];
  entities: (Entity | null)[];
}

/**
 * The resolver keeps only what look-ups read, in flat form: each mention as four array slots
 * instead of its AliasMention, a wrapper and map entries (~250 bytes each; 0.3 GB at 100k
 * articles), and the clusters only by their entities. The mentions of titled people stay, with
 * their role bindings, for role nouns (resolveRoleNoun reads them).
 */
interface ResolverIndex {
  bindings: AliasResolution['bindings'];
  countriesOf: AliasResolution['countriesOf'];
  /** The entity of each titled person's cluster: what a role noun resolves to. */
  entityOfTitled: Map<EntityCluster, Entity | null>;
  byArticle: Map<string, ArticleMentions>;
  /** Surface skeleton → the entity of the one cluster it names over the corpus (absent: none or several). */
  bySurface: Map<string, Entity>;
  byKey: Map<string, Found>;
  /** Family-name skeleton → person clusters of that family (full names and article-scoped surnames). */
  peopleByFamily: Map<string, FoundPerson[]>;
}

/** Marks a surface skeleton that names several clusters. */
const SEVERAL_CLUSTERS = Symbol('several clusters');

function buildResolverIndex(
  resolution: AliasResolution,
  entityOf: Map<EntityCluster, Entity>,
): ResolverIndex {
  const found = (c: EntityCluster): Entity | null => entityOf.get(c) ?? null;
  const byArticle = new Map<string, { start: number; end: number; key: string; c: EntityCluster }[]>();
  const clusterOfSurface = new Map<string, EntityCluster | typeof SEVERAL_CLUSTERS>();
  for (const [m, c] of resolution.clusterOf) {
    const key = phraseSkeleton(cleanSurface(m.surface));
    const list = byArticle.get(m.article) ?? [];
    list.push({ start: m.start, end: m.end, key, c });
    byArticle.set(m.article, list);
    const known = clusterOfSurface.get(key);
    clusterOfSurface.set(key, known === undefined || known === c ? c : SEVERAL_CLUSTERS);
  }
  const flat = new Map<string, ArticleMentions>();
  for (const [article, list] of byArticle) {
    list.sort((a, b) => a.start - b.start);
    flat.set(article, {
      keys: list.map((x) => x.key),
      // Plain arrays: small integers sit in them unboxed, and a typed array per article added an ArrayBuffer each.
      starts: list.map((x) => x.start),
      ends: list.map((x) => x.end),
      entities: list.map((x) => found(x.c)),
    });
  }
  const bySurface = new Map<string, Entity>();
  for (const [key, c] of clusterOfSurface) {
    const entity = c === SEVERAL_CLUSTERS ? null : found(c);
    if (entity !== null) bySurface.set(key, entity);
  }
  const byKey = new Map<string, Found>();
  const peopleByFamily = new Map<string, FoundPerson[]>();
  for (const c of resolution.clusters) {
    const family = familyOfPersonKey(c.key);
    if (family === null) {
      byKey.set(c.key, { entity: found(c) });
      continue;
    }
    const articles = new Set(c.mentions.map((m) => m.article));
    const person: FoundPerson = { entity: found(c), key: c.key, scope: c.scope, articles };
    byKey.set(c.key, person);
    peopleByFamily.set(family, [...(peopleByFamily.get(family) ?? []), person]);
  }
  return {
    bindings: resolution.bindings,
    countriesOf: resolution.countriesOf,
    entityOfTitled: new Map(resolution.bindings.map((b) => [b.cluster, found(b.cluster)])),
    byArticle: flat,
    bySurface,
    byKey,
    peopleByFamily,
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
  const here = ix.byArticle.get(article);
  if (here !== undefined) {
    // The first mention of the surface covering the offset, else the nearest (the first of ties).
    let nearest = -1;
    for (let i = 0; i < here.keys.length; i++) {
      if (here.keys[i] !== key) continue;
      if (here.starts[i]! <= at && at < here.ends[i]!) return here.entities[i]!;
      if (nearest < 0 || Math.abs(here.starts[i]! - at) < Math.abs(here.starts[nearest]! - at)) nearest = i;
    }
    if (nearest >= 0) return here.entities[nearest]!;
  }
  const person = resolvePersonName(ix, article, clean);
  if (person) return person.entity;
  if (parseRole(clean) !== null) {
    const titled = resolveRoleNoun(ix.bindings, ix.countriesOf, article, clean, at);
    return titled ? (ix.entityOfTitled.get(titled) ?? null) : null;
  }
  const named = ix.byKey.get(nameKey(clean));
  if (named) return named.entity;
  return ix.bySurface.get(key) ?? null;
}

/** A person by (titled) name: a full name's cluster, else a family name's one cluster in the article, then corpus. */
function resolvePersonName(ix: ResolverIndex, article: string, surface: string): Found | null {
  const name = personNameOf(surface);
  if (name === null || !/^\p{Lu}/u.test(name.family)) return null;
  const family = familySkeleton(name.family);
  if (isFullName(name)) return ix.byKey.get(`p:${family}|${givenNameKey(name.given[0]!)}`) ?? null;
  const people = (ix.peopleByFamily.get(family) ?? []).filter(
    (c) => c.key.startsWith(`p:${family}|`) || c.key === `p:${family}@${article}`,
  );
  const local = people.filter((c) => c.articles.has(article));
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
