/**
 * The SQLite schema as an ordered list of migrations. Each is applied once, in its own transaction,
 * and recorded in `schema_migrations`; a released migration is never edited, only followed by a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, signatures, full-text index, primary overrides',
    sql: `
      -- seq gives insertion order and is the FTS rowid; id is the caller's (possibly disambiguated) id.
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        title TEXT,
        published TEXT,
        outlet TEXT,
        url TEXT,
        byline TEXT,
        encoding TEXT NOT NULL,
        credited TEXT NOT NULL CHECK (json_valid(credited)),
        boilerplate TEXT NOT NULL CHECK (json_valid(boilerplate)),
        content_hash TEXT NOT NULL,
        duplicate_of TEXT,
        syndicated TEXT NOT NULL CHECK (json_valid(syndicated)),
        metadata_rules TEXT NOT NULL CHECK (json_valid(metadata_rules))
      );
      -- Not UNIQUE: a caller may knowingly store an article it marked duplicateOf; the store itself never does.
      CREATE INDEX articles_content_hash ON articles (content_hash);

      -- Near-duplicate signature (128 little-endian uint32) of the text without chrome, so copies are
      -- found across runs; scheme = SIGNATURE_SCHEME it was computed under (others are recomputed).
      CREATE TABLE signatures (
        seq INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
        scheme TEXT NOT NULL,
        minhash BLOB NOT NULL
      );

      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text,
        content = 'articles', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Inserts are indexed by the store in the same statement batch, not by a trigger: an AFTER INSERT
      -- trigger made Reuters-21578 ingest 3x slower (1.3 s vs 0.44 s). Deletes and edits are rare: triggers.
      -- Merge segments less eagerly than the defaults (4, 16): ingest of Reuters-21578 in batches of
      -- 500 spends ~15% less time merging, and queries over a few more segments stay in milliseconds.
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
      INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 32);
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;

      CREATE TABLE primary_overrides (
        story_key TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON UPDATE CASCADE ON DELETE CASCADE
      );
    `,
  },
  {
    version: 2,
    name: 'syndication links as rows (article_links)',
    sql: `
      -- One row per link, in the order found (rowid). Links used to be a JSON list per article,
      -- re-parsed and rewritten on every new link: a thousand near-identical records cost minutes.
      -- other_id is not a foreign key: a caller may link to an article this store does not hold.
      CREATE TABLE article_links (
        article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        other_id TEXT NOT NULL,
        similarity REAL NOT NULL,
        UNIQUE (article_seq, other_id)
      );
      INSERT OR IGNORE INTO article_links (article_seq, other_id, similarity)
        SELECT a.seq, json_extract(j.value, '$.article'), json_extract(j.value, '$.similarity')
        FROM articles a, json_each(a.syndicated) j ORDER BY a.seq, j.key;
      -- The column stays (SQLite cannot drop a column with a CHECK) and holds '[]' from now on.
      UPDATE articles SET syndicated = '[]';
    `,
  },
];
