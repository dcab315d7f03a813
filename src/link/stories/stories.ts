import type { Article } from '../../model/article.ts';
import type { EntityIndex } from '../../model/entity.ts';
import { type Quote, quotesByArticle } from '../../model/quote.ts';
import type { Story } from '../../model/story.ts';
import { isItemList } from '../../ingest/boilerplate/shapes.ts';
import { clusterAverageLink, type SameOccasion, type SimilarityEdge } from './average-link.ts';
import { EventContrast } from './event-contrast.ts';
import { detectPrimary } from './primary.ts';
import { makeInterner } from '../../model/interner.ts';
import { CALENDAR_WORDS, getStoryFeatures, hashString, type StoryFeatures } from './story-features.ts';
import {
  countDocumentFrequencies,
  type GraphArticle,
  scoreArticlePairs,
  type TermNumbering,
  toGraphArticle,
} from './story-similarity.ts';
import { STORY_TUNING, type StoryTuning } from './story-tuning.ts';

/**
 * Stories: articles that report one event.
 *  1. Features per article (story-features.ts), computed once. What says where a report was
 *     filed or what else was in the news is not the event's: a wire dateline (nlp/dateline.ts) and a
 *     round-up's items after its turn to other news (round-up.ts) give no terms, nor does a closing
 *     sentence that announces a later sitting of the same body (look-ahead.ts).
 *  2. Pair similarities over an inverted index (story-similarity.ts): cosine + shared wording,
 *     adjusted by interview venue and by a publication-date window (DATE_WINDOW_DAYS, then a
 *     floored decay), or, when one of the two is undated, by its own years and weekdays
 *     (undated-clock.ts); pairs below MIN_PAIR_SIMILARITY are no edge.
 *  3. Local scaling: each similarity divided by the geometric mean of the two articles'
 *     similarity to their NEIGHBOUR_RANK-th neighbour, so the cut adapts to how alike articles
 *     on that subject are.
 *  4. Average-link clustering at STORY_LINK_THRESHOLD, refusing merges of two groups that are
 *     each much tighter inside than to each other (MIN_COHESION): two events of one kind. Two
 *     groups published within SAME_OCCASION_DAYS of each other merge at a lower cut; a group of
 *     nearly undated reports and a dated one, whose occasion dates cannot confirm, at a higher
 *     one. Two groups
 *     of three or more that each agree on names and numbers the other never mentions stay apart
 *     (event-contrast.ts): one topic, two events. Nor do two groups whose leads each agree on the
 *     day of their event, two to DISTINCT_OCCASION_MAX_GAP_DAYS days apart (event-day.ts; a
 *     preview's planned weekday read forward, planned-day.ts): a speech and its press
 *     conference, two readings of one bill; nor two where one outlet named consecutive days
 *     (isOutletNextDay, average-link.ts): one visit's two agreements. Nor does a group holding a
 *     report whose lead set a day apart as background ("Having frozen fuel duty on Monday, the
 *     minister went on Thursday …") take in a group whose leads name that day (isToldAsBackground,
 *     average-link.ts): one actor's two announcements in one week.
 *  5. A report left alone that shares whole quoted passages with one story only joins it, or
 *     quotes a clause or two of the same speaker's words that one story's member quotes (a
 *     tabloid's or an op-ed's angle on a transcript: other words around the same quotes). So does
 *     a dated one with links at the cut to two or more dated members of one story and to no
 *     other: a tabloid's own words, close to the story's full reports, far from its briefs; and
 *     one with a link at the cut to a member of one story in its news cycle that names a name or
 *     a figure no other story names (attachOnOwnEvidence): a next-day column.
 * All numbers live in story-tuning.ts; one configuration serves every corpus.
 * Articles are processed sorted by id and ties break on that order, so the stories are a function
 * of the article set: input order never changes them.
 */

