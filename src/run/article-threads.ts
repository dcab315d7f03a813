import { serialize } from 'node:v8';
import type { Article } from '../model/article.ts';
import {
  ARTICLE_PASSES,
  type ArticlePass,
  type PassName,
  type PassOwn,
  type PassResult,
  type PassShared,
} from './article-passes.ts';
import { type BatchRunner, startWorkerPool } from './worker-pool.ts';

/**
 * Runs the per-article part of a stage over every article: on this thread with `jobs` 1, else on
 * `jobs` worker threads in jobs of JOB_ARTICLES. Results come back in input order either way, and
 * every thread runs the same pure pass, so the output does not depend on `jobs`. `shared` goes to
 * every thread once; `ownOf` gives what one article reads alone, sent with that article.
 */
export interface ArticleThreads {
  map<P extends PassName>(
    pass: P,
    articles: readonly Article[],
    shared: PassShared<P>,
    ownOf?: (article: Article) => PassOwn<P>,
  ): Promise<PassResult<P>[]>;
  close(): Promise<void>;
}

/** An article of a worker job, with what it reads alone. */
export interface PassItem {
  article: Article;
  own: unknown;
}

/**
 * Articles per worker job: enough to amortise a message, few enough that the last jobs of a pass
 * do not leave one thread idle for long.
 */
export const JOB_ARTICLES = 32;

/** The passes on the calling thread: `--jobs 1`, and the reference a parallel run must equal. */
export const INLINE_THREADS: ArticleThreads = {
  map: async (pass, articles, shared, ownOf) => mapInline(pass, articles, shared, ownOf),
  close: async () => {},
};

function mapInline<P extends PassName>(
  pass: P,
  articles: readonly Article[],
  shared: PassShared<P>,
  ownOf: ((article: Article) => PassOwn<P>) | undefined,
): PassResult<P>[] {
  const p = ARTICLE_PASSES[pass] as ArticlePass<PassShared<P>, unknown, PassResult<P>, unknown>;
  const context = p.setup(shared);
  return articles.map((a) => p.work(a, context, ownOf?.(a)));
}

export function startArticleThreads(jobs: number): ArticleThreads {
  if (jobs <= 1) return INLINE_THREADS;
  let pool: BatchRunner<PassItem, unknown> | null = null;
  return {
    async map<P extends PassName>(
      pass: P,
      articles: readonly Article[],
      shared: PassShared<P>,
      ownOf?: (article: Article) => PassOwn<P>,
    ) {
      // A corpus of one job gains nothing from threads, and never pays for starting them.
      if (articles.length <= JOB_ARTICLES) return mapInline(pass, articles, shared, ownOf);
      pool ??= startWorkerPool(new URL('./analysis-worker.ts', import.meta.url), jobs, 'analysis worker');
      const runner = pool;
      // Serialised once here rather than once per thread by postMessage: the entity index of a
      // large corpus takes a second to serialise, and that second is spent on this thread.
      const passShared = { pass, data: serialize(shared) };
      const jobsDone: Promise<unknown[]>[] = [];
      for (let at = 0; at < articles.length; at += JOB_ARTICLES) {
        const items = articles
          .slice(at, at + JOB_ARTICLES)
          .map((article) => ({ article, own: ownOf?.(article) }));
        jobsDone.push(runner.run(items, passShared));
      }
      return (await Promise.all(jobsDone)).flat() as PassResult<P>[];
    },
    close: async () => {
      await pool?.close();
    },
  };
}
