import type { HeapInfo } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { DONE_SLOT, JOB_SLOT, newItemProgress } from './item-progress.ts';

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

/**
 * A time budget for each item of a job: a thread still on one item this long after it began is
 * stopped and replaced, the item is answered by `overBudget`, and the job's other items are run
 * again on a thread (those it had finished are redone: their answers died with the thread). The
 * clock starts once the thread is set up for the job, so loading modules is no document's time.
 */
export interface ItemBudget<I, O> {
  ms: number;
  overBudget(item: I, ms: number): O;
}

/** How often busy threads are looked at: a timed-out item is noticed within this much of its budget. */
const WATCH_EVERY_MS = 250;

interface Busy<I, O> {
  job: Job<I, O>;
  /** The thread's finished-item count when the job was posted. */
  base: number;
  /** Its count when last looked at, and when that count (or the job's set-up) was first seen. */
  seen: number;
  since: number;
}

export function startWorkerPool<I, O>(
  moduleUrl: URL,
  size: number,
  name = 'prepare worker',
  budget?: ItemBudget<I, O>,
): BatchRunner<I, O> {
  const idle: Worker[] = [];
  const sharedSent = new Map<Worker, unknown>();
  const progressOf = new Map<Worker, Int32Array>();
  const busy = new Map<Worker, Busy<I, O>>();
  const queue: Job<I, O>[] = [];
  const workers: Worker[] = [];
  /** Threads stopped for their budget: whatever they still post or raise is no one's answer. */
  const retired = new Set<Worker>();
  let nextId = 1;
  let closed = false;
  let watch: ReturnType<typeof setInterval> | null = null;

  const newJob = (items: I[], shared: unknown, first = false): Promise<O[]> =>
    new Promise<O[]>((resolve, reject) => {
      const job = { id: nextId++, items, shared, resolve, reject };
      if (first) queue.unshift(job);
      else queue.push(job);
    });

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      const done = Atomics.load(progressOf.get(worker)!, DONE_SLOT);
      busy.set(worker, { job, base: done, seen: done, since: performance.now() });
      if (job.shared === undefined || sharedSent.get(worker) === job.shared)
        worker.postMessage({ id: job.id, items: job.items });
      else {
        sharedSent.set(worker, job.shared);
        worker.postMessage({ id: job.id, items: job.items, shared: job.shared });
      }
    }
    if (budget && busy.size > 0 && watch === null) {
      watch = setInterval(watchBusy, Math.min(WATCH_EVERY_MS, budget.ms));
      watch.unref();
    }
  };
  const failed = (worker: Worker, error: Error): void => {
    const job = busy.get(worker)?.job;
    busy.delete(worker);
    job?.reject(error);
  };

  /** Stops every thread that has been on one item longer than the budget. */
  const watchBusy = (): void => {
    const now = performance.now();
    for (const [worker, b] of busy) {
      const slots = progressOf.get(worker)!;
      const done = Atomics.load(slots, DONE_SLOT);
      const setUp = Atomics.load(slots, JOB_SLOT) === b.job.id;
      if (!setUp || done !== b.seen) {
        b.seen = done;
        b.since = now;
      } else if (now - b.since > budget!.ms) timeOut(worker, b, done - b.base, now - b.since);
    }
    if (busy.size === 0 && watch !== null) {
      clearInterval(watch);
      watch = null;
    }
  };

  const timeOut = (worker: Worker, b: Busy<I, O>, at: number, took: number): void => {
    busy.delete(worker);
    retire(worker);
    idle.push(spawn());
    const { job } = b;
    const before = job.items.slice(0, at);
    const after = job.items.slice(at + 1);
    // The job's other items go first in the queue, so its answer is not held behind later jobs.
    const rest = after.length > 0 ? newJob(after, job.shared, true) : Promise.resolve([]);
    const redo = before.length > 0 ? newJob(before, job.shared, true) : Promise.resolve([]);
    const stopped = budget!.overBudget(job.items[at]!, Math.round(took));
    Promise.all([redo, rest]).then(([a, c]) => job.resolve([...a, stopped, ...c]), job.reject);
    dispatch();
  };

  const retire = (worker: Worker): void => {
    retired.add(worker);
    workers.splice(workers.indexOf(worker), 1);
    sharedSent.delete(worker);
    progressOf.delete(worker);
    void worker.terminate();
  };

  const spawn = (): Worker => {
    // Fetched when a pool starts: a run that never starts one (a short input) does not load it.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const progress = newItemProgress();
    const worker = new Worker(moduleUrl, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      workerData: { progress },
    });
    progressOf.set(worker, progress);
    worker.on(
      'message',
      (reply: { id: number; results?: O[]; error?: { message: string; stack?: string } }) => {
        // A thread stopped for its budget may still have posted: its job is answered already.
        if (retired.has(worker)) return;
        const job = busy.get(worker)?.job;
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
    worker.on('error', (error) => {
      if (!retired.has(worker)) failed(worker, error);
    });
    worker.on('exit', (code) => {
      if (!closed && !retired.has(worker)) failed(worker, new Error(`${name} exited with code ${code}`));
    });
    workers.push(worker);
    return worker;
  };
  for (let i = 0; i < size; i++) idle.push(spawn());

  return {
    run(items, shared) {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
      const job = newJob(items, shared);
      dispatch();
      return job;
    },
    heapStatistics: () => Promise.all(workers.map((w) => w.getHeapStatistics())),
    async close() {
      closed = true;
      if (watch !== null) clearInterval(watch);
      for (const job of queue.splice(0)) job.reject(new Error('worker pool closed'));
      await Promise.all(workers.map((w) => w.terminate()));
      // A job a terminated thread was working on gets no answer: settle it, so no caller waits on it.
      for (const { job } of busy.values()) job.reject(new Error('worker pool closed'));
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
