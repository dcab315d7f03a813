import { parentPort } from 'node:worker_threads';
import { type PrepareItem, prepareItems } from './prepare-items.ts';

/**
 * A worker of the prepare pool: loads the ingest modules once, then answers one batch of items
 * per message, `{id, items}` → `{id, results}` (or `{id, error}`), until the pool closes it.
 */
const port = parentPort;
if (!port) throw new Error('prepare-worker.ts must be started as a worker thread by the prepare pool');

port.on('message', ({ id, items }: { id: number; items: PrepareItem[] }) => {
  try {
    port.postMessage({ id, results: prepareItems(items) });
  } catch (error) {
    const e = error as Error;
    port.postMessage({ id, error: { message: e.message, stack: e.stack } });
  }
});
