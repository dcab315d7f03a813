import type { EntityType } from '../model/entity.ts';
import {
  cleanSurface,
  datedEventKey,
  gazetteerNameOfKey,
  nameKey,
  personNameOf,
  placeNamed,
} from './alias-keys.ts';
import { familySkeleton, givenNameKey, isFullName, type PersonName } from './names.ts';
import { isRoleAnswer, parseRole, type Role } from './roles.ts';

/**
 * Alias clustering within and across articles: which mentions are one entity.
 * - Persons with a given name key by family skeleton + given-name key (Sergei/Sergey Ivanov;
 *   Volodymyr/Vladimir Petrenko; Anna Ivanova ≠ Olga Ivanova).
 * - A bare family name (or initials) joins the one full name of that family in its article, else
 *   the one in the corpus; with none or several it stays its own entity, scoped to its article.
 * - A role noun ("the foreign minister") joins the person its article titled with that role
 *   before it, else the one person the corpus titles so (resolveRoleNoun).
 * - Administrations key by their person or country; place-named events and agreements by their
 *   place, with "City, Region" pairs in the text folding the region onto the city.
 * - Everything else keys by gazetteer row or skeleton (alias-keys.ts); metonyms stay apart from
 *   their countries because they are separate rows.
 */
export interface AliasMention {
  article: string;
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  rule: string;
  /** A cluster key a corpus rule decided ("Kaldorian" → the key of "Kaldoria"), used over nameKey. */
  key?: string;
}

export interface EntityCluster {
  key: string;
  type: EntityType;
  mentions: AliasMention[];
  /** The article a cluster is confined to (an ambiguous bare surname), else null. */
  scope: string | null;
}

/**
 * A title that bound a role to a person at an offset of an article. The person is a cluster here,
 * and a number in the entity resolver's tables, which cross threads without the clusters.
 */
export interface RoleBinding<C = EntityCluster> {
  article: string;
  at: number;
  role: Role;
  cluster: C;
}

export interface AliasResolution {
  clusters: EntityCluster[];
  clusterOf: Map<AliasMention, EntityCluster>;
  bindings: RoleBinding[];
  /** Countries each person's titles name ("US President" → United States). */
  countriesOf: Map<EntityCluster, Set<string>>;
}

/** Characters allowed between a title and the name it introduces. */
const TITLE_NAME_GAP = /^[\s\u00a0]*$/u;
/** A gloss ("literally “New Russia”") joins a name that ends at most this many characters before it. */
const MAX_GLOSS_DISTANCE_CHARS = 60;

class Clusters {
  readonly byKey = new Map<string, EntityCluster>();
  readonly clusterOf = new Map<AliasMention, EntityCluster>();

  add(key: string, type: EntityType, m: AliasMention, scope: string | null = null): EntityCluster {
    let c = this.byKey.get(key);
    if (c === undefined) {
      c = { key, type, mentions: [], scope };
      this.byKey.set(key, c);
    }
    c.mentions.push(m);
    this.clusterOf.set(m, c);
    return c;
  }
}

function personKey(name: PersonName): string {
  return `p:${familySkeleton(name.family)}|${givenNameKey(name.given[0]!)}`;
}

function isPersonMention(m: AliasMention): boolean {
  return m.type === 'person' && !m.rule.startsWith('role.');
}

