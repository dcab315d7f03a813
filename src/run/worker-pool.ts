import type { HeapInfo } from 'node:v8';
import type { Worker } from 'node:worker_threads';

/**
 * A fixed set of worker threads, each running one module that answers `{id, items, shared?}` with
 * `{id, results}`. Jobs queue until a worker is free; each job's promise settles with its own
 * answer, so a caller that awaits them in submission order gets results in input order however
 * the threads interleave. `shared` is data every job of a run reads (the corpus's entity index):
 * each thread is sent it once, with its first job that names a value it has not been sent yet,
 * rather than a copy with every job.
 */
export interface BatchRunner<I, O> {
  run(items: I[], shared?: unknown): Promise<O[]>;
  /** Each worker thread's heap, for measuring where memory goes (none on the calling thread). */
  heapStatistics(): Promise<HeapInfo[]>;
  close(): Promise<void>;
}

interface Job<I, O> {
  id: number;
  items: I[];
  shared: unknown;
  resolve(results: O[]): void;
  reject(error: Error): void;
}

/**
 * Young generation of each worker's heap, in MB. A worker allocates fast and keeps little (one
 * job's articles), and V8 grows a busy thread's young generation to 128 MB or more: most of a
 * worker's footprint, once per thread. Capped, short-lived objects are collected a little more
 * often instead.
 */
const YOUNG_GENERATION_MB = 16;

export function startWorkerPool<I, O>(
  moduleUrl: URL,
  size: number,
  name = 'prepare worker',
): BatchRunner<I, O> {
  const idle: Worker[] = [];
  const sharedSent = new Map<Worker, unknown>();
  const busy = new Map<Worker, Job<I, O>>();
  const queue: Job<I, O>[] = [];
  let nextId = 1;
  let closed = false;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      if (job.shared === undefined || sharedSent.get(worker) === job.shared)
        worker.postMessage({ id: job.id, items: job.items });
      else {
        sharedSent.set(worker, job.shared);
        worker.postMessage({ id: job.id, items: job.items, shared: job.shared });
      }
    }
  };
  const failed = (worker: Worker, error: Error): void => {
    const job = busy.get(worker);
    busy.delete(worker);
    job?.reject(error);
  };

  const workers = Array.from({ length: size }, () => {
    // Fetched when a pool starts: a run that never starts one (a short input) does not load it.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(moduleUrl, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on(
      'message',
      (reply: { id: number; results?: O[]; error?: { message: string; stack?: string } }) => {
        const job = busy.get(worker);
        busy.delete(worker);
        idle.push(worker);
        if (job && reply.error) {
          const error = new Error(`${name}: ${reply.error.message}`);
          if (reply.error.stack) error.stack = reply.error.stack;
          job.reject(error);
        } else job?.resolve(reply.results ?? []);
        dispatch();
      },
    );
    worker.on('error', (error) => failed(worker, error));
    worker.on('exit', (code) => {
      if (!closed) failed(worker, new Error(`${name} exited with code ${code}`));
    });
    idle.push(worker);
    return worker;
  });

  return {
    run(items, shared) {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
      return new Promise<O[]>((resolve, reject) => {
        queue.push({ id: nextId++, items, shared, resolve, reject });
        dispatch();
      });
    },
    heapStatistics: () => Promise.all(workers.map((w) => w.getHeapStatistics())),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('worker pool closed'));
      await Promise.all(workers.map((w) => w.terminate()));
      // A job a terminated thread was working on gets no answer: settle it, so no caller waits on it.
      for (const job of busy.values()) job.reject(new Error('worker pool closed'));
      busy.clear();
    },
  };
}

/** The same interface on the calling thread: `--jobs 1`, and the reference a parallel run must equal. */
export function inlineRunner<I, O>(work: (items: I[]) => O[]): BatchRunner<I, O> {
  return {
    run: async (items) => work(items),
    heapStatistics: async () => [],
    close: async () => {},
  };
}
