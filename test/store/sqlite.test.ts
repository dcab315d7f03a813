import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { contentHash, NEAR_DUPLICATES, SIGNATURE_SCHEME } from '../../src/ingest/dedupe.ts';
import { applyMigrations, openSqliteStore, openTemporarySqliteStore } from '../../src/store/sqlite.ts';
import { type Migration, SQLITE_MIGRATIONS } from '../../src/store/sqlite-migrations.ts';
import { HARBOUR_VOTE, makeArticle, makeSyndicatedCopy } from './fixtures.ts';
import { runStoreContract } from './store-contract.ts';

/** A fresh temporary folder holding one database file; removed by `dispose`. */
function makeTempDatabase(): { path: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-store-'));
  return { path: join(dir, 'hearsay.db'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

runStoreContract('sqlite (file)', async () => {
  const db = makeTempDatabase();
  return {
    store: openSqliteStore(db.path, { copies: NEAR_DUPLICATES }),
    reopen: async () => openSqliteStore(db.path, { copies: NEAR_DUPLICATES }),
    dispose: async () => db.dispose(),
  };
});

/** Reads a file database directly, bypassing the store. */
function inspect<T>(path: string, read: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('sqlite store specifics', () => {
  it('applies each migration once; reopening does not re-apply', async () => {
    const db = makeTempDatabase();
    try {
      await openSqliteStore(db.path).close();
      await openSqliteStore(db.path).close();
      const applied = inspect(db.path, (d) => d.prepare('SELECT version, name FROM schema_migrations').all());
      assert.deepEqual(
        applied.map((r) => ({ ...r })),
        SQLITE_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
      );
    } finally {
      db.dispose();
    }
  });

  it('applies only the migrations added since the last open, keeping the data', async () => {
    const db = makeTempDatabase();
    try {
      const store = openSqliteStore(db.path);
      await store.putArticles([makeArticle('kept', HARBOUR_VOTE)]);
      await store.close();
      const next: Migration = { version: 1000, name: 'test: tags', sql: 'CREATE TABLE tags (tag TEXT)' };
      const upgraded = openSqliteStore(db.path, { migrations: [...SQLITE_MIGRATIONS, next] });
      assert.equal(await upgraded.countArticles(), 1);
      await upgraded.close();
      const versions = inspect(db.path, (d) => d.prepare('SELECT version FROM schema_migrations').all());
      assert.deepEqual(
        versions.map((r) => r.version),
        [...SQLITE_MIGRATIONS.map((m) => m.version), 1000],
      );
      assert.throws(() => openSqliteStore(db.path), /schema version 1000 is newer/);
    } finally {
      db.dispose();
    }
  });

  it('rolls back a migration that fails, recording nothing', async () => {
    const db = makeTempDatabase();
    try {
      const bad: Migration = {
        version: 1000,
        name: 'test: broken',
        sql: 'CREATE TABLE t (x); SELECT * FROM nowhere',
      };
      assert.throws(() => openSqliteStore(db.path, { migrations: [...SQLITE_MIGRATIONS, bad] }), /nowhere/);
      const tables = inspect(db.path, (d) =>
        d.prepare("SELECT name FROM sqlite_master WHERE name = 't'").all(),
      );
      assert.deepEqual(tables, []);
      await openSqliteStore(db.path).close();
    } finally {
      db.dispose();
    }
  });

  it('refuses migrations listed out of order', () => {
    const twice = [...SQLITE_MIGRATIONS, SQLITE_MIGRATIONS[0]!];
    assert.throws(() => openSqliteStore(':memory:', { migrations: twice }), /out of order/);
  });

  it('runs in WAL mode with foreign keys on', async () => {
    const db = makeTempDatabase();
    try {
      await openSqliteStore(db.path).close();
      assert.equal(
        inspect(db.path, (d) => d.prepare('PRAGMA journal_mode').get()!.journal_mode),
        'wal',
      );
    } finally {
      db.dispose();
    }
  });

  it('recomputes signatures stored under another scheme, and still finds the copy', async () => {
    const db = makeTempDatabase();
    try {
      const store = openSqliteStore(db.path, { copies: NEAR_DUPLICATES });
      await store.putArticles([makeArticle('original', HARBOUR_VOTE)]);
      await store.close();
      const raw = new DatabaseSync(db.path);
      raw.exec("UPDATE signatures SET scheme = 'retired-scheme', minhash = zeroblob(512)");
      raw.close();
      const reopened = openSqliteStore(db.path, { copies: NEAR_DUPLICATES });
      const result = await reopened.putArticles([makeSyndicatedCopy('copy')]);
      await reopened.close();
      assert.deepEqual(
        result.syndicated.map((s) => s.of),
        ['original'],
      );
      const schemes = inspect(db.path, (d) => d.prepare('SELECT DISTINCT scheme FROM signatures').all());
      assert.deepEqual(
        schemes.map((r) => r.scheme),
        [SIGNATURE_SCHEME],
      );
    } finally {
      db.dispose();
    }
  });

  it('refuses text it could not give back exactly (a lone surrogate), storing nothing', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const bad = makeArticle('bad', 'broken \ud800 pair');
      await assert.rejects(
        store.putArticles([makeArticle('fine', HARBOUR_VOTE), bad]),
        /bad: text has a lone/,
      );
      assert.equal(await store.countArticles(), 0);
    } finally {
      await store.close();
    }
  });

  it('works in memory', async () => {
    const store = openSqliteStore(':memory:');
    await store.putArticles([makeArticle('a', HARBOUR_VOTE)]);
    assert.equal(await store.countArticles(), 1);
    await store.close();
    await store.close(); // closing twice is harmless
  });

  it('keeps a temporary store private to its connection, with copies linked and no full-text index', async () => {
    const one = openTemporarySqliteStore({ copies: NEAR_DUPLICATES });
    const other = openTemporarySqliteStore({ copies: NEAR_DUPLICATES });
    const original = makeArticle('a', HARBOUR_VOTE);
    const copy = makeSyndicatedCopy('b');
    const put = await one.putArticles([original, copy]);
    assert.deepEqual(put.added, ['a', 'b']);
    assert.deepEqual(
      put.syndicated.map((l) => [l.id, l.of]),
      [['b', 'a']],
    );
    const [a, b] = await one.getArticles();
    assert.equal(a!.text, original.text);
    assert.deepEqual(a!.boilerplate, original.boilerplate);
    assert.deepEqual(
      b!.syndicated.map((l) => l.article),
      ['a'],
    );
    assert.deepEqual(await one.search('harbour'), []);
    assert.equal(await other.countArticles(), 0);
    await one.close();
    await other.close();
  });

  it('keeps only exact duplicates out without a CopyFinder, and indexes those rows once one is given', async () => {
    const db = makeTempDatabase();
    try {
      const plain = openSqliteStore(db.path);
      const first = await plain.putArticles([
        makeArticle('original', HARBOUR_VOTE),
        makeSyndicatedCopy('copy'),
      ]);
      assert.deepEqual(first.syndicated, []);
      await plain.close();
      const finding = openSqliteStore(db.path, { copies: NEAR_DUPLICATES });
      const second = await finding.putArticles([
        makeArticle('copy-2', HARBOUR_VOTE.replace('nine votes to six', 'nine votes to five')),
      ]);
      await finding.close();
      assert.deepEqual(second.syndicated.map((s) => s.of).sort(), ['copy', 'original']);
    } finally {
      db.dispose();
    }
  });

  it('moves version-1 JSON link lists into article_links rows, in order', async () => {
    const db = makeTempDatabase();
    try {
      const raw = new DatabaseSync(db.path);
      applyMigrations(raw, SQLITE_MIGRATIONS.slice(0, 1));
      const insert = raw.prepare(
        `INSERT INTO articles (id, source, format, text, encoding, credited, boilerplate, content_hash, syndicated, metadata_rules)
         VALUES (?, 's', 'text', ?, 'utf-8', '[]', '[]', ?, ?, '{}')`,
      );
      insert.run(
        'a',
        'first text',
        contentHash('first text'),
        JSON.stringify([
          { article: 'b', similarity: 0.95 },
          { article: 'gone', similarity: 0.91 },
        ]),
      );
      insert.run(
        'b',
        'second text',
        contentHash('second text'),
        JSON.stringify([{ article: 'a', similarity: 0.95 }]),
      );
      raw.close();
      const store = openSqliteStore(db.path);
      assert.deepEqual((await store.getArticle('a'))!.syndicated, [
        { article: 'b', similarity: 0.95 },
        { article: 'gone', similarity: 0.91 },
      ]);
      assert.deepEqual(
        (await store.getArticles()).map((x) => x.syndicated.map((l) => l.article)),
        [['b', 'gone'], ['a']],
      );
      await store.close();
      const columns = inspect(db.path, (d) => d.prepare('SELECT DISTINCT syndicated FROM articles').all());
      assert.deepEqual(
        columns.map((r) => r.syndicated),
        ['[]'],
      );
    } finally {
      db.dispose();
    }
  });

  it('stores a thousand near-identical records in seconds: links are rows, not rewritten lists', async () => {
    const store = openSqliteStore(':memory:', { copies: NEAR_DUPLICATES });
    try {
      // Each copy differs from the others in one number, far below the near-duplicate threshold.
      const copies = Array.from({ length: 1000 }, (_, i) =>
        makeArticle(`copy-${i}`, `${HARBOUR_VOTE}\nThis is bulletin number ${i}.`),
      );
      const started = performance.now();
      const result = await store.putArticles(copies);
      const seconds = (performance.now() - started) / 1000;
      assert.equal(result.added.length, 1000);
      assert.equal(result.syndicated.length, (1000 * 999) / 2);
      const last = (await store.getArticle('copy-999'))!;
      assert.equal(last.syndicated.length, 999);
      // Before article_links this took ~50 s; the bound leaves room for a loaded CI machine.
      assert.ok(seconds < 25, `${seconds.toFixed(1)} s`);
    } finally {
      await store.close();
    }
  });
});
