import type { HeapInfo } from 'node:v8';
import type { Article } from '../model/article.ts';
import {
  ARTICLE_PASSES,
  type ArticlePass,
  type OnPassFailure,
  type PassFailed,
  type PassName,
  type PassOwn,
  type PassResult,
  type PassShared,
  settleWork,
  tryWork,
} from './article-passes.ts';
import { type BatchRunner, startWorkerPool } from './worker-pool.ts';

/**
 * Runs the per-article part of a stage over every article: on this thread with `jobs` 1, else on
 * `jobs` worker threads in jobs of JOB_ARTICLES. Results come back in input order either way, and
 * every thread runs the same pure pass, so the output does not depend on `jobs`. `shared` goes to
 * every thread once; `ownOf` gives what one article reads alone, sent with that article. `take`,
 * when given, turns each result into what the caller keeps, in input order as the results come
 * in, so a pass's full results need not all be alive at once.
 */
export interface ArticleThreads {
  map<P extends PassName, T = PassResult<P>>(
    pass: P,
    articles: readonly Article[],
    shared: PassShared<P>,
    ownOf?: (article: Article) => PassOwn<P>,
    take?: (result: PassResult<P>, index: number) => T,
  ): Promise<T[]>;
  /** Each worker thread's heap (none before the first pass or with `jobs` 1), for bench/memory.ts. */
  heapStatistics(): Promise<HeapInfo[]>;
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
export function inlineThreads(onFailure?: OnPassFailure): ArticleThreads {
  return {
    map: async (pass, articles, shared, ownOf, take) =>
      mapInline(pass, articles, shared, ownOf, take, onFailure),
    heapStatistics: async () => [],
    close: async () => {},
  };
}

/** Inline threads for tools and tests: a pass that fails on an article throws. */
export const INLINE_THREADS: ArticleThreads = inlineThreads();

function mapInline<P extends PassName, T>(
  pass: P,
  articles: readonly Article[],
  shared: PassShared<P>,
  ownOf: ((article: Article) => PassOwn<P>) | undefined,
  take: ((result: PassResult<P>, index: number) => T) | undefined,
  onFailure: OnPassFailure | undefined,
): T[] {
  const p = ARTICLE_PASSES[pass] as ArticlePass<PassShared<P>, unknown, PassResult<P>, unknown>;
  const context = p.setup(shared);
  return articles.map((a, i) => {
    const own = ownOf?.(a);
    const result = settleWork(p, pass, a, own, tryWork(p, a, context, own), onFailure);
    return take ? take(result, i) : (result as T);
  });
}

/**
 * `budgetMs`: the most one article may take in one pass on a worker thread; over it the thread is
 * stopped and the article settled as failed (kept without what the pass finds, through `onFailure`).
 */
export function startArticleThreads(
  jobs: number,
  onFailure?: OnPassFailure,
  budgetMs?: number,
): ArticleThreads {
  if (jobs <= 1) return inlineThreads(onFailure);
  let pool: BatchRunner<PassItem, unknown> | null = null;
  return {
    async map<P extends PassName, T = PassResult<P>>(
      pass: P,
      articles: readonly Article[],
      shared: PassShared<P>,
      ownOf?: (article: Article) => PassOwn<P>,
      take?: (result: PassResult<P>, index: number) => T,
    ): Promise<T[]> {
      // A corpus of one job gains nothing from threads, and never pays for starting them.
      if (articles.length <= JOB_ARTICLES) return mapInline(pass, articles, shared, ownOf, take, onFailure);
      const p = ARTICLE_PASSES[pass] as ArticlePass<unknown, unknown, PassResult<P>, unknown>;
      pool ??= startWorkerPool<PassItem, unknown>(
        new URL('./analysis-worker.ts', import.meta.url),
        jobs,
        'analysis worker',
        budgetMs === undefined
          ? undefined
          : {
              ms: budgetMs,
              overBudget: (_item, took): PassFailed => ({
                passFailed: `stopped after ${took} ms, over the ${budgetMs} ms per-document budget`,
              }),
            },
      );
      const runner = pool;
      // Serialised once here rather than once per thread by postMessage: the entity index of a
      // large corpus takes a second to serialise, and that second is spent on this thread.
      const passShared = { pass, data: process.getBuiltinModule('node:v8').serialize(shared) };
      // Each job's results are taken in input order: a job done early waits for the ones before it.
      const out = new Array<T>(articles.length);
      let taken: Promise<void> = Promise.resolve();
      for (let at = 0; at < articles.length; at += JOB_ARTICLES) {
        const items = articles
          .slice(at, at + JOB_ARTICLES)
          .map((article) => ({ article, own: ownOf?.(article) }));
        const done = runner.run(items, passShared) as Promise<(PassResult<P> | PassFailed)[]>;
        // The first failure is reported through `taken`; later jobs' failures are not left unhandled.
        done.catch(() => {});
        const first = at;
        taken = taken.then(async () => {
          const results = await done;
          for (let j = 0; j < results.length; j++) {
            const { article, own } = items[j]!;
            const result = settleWork(p, pass, article, own, results[j]!, onFailure);
            out[first + j] = take ? take(result, first + j) : (result as T);
          }
        });
      }
      await taken;
      return out;
    },
    heapStatistics: async () => (pool ? pool.heapStatistics() : []),
    close: async () => {
      await pool?.close();
    },
  };
}
