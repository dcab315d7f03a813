import { parentPort, workerData } from 'node:worker_threads';
import { NEAR_DUPLICATES } from '../ingest/dedupe.ts';
import { openSqliteStore, type SqliteStoreOptions } from './sqlite.ts';
import type { StoreReply, StoreRequest } from './sqlite-worker.ts';
import type { Store } from './store.ts';

/**
 * The worker side of `openSqliteStoreInWorker`: opens the store, then answers one request at a
 * time, in arrival order (messages are FIFO and each call finishes before the next is read, as
 * node:sqlite is synchronous), so callers see the same serial behaviour as the in-thread store.
 */

const port = parentPort;
if (!port) throw new Error('sqlite-worker-thread.ts must be started as a worker by openSqliteStoreInWorker');
const { path, options, findCopies } = workerData as {
  path: string;
  options: SqliteStoreOptions;
  findCopies: boolean;
};

/** An error as plain data: structured clone would drop its class, so the name travels beside it. */
function describeError(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

let store: Store | null = null;
try {
  store = openSqliteStore(path, findCopies ? { ...options, copies: NEAR_DUPLICATES } : options);
  port.postMessage({ id: 0, ok: true, value: null } satisfies StoreReply);
} catch (error) {
  port.postMessage({ id: 0, ok: false, error: describeError(error) } satisfies StoreReply);
}

port.on('message', async (request: StoreRequest) => {
  try {
    if (!store) throw new Error(`store ${path} is not open`);
    const method = store[request.method] as (...args: unknown[]) => Promise<unknown>;
    const value = await method.apply(store, request.args);
    port.postMessage({ id: request.id, ok: true, value } satisfies StoreReply);
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, error: describeError(error) } satisfies StoreReply);
  }
});
