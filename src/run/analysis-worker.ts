import { deserialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { ARTICLE_PASSES, type ArticlePass, type PassName, tryWork } from './article-passes.ts';
import type { PassItem } from './article-threads.ts';
import { workerItemProgress } from './item-progress.ts';

/**
 * A worker of the analysis pool: loads the stage modules once, then answers one job of articles
 * per message with the current pass's results, `{id, items, shared?}` → `{id, results}` (or
 * `{id, error}`; an article whose work threw has `{passFailed}` as its result). `shared` names the
 * pass and carries the data its jobs share (v8-serialised, once for every thread); it comes with
 * the first job of each pass, and `setup` reads it once. Each item is an article with what it
 * reads alone (`own`).
 */
const port = parentPort;
if (!port) throw new Error('analysis-worker.ts must be started as a worker thread by the analysis pool');

let pass: ArticlePass<unknown, unknown, unknown, unknown> | null = null;
let context: unknown = null;
const progress = workerItemProgress();

port.on(
  'message',
  ({
    id,
    items,
    shared,
  }: {
    id: number;
    items: PassItem[];
    shared?: { pass: PassName; data: Uint8Array };
  }) => {
    try {
      if (shared !== undefined) {
        pass = ARTICLE_PASSES[shared.pass] as ArticlePass<unknown, unknown, unknown, unknown>;
        context = pass.setup(deserialize(shared.data));
      }
      if (pass === null) throw new Error('a job came before its pass');
      const work = pass;
      progress.started(id);
      // An article the pass fails on sends its failure back in its place (settled by the caller).
      const results = items.map(({ article, own }) => {
        const result = tryWork(work, article, context, own);
        progress.itemDone();
        return result;
      });
      port.postMessage({ id, results });
    } catch (error) {
      const e = error as Error;
      port.postMessage({ id, error: { message: e.message, stack: e.stack } });
    }
  },
);
