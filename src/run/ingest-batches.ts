import { availableParallelism } from 'node:os';
import { contentHash } from '../ingest/dedupe.ts';
import { type IngestResult, overBudget, parseSource, uniqueId } from '../ingest/ingest.ts';
import type { Source } from '../ingest/sources.ts';
import type { Issue } from '../model/issue.ts';
import { type PreparedItem, type PrepareItem, prepareItems } from './prepare-items.ts';
import { type BatchRunner, inlineRunner, startWorkerPool } from './worker-pool.ts';

/**
 * Ingest as a stream of bounded batches: sources are read one at a time, their per-document work
 * (decode, read, clean) runs on `jobs` worker threads in jobs of a few dozen documents, and the
 * prepared articles come back in input order, BATCH_ARTICLES at a time, for the caller to store
 * (one transaction each, so an interrupted run keeps every finished batch). Ids are made unique
 * here, on one thread, in input order: the same inputs give the same articles with any `jobs`.
 */

/** Documents per worker job: enough to amortise a message, few enough to keep every thread busy. */
export const JOB_ITEMS = 32;
/** …or this much input, whichever comes first (one large page is a job of its own). */
export const JOB_BYTES = 1 << 20;
/** Articles handed to the caller at once: one store transaction, and the most held in memory. */
export const BATCH_ARTICLES = 1000;
/**
 * The largest first job run on the calling thread. The size and nesting limits keep a document
 * this small well inside any budget; a larger one is read where it can be stopped.
 */
const INLINE_JOB_BYTES = 256 * 1024;
/** Jobs in flight per thread: one running, one queued, so no thread waits for the reader. */
const JOBS_IN_FLIGHT_PER_THREAD = 2;

export interface IngestBatchOptions {
  /** Worker threads; 1 runs everything on the calling thread. Default: the core count. */
  jobs?: number;
  /**
   * The id under which a text is already stored, or null: a record a previous, interrupted run
   * stored under the very id it would get now is skipped without being prepared again.
   */
  storedIdOf?: (contentHash: string) => Promise<string | null>;
  /** Stops reading at the next job boundary; what was yielded before stays yielded. */
  signal?: AbortSignal;
  /**
   * Per-document time budget (ms) for reading one document; over it, skipped. On a worker thread
   * the reading is stopped when the budget runs out; on this thread it is measured when done.
   */
  documentBudgetMs?: number;
  /** The one-document size limit, applied to each record of a JSONL export too. */
  maxDocumentBytes?: number;
  /** Articles done, articles known so far (inputs not yet read are not counted), bytes of text done. */
  onProgress?: (done: number, known: number, bytes: number) => void;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** One position in the output order: issues found while reading, ids already stored, or a job. */
interface Slot {
  issues: Issue[];
  skippedIds: string[];
  job: Promise<PreparedItem[]> | null;
}

const CONTAINER_FORMATS: ReadonlySet<string> = new Set(['jsonl', 'json', 'rss', 'atom']);

export async function* ingestInBatches(
  sources: AsyncIterable<Source | Issue>,
  options: IngestBatchOptions = {},
): AsyncGenerator<IngestResult> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  // A short first job runs on this thread: a short run never pays for starting threads. A long
  // one goes to a thread, where a document over its time budget can be stopped.
  const inline = inlineRunner(prepareItems);
  const threads: { pool: BatchRunner<PrepareItem, PreparedItem> | null } = { pool: null };
  const budgetMs = options.documentBudgetMs;
  let submitted = 0;
  const runnerFor = (bytes: number): BatchRunner<PrepareItem, PreparedItem> =>
    jobs === 1 || (submitted === 0 && bytes <= INLINE_JOB_BYTES)
      ? inline
      : (threads.pool ??= startWorkerPool(
          new URL('./prepare-worker.ts', import.meta.url),
          jobs,
          'prepare worker',
          budgetMs === undefined ? undefined : { ms: budgetMs, overBudget: stoppedItem(budgetMs) },
        ));
  const slots: Slot[] = [];
  const taken = new Set<string>();
  let batch: IngestResult = { articles: [], issues: [] };
  let job: PrepareItem[] = [];
  let jobBytes = 0;
  let known = 0;
  let done = 0;
  let bytesDone = 0;

