import { serialize } from 'node:v8';
import { PackedList } from './packed-list.ts';
import type { Article } from '../model/article.ts';
import {
  ARTICLE_PASSES,
  type ArticlePass,
  type PackedPassName,
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
  /** The same, each field of the results kept serialised, in input order, until a stage reads it. */
  mapPacked<P extends PackedPassName>(
    pass: P,
    articles: readonly Article[],
    shared: PassShared<P>,
    ownOf?: (article: Article) => PassOwn<P>,
  ): Promise<PackedResults<PassResult<P>>>;
  close(): Promise<void>;
}

/** Per field of a pass's results, every article's value, packed (see PackedList). */
export type PackedResults<R> = { [K in keyof R]: PackedList<R[K]> };

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
  mapPacked: async (pass, articles, shared, ownOf) => {
    const p = ARTICLE_PASSES[pass] as unknown as ArticlePass<
      unknown,
      unknown,
      Record<string, unknown>,
      unknown
    >;
    const context = p.setup(shared);
    const packed = packedResults(pass);
    for (const a of articles) {
      const result = p.work(a, context, ownOf?.(a));
      for (const [field, list] of packed) list.push(result[field]);
    }
    return Object.fromEntries(packed) as never;
  },
  close: async () => {},
};

/** Empty lists, one per field of the pass's results. */
function packedResults(pass: PackedPassName): Map<string, PackedList<unknown>> {
  const fields = (ARTICLE_PASSES[pass] as { fields: readonly string[] }).fields;
  return new Map(fields.map((f) => [f, new PackedList<unknown>()]));
}

function mapInline<P extends PassName>(
  pass: P,
  articles: readonly Article[],
  shared: PassShared<P>,
  ownOf: ((article: Article) => PassOwn<P>) | undefined,
): PassResult<P>[] {
  const p = ARTICLE_PASSES[pass] as unknown as ArticlePass<PassShared<P>, unknown, PassResult<P>, unknown>;
  const context = p.setup(shared);
  return articles.map((a) => p.work(a, context, ownOf?.(a)));
}

export function startArticleThreads(jobs: number): ArticleThreads {
  if (jobs <= 1) return INLINE_THREADS;
  let pool: BatchRunner<PassItem, unknown> | null = null;
  /** Every job of a pass, queued on the pool; each promise settles with that job's results. */
  const submit = <P extends PassName>(
    pass: P,
    articles: readonly Article[],
    shared: PassShared<P>,
    ownOf: ((article: Article) => PassOwn<P>) | undefined,
    packed: boolean,
  ): Promise<unknown[]>[] => {
    pool ??= startWorkerPool(new URL('./analysis-worker.ts', import.meta.url), jobs, 'analysis worker');
    const runner = pool;
    // Serialised once here rather than once per thread by postMessage: the entity index of a
    // large corpus takes a second to serialise, and that second is spent on this thread.
    const passShared = { pass, data: serialize(shared), packed };
    const jobsDone: Promise<unknown[]>[] = [];
    for (let at = 0; at < articles.length; at += JOB_ARTICLES) {
      const items = articles
        .slice(at, at + JOB_ARTICLES)
        .map((article) => ({ article, own: ownOf?.(article) }));
      jobsDone.push(runner.run(items, passShared));
    }
    return jobsDone;
  };
  return {
    async map<P extends PassName>(
      pass: P,
      articles: readonly Article[],
      shared: PassShared<P>,
      ownOf?: (article: Article) => PassOwn<P>,
    ) {
      // A corpus of one job gains nothing from threads, and never pays for starting them.
      if (articles.length <= JOB_ARTICLES) return mapInline(pass, articles, shared, ownOf);
      return (await Promise.all(submit(pass, articles, shared, ownOf, false))).flat() as PassResult<P>[];
    },
    async mapPacked<P extends PackedPassName>(
      pass: P,
      articles: readonly Article[],
      shared: PassShared<P>,
      ownOf?: (article: Article) => PassOwn<P>,
    ) {
      if (articles.length <= JOB_ARTICLES) return INLINE_THREADS.mapPacked(pass, articles, shared, ownOf);
      const packed = packedResults(pass);
      // Taken in input order as the jobs finish: a job's bytes are copied into the lists and dropped.
      for (const job of submit(pass, articles, shared, ownOf, true)) {
        for (const result of (await job) as Record<string, Uint8Array>[])
          for (const [field, list] of packed) list.pushBytes(result[field]!);
      }
      return Object.fromEntries(packed) as PackedResults<PassResult<P>>;
    },
    close: async () => {
      await pool?.close();
    },
  };
}
