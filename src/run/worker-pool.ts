import { Worker } from 'node:worker_threads';

/**
 * A fixed set of worker threads, each running one module that answers `{id, items}` with
 * `{id, results}`. Jobs queue until a worker is free; each job's promise settles with its own
 * answer, so a caller that awaits them in submission order gets results in input order however
 * the threads interleave.
 */
export interface BatchRunner<I, O> {
  run(items: I[]): Promise<O[]>;
  close(): Promise<void>;
}

interface Job<I, O> {
  id: number;
  items: I[];
  resolve(results: O[]): void;
  reject(error: Error): void;
}

export function startWorkerPool<I, O>(moduleUrl: URL, size: number): BatchRunner<I, O> {
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job<I, O>>();
  const queue: Job<I, O>[] = [];
  let nextId = 1;
  let closed = false;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, items: job.items });
    }
  };
  const failed = (worker: Worker, error: Error): void => {
    const job = busy.get(worker);
    busy.delete(worker);
    job?.reject(error);
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(moduleUrl);
    worker.on(
      'message',
      (reply: { id: number; results?: O[]; error?: { message: string; stack?: string } }) => {
        const job = busy.get(worker);
        busy.delete(worker);
        idle.push(worker);
        if (job && reply.error) {
          const error = new Error(`prepare worker: ${reply.error.message}`);
          if (reply.error.stack) error.stack = reply.error.stack;
          job.reject(error);
        } else job?.resolve(reply.results ?? []);
        dispatch();
      },
    );
    worker.on('error', (error) => failed(worker, error));
    worker.on('exit', (code) => {
      if (!closed) failed(worker, new Error(`prepare worker exited with code ${code}`));
    });
    idle.push(worker);
    return worker;
  });

  return {
    run(items) {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
      return new Promise<O[]>((resolve, reject) => {
        queue.push({ id: nextId++, items, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('worker pool closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** The same interface on the calling thread: `--jobs 1`, and the reference a parallel run must equal. */
export function inlineRunner<I, O>(work: (items: I[]) => O[]): BatchRunner<I, O> {
  return {
    run: async (items) => work(items),
    close: async () => {},
  };
}
