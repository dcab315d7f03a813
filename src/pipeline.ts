import { clusterEntities, type EntityMention, resolverTablesOf } from './extract/entities.ts';
import {
  corpusIndexOf,
  releasedIndexOf,
  type ResolverTables,
  tablesOfArticle,
  withoutMentions,
} from './extract/entities/resolver.ts';
import { buildClaims } from './analyze/claims/claims.ts';
import {
  findPositionStatements,
  groupPositions,
  type PositionStatements,
} from './analyze/positions/positions.ts';
import type { KeyTerms } from './analyze/positions/issues.ts';
import { buildTimeline } from './analyze/timeline.ts';
import { applyPrimaryOverrides } from './link/stories/primary.ts';
import { attachProvenance, attachProvenanceAsync } from './link/provenance/provenance.ts';
import { clusterStories, StoryGraphInput, takeFrom } from './link/stories/stories.ts';
import type { Article } from './model/article.ts';
import { DOSSIER_VERSION, type Dossier } from './model/dossier.ts';
import type { EntityIndex } from './model/entity.ts';
import { type Issue, makeIssue } from './model/issue.ts';
import type { Options } from './model/options.ts';
import { type Quote, quotesByArticle } from './model/quote.ts';
import type { Story } from './model/story.ts';
import type { Claim, Position, TimelineItem } from './model/analysis.ts';
import { type IgnorableView, restoreSpans, toAnalysisView } from './ingest/ignorable-view.ts';
import type { DatedClause } from './analyze/timeline.ts';
import type { StoryFeatures } from './link/stories/story-features.ts';
import { type ArticleThreads, INLINE_THREADS, startArticleThreads } from './run/article-threads.ts';
import { makeResultCompactor } from './run/compact-results.ts';
import { findKeyTerms } from './run/position-terms.ts';
import type { ArticleStatements, PassName } from './run/article-passes.ts';
import type { FoundStatement } from './analyze/claims/statements.ts';
import { VERSION } from './version.ts';

/**
 * The whole analysis as an ordered list of named stages. Each stage is a pure function of the
 * state the earlier ones left; the order is the data dependency: quotes need entities (to name
 * speakers), stories use quotes, primaries need stories, provenance needs primaries. The work
 * of a stage that is a function of one article (recognising mentions, finding dates, quotes,
 * figures) runs as a pass over the articles on `threads` (worker threads, or this one with
 * `--jobs 1`), in input order; its corpus part (clustering, grouping) runs here, on its results.
 * What only later stages read is dropped by the stage that reads it last (`null` or empty), so a
 * large corpus does not hold every intermediate result until the dossier is written.
 */
export interface State {
  articles: Article[];
  /** Articles that are not exact duplicates: the ones analysed. */
  originals: Article[];
  /** Per original, in order: the entity mentions recognised in it (until the entities are clustered). */
  mentions: EntityMention[][];
  /** Per original, in order: the dated clauses it states (a pass left running; see `started`). */
  dated: Promise<DatedClause[][]> | null;
  /** The entity index's tables, for the passes that resolve names on other threads (until the quotes are found). */
  resolver: ResolverTables | null;
  entities: EntityIndex | null;
  /** Per original, in order: its figures and dates, and its spans' stances, read with its quotes (a pass left running). */
  statements: Promise<ArticleStatements[]> | null;
  /** Per original, in order: its figures and dates, once the stances are read (until the claims are grouped). */
  claimStatements: FoundStatement[][] | null;
  /**
   * What stories compare each original by, read with its quotes: made compact as it comes in
   * (until the stories are made), or kept whole by id when two originals share an id (the last
   * one wins, as the stories stage reads articles by id).
   */
  storyFeatures: StoryGraphInput | Map<string, StoryFeatures>;
  /** Who states a stance where, and (a pass left running) the key terms of each statement. */
  positionStatements: PositionStatements | null;
  positionTerms: Promise<KeyTerms[]> | null;
  quotes: Quote[];
  stories: Story[];
  timeline: TimelineItem[];
  claims: Claim[];
  positions: Position[];
}

interface Stage {
  name: string;
  /** `threads` runs per-article passes; without it they run on the calling thread. */
  run(state: State, options: Options, threads?: ArticleThreads): void | Promise<void>;
}

