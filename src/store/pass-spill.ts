import { DatabaseSync } from 'node:sqlite';

/**
 * Where a run keeps per-article pass results that a later stage reads (dated clauses, statements'
 * readings and figures): rows of bytes on disk, by pass and article number, rather than objects in
 * the main heap. In Node 24 a heap that grew keeps its pages resident after the objects are freed,
 * so results held from their pass until the stage that reads them raise the run's peak however
 * early they are dropped; here they are in the heap only while that stage reads them, one article
 * at a time where it can.
 */
export interface PassSpill {
  /** Keeps `bytes` as the result of `pass` for article number `index` (replacing any earlier). */
  put(pass: string, index: number, bytes: Uint8Array): void;
  /** The bytes kept for `pass` and article `index`, or undefined. */
  get(pass: string, index: number): Uint8Array | undefined;
  /** Forgets every result of `pass`: a stage that read them for the last time frees their pages. */
  drop(pass: string): void;
  close(): void;
}

/** Puts per transaction: one commit per few hundred rows, not per row. */
const PUTS_PER_COMMIT = 512;
/**
 * Page cache (KiB). Rows are written once, in order, and read back once or twice; the cache's
 * pages are the process's own memory, which the allocator rarely gives back.
 */
const SPILL_CACHE_KIB = 4096;

/**
 * A spill in SQLite's private temporary database (the empty file name): a file SQLite deletes when
 * the connection closes or the process dies. Nothing in it needs to survive a crash, so it keeps
 * no journal and never syncs.
 */
export function openPassSpill(): PassSpill {
  const db = new DatabaseSync('');
  db.exec(`
    PRAGMA journal_mode = OFF;
    PRAGMA synchronous = OFF;
    PRAGMA cache_size = -${SPILL_CACHE_KIB};
    CREATE TABLE spill (pass TEXT NOT NULL, i INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (pass, i)) WITHOUT ROWID;
  `);
  const insert = db.prepare('INSERT OR REPLACE INTO spill (pass, i, data) VALUES (?, ?, ?)');
  const select = db.prepare('SELECT data FROM spill WHERE pass = ? AND i = ?');
  const remove = db.prepare('DELETE FROM spill WHERE pass = ?');
  let pending = 0;
  const commit = (): void => {
    if (pending === 0) return;
    db.exec('COMMIT');
    pending = 0;
  };
  let open = true;
  return {
    put(pass, index, bytes) {
      if (pending === 0) db.exec('BEGIN');
      insert.run(pass, index, bytes);
      if (++pending >= PUTS_PER_COMMIT) commit();
    },
    get(pass, index) {
      commit();
      const row = select.get(pass, index);
      return row ? (row.data as Uint8Array) : undefined;
    },
    drop(pass) {
      commit();
      remove.run(pass);
    },
    close() {
      if (!open) return;
      open = false;
      commit();
      db.close();
    },
  };
}