export interface StoryContext {
  quotes?: readonly Quote[];
  entities?: EntityIndex;
  /**
   * Each article's `getStoryFeatures`, by id, when a caller read them already (on worker threads).
   * Asked once per article; a caller that lets go of them when asked (`takeFrom`) lets each article's
   * full features be collected as soon as their compact form is made, instead of all staying live.
   */
  features?: (id: string) => StoryFeatures | undefined;
  /**
   * The articles' compact graph form, made as their features were read (StoryGraphInput), in
   * the order of `articles` (whose ids are then distinct): no article's full features wait here.
   */
  graph?: StoryGraphInput;
}

/**
 * Each article's story features turned into their compact graph form as they come, in article
 * order, so the full features (term maps, name and lead sets) of one article live only until its
 * compact form is made, not until the whole corpus is read. Term numbers are given in the order
 * `add` is called, as `clusterStories` gives them in article order.
 */
export class StoryGraphInput {
  readonly articles: GraphArticle[] = [];
  readonly numbering: TermNumbering = new Map();
  readonly #intern = makeInterner();
  readonly #mentions: Map<string, string[]>;

  constructor(entities: EntityIndex | undefined) {
    this.#mentions = indexEntityMentions(entities);
  }

  add(features: StoryFeatures): void {
    addEntityNames(features, this.#mentions.get(features.id) ?? []);
    this.articles.push(toGraphArticle(features, this.numbering, this.#intern));
  }
}

/**
 * Local scaling (Zelnik-Manor & Perona 2004): each article's similarity to its NEIGHBOUR_RANK-th
 * nearest neighbour, clamped. Two patches of one browser years apart share more words than two
 * reports of one earthquake; each article's neighbourhood says how much "alike" means there.
 */
function getNeighbourhoodScales(n: number, edges: readonly SimilarityEdge[], t: StoryTuning): Float64Array {
  // Each article's `rank` highest similarities, highest first, in one flat array: a list of
  // every article's similarities was as much garbage as the edges themselves.
  const rank = t.neighbourRank;
  const top = new Float64Array(n * rank);
  const count = new Int32Array(n);
  const note = (i: number, sim: number) => {
    const base = i * rank;
    let at = Math.min(count[i]!, rank);
    if (at === rank && top[base + rank - 1]! >= sim) return;
    if (at === rank) at--;
    while (at > 0 && top[base + at - 1]! < sim) {
      top[base + at] = top[base + at - 1]!;
      at--;
    }
    top[base + at] = sim;
    count[i]!++;
  };
  for (const { a, b, sim } of edges) {
    note(a, sim);
    note(b, sim);
  }
  const scale = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const kth = rank > 0 && count[i]! >= rank ? top[i * rank + rank - 1]! : 0;
    scale[i] = Math.min(t.maxNeighbourScale, Math.max(t.minNeighbourScale, kth));
  }
  return scale;
}

/** The scaled similarity graph over articles sorted by id: what the cut-off is applied to. */
export interface StoryGraph {
  ids: string[];
  edges: SimilarityEdge[];
  /** Publication day of each article (null when unknown) and the same-occasion cut. */
  occasion?: SameOccasion;
  /** Names and numbers of each article: the who, where and how many of its event. */
  evidence?: string[][];
}

/** Articles sorted by id and their scaled similarity edges (any order in, canonical out). */
export function buildStoryGraph(
  features: readonly StoryFeatures[],
  tuning: StoryTuning = STORY_TUNING,
): StoryGraph {
  const intern = makeInterner();
  const numbering: TermNumbering = new Map();
  return buildGraphOf(
    features.map((f) => toGraphArticle(f, numbering, intern)),
    numbering,
    tuning,
  );
}

/** buildStoryGraph over articles in their compact form; it drops their term counts as it weighs them. */
function buildGraphOf(
  articles: readonly GraphArticle[],
  numbering: TermNumbering,
  tuning: StoryTuning,
): StoryGraph {
  const sorted = [...articles].sort((p, q) => (p.pair.id < q.pair.id ? -1 : p.pair.id > q.pair.id ? 1 : 0));
  const df = countDocumentFrequencies(sorted, numbering);
  const pairs = scoreArticlePairs(sorted, df, tuning);
  const scale = getNeighbourhoodScales(sorted.length, pairs, tuning);
  // Scaled in place: the pairs are this graph's own, and a copy of each was garbage at once.
  const edges = pairs;
  for (const e of edges) e.sim = e.sim / Math.sqrt(scale[e.a]! * scale[e.b]!);
  const occasion: SameOccasion = {
    days: sorted.map((a) => a.pair.publishedDay),
    eventDays: sorted.map((a) => a.pair.eventDay),
    eventDaysStated: sorted.map((a) => a.pair.eventDayStated),
    backgroundDays: sorted.map((a) => a.pair.eventBackgroundDay),
    outlets: sorted.map((a) => a.pair.outlet),
    datelines: sorted.map((a) =>
      a.pair.datelineDayOfYear !== null && a.pair.datelineWire !== null
        ? { day: a.pair.datelineDayOfYear, wire: a.pair.datelineWire }
        : null,
    ),
    freshDays: tuning.dateWindowDays,
    distinctMinGap: tuning.distinctOccasionMinGapDays,
    distinctMaxGap: tuning.distinctOccasionMaxGapDays,
    distinctMaxSpread: tuning.distinctOccasionSpreadDays,
    windowDays: tuning.sameOccasionDays,
    cutFactor: tuning.sameOccasionCutFactor,
    unknownCutFactor: tuning.unknownOccasionCutFactor,
    unknownMinSize: tuning.unknownOccasionMinSize,
  };
  const evidence = sorted.map((a) => a.evidence);
  return { ids: sorted.map((a) => a.pair.id), edges, occasion, evidence };
}

/** Groups of article ids, one per story, cutting a graph at `threshold`. */
export function cutStoryGraph(
  graph: StoryGraph,
  threshold: number,
  minCohesion: number = STORY_TUNING.minCohesion,
  tuning: StoryTuning = STORY_TUNING,
): string[][] {
  const contrast =
    graph.evidence &&
    new EventContrast({
      evidence: graph.evidence,
      coreShare: tuning.contrastCoreShare,
      minExclusive: tuning.contrastMinExclusive,
      minGroupSize: tuning.contrastMinGroupSize,
    });
  const groups = clusterAverageLink(
    graph.ids.length,
    graph.edges,
    threshold,
    minCohesion,
    graph.occasion,
    contrast,
  );
  return attachQuotingSingletons(groups, graph.edges, threshold, graph.occasion, graph.evidence).map(
    (group) => group.map((i) => graph.ids[i]!),
  );
}

/** Links at the cut a report left alone needs to one story's members to join it. */
const STRONG_LINKS_TO_JOIN = 2;

/**
 * A report left alone whose only shared passages (quotes word for word, same days) or quote links
 * (the same speaker's quoted clauses, same days) are with the members of one story joins it, and so
 * does one whose links at the cut (STRONG_LINKS_TO_JOIN or more) all go to one story's members.
 * Reports of one press event take different angles, so they are
 * far from each other and close only to the transcript they quote: average linkage leaves the
 * last of them out. Groups stay sorted, in order of their first item.
 */
function attachQuotingSingletons(
  groups: number[][],
  edges: readonly SimilarityEdge[],
  threshold: number,
  occasion?: SameOccasion,
  evidence?: readonly (readonly string[])[],
): number[][] {
  const days = occasion?.days;
  const groupOf = new Map<number, number>();
  groups.forEach((g, gi) => g.forEach((i) => groupOf.set(i, gi)));
  const partners = new Map<number, Set<number>>();
  const note = (single: number, other: number) => {
    if (groups[groupOf.get(single)!]!.length !== 1) return;
    let set = partners.get(single);
    if (!set) partners.set(single, (set = new Set()));
    set.add(groupOf.get(other)!);
  };
  for (const e of edges) {
    if (!e.sharedPassage && !e.quoteLink) continue;
    note(e.a, e.b);
    note(e.b, e.a);
  }
  // A report left alone with links at the cut to two or more members of one story, and to no
  // other: a tabloid's angle far from the story's one-line briefs, which average linkage counts.
  const strong = new Map<number, Map<number, number>>();
  const noteStrong = (single: number, other: number) => {
    if (groups[groupOf.get(single)!]!.length !== 1) return;
    let m = strong.get(single);
    if (!m) strong.set(single, (m = new Map()));
    const g = groupOf.get(other)!;
    m.set(g, (m.get(g) ?? 0) + 1);
  };
  for (const e of edges) {
    // Both dated: without dates a link at the cut may join two occasions of one subject.
    if (e.sim < threshold || days?.[e.a] === null || days?.[e.b] === null) continue;
    noteStrong(e.a, e.b);
    noteStrong(e.b, e.a);
  }
  for (const [single, byGroup] of strong) {
    if (byGroup.size !== 1 || [...byGroup.values()][0]! < STRONG_LINKS_TO_JOIN) continue;
    if (partners.has(single)) continue;
    partners.set(single, new Set(byGroup.keys()));
  }
  if (evidence && occasion)
    attachOnOwnEvidence(groups, groupOf, edges, threshold, occasion, evidence, partners);
  const out = groups.map((g) => [...g]);
  const moved = new Set<number>();
  for (const [single, targets] of [...partners].sort((p, q) => p[0] - q[0])) {
    if (targets.size !== 1) continue;
    const target = [...targets][0]!;
    if (out[target]!.length < 2) continue;
    out[target]!.push(single);
    moved.add(groupOf.get(single)!);
  }
  return out
    .filter((g, gi) => !moved.has(gi))
    .map((g) => g.sort((p, q) => p - q))
    .sort((p, q) => p[0]! - q[0]!);
}

/**
 * A dated report left alone with a link at the cut to a member of one story published within the
 * same news cycle (`windowDays`), the two naming a name or a figure that no report outside that
 * story names, and no such link to another story: a next-day column's or follow-up's own words, far
 * from the story's briefs, whose who or how many is that event's alone ("the judge's majority",
 * "Sixty-one percent"); a weekday or a month says when, not which event, and is no such name.
 * Added to `partners` for reports the rules above left unpaired. The news cycle matters: in a
 * small pile of many subjects nearly every name is one story's, and a report weeks away that names
 * it (an indictment, a later demand in one inquiry) is another occasion.
 */
function attachOnOwnEvidence(
  groups: readonly number[][],
  groupOf: ReadonlyMap<number, number>,
  edges: readonly SimilarityEdge[],
  threshold: number,
  occasion: SameOccasion,
  evidence: readonly (readonly string[])[],
  partners: Map<number, Set<number>>,
): void {
  const { days, windowDays, eventDays, eventDaysStated } = occasion;
  // A report whose lead tells its own event's day, another day than the member's, is another
  // occasion of the same subject (a chamber's amendment on Monday, its vote on Tuesday), however
  // close the dates it was published on.
  const toldApart = (single: number, other: number): boolean => {
    const [ds, dother] = [eventDays?.[single] ?? null, eventDays?.[other] ?? null];
    return (eventDaysStated?.[single] ?? false) && ds !== null && dother !== null && ds !== dother;
  };
  const holders = new Map<string, Set<number>>();
  evidence.forEach((keys, i) => {
    for (const key of keys) {
      let set = holders.get(key);
      if (!set) holders.set(key, (set = new Set()));
      set.add(groupOf.get(i)!);
    }
  });
  const backed = new Map<number, Set<number>>();
  const note = (single: number, other: number) => {
    if (groups[groupOf.get(single)!]!.length !== 1 || partners.has(single) || toldApart(single, other))
      return;
    const target = groupOf.get(other)!;
    const theirs = new Set(evidence[other]);
    const own = evidence[single]!.some(
      (key) => theirs.has(key) && holders.get(key)!.size === 2 && !CALENDAR_WORDS.has(key),
    );
    if (!own || groups[target]!.length < 2) return;
    let set = backed.get(single);
    if (!set) backed.set(single, (set = new Set()));
    set.add(target);
  };
  for (const e of edges) {
    const [da, db] = [days[e.a] ?? null, days[e.b] ?? null];
    if (e.sim < threshold || da === null || db === null || Math.abs(da - db) > windowDays) continue;
    note(e.a, e.b);
    note(e.b, e.a);
  }
  for (const [single, targets] of backed) if (targets.size === 1) partners.set(single, targets);
}

/** Groups of article ids, one per story, from features (any order in, canonical out). */
export function groupByStory(
  features: readonly StoryFeatures[],
  tuning: StoryTuning = STORY_TUNING,
): string[][] {
  return cutStoryGraph(buildStoryGraph(features, tuning), tuning.linkThreshold, tuning.minCohesion, tuning);
}

/** `story-` + a hash of the sorted member ids: same members, same id, in any run. */
export function makeStoryId(articleIds: readonly string[]): string {
  const key = [...articleIds].sort().join('\n');
  const hex = (h: number) => h.toString(16).padStart(8, '0');
  return `story-${hex(hashString(key))}${hex(hashString(`~${key}`))}`;
}

/** A line that can serve as a title: a few words, not chrome, not a one-word caption. */
const MIN_TITLE_WORDS = 4;
const MAX_TITLE_CHARS = 160;

/** A line of a few words (letters, not separators) that is not a menu's list of items. */
function isTitleLike(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return words >= MIN_TITLE_WORDS && !isItemList(line);
}

/** The headline, or the first line of content with a few words, cut to a readable length. */
function getArticleTitle(article: Article): string {
  const inChrome = (at: number) => article.boilerplate.some((b) => at >= b.start && at < b.end);
  let title = article.title?.trim() ?? '';
  if (!title) {
    const lineRe = /[^\n]+/g;
    for (let m = lineRe.exec(article.text); m !== null && !title; m = lineRe.exec(article.text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      if (!inChrome(start) && isTitleLike(m[0])) title = m[0].trim();
    }
  }
  title ||= article.id;
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS - 1)}…` : title;
}

/** A story from its members: primary detected, titled after the primary or the earliest report. */
export function buildStory(
  ids: readonly string[],
  byId: ReadonlyMap<string, Article>,
  quotes?: readonly Quote[],
): Story {
  const members = [...ids].sort();
  const articles = members.map((id) => byId.get(id)!);
  const draft: Story = {
    id: makeStoryId(members),
    title: '',
    articles: members,
    primary: null,
    primaryConfidence: 0,
  };
  const found = detectPrimary(draft, articles, quotes);
  const earliest = [...articles].sort((p, q) =>
    (p.published ?? '9999').localeCompare(q.published ?? '9999'),
  )[0]!;
  const lead = (found.primary && byId.get(found.primary)) || earliest;
  return {
    ...draft,
    title: getArticleTitle(lead),
    primary: found.primary,
    primaryConfidence: found.confidence,
    primarySource: 'auto',
  };
}

/** Entities resolved by another stage join the names, so aliases ("the Kremlin") meet. */
function addEntityNames(features: StoryFeatures, entityIds: readonly string[]): void {
  for (const id of entityIds) {
    const key = `@${id}`;
    features.terms.set(key, (features.terms.get(key) ?? 0) + 1);
    features.names.add(key);
  }
}

/** Entity ids mentioned in each article. */
function indexEntityMentions(entities: EntityIndex | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entities?.entities ?? []) {
    for (const article of new Set(e.mentions.map((m) => m.article))) {
      let list = out.get(article);
      if (!list) {
        list = [];
        out.set(article, list);
      }
      list.push(e.id);
    }
  }
  return out;
}

/**
 * The quotes of a story's members only: a story's primary depends on its own articles, and
 * handing every story the whole batch's quotes made this stage quadratic (stories × quotes).
 */
function quotesOfMembers(ids: readonly string[], byArticle: ReadonlyMap<string, readonly Quote[]>): Quote[] {
  return ids.flatMap((id) => byArticle.get(id) ?? []);
}

function sortStories(stories: Story[]): Story[] {
  return stories.sort((p, q) => q.articles.length - p.articles.length || (p.id < q.id ? -1 : 1));
}

/**
 * Incremental story grouping. `add` computes an article's features once; grouping is redone from
 * cached features when asked for, so the stories are the same whatever order articles arrive in.
 * Cost per regrouping is the pair graph (inverted index), not the tokenisation.
 */
export class StoryClusterer {
  readonly #articles = new Map<string, Article>();
  readonly #features = new Map<string, StoryFeatures>();
  readonly #quotes = new Map<string, Quote[]>();
  readonly #entityMentions: Map<string, string[]>;
  #groups: string[][] | null = null;

  constructor(context: StoryContext = {}) {
    this.#entityMentions = indexEntityMentions(context.entities);
    for (const q of context.quotes ?? []) this.#quotesOf(q.article).push(q);
  }

  #quotesOf(articleId: string): Quote[] {
    let list = this.#quotes.get(articleId);
    if (!list) {
      list = [];
      this.#quotes.set(articleId, list);
    }
    return list;
  }

  /** Adds (or replaces) an article with its quotes; returns the id of the story it now belongs to. */
  add(article: Article, quotes: readonly Quote[] = []): string {
    this.#articles.set(article.id, article);
    this.#quotesOf(article.id).push(...quotes);
    const features = getStoryFeatures(article, this.#quotesOf(article.id));
    addEntityNames(features, this.#entityMentions.get(article.id) ?? []);
    this.#features.set(article.id, features);
    this.#groups = null;
    return this.storyOf(article.id)!;
  }

  #currentGroups(): string[][] {
    this.#groups ??= groupByStory([...this.#features.values()]);
    return this.#groups;
  }

  /** The id of the story holding an article, or null for an unknown article. */
  storyOf(articleId: string): string | null {
    const group = this.#currentGroups().find((g) => g.includes(articleId));
    return group ? makeStoryId(group) : null;
  }

  /** All stories with their detected primaries, largest first, then by id. */
  stories(): Story[] {
    return sortStories(
      this.#currentGroups().map((g) => buildStory(g, this.#articles, quotesOfMembers(g, this.#quotes))),
    );
  }
}

/** Groups articles that report the same event into stories, each with its detected primary. */
export function clusterStories(articles: readonly Article[], context: StoryContext = {}): Story[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const quotesOf = quotesByArticle(context.quotes ?? []);
  if (context.graph) return storiesOf(context.graph.articles, context.graph.numbering, byId, quotesOf);
  // Each article's full features live only until their compact form is made (see GraphArticle).
  const input = new StoryGraphInput(context.entities);
  for (const a of byId.values())
    input.add(context.features?.(a.id) ?? getStoryFeatures(a, quotesOf.get(a.id) ?? []));
  return storiesOf(input.articles, input.numbering, byId, quotesOf);
}

function storiesOf(
  articles: readonly GraphArticle[],
  numbering: TermNumbering,
  byId: ReadonlyMap<string, Article>,
  quotesOf: ReadonlyMap<string, readonly Quote[]>,
): Story[] {
  const graph = buildGraphOf(articles, numbering, STORY_TUNING);
  const groups = cutStoryGraph(graph, STORY_TUNING.linkThreshold, STORY_TUNING.minCohesion, STORY_TUNING);
  return sortStories(groups.map((g) => buildStory(g, byId, quotesOfMembers(g, quotesOf))));
}

/** Hands out each entry once and forgets it, so what was handed out can be collected after use. */
export function takeFrom<K, V>(map: Map<K, V>): (key: K) => V | undefined {
  return (key) => {
    const value = map.get(key);
    map.delete(key);
    return value;
  };
}