export const STAGES: readonly Stage[] = [
  {
    // Per article: entity mentions, awaited (entities need them all), and the dates each states,
    // left running on the worker threads while the entities are clustered here.
    name: 'read',
    run: async (s, _options, threads) => {
      const mentions = on(threads).map('mentions', s.originals, null);
      const compact = makeResultCompactor();
      s.dated = started(
        on(threads).map('dates', s.originals, null, undefined, (c, i) =>
          compact.dated(c, s.originals[i]!.text),
        ),
      );
      s.mentions = await mentions;
    },
  },
  {
    // Corpus-wide: the mentions of every article clustered into entities.
    name: 'entities',
    run: (s) => {
      s.resolver = resolverTablesOf(clusterEntities(s.originals, s.mentions.flat()));
      s.entities = corpusIndexOf(s.resolver);
      s.mentions = [];
    },
  },
  {
    // Per article, names resolved through the entity index: quotes, and what stories compare;
    // then what else is read with its quotes (claims' figures, positions' stances), left running
    // on the worker threads while stories are made here.
    name: 'quotes',
    run: async (s, options, threads) => {
      const tables = s.resolver!;
      const features = distinctIds(s.originals) ? new StoryGraphInput(s.entities!) : new Map();
      // One string per distinct value across the quotes and the statements read with them.
      const compact = makeResultCompactor();
      const found = await on(threads).map(
        'quotes',
        s.originals,
        { entities: withoutMentions(tables.corpus), indirect: options.indirect },
        (a) => tablesOfArticle(tables, a.id),
        (f, i) => {
          if (features instanceof StoryGraphInput) features.add(f.storyFeatures);
          else features.set(s.originals[i]!.id, f.storyFeatures);
          return compact.quotes(f.quotes, s.originals[i]!.text);
        },
      );
      s.resolver = null;
      s.storyFeatures = features;
      s.quotes = found.flat();
      const quotesOf = quotesByArticle(s.quotes);
      s.statements = started(
        on(threads).map('statements', s.originals, null, (a) => quotesOf.get(a.id) ?? [], compact.statements),
      );
    },
  },
  {
    name: 'stories',
    run: (s) => {
      const features = s.storyFeatures;
      s.stories = clusterStories(s.originals, {
        quotes: s.quotes,
        entities: s.entities!,
        ...(features instanceof StoryGraphInput ? { graph: features } : { features: takeFrom(features) }),
      });
      s.storyFeatures = new Map();
    },
  },
  {
    // Corpus-wide, who speaks for which party, from the stances read per article; per article,
    // each statement's key terms, left running on the worker threads while claims are made here.
    name: 'position-statements',
    run: async (s, _options, threads) => {
      const read = await s.statements!;
      // By id, the last article of an id winning, as the positions stage reads articles.
      const readings = new Map(read.map((r, i) => [s.originals[i]!.id, r.spanReadings]));
      s.positionStatements = findPositionStatements(s.originals, s.quotes, s.entities!, readings);
      // No later stage resolves a name: only the entities themselves stay, for the dossier.
      s.entities = releasedIndexOf(s.entities!);
      s.claimStatements = read.map((r) => r.claimStatements);
      s.statements = null;
      s.positionTerms = started(findKeyTerms(s.originals, s.positionStatements, on(threads)));
    },
  },
  {
    // clusterStories already detected each story's primary source; the user's choice overrides it.
    name: 'primary-overrides',
    run: (s, options) => {
      s.stories = applyPrimaryOverrides(s.stories, options.primaryOverrides);
    },
  },
  {
    // Stories are events on the timeline, dated by their earliest article.
    name: 'timeline',
    run: async (s) => {
      s.timeline = buildTimeline(s.originals, s.stories, await s.dated!);
      s.dated = null;
    },
  },
  {
    // Figures and dates grouped across articles; quotes give each statement its speaker.
    name: 'claims',
    run: (s) => {
      s.claims = buildClaims(s.originals, s.quotes, s.stories, s.claimStatements!);
      s.claimStatements = null;
    },
  },
  {
    // Who holds what on which issue: issues found over the statements' key terms, stories date them.
    name: 'positions',
    run: async (s) => {
      s.positions = groupPositions(s.originals, s.stories, s.positionStatements!, await s.positionTerms!);
      s.positionStatements = null;
      s.positionTerms = null;
    },
  },
  {
    name: 'provenance',
    // The sentence encoder loads and runs asynchronously; the lexical default stays synchronous.
    run: async (s, options) => {
      s.quotes = options.semantic
        ? await attachProvenanceAsync(s.quotes, s.originals, s.stories, { semantic: true })
        : attachProvenance(s.quotes, s.originals, s.stories);
    },
  },
];