/** Clusters all mentions of a corpus; `textOf` gives an article's text for adjacency checks. */
export function clusterMentions(
  mentions: readonly AliasMention[],
  textOf: (article: string) => string,
): AliasResolution {
  const cl = new Clusters();
  const sorted = [...mentions].sort((a, b) =>
    a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start,
  );
  const parsed = new Map<AliasMention, PersonName>();
  for (const m of sorted) {
    if (!isPersonMention(m)) continue;
    const name = personNameOf(m.surface);
    if (name !== null) parsed.set(m, name);
  }
  // 1. Full names.
  for (const [m, name] of parsed) if (isFullName(name)) cl.add(personKey(name), 'person', m);
  const fullByFamily = groupFullNamesByFamily(cl);
  const spelled = familySpellingsByArticle(sorted);
  // 2. Bare family names and initials; capitalised unknown words that are a known family name.
  for (const m of sorted) {
    const name = parsed.get(m) ?? (isBareWord(m) ? personNameOf(m.surface) : null);
    if (name === null || isFullName(name) || cl.clusterOf.has(m)) continue;
    const family = familySkeleton(name.family);
    const candidates = fullByFamily.get(family);
    if (!isPersonMention(m) && candidates === undefined) continue;
    attachPartialName(cl, m, name, family, candidates ?? [], spelled.get(m.article) ?? new Map());
  }
  // 3. Role bindings from titles, then role nouns.
  const bindings = roleBindings(sorted, cl, textOf);
  const countriesOf = personCountries(bindings);
  for (const m of sorted) {
    if (m.rule !== 'role.noun') continue;
    const target = resolveRoleNoun(bindings, countriesOf, m.article, m.surface, m.start, namedBefore);
    if (target !== null) {
      target.mentions.push(m);
      cl.clusterOf.set(m, target);
    }
  }
  // 4. Administrations, place-named events and agreements, other names, glosses.
  const inner = placeContainment(sorted, textOf);
  const isEvent = (m: AliasMention) => m.type === 'event' || m.type === 'treaty';
  for (const m of sorted) {
    if (cl.clusterOf.has(m) || m.rule.startsWith('role.') || m.rule === 'alias.gloss' || isEvent(m)) continue;
    if (m.rule.startsWith('admin.')) addAdministration(cl, m, fullByFamily);
    else if (!isPersonMention(m) && !joinKnownFullName(cl, m)) cl.add(m.key ?? nameKey(m.surface), m.type, m);
  }
  for (const m of sorted) if (!cl.clusterOf.has(m) && isEvent(m)) addNamedEvent(cl, m, inner);
  for (const m of sorted) if (m.rule === 'alias.gloss') addGloss(cl, sorted, m);
  settleTypes(cl);
  return { clusters: [...cl.byKey.values()], clusterOf: cl.clusterOf, bindings, countriesOf };
}

/** A one-word capitalised mention of unknown type, which may be a family name used alone. */
function isBareWord(m: AliasMention): boolean {
  return m.type === 'other' && !/\s/u.test(cleanSurface(m.surface));
}

/**
 * An untyped name whose words are exactly a person's full name named elsewhere in the corpus
 * ("Anna Berg" in a transcript's labels or a headline, where nothing typed it) is that person:
 * the given-and-family key is specific enough that a non-person rarely shares it.
 */
function joinKnownFullName(cl: Clusters, m: AliasMention): boolean {
  if (m.type !== 'other') return false;
  const name = personNameOf(m.surface);
  if (name === null || !isFullName(name)) return false;
  const person = cl.byKey.get(personKey(name));
  if (person === undefined) return false;
  person.mentions.push(m);
  cl.clusterOf.set(m, person);
  return true;
}

function groupFullNamesByFamily(cl: Clusters): Map<string, EntityCluster[]> {
  const out = new Map<string, EntityCluster[]>();
  for (const c of cl.byKey.values()) {
    const family = c.key.slice(2, c.key.indexOf('|'));
    out.set(family, [...(out.get(family) ?? []), c]);
  }
  return out;
}

/**
 * A bare family name joins the one compatible full name in its article, else the one in the
 * corpus; otherwise it stays apart, scoped to its article ("Smith" here may not be "Smith" there).
 */
