import { buildEntityIndex } from './extract/entities.ts';
import { extractQuotes } from './extract/quotes.ts';
import { buildClaims } from './analyze/claims.ts';
import { buildPositions } from './analyze/positions.ts';
import { buildTimeline } from './analyze/timeline.ts';
import { applyPrimaryOverrides } from './link/stories/primary.ts';
import { attachProvenance, attachProvenanceAsync } from './link/provenance/provenance.ts';
import { clusterStories } from './link/stories/stories.ts';
import type { Article } from './model/article.ts';
import { DOSSIER_VERSION, type Dossier } from './model/dossier.ts';
import type { EntityIndex } from './model/entity.ts';
import type { Issue } from './model/issue.ts';
import type { Options } from './model/options.ts';
import type { Quote } from './model/quote.ts';
import type { Story } from './model/story.ts';
import type { Claim, Position, TimelineItem } from './model/analysis.ts';
import { type IgnorableView, restoreSpans, toAnalysisView } from './ingest/ignorable-view.ts';
import { VERSION } from './version.ts';

/**
 * The whole analysis as an ordered list of named stages. Each stage is a pure function of the
 * state the earlier ones left; the order is the data dependency: quotes need entities (to name
 * speakers), stories use quotes, primaries need stories, provenance needs primaries.
 */
export interface State {
  articles: Article[];
  /** Articles that are not exact duplicates: the ones analysed. */
  originals: Article[];
  entities: EntityIndex | null;
  quotes: Quote[];
  stories: Story[];
  timeline: TimelineItem[];
  claims: Claim[];
  positions: Position[];
}

interface Stage {
  name: string;
  run(state: State, options: Options): void | Promise<void>;
}

export const STAGES: readonly Stage[] = [
  {
    name: 'entities',
    run: (s) => {
      s.entities = buildEntityIndex(s.originals);
    },
  },
  {
    name: 'quotes',
    run: (s, options) => {
      s.quotes = s.originals.flatMap((article) =>
        extractQuotes(article, s.entities!, { indirect: options.indirect }),
      );
    },
  },
  {
    name: 'stories',
    run: (s) => {
      s.stories = clusterStories(s.originals, { quotes: s.quotes, entities: s.entities! });
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
    run: (s) => {
      s.timeline = buildTimeline(s.originals, s.stories);
    },
  },
  {
    // Figures and dates grouped across articles; quotes give each statement its speaker.
    name: 'claims',
    run: (s) => {
      s.claims = buildClaims(s.originals, s.quotes, s.stories);
    },
  },
  {
    // Who holds what on which issue: quotes give the statements, stories their dates.
    name: 'positions',
    run: (s) => {
      s.positions = buildPositions(s.originals, s.quotes, s.stories, s.entities!);
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

/** What a caller may watch while the stages run (progress on a terminal). */
export interface AnalyzeHooks {
  onStage?(name: string, index: number, count: number): void;
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
  for (const [i, stage] of STAGES.entries()) {
    hooks.onStage?.(stage.name, i, STAGES.length);
    await stage.run(state, options);
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
    entities: null,
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
