import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { Article } from '../model/article.ts';
import type { CopyFinder, CopyIndex } from '../model/copies.ts';
import { linksBySeq } from './sqlite-links.ts';
import { type Migration, SQLITE_MIGRATIONS } from './sqlite-migrations.ts';
import {
  DEFAULT_SEARCH_LIMIT,
  disambiguateId,
  findUnstorableField,
  type PutResult,
  type SearchHit,
  type Store,
  snippetAround,
  toMatchExpression,
} from './store.ts';
import { makeInterner } from '../model/interner.ts';

/** How long a writer waits for another process's lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
/**
 * BM25 column weights (title, text): a word in the headline says more about what an article is
 * about than one occurrence in the body. 2:1 is the usual starting point; not tuned on data.
 */
const BM25_WEIGHTS = '2.0, 1.0';

/**
 * Per-connection settings. WAL lets readers (a server) read while a CLI ingests; synchronous=NORMAL
 * is durable across application crashes in WAL mode (a power cut may lose the last commit, never
 * corrupt). The 64 MB page cache and checkpointing every 40 MB of WAL (2,500 16 KB pages) instead of
 * every 4 MB cut a Reuters-21578 ingest by ~15%: FTS5 segment merges re-read recently written
 * pages. 16 KB pages (set only when the file is created) cut the SQL CPU time of that ingest by
 * another ~10% (best of 6: 0.73 → 0.65 s; median 0.82 → 0.70 s): full-text segments are large blobs.
 */
const CONNECTION_PRAGMAS = `
  PRAGMA page_size = 16384;
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = NORMAL;
  PRAGMA foreign_keys = ON;
  PRAGMA cache_size = -65536;
  PRAGMA wal_autocheckpoint = 2500;
`;

/**
 * Page cache of a temporary store (KiB). Its rows are written once, in order, and read back once,
 * so a small cache costs little; the cache's pages are the process's own memory, which the heap
 * allocator rarely gives back, and the analysis that follows needs it.
 */
const TEMPORARY_CACHE_KIB = 8192;

export interface SqliteStoreOptions {
  /** The schema to apply; tests pass extra migrations. Defaults to SQLITE_MIGRATIONS. */
  migrations?: readonly Migration[];
  /**
   * How near-duplicate copies are found (ingest's `NEAR_DUPLICATES`); the store keeps the
   * signatures and links as rows. Without it, only exact duplicates (same content hash) are caught.
   */
  copies?: CopyFinder;
  /**
   * Index texts for `search` (default true). A temporary store is never searched: its runs skip
   * the index's time and memory, and its `search` finds nothing.
   */
  fullText?: boolean;
}

/**
 * Opens (creating if needed) the SQLite store at `path`, or an in-memory one for ':memory:', and
 * brings its schema up to date. Synchronous: node:sqlite is; every Store method is still async.
 * Throws if the database was written by a newer schema than this code knows.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = new DatabaseSync(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.exec(CONNECTION_PRAGMAS);
    if (path === '') db.exec(`PRAGMA cache_size = -${TEMPORARY_CACHE_KIB}`);
    applyMigrations(db, options.migrations ?? SQLITE_MIGRATIONS);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, options.copies ?? null, options.fullText ?? true);
}

/**
 * A store for one run that keeps nothing afterwards (`analyze` without --db): SQLite's private
 * temporary database (the empty file name), a file SQLite deletes when the connection closes or
 * the process dies. Unlike ':memory:', its pages beyond the page cache live on disk, not in the
 * process, and it keeps no full-text index: nothing searches a store that is gone at exit.
 */
export function openTemporarySqliteStore(options: Omit<SqliteStoreOptions, 'fullText'> = {}): Store {
  return openSqliteStore('', { ...options, fullText: false });
}

