import { findStatements, type FoundStatement } from '../analyze/claims/statements.ts';
import type { KeyTerms } from '../analyze/positions/issues.ts';
import {
  readStatementSpans,
  type SpanReadings,
  type Statement,
  statementKeyTerms,
} from '../analyze/positions/positions.ts';
import { type DatedClause, findDatedClauses } from '../analyze/timeline.ts';
import { type EntityMention, ruleRecognizer } from '../extract/entities.ts';
import { type ArticleTables, articleIndexOf, type CorpusTables } from '../extract/entities/resolver.ts';
import { extractQuotes } from '../extract/quotes.ts';
import { getStoryFeatures, type StoryFeatures } from '../link/stories/story-features.ts';
import type { Article } from '../model/article.ts';
import type { Quote } from '../model/quote.ts';

/**
 * The per-article parts of the pipeline's stages: pure functions of one article (and of data
 * every article of the pass shares), so they run on any thread and give the same answer there.
 * A pass's `shared` value is plain data (serialised once per pass in v8's structured-clone format,
 * which keeps shared objects shared); `setup` turns it into what the work reads, once per thread.
 * What only one article reads (its own quotes, its part of the entity index) is `own`, sent with
 * that article: no thread holds the whole corpus's copy of it.
 */
export interface ArticlePass<S, C, R, O = undefined> {
  setup(shared: S): C;
  work(article: Article, context: C, own: O): R;
  /**
   * What the article counts as having when `work` fails on it (a bug met on one text): nothing
   * found, so one article's fault costs its findings, not the run (settleWork).
   */
  empty(article: Article, own: O): R;
}

/**
 * Told of each article a pass failed on; the article keeps the pass's empty result. Without it, a
 * failure is thrown (see settleWork).
 */
export type OnPassFailure = (article: Article, pass: PassName, message: string) => void;

/** A pass's work that threw on one article: the message travels back in place of the result. */
export interface PassFailed {
  passFailed: string;
}

/** The article's result, or the failure `work` threw, as a value a worker can post back. */
export function tryWork<C, R, O>(
  pass: ArticlePass<unknown, C, R, O>,
  article: Article,
  context: C,
  own: O,
): R | PassFailed {
  try {
    return pass.work(article, context, own);
  } catch (error) {
    return { passFailed: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The result to keep for an article: its own, or, when its work failed, the pass's empty result,
 * after telling `onFailure` (the run reports it as the article's HEARSAY_W_ANALYSIS_FAILED); with
 * no `onFailure`, the failure is thrown.
 */
export function settleWork<R, O>(
  pass: ArticlePass<unknown, unknown, R, O>,
  name: PassName,
  article: Article,
  own: O,
  outcome: R | PassFailed,
  onFailure: OnPassFailure | undefined,
): R {
  if (!isPassFailed(outcome)) return outcome;
  // A caller that reports no failures keeps failing fast (tools and tests see the bug itself).
  if (!onFailure) throw new Error(`the ${name} pass failed on article ${article.id}: ${outcome.passFailed}`);
  onFailure(article, name, outcome.passFailed);
  return pass.empty(article, own);
}

function isPassFailed(x: unknown): x is PassFailed {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'passFailed' in x;
}

/** Key terms that name nothing: a statement whose article's terms pass failed. */
const noKeyTerms = (): KeyTerms => ({ terms: new Set(), names: new Set(), runs: [], words: new Map() });

/** What the quotes pass finds in an article once the corpus's entities are known. */
export interface ArticleQuotes {
  quotes: Quote[];
  /** What stories compare it by (words, names, shingles, its quotes' speakers). */
  storyFeatures: StoryFeatures;
}

/** What the statements pass reads of an article with its quotes. */
export interface ArticleStatements {
  claimStatements: FoundStatement[];
  spanReadings: SpanReadings;
}

export interface QuoteShared {
  /** The corpus-wide look-up tables, entities without their mentions (each article brings its own). */
  entities: CorpusTables;
  indirect: boolean;
}

export const ARTICLE_PASSES = {
  /** Before any corpus stage: the entity mentions of each article… */
  mentions: {
    setup: (_shared: null) => null,
    work: (article): EntityMention[] => ruleRecognizer.recognize(article),
    empty: () => [],
  } satisfies ArticlePass<null, null, EntityMention[]>,
  /** …and the dates it states, for the timeline. */
  dates: {
    setup: (_shared: null) => null,
    work: (article): DatedClause[] => findDatedClauses(article),
    empty: () => [],
  } satisfies ArticlePass<null, null, DatedClause[]>,
  /** After the entity index: quotes with their speakers, and what stories compare (it reads them). */
  quotes: {
    setup: (shared: QuoteShared) => shared,
    work: (article, context, own): ArticleQuotes => {
      const entities = articleIndexOf(context.entities, article.id, own);
      const quotes = extractQuotes(article, entities, { indirect: context.indirect });
      return { quotes, storyFeatures: getStoryFeatures(article, quotes) };
    },
    empty: (article) => ({ quotes: [], storyFeatures: getStoryFeatures(article, []) }),
  } satisfies ArticlePass<QuoteShared, QuoteShared, ArticleQuotes, ArticleTables>,
  /**
   * After the quotes, what else is read with an article's own quotes: its numeric and date
   * statements for claims, and the stance of each span positions may take as a statement.
   */
  statements: {
    setup: (_shared: null) => null,
    work: (article, _context, quotes): ArticleStatements => ({
      claimStatements: findStatements(article, quotes),
      spanReadings: readStatementSpans(article, quotes),
    }),
    empty: () => ({ claimStatements: [], spanReadings: new Map() }),
  } satisfies ArticlePass<null, null, ArticleStatements, readonly Quote[]>,
  /** After the position statements are found: the key terms of each, for discovering issues. */
  'position-terms': {
    setup: (shared: PositionTermsShared) => shared,
    work: (article, context, statements): KeyTerms[] =>
      statements.map((st) => statementKeyTerms(article, st, context.people)),
    empty: (_article, statements) => statements.map(noKeyTerms),
  } satisfies ArticlePass<PositionTermsShared, PositionTermsShared, KeyTerms[], readonly StatementPlace[]>,
};

/** A position statement as the key-terms pass needs it: where it is and whose it is. */
export type StatementPlace = Pick<Statement, 'start' | 'end' | 'actor'>;

export interface PositionTermsShared {
  /** Words naming people and parties, left out of every statement's key terms. */
  people: Set<string>;
}

export type PassName = keyof typeof ARTICLE_PASSES;
export type PassShared<P extends PassName> = Parameters<(typeof ARTICLE_PASSES)[P]['setup']>[0];
export type PassResult<P extends PassName> = ReturnType<(typeof ARTICLE_PASSES)[P]['work']>;
/** What each article of pass P brings of its own (undefined for passes that need nothing). */
export type PassOwn<P extends PassName> = Parameters<(typeof ARTICLE_PASSES)[P]['work']>[2];
