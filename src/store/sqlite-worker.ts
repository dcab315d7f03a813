import { Worker } from 'node:worker_threads';
import type { SqliteStoreOptions } from './sqlite.ts';
import type { Store } from './store.ts';

/**
 * The SQLite store run in a worker thread. Same Store, same contract; the difference is where the
 * work happens: signatures, full-text indexing and commits (most of an ingest's store cost) run
 * beside the pipeline instead of inside it, so a caller that keeps the next batch moving while a
 * `putArticles` is pending overlaps the two. Calls are answered in the order they were made.
 */

type StoreMethod = keyof Store;

/** One call, main thread → worker. Arguments and results are structured-cloned (Articles are plain data). */
export interface StoreRequest {
  id: number;
  method: StoreMethod;
  args: unknown[];
}

/** One answer, worker → main thread. Id 0 answers the open. */
export type StoreReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; stack?: string } };

/** Standard error classes rebuilt by name, so `instanceof RangeError` still holds across the thread boundary. */
const ERROR_CLASSES: Record<string, ErrorConstructor> = {
  Error,
  RangeError,
  TypeError,
  SyntaxError,
};

function rebuildError(error: { name: string; message: string; stack?: string }): Error {
  const rebuilt = new (ERROR_CLASSES[error.name] ?? Error)(error.message);
  if (!(error.name in ERROR_CLASSES)) rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = `${rebuilt.stack}\n    --- in the store worker ---\n${error.stack}`;
  return rebuilt;
}

/**
 * Opens (creating if needed) the SQLite store at `path` in a worker thread; `options.copies`, if
 * set, must be ingest's NEAR_DUPLICATES (the thread opens its own). Resolves once the schema
 * is up to date; rejects with the worker's error otherwise. The worker does not keep the process
 * alive while no call is pending; `close()` ends it.
 */
export async function openSqliteStoreInWorker(
  path: string,
  options: SqliteStoreOptions = {},
): Promise<Store> {
  // Functions cannot cross to a thread: a CopyFinder is passed as whether to use ingest's NEAR_DUPLICATES.
  const { copies, ...cloneable } = options;
  const worker = new Worker(new URL('./sqlite-worker-thread.ts', import.meta.url), {
    workerData: { path, options: cloneable, findCopies: copies !== undefined },
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;
  let closed = false;

  /** Keep the process alive exactly while an answer is awaited. */
  const updateRef = (): void => {
    if (pending.size > 0) worker.ref();
    else worker.unref();
  };
  const settle = (
    id: number,
    settleWith: (entry: { resolve: (v: unknown) => void; reject: (e: Error) => void }) => void,
  ) => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    updateRef();
    settleWith(entry);
  };
  const failAll = (error: Error): void => {
    failure = error;
    for (const id of [...pending.keys()]) settle(id, (entry) => entry.reject(error));
  };

  worker.on('message', (reply: StoreReply) => {
    settle(reply.id, (entry) =>
      reply.ok ? entry.resolve(reply.value) : entry.reject(rebuildError(reply.error)),
    );
  });
  worker.on('error', (error) => failAll(new Error(`store worker for ${path} failed`, { cause: error })));
  worker.on('exit', (code) =>
    failAll(
      new Error(closed ? `store ${path} is closed` : `store worker for ${path} has exited (code ${code})`),
    ),
  );

  const opened = new Promise((resolve, reject) => pending.set(0, { resolve, reject }));
  updateRef();
  await opened;

  const call = (method: StoreMethod, args: unknown[]): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    updateRef();
    worker.postMessage({ id, method, args } satisfies StoreRequest);
    return answer;
  };

  return {
    putArticles: (articles) => call('putArticles', [articles]) as ReturnType<Store['putArticles']>,
    getArticles: () => call('getArticles', []) as ReturnType<Store['getArticles']>,
    getArticle: (id) => call('getArticle', [id]) as ReturnType<Store['getArticle']>,
    hasHash: (hash) => call('hasHash', [hash]) as ReturnType<Store['hasHash']>,
    search: (query, limit) =>
      call('search', limit === undefined ? [query] : [query, limit]) as ReturnType<Store['search']>,
    setPrimary: (storyKey, articleId) => call('setPrimary', [storyKey, articleId]) as Promise<void>,
    getPrimaryOverrides: () => call('getPrimaryOverrides', []) as ReturnType<Store['getPrimaryOverrides']>,
    countArticles: () => call('countArticles', []) as Promise<number>,
    async close() {
      if (closed) return;
      closed = true;
      // Answered after every earlier call (FIFO); the worker closes the database, then the thread ends.
      await call('close', []);
      await worker.terminate();
    },
  };
}