function attachPartialName(
  cl: Clusters,
  m: AliasMention,
  name: PersonName,
  family: string,
  candidates: EntityCluster[],
  spelledHere: ReadonlyMap<string, ReadonlySet<string>>,
) {
  const initial = name.initials[0];
  // A full name of this spelling in the article ("Dana Lusk", even left untyped) is what the bare
  // name refers to: only a person with that given name may take it, whatever the spelling.
  const givenHere = spelledHere.get(spellingOf(name.family));
  const fits = candidates.filter(
    (c) =>
      (initial === undefined || firstLetterOf(c) === initial) &&
      (givenHere === undefined || givenHere.has(c.key.slice(c.key.indexOf('|') + 1))),
  );
  const local = fits.filter((c) => c.mentions.some((x) => x.article === m.article));
  const pick = local.length === 1 ? local[0] : local.length === 0 && fits.length === 1 ? fits[0] : undefined;
  if (pick !== undefined) {
    pick.mentions.push(m);
    cl.clusterOf.set(m, pick);
    return;
  }
  cl.add(`p:${family}@${m.article}`, 'person', m, m.article);
}

/** A family name's letters as written, case and accents aside: what tells Brainard from Braynard. */
function spellingOf(family: string): string {
  return family
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();
}

/**
 * Per article, the family names its full names write, of any type ("Dana Lusk" left untyped
 * still spells "Lusk"; "Mr. Lusk" names no given name, so it does not count), with their given-name keys.
 */
function familySpellingsByArticle(sorted: readonly AliasMention[]): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>();
  for (const m of sorted) {
    if (m.rule.startsWith('role.')) continue;
    const name = personNameOf(m.surface);
    if (name === null || !isFullName(name)) continue;
    const spellings = out.get(m.article) ?? new Map<string, Set<string>>();
    out.set(m.article, spellings);
    const spelling = spellingOf(name.family);
    spellings.set(spelling, (spellings.get(spelling) ?? new Set()).add(givenNameKey(name.given[0]!)));
  }
  return out;
}

function firstLetterOf(c: EntityCluster): string {
  const name = personNameOf(c.mentions[0]!.surface);
  return (name?.given[0] ?? '').charAt(0).toUpperCase();
}

/** Titles immediately before a person's name bind their role to that person. */
function roleBindings(
  sorted: readonly AliasMention[],
  cl: Clusters,
  textOf: (a: string) => string,
): RoleBinding[] {
  const out: RoleBinding[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i]!;
    if (r.rule !== 'role.title') continue;
    const person = sorted
      .slice(i + 1, i + 4)
      .find((p) => p.article === r.article && isPersonMention(p) && p.start >= r.end);
    if (person === undefined || !TITLE_NAME_GAP.test(textOf(r.article).slice(r.end, person.start))) continue;
    const role = parseRole(r.surface);
    const cluster = cl.clusterOf.get(person);
    if (role !== null && cluster !== undefined) out.push({ article: r.article, at: r.start, role, cluster });
  }
  return out;
}

function personCountries(bindings: readonly RoleBinding[]): Map<EntityCluster, Set<string>> {
  const out = new Map<EntityCluster, Set<string>>();
  for (const b of bindings) {
    if (b.role.country === null || b.role.past) continue;
    const set = out.get(b.cluster) ?? new Set<string>();
    set.add(b.role.country);
    out.set(b.cluster, set);
  }
  return out;
}

/** How often a cluster is named (not by a role noun) in an article before an offset. */
function namedBefore(c: EntityCluster, article: string, offset: number): number {
  return c.mentions.filter((m) => m.article === article && m.start < offset && !m.rule.startsWith('role.'))
    .length;
}

/** A binding with its country filled from the person's other titles when it names none. */
function effectiveRole<C>(b: RoleBinding<C>, countriesOf: ReadonlyMap<C, Set<string>>): Role {
  if (b.role.country !== null) return b.role;
  const known = countriesOf.get(b.cluster);
  return known?.size === 1 ? { ...b.role, country: [...known][0]! } : b.role;
}