/** Applies the migrations not yet recorded, each in its own IMMEDIATE transaction (safe against a racing opener). */
export function applyMigrations(db: DatabaseSync, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (i > 0 && m.version <= migrations[i - 1]!.version) {
      throw new Error(`migration ${m.version} (${m.name}) is out of order: versions must increase`);
    }
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (datetime('now')))`);
  const newest = migrations.at(-1)?.version ?? 0;
  for (const migration of migrations) {
    inTransaction(db, () => {
      const applied = db.prepare('SELECT max(version) AS v FROM schema_migrations').get()?.v as number | null;
      if (applied !== null && applied > newest) {
        throw new Error(
          `${db.location() ?? ':memory:'}: schema version ${applied} is newer than this hearsay (${newest})`,
        );
      }
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version)) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(
        migration.version,
        migration.name,
      );
    });
  }
}

/** Runs `work` in an IMMEDIATE transaction (the write lock is taken up front): commit, or roll back and rethrow. */
function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

type Row = Record<string, SQLInputValue>;

const ARTICLE_COLUMNS = `id, source, format, text, title, published, outlet, url, byline, encoding,
  credited, boilerplate, content_hash, duplicate_of, syndicated, metadata_rules`;

/**
 * The article of a row. `intern` gives one string per distinct value to the fields many articles
 * repeat (format, encoding, outlet, the names of chrome kinds and metadata rules): each row read
 * is a fresh copy of every string, and a run holds every article at once.
 */
function rowToArticle(
  row: Row,
  syndicated: Article['syndicated'] = [],
  intern: (s: string) => string = (s) => s,
): Article {
  const optional = (value: unknown) => (value === null ? null : intern(value as string));
  const reviver = (_key: string, value: unknown) => (typeof value === 'string' ? intern(value) : value);
  return {
    id: row.id as string,
    source: row.source as string,
    format: intern(row.format as string) as Article['format'],
    text: row.text as string,
    title: row.title as string | null,
    published: optional(row.published),
    outlet: optional(row.outlet),
    url: row.url as string | null,
    byline: optional(row.byline),
    encoding: intern(row.encoding as string),
    credited: JSON.parse(row.credited as string, reviver),
    boilerplate: JSON.parse(row.boilerplate as string, reviver),
    contentHash: row.content_hash as string,
    duplicateOf: row.duplicate_of as string | null,
    syndicated,
    metadataRules: JSON.parse(row.metadata_rules as string, reviver),
  };
}

function articleToParams(a: Article, id: string): SQLInputValue[] {
  return [
    id,
    a.source,
    a.format,
    a.text,
    a.title,
    a.published,
    a.outlet,
    a.url,
    a.byline,
    a.encoding,
    JSON.stringify(a.credited),
    JSON.stringify(a.boilerplate),
    a.contentHash,
    a.duplicateOf,
    '[]', // links live in article_links
    JSON.stringify(a.metadataRules),
  ];
}

class SqliteStore implements Store {
  private readonly db: DatabaseSync;
  private readonly sql: Record<
    | 'insertArticle'
    | 'insertFullText'
    | 'upsertSignature'
    | 'idByHash'
    | 'hashById'
    | 'articleById'
    | 'allArticles'
    | 'allIds'
    | 'insertLinks'
    | 'linksOf'
    | 'allLinks'
    | 'signaturesAfter'
    | 'count'
    | 'search'
    | 'upsertPrimary'
    | 'allPrimaries',
    StatementSync
  >;
  private readonly copies: CopyFinder | null;
  private readonly fullText: boolean;
  /** Near-duplicate index over stored signatures, loaded lazily; null until the first put or after a rollback. */
  private index: CopyIndex | null = null;
  /** The highest article seq whose signature is in `index`: later ones (another process's) are loaded on put. */
  private indexedSeq = 0;

  constructor(db: DatabaseSync, copies: CopyFinder | null, fullText: boolean) {
    this.db = db;
    this.copies = copies;
    this.fullText = fullText;
    this.sql = {
      insertArticle: db.prepare(
        `INSERT INTO articles (${ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertFullText: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      upsertSignature: db.prepare(
        `INSERT INTO signatures (seq, scheme, minhash) VALUES (?, ?, ?)
         ON CONFLICT (seq) DO UPDATE SET scheme = excluded.scheme, minhash = excluded.minhash`,
      ),
      idByHash: db.prepare('SELECT id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1'),
      hashById: db.prepare('SELECT content_hash FROM articles WHERE id = ?'),
      articleById: db.prepare(`SELECT seq, ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
      allArticles: db.prepare(`SELECT seq, ${ARTICLE_COLUMNS} FROM articles ORDER BY seq`),
      allIds: db.prepare('SELECT seq, id FROM articles ORDER BY seq'),
      // In list order; a partner listed twice keeps its first similarity (OR IGNORE).
      insertLinks: db.prepare(
        `INSERT OR IGNORE INTO article_links (article_seq, other_id, similarity)
         SELECT ?, j.value ->> '$.id', j.value ->> '$.similarity' FROM json_each(?) j ORDER BY j.key`,
      ),
      // Rows of one article and rows pointing at it; other_id has no index (it would double the
      // cost of writing links), so this scans the links: fine for one article at a time.
      linksOf: db.prepare(
        `SELECT l.article_seq, a.id AS article_id, l.other_id, l.similarity
         FROM article_links l JOIN articles a ON a.seq = l.article_seq
         WHERE l.article_seq = ?1 OR l.other_id = ?2 ORDER BY l.rowid`,
      ),
      allLinks: db.prepare('SELECT article_seq, other_id, similarity FROM article_links ORDER BY rowid'),
      // Rows without a signature (stored by a run without a CopyFinder) or under another scheme
      // come with their text, to be recomputed.
      signaturesAfter: db.prepare(
        `SELECT a.seq, a.id, s.scheme, s.minhash,
           CASE WHEN s.scheme IS ? THEN NULL ELSE a.text END AS text,
           CASE WHEN s.scheme IS ? THEN NULL ELSE a.boilerplate END AS boilerplate
         FROM articles a LEFT JOIN signatures s ON s.seq = a.seq WHERE a.seq > ? ORDER BY a.seq`,
      ),
      count: db.prepare('SELECT count(*) AS n FROM articles'),
      search: db.prepare(
        `SELECT a.id, a.text, -bm25(articles_fts, ${BM25_WEIGHTS}) AS rank
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, ${BM25_WEIGHTS}), a.seq LIMIT ?`,
      ),
      upsertPrimary: db.prepare(
        `INSERT INTO primary_overrides (story_key, article_id) VALUES (?, ?)
         ON CONFLICT (story_key) DO UPDATE SET article_id = excluded.article_id`,
      ),
      allPrimaries: db.prepare('SELECT story_key, article_id FROM primary_overrides ORDER BY story_key'),
    };
  }

  async putArticles(articles: readonly Article[]): Promise<PutResult> {
    for (const article of articles) {
      const field = findUnstorableField(article);
      if (field)
        throw new RangeError(
          `article ${article.id}: ${field} has a lone UTF-16 surrogate; cannot store it exactly`,
        );
    }
    try {
      return inTransaction(this.db, () => this.putInTransaction(articles));
    } catch (error) {
      this.index = null; // it may hold signatures of rolled-back rows: rebuild from the database next time
      throw error;
    }
  }

  private putInTransaction(articles: readonly Article[]): PutResult {
    const index = this.refreshIndex();
    const result: PutResult = { added: [], duplicates: [], syndicated: [] };
    for (const article of articles) {
      const original = this.sql.idByHash.get(article.contentHash)?.id as string | undefined;
      if (original !== undefined) {
        result.duplicates.push({ id: article.id, duplicateOf: original });
        continue;
      }
      const id = this.isIdTaken(article.id)
        ? disambiguateId(article.id, article.contentHash, (candidate) => this.isIdTaken(candidate))
        : article.id;
      const seq = Number(this.sql.insertArticle.run(...articleToParams(article, id)).lastInsertRowid);
      if (this.fullText) this.sql.insertFullText.run(seq, article.title, article.text);
      // Links the caller set first, then the copies found; a partner already stored gets the link back.
      const links = article.syndicated.map((l) => ({
        id: l.article,
        similarity: l.similarity,
        stored: this.isIdTaken(l.article),
      }));
      if (this.copies && index) {
        const signature = this.copies.signatureOf(article);
        // Everything indexed is stored (earlier, or earlier in this transaction).
        for (const match of index.query(signature)) links.push({ ...match, stored: true });
        this.sql.upsertSignature.run(seq, this.copies.scheme, signature);
        if (!index.has(id)) index.add(id, signature);
      }
      if (links.length > 0) this.storeLinks(id, seq, links, result);
      this.indexedSeq = seq;
      result.added.push(id);
    }
    return result;
  }

  /**
   * Stores the links of the article `id` (row `seq`), one row each, in one statement. A row stands
   * for both directions: the partner reads it back as a link to `id` (see `linksBySeq`), so a
   * thousand copies of one text make half a million rows, written once and never rewritten.
   */
  private storeLinks(
    id: string,
    seq: number,
    links: { id: string; similarity: number; stored: boolean }[],
    result: PutResult,
  ): void {
    const own = links.filter((l) => l.id !== id);
    this.sql.insertLinks.run(seq, JSON.stringify(own.map((l) => ({ id: l.id, similarity: l.similarity }))));
    const reported = new Set<string>();
    for (const link of own) {
      if (reported.has(link.id) || !link.stored) continue;
      reported.add(link.id);
      result.syndicated.push({ id, of: link.id, similarity: link.similarity });
    }
  }

  /** The index, created on first use and caught up with rows other connections committed since. */
  private refreshIndex(): CopyIndex | null {
    if (!this.copies) return null;
    if (!this.index) {
      this.index = this.copies.newIndex();
      this.indexedSeq = 0;
    }
    const scheme = this.copies.scheme;
    for (const row of this.sql.signaturesAfter.iterate(scheme, scheme, this.indexedSeq)) {
      let signature = row.minhash as Uint8Array | null;
      if (row.scheme !== scheme || signature === null) {
        // Stored under an older scheme, or by a store without a CopyFinder: recompute and save
        // (inside the put's transaction).
        const stored = { text: row.text as string, boilerplate: JSON.parse(row.boilerplate as string) };
        signature = this.copies.signatureOf(stored);
        this.sql.upsertSignature.run(Number(row.seq), scheme, signature);
      }
      // An id is indexed once; one seen again was deleted and re-added by hand: keep the first.
      if (!this.index.has(row.id as string)) this.index.add(row.id as string, signature);
      this.indexedSeq = Number(row.seq);
    }
    return this.index;
  }

  private isIdTaken(id: string): boolean {
    return this.sql.hashById.get(id) !== undefined;
  }

  async getArticles(): Promise<Article[]> {
    // Ids first, then one row at a time: every row of a large store at once was its texts twice.
    const seqOfId = new Map<string, number>();
    const idOfSeq = new Map<number, string>();
    for (const r of this.sql.allIds.iterate()) {
      seqOfId.set(r.id as string, Number(r.seq));
      idOfSeq.set(Number(r.seq), r.id as string);
    }
    const links = linksBySeq(seqOfId, idOfSeq, this.sql.allLinks.iterate());
    const intern = makeInterner();
    const out: Article[] = [];
    for (const row of this.sql.allArticles.iterate()) {
      const seq = Number(row.seq);
      const article = rowToArticle(row, links.get(seq) ?? [], intern);
      // The id read with the links is the string every link back to this article holds.
      article.id = idOfSeq.get(seq) ?? article.id;
      out.push(article);
    }
    return out;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.sql.articleById.get(id);
    if (!row) return null;
    const seq = Number(row.seq);
    const linkRows = this.sql.linksOf.all(seq, id);
    const idOfSeq = new Map(linkRows.map((l) => [Number(l.article_seq), l.article_id as string]));
    const seqOfId = new Map([[id, seq]]);
    return rowToArticle(row, linksBySeq(seqOfId, idOfSeq, linkRows).get(seq) ?? []);
  }

  async hasHash(contentHash: string): Promise<string | null> {
    return (this.sql.idByHash.get(contentHash)?.id as string | undefined) ?? null;
  }

  async search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    const match = toMatchExpression(query);
    if (!match) return [];
    return this.sql.search.all(match.expression, limit).map((row) => {
      const window = snippetAround(row.text as string, match.words);
      return { article: row.id as string, ...window, rank: row.rank as number };
    });
  }

  async setPrimary(storyKey: string, articleId: string): Promise<void> {
    if (!this.isIdTaken(articleId)) {
      throw new RangeError(`primary for story ${storyKey}: no stored article has id ${articleId}`);
    }
    this.sql.upsertPrimary.run(storyKey, articleId);
  }

  async getPrimaryOverrides(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const row of this.sql.allPrimaries.iterate())
      out[row.story_key as string] = row.article_id as string;
    return out;
  }

  async countArticles(): Promise<number> {
    return Number(this.sql.count.get()!.n);
  }

  async close(): Promise<void> {
    // The near-duplicate index (a signature per stored article) is the store's largest object.
    this.index = null;
    if (this.db.isOpen) this.db.close();
  }
}
