import { parentPort } from 'node:worker_threads';
import { workerItemProgress } from './item-progress.ts';
import { type PrepareItem, prepareItem } from './prepare-items.ts';

/**
 * A worker of the prepare pool: loads the ingest modules once, then answers one batch of items
 * per message, `{id, items}` → `{id, results}` (or `{id, error}`), until the pool closes it.
 */
const port = parentPort;
if (!port) throw new Error('prepare-worker.ts must be started as a worker thread by the prepare pool');

const progress = workerItemProgress();

port.on('message', ({ id, items }: { id: number; items: PrepareItem[] }) => {
  try {
    progress.started(id);
    const results = items.map((item) => {
      const prepared = prepareItem(item);
      progress.itemDone();
      return prepared;
    });
    port.postMessage({ id, results });
  } catch (error) {
    const e = error as Error;
    port.postMessage({ id, error: { message: e.message, stack: e.stack } });
  }
});