  const submit = (): void => {
    if (job.length === 0) return;
    slots.push({ issues: [], skippedIds: [], job: runnerFor(jobBytes).run(job) });
    submitted++;
    job = [];
    jobBytes = 0;
  };
  const add = (item: PrepareItem, bytes: number): void => {
    job.push(item);
    jobBytes += bytes;
    if (job.length >= JOB_ITEMS || jobBytes >= JOB_BYTES) submit();
  };
  /** Takes finished slots off the head until at most `keep` remain; yields full batches. */
  async function* drain(keep: number): AsyncGenerator<IngestResult> {
    while (slots.length > keep) {
      const slot = slots.shift()!;
      batch.issues.push(...slot.issues);
      for (const id of slot.skippedIds) taken.add(id);
      const results = slot.job ? await untilAborted(slot.job, options.signal) : [];
      // Stopped while a thread still works on a document: the rest is abandoned, not awaited.
      if (results === null) return;
      for (const prepared of results) {
        batch.issues.push(...prepared.issues);
        for (const article of prepared.articles) {
          article.id = uniqueId(article, taken);
          taken.add(article.id);
          batch.articles.push(article);
          done++;
          bytesDone += Buffer.byteLength(article.text);
          // Exactly BATCH_ARTICLES a batch: a store holds whole batches, whatever the job sizes.
          if (batch.articles.length === BATCH_ARTICLES) {
            yield batch;
            batch = { articles: [], issues: [] };
          }
        }
      }
      options.onProgress?.(done, Math.max(known, done), bytesDone);
    }
  }

  const maxSlots = jobs * JOBS_IN_FLIGHT_PER_THREAD;
  try {
    for await (const source of sources) {
      if (options.signal?.aborted) return;
      if ('code' in source) {
        submit();
        slots.push({ issues: [source], skippedIds: [], job: null });
      } else if (CONTAINER_FORMATS.has(source.format)) {
        // A container is split here (decoding and splitting are cheap); its records are the jobs.
        const parsed = parseSource(source, options.maxDocumentBytes);
        submit();
        slots.push({ issues: parsed.issues, skippedIds: [], job: null });
        known += parsed.raw.length;
        for (const record of parsed.raw) {
          const storedId = options.storedIdOf ? await options.storedIdOf(contentHash(record.text)) : null;
          if (storedId !== null && storedId === record.id && !taken.has(record.id)) {
            submit();
            slots.push({ issues: [], skippedIds: [record.id], job: null });
            known--;
            continue;
          }
          add({ records: [record] }, record.text.length);
          if (slots.length > maxSlots) yield* drain(maxSlots);
          if (options.signal?.aborted) return;
        }
      } else {
        known++;
        add(
          options.documentBudgetMs === undefined
            ? { source }
            : { source, budgetMs: options.documentBudgetMs },
          source.bytes.byteLength,
        );
      }
      if (slots.length > maxSlots) yield* drain(maxSlots);
    }
    submit();
    yield* drain(0);
    if (batch.articles.length > 0 || batch.issues.length > 0) yield batch;
  } finally {
    // Close first: the threads stop (one may be minutes into a hostile document), and every
    // abandoned job settles, observed here so none rejects unhandled.
    const abandoned = Promise.allSettled(slots.map((s) => s.job));
    await threads.pool?.close();
    await abandoned;
  }
}

/** The job's results, or null as soon as the run is stopped (whichever comes first). */
function untilAborted<T>(job: Promise<T>, signal: AbortSignal | undefined): Promise<T | null> {
  if (!signal) return job;
  if (signal.aborted) return Promise.resolve(null);
  return new Promise<T | null>((resolve, reject) => {
    const onAbort = (): void => resolve(null);
    signal.addEventListener('abort', onAbort, { once: true });
    job.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

/** The answer for an item a thread was stopped on: its document skipped, and why. */
function stoppedItem(budgetMs: number): (item: PrepareItem, took: number) => PreparedItem {
  return (item, took) => {
    const origin = 'source' in item ? item.source.origin : (item.records[0]?.source ?? 'a record');
    return { articles: [], issues: [overBudget(origin, took, budgetMs, true)] };
  };
}
