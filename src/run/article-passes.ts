import { findStatements, type FoundStatement } from '../analyze/claim-statements.ts';
import type { KeyTerms } from '../analyze/position-issues.ts';
import {
  readStatementSpans,
  type SpanReadings,
  type Statement,
  statementKeyTerms,
} from '../analyze/positions.ts';
import { type DatedClause, findDatedClauses } from '../analyze/timeline.ts';
import {
  type EntityIndexData,
  type EntityMention,
  entityIndexOf,
  ruleRecognizer,
} from '../extract/entities.ts';
import { extractQuotes } from '../extract/quotes.ts';
import { getStoryFeatures, type StoryFeatures } from '../link/stories/story-features.ts';
import type { Article } from '../model/article.ts';
import type { EntityIndex } from '../model/entity.ts';
import type { Quote } from '../model/quote.ts';

/**
 * The per-article parts of the pipeline's stages: pure functions of one article (and of data
 * every article of the pass shares), so they run on any thread and give the same answer there.
 * A pass's `shared` value is plain data (serialised once per pass in v8's structured-clone format,
 * which keeps shared objects shared); `setup` turns it into what the work reads, once per thread.
 */
export interface ArticlePass<S, C, R> {
  setup(shared: S): C;
  work(article: Article, context: C): R;
}

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
  entities: EntityIndexData;
  indirect: boolean;
}

export const ARTICLE_PASSES = {
  /** Before any corpus stage: the entity mentions of each article… */
  mentions: {
    setup: (_shared: null) => null,
    work: (article): EntityMention[] => ruleRecognizer.recognize(article),
  } satisfies ArticlePass<null, null, EntityMention[]>,
  /** …and the dates it states, for the timeline. */
  dates: {
    setup: (_shared: null) => null,
    work: (article): DatedClause[] => findDatedClauses(article),
  } satisfies ArticlePass<null, null, DatedClause[]>,
  /** After the entity index: quotes with their speakers, and what stories compare (it reads them). */
  quotes: {
    setup: (shared: QuoteShared) => ({ entities: entityIndexOf(shared.entities), indirect: shared.indirect }),
    work: (article, context): ArticleQuotes => {
      const quotes = extractQuotes(article, context.entities, { indirect: context.indirect });
      return { quotes, storyFeatures: getStoryFeatures(article, quotes) };
    },
  } satisfies ArticlePass<QuoteShared, { entities: EntityIndex; indirect: boolean }, ArticleQuotes>,
  /**
   * After the quotes, what else is read with an article's own quotes: its numeric and date
   * statements for claims, and the stance of each span positions may take as a statement.
   */
  statements: {
    setup: (quotesByArticle: Map<string, Quote[]>) => quotesByArticle,
    work: (article, quotesByArticle): ArticleStatements => {
      const quotes = quotesByArticle.get(article.id) ?? [];
      return {
        claimStatements: findStatements(article, quotes),
        spanReadings: readStatementSpans(article, quotes),
      };
    },
  } satisfies ArticlePass<Map<string, Quote[]>, Map<string, Quote[]>, ArticleStatements>,
  /** After the position statements are found: the key terms of each, for discovering issues. */
  'position-terms': {
    setup: (shared: PositionTermsShared) => shared,
    work: (article, context): KeyTerms[] =>
      (context.statements.get(article.id) ?? []).map((st) => statementKeyTerms(article, st, context.people)),
  } satisfies ArticlePass<PositionTermsShared, PositionTermsShared, KeyTerms[]>,
};

/** A position statement as the key-terms pass needs it: where it is and whose it is. */
export type StatementPlace = Pick<Statement, 'start' | 'end' | 'actor'>;

export interface PositionTermsShared {
  /** Each article's statements, in the order the positions stage lists them. */
  statements: Map<string, StatementPlace[]>;
  /** Words naming people and parties, left out of every statement's key terms. */
  people: Set<string>;
}

export type PassName = keyof typeof ARTICLE_PASSES;
export type PassShared<P extends PassName> = Parameters<(typeof ARTICLE_PASSES)[P]['setup']>[0];
export type PassResult<P extends PassName> = ReturnType<(typeof ARTICLE_PASSES)[P]['work']>;