/**
 * The person a role noun refers to: a person its article titled so before `offset` (the most
 * mentioned of them when several were, see pickTitledInArticle), else the one person the corpus
 * titles so with the same country. A role several people of the corpus hold ("the minister" with
 * two foreign ministers in the set) resolves to nobody at corpus level. Null otherwise. Generic in
 * what a person is (a cluster while clustering, an entity number in the resolver's tables); `named`
 * counts how often a person is named in an article before an offset.
 */
export function resolveRoleNoun<C>(
  bindings: readonly RoleBinding<C>[],
  countriesOf: ReadonlyMap<C, Set<string>>,
  article: string,
  surface: string,
  offset: number,
  named: (person: C, article: string, offset: number) => number,
): C | null {
  const query = parseRole(surface);
  if (query === null || query.honorific) return null;
  const index = roleIndexOf(bindings, countriesOf);
  const titledAt = new Map<C, number>();
  for (const { binding: b, role } of index.byArticle.get(article) ?? []) {
    if (b.at > offset) continue;
    if (isRoleAnswer(role, query)) titledAt.set(b.cluster, Math.max(b.at, titledAt.get(b.cluster) ?? -1));
  }
  if (titledAt.size > 0) return pickTitledInArticle(titledAt, article, offset, named);
  // Keyed by what the scan reads of the query, so every surface of one role shares the answer.
  const key = `${query.role}\u0000${query.country ?? ''}\u0000${query.past}`;
  let answer = index.corpusAnswer.get(key);
  if (answer === undefined) {
    const corpus = new Set<C>();
    for (const { binding: b, role } of index.all) {
      if (isRoleAnswer(role, query) && (query.country === null || role.country === query.country))
        corpus.add(b.cluster);
    }
    answer = corpus.size === 1 ? [...corpus][0]! : null;
    index.corpusAnswer.set(key, answer);
  }
  return answer;
}

/**
 * The bindings of a resolution by article, each with its effective role, and the corpus-level
 * answers found so far: a role noun is resolved once per mention, and scanning every binding of
 * the corpus for each made resolution grow with the square of the corpus.
 */
interface RoleIndex<C> {
  all: { binding: RoleBinding<C>; role: Role }[];
  byArticle: Map<string, { binding: RoleBinding<C>; role: Role }[]>;
  /** By the query's role, country and tense. */
  corpusAnswer: Map<string, C | null>;
}

const ROLE_INDEXES = new WeakMap<readonly RoleBinding<unknown>[], RoleIndex<unknown>>();

function roleIndexOf<C>(
  bindings: readonly RoleBinding<C>[],
  countriesOf: ReadonlyMap<C, Set<string>>,
): RoleIndex<C> {
  let index = ROLE_INDEXES.get(bindings) as RoleIndex<C> | undefined;
  if (index) return index;
  index = { all: [], byArticle: new Map(), corpusAnswer: new Map() };
  for (const binding of bindings) {
    const entry = { binding, role: effectiveRole(binding, countriesOf) };
    index.all.push(entry);
    const list = index.byArticle.get(binding.article);
    if (list) list.push(entry);
    else index.byArticle.set(binding.article, [entry]);
  }
  ROLE_INDEXES.set(bindings, index);
  return index;
}

/**
 * Of several people an article titled with one role, "the minister" is the one the article is
 * about: the most often named before the role noun, then the most recently titled. A counterpart
 * titled once in passing ("… to meet Foreign Minister Eva Lind") does not take over the role
 * noun that keeps referring to the article's protagonist.
 */
function pickTitledInArticle<C>(
  titledAt: Map<C, number>,
  article: string,
  offset: number,
  named: (person: C, article: string, offset: number) => number,
): C {
  if (titledAt.size === 1) return [...titledAt.keys()][0]!;
  return [...titledAt.entries()]
    .map(([c, at]) => ({ c, at, n: named(c, article, offset) }))
    .sort((a, b) => b.n - a.n || b.at - a.at)[0]!.c;
}