/** Whether no two articles share an id. */
function distinctIds(articles: readonly Article[]): boolean {
  return new Set(articles.map((a) => a.id)).size === articles.length;
}

/** The passes on `threads`, or on this thread when a caller runs the stages without any. */
function on(threads: ArticleThreads | undefined): ArticleThreads {
  return threads ?? INLINE_THREADS;
}

/**
 * A pass a stage starts and a later stage awaits, so the worker threads run it while this thread
 * does corpus work in between. Its failure is reported where it is awaited, not as unhandled.
 */
function started<T>(pass: Promise<T>): Promise<T> {
  pass.catch(() => {});
  return pass;
}

/** What a caller may watch while the stages run (progress on a terminal), and how many threads. */
export interface AnalyzeHooks {
  /** Awaited before the stage runs; `threads` lets a benchmark read the worker threads' heaps. */
  onStage?(name: string, index: number, count: number, threads: ArticleThreads): void | Promise<void>;
  /** Threads for the per-article passes; 1 (the default) runs everything on the calling thread. */
  jobs?: number;
  /** Told of each problem met while analysing (also added to the dossier's issues), to print it now. */
  onIssue?(issue: Issue): void;
}

/** Run every stage over prepared articles and assemble the dossier. */
export async function analyzeArticles(
  articles: Article[],
  options: Options,
  issues: Issue[] = [],
  hooks: AnalyzeHooks = {},
): Promise<Dossier> {
  // Zero-width and bidi controls are skipped by analysis and spans mapped back (src/ingest/ignorable-view.ts).
  const views = new Map<string, { view: IgnorableView; original: string }>();
  const originals = articles
    .filter((a) => a.duplicateOf === null)
    .map((a) => {
      const analysed = toAnalysisView(a);
      if (!analysed) return a;
      views.set(a.id, { view: analysed.view, original: a.text });
      return analysed.article;
    });
  const state = initialState(articles, originals);
  // A bug one text meets costs that article what the failing stage finds, not the whole run.
  const onFailure = (article: Article, pass: PassName, message: string): void => {
    const issue = makeIssue(
      'HEARSAY_W_ANALYSIS_FAILED',
      { origin: article.source || article.id },
      `the ${pass} pass failed (${message}); the article is kept without its ${pass}: please report this`,
    );
    issues.push(issue);
    hooks.onIssue?.(issue);
  };
  const threads = startArticleThreads(hooks.jobs ?? 1, onFailure, options.documentBudgetMs);
  try {
    for (const [i, stage] of STAGES.entries()) {
      await hooks.onStage?.(stage.name, i, STAGES.length, threads);
      await stage.run(state, options, threads);
    }
  } finally {
    await threads.close();
  }
  if (views.size > 0)
    restoreSpans(
      [state.quotes, state.entities?.entities, state.claims, state.timeline, state.positions],
      views,
    );
  return dossierOf(state, issues);
}

/** The state before the first stage: every article, the originals to analyse, nothing found yet. */
export function initialState(
  articles: Article[],
  originals: Article[] = articles.filter((a) => a.duplicateOf === null),
): State {
  return {
    articles,
    originals,
    mentions: [],
    dated: null,
    resolver: null,
    entities: null,
    statements: null,
    claimStatements: null,
    storyFeatures: new Map(),
    positionStatements: null,
    positionTerms: null,
    quotes: [],
    stories: [],
    timeline: [],
    claims: [],
    positions: [],
  };
}

/** The dossier of what the stages found. */
export function dossierOf(state: State, issues: Issue[]): Dossier {
  return {
    version: DOSSIER_VERSION,
    generator: { name: 'hearsay', version: VERSION },
    articles: state.articles,
    quotes: state.quotes,
    entities: state.entities?.entities ?? [],
    stories: state.stories,
    claims: state.claims,
    positions: state.positions,
    timeline: state.timeline,
    issues,
  };
}
