/**
 * How far a worker thread is through its job, in memory the pool shares with it, so the pool can
 * tell a document that is taking too long from a thread that is merely busy, without a message per
 * document (the pool's event loop is the run's bottleneck). Two 32-bit slots: the id of the job the
 * thread has set up for (its modules loaded, its pass's shared data read: time no document owns),
 * and the count of items it has finished since it started.
 */
export const JOB_SLOT = 0;
export const DONE_SLOT = 1;

export function newItemProgress(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

export interface ItemProgress {
  /** The job `id` is set up; its items' clock starts now. */
  started(id: number): void;
  /** One more item finished. */
  itemDone(): void;
}

/** The worker side: writes to the pool's shared slots, or does nothing when started without them. */
export function workerItemProgress(): ItemProgress {
  const { workerData } = process.getBuiltinModule('node:worker_threads');
  const slots = (workerData as { progress?: Int32Array } | null)?.progress;
  if (!slots) return { started: () => {}, itemDone: () => {} };
  return {
    started: (id) => Atomics.store(slots, JOB_SLOT, id),
    itemDone: () => Atomics.add(slots, DONE_SLOT, 1),
  };
}