/** "Juneau, Alaska": the second place contains the first; a region with one city folds onto it. */
function placeContainment(
  sorted: readonly AliasMention[],
  textOf: (a: string) => string,
): Map<string, string> {
  const inner = new Map<string, Set<string>>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (a.article !== b.article || a.type !== 'place' || b.type !== 'place') continue;
    if (!/^,\s*$/u.test(textOf(a.article).slice(a.end, b.start))) continue;
    const outer = nameKey(b.surface);
    inner.set(outer, (inner.get(outer) ?? new Set()).add(nameKey(a.surface)));
  }
  const out = new Map<string, string>();
  for (const [outer, set] of inner)
    if (set.size === 1 && !outer.startsWith('gaz:')) out.set(outer, [...set][0]!);
  return out;
}

function addAdministration(cl: Clusters, m: AliasMention, fullByFamily: Map<string, EntityCluster[]>): void {
  const core = cleanSurface(m.surface)
    .replace(/\s+administration$/iu, '')
    .replace(/^administration\s+of\s+/iu, '');
  if (m.rule === 'admin.of-country') {
    cl.add(`admin:${nameKey(core)}`, 'government', m);
    return;
  }
  const name = personNameOf(core);
  if (name === null) return;
  const family = familySkeleton(name.family);
  const candidates = fullByFamily.get(family) ?? [];
  const exact = isFullName(name) ? personKey(name) : null;
  const person = exact ?? (candidates.length === 1 ? candidates[0]!.key : `p:${family}@${m.article}`);
  cl.add(`admin:${person}`, 'organization', m, person.includes('@') ? m.article : null);
}

function addNamedEvent(cl: Clusters, m: AliasMention, inner: Map<string, string>): void {
  const dated = datedEventKey(m.surface);
  if (dated !== null) {
    cl.add(dated, 'event', m);
    return;
  }
  const shape = placeNamed(m.surface);
  const placeKey = shape === null ? null : nameKey(shape.place);
  const isPlace =
    placeKey !== null && (cl.byKey.get(placeKey)?.type === 'place' || placeKey.startsWith('gaz:'));
  if (shape === null || placeKey === null || !isPlace) {
    cl.add(nameKey(m.surface), m.type, m);
    return;
  }
  const at = shape.family === 'conflict' ? placeKey : (inner.get(placeKey) ?? placeKey);
  cl.add(`${shape.family}@${at}`, shape.family === 'agreement' ? 'treaty' : 'event', m);
}

/** A gloss joins the nearest name before it in its article. */
function addGloss(cl: Clusters, sorted: readonly AliasMention[], m: AliasMention): void {
  const before = sorted.filter(
    (x) =>
      x.article === m.article &&
      x.end <= m.start &&
      m.start - x.end <= MAX_GLOSS_DISTANCE_CHARS &&
      cl.clusterOf.has(x),
  );
  const target = before[before.length - 1];
  if (target === undefined) cl.add(nameKey(m.surface), m.type, m);
  else {
    const c = cl.clusterOf.get(target)!;
    c.mentions.push(m);
    cl.clusterOf.set(m, c);
  }
}

/** Type priority when mentions of one name disagree: the most specific evidence wins. */
const TYPE_PRIORITY: readonly EntityType[] = [
  'person',
  'treaty',
  'event',
  'media',
  'government',
  'organization',
  'place',
  'other',
];

function settleTypes(cl: Clusters): void {
  for (const c of cl.byKey.values()) {
    const gaz = gazetteerNameOfKey(c.key);
    if (gaz !== null || c.key.startsWith('p:') || c.key.includes('@')) continue;
    const types = new Set(c.mentions.filter((m) => !m.rule.startsWith('role.')).map((m) => m.type));
    c.type = TYPE_PRIORITY.find((t) => types.has(t)) ?? c.type;
  }
}
