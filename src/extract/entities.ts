import type { Article } from '../model/article.ts';
import type { Entity, EntityIndex, EntityType } from '../model/entity.ts';
import { cleanSurface, gazetteerNameOfKey, personNameOf, placeNamed } from '../nlp/alias-keys.ts';
import { type AliasResolution, clusterMentions, type EntityCluster } from '../nlp/aliases.ts';
import { isRoleAnswer, parseRole } from '../nlp/roles.ts';
import {
  dropCommonCapitals,
  linkDemonyms,
  linkShortForms,
  typeCorpusPlaces,
} from './entities/corpus-rules.ts';
import { typeSpeakingNames } from './entities/speaking-names.ts';
import { inferGenders } from './entities/gender.ts';
import { recognizeMentions } from './entities/recognize.ts';
import { buildResolverTables, corpusIndexOf, type ResolverTables } from './entities/resolver.ts';

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
    linkDemonyms(
      typeSpeakingNames(typeCorpusPlaces(dropCommonCapitals(recognized, articles), textOf), textOf),
    ),
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
  return corpusIndexOf(resolverTablesOf(data));
}

/** The look-up tables of what `clusterEntities` found (see entities/resolver.ts). */
export function resolverTablesOf(data: EntityIndexData): ResolverTables {
  return buildResolverTables(data.entities, data.resolution, data.entityOf);
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
    // A transcript's capitals ("MARTA QUENNEL:") are its labels' style: the header's "Marta Quennel" names her.
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
  return pickName(foldCapitals(names));
}

/**
 * A word of five letters or more in capitals is typography (a dateline, a shouted headline), not
 * an acronym or a model's code ("NATO", "EH101").
 */
const TYPOGRAPHIC_WORD = /^\p{Lu}{5,}$/u;

/**
 * Surfaces printed in capitals ("MARSTAD, March 4 (Wire) -", "MINISTER QUITS") counted with the
 * same name in ordinary case when the corpus also writes it so: datelines and headlines would
 * otherwise name a place or a body in capitals. Short acronyms ("NATO" against "Nato") stay apart.
 */
function foldCapitals(names: Map<string, number>): Map<string, number> {
  const byFolded = new Map<string, string>();
  for (const s of names.keys()) if (/\p{Ll}/u.test(s)) byFolded.set(s.toLowerCase(), s);
  const out = new Map<string, number>();
  for (const [s, n] of names) {
    const typographic = !/\p{Ll}/u.test(s) && s.split(/\s+/u).some((w) => TYPOGRAPHIC_WORD.test(w));
    const target = (typographic && byFolded.get(s.toLowerCase())) || s;
    out.set(target, (out.get(target) ?? 0) + n);
  }
  return out;
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
