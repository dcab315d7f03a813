import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { contentHash } from '../../src/ingest/dedupe.ts';
import type { Article } from '../../src/model/article.ts';
import type { Store } from '../../src/store/store.ts';
import { HARBOUR_VOTE, MUSEUM_REOPENS, makeArticle, makeSyndicatedCopy } from './fixtures.ts';

/**
 * The behaviour every Store backend must show. Each backend's test file calls `runStoreContract`
 * with a factory that makes an empty store at a fresh location; `reopen` opens a second connection
 * to the same data after the first is closed, and `dispose` removes the location.
 */
export interface StoreUnderTest {
  store: Store;
  reopen(): Promise<Store>;
  dispose(): Promise<void>;
}

export function runStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  /** Runs `body` with a fresh store, always closing and disposing of it. */
  async function withStore(body: (store: Store, subject: StoreUnderTest) => Promise<void>): Promise<void> {
    const subject = await makeStore();
    try {
      await body(subject.store, subject);
    } finally {
      await subject.store.close();
      await subject.dispose();
    }
  }

  describe(`Store contract: ${name}`, () => {
    it('returns every field of every article exactly as put, in insertion order', async () => {
      await withStore(async (store) => {
        const text =
          'Zoë Ångström said: «Ça suffit» — naïve “quotes”\r\n\ttabs, emoji 🚢 and  double  spaces.\n';
        const rich = makeArticle('rich', text, {
          format: 'html',
          encoding: 'windows-1252',
          boilerplate: [{ start: 0, end: 4, kind: 'photo-credit', rule: 'chrome.photo-credit' }],
          syndicated: [{ article: 'elsewhere', similarity: 0.921875 }],
          duplicateOf: 'an-earlier-copy',
        });
        const sparse = makeArticle('sparse', MUSEUM_REOPENS, {
          title: null,
          published: null,
          outlet: null,
          url: null,
          byline: null,
          credited: [],
          metadataRules: {},
        });
        const result = await store.putArticles([rich, sparse]);
        assert.deepEqual(result, { added: ['rich', 'sparse'], duplicates: [], syndicated: [] });
        assert.deepEqual(await store.getArticles(), [rich, sparse]);
        assert.deepEqual(await store.getArticle('rich'), rich);
        assert.equal((await store.getArticle('rich'))!.text, text);
        assert.equal(await store.getArticle('missing'), null);
        assert.equal(await store.countArticles(), 2);
      });
    });

    it('stores any batch once per distinct text, exactly, and a re-put changes nothing (property)', async () => {
      const anyArticle = fc
        .record({
          id: fc.constantFrom('a', 'b', 'c', 'd'),
          text: fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 120 }),
            fc.constantFrom(HARBOUR_VOTE, MUSEUM_REOPENS, HARBOUR_VOTE.replace('nine votes', 'ten votes')),
          ),
          title: fc.option(fc.string({ unit: 'grapheme', maxLength: 30 })),
        })
        .map(({ id, text, title }) => makeArticle(id, text, { title }));
      await fc.assert(
        fc.asyncProperty(fc.array(anyArticle, { maxLength: 6 }), async (articles) => {
          await withStore(async (store) => {
            const first = await store.putArticles(articles);
            const stored = await store.getArticles();
            const distinctTexts = new Set(articles.map((a) => a.text));
            assert.equal(stored.length, distinctTexts.size);
            assert.equal(first.added.length + first.duplicates.length, articles.length);
            assert.deepEqual(
              stored.map((a) => a.id),
              first.added,
            );
            for (const article of stored) {
              const input = articles.find((a) => a.contentHash === article.contentHash)!;
              assert.deepEqual({ ...article, id: input.id, syndicated: [] }, input);
            }
            const again = await store.putArticles(articles);
            assert.deepEqual(again.added, []);
            assert.deepEqual(await store.getArticles(), stored);
          });
        }),
        { numRuns: 25 },
      );
    });

    it('is idempotent: putting the same articles again adds nothing and changes nothing', async () => {
      await withStore(async (store) => {
        const batch = [makeArticle('harbour', HARBOUR_VOTE), makeArticle('museum', MUSEUM_REOPENS)];
        await store.putArticles(batch);
        const before = await store.getArticles();
        const again = await store.putArticles(batch);
        assert.deepEqual(again.added, []);
        assert.deepEqual(again.duplicates, [
          { id: 'harbour', duplicateOf: 'harbour' },
          { id: 'museum', duplicateOf: 'museum' },
        ]);
        assert.equal(await store.countArticles(), 2);
        assert.deepEqual(await store.getArticles(), before);
      });
    });

    it('stores an exact duplicate once, within a batch and across runs', async () => {
      await withStore(async (store) => {
        const first = await store.putArticles([
          makeArticle('wire', HARBOUR_VOTE),
          makeArticle('copy-same-batch', HARBOUR_VOTE, { outlet: 'Other Paper' }),
        ]);
        assert.deepEqual(first.added, ['wire']);
        assert.deepEqual(first.duplicates, [{ id: 'copy-same-batch', duplicateOf: 'wire' }]);
        const second = await store.putArticles([makeArticle('copy-next-run', HARBOUR_VOTE)]);
        assert.deepEqual(second.added, []);
        assert.deepEqual(second.duplicates, [{ id: 'copy-next-run', duplicateOf: 'wire' }]);
        assert.equal(await store.countArticles(), 1);
        assert.equal(await store.hasHash(contentHash(HARBOUR_VOTE)), 'wire');
        assert.equal(await store.hasHash(contentHash('never stored')), null);
      });
    });

    it('links a lightly edited copy as syndicated both ways, and not an unrelated article', async () => {
      await withStore(async (store) => {
        await store.putArticles([makeArticle('original', HARBOUR_VOTE)]);
        const result = await store.putArticles([
          makeSyndicatedCopy('copy'),
          makeArticle('museum', MUSEUM_REOPENS),
        ]);
        assert.deepEqual(result.added, ['copy', 'museum']);
        assert.equal(result.syndicated.length, 1);
        const link = result.syndicated[0]!;
        assert.equal(link.id, 'copy');
        assert.equal(link.of, 'original');
        assert.ok(link.similarity >= 0.9 && link.similarity < 1, `similarity ${link.similarity}`);
        const original = (await store.getArticle('original'))!;
        const copy = (await store.getArticle('copy'))!;
        assert.deepEqual(original.syndicated, [{ article: 'copy', similarity: link.similarity }]);
        assert.deepEqual(copy.syndicated, [{ article: 'original', similarity: link.similarity }]);
        assert.deepEqual((await store.getArticle('museum'))!.syndicated, []);
      });
    });

    it('links near-duplicates within one batch', async () => {
      await withStore(async (store) => {
        const result = await store.putArticles([makeArticle('a', HARBOUR_VOTE), makeSyndicatedCopy('b')]);
        assert.deepEqual(
          result.syndicated.map((s) => [s.id, s.of]),
          [['b', 'a']],
        );
        assert.equal((await store.getArticle('a'))!.syndicated[0]!.article, 'b');
      });
    });

    it('stores a different text under a taken id as <id>~<hash prefix>, leaving the first untouched', async () => {
      await withStore(async (store) => {
        const first = makeArticle('report', HARBOUR_VOTE);
        await store.putArticles([first]);
        const other = makeArticle('report', MUSEUM_REOPENS);
        const result = await store.putArticles([other]);
        const expectedId = `report~${other.contentHash.slice(0, 8)}`;
        assert.deepEqual(result.added, [expectedId]);
        assert.deepEqual(await store.getArticle('report'), first);
        assert.deepEqual(await store.getArticle(expectedId), { ...other, id: expectedId });
        const again = await store.putArticles([other]);
        assert.deepEqual(again.duplicates, [{ id: 'report', duplicateOf: expectedId }]);
      });
    });

    it('rolls back a batch that fails midway: nothing stored before is lost or changed', async () => {
      await withStore(async (store) => {
        await store.putArticles([makeArticle('original', HARBOUR_VOTE)]);
        const before = await store.getArticles();
        const broken = { ...makeArticle('broken', 'A record whose encoding went missing.'), encoding: null };
        const batch = [
          makeSyndicatedCopy('copy'), // would add a syndication link to the stored article
          makeArticle('museum', MUSEUM_REOPENS),
          broken as unknown as Article,
        ];
        await assert.rejects(store.putArticles(batch));
        assert.equal(await store.countArticles(), 1);
        assert.deepEqual(await store.getArticles(), before);
        assert.deepEqual(await store.search('museum'), []);
        // The store still works, and still finds the copy against what is stored.
        const retry = await store.putArticles(batch.slice(0, 2));
        assert.deepEqual(retry.added, ['copy', 'museum']);
        assert.deepEqual(
          retry.syndicated.map((s) => [s.id, s.of]),
          [['copy', 'original']],
        );
      });
    });

    it('finds words in text and title, ignoring case and accents, best match first', async () => {
      await withStore(async (store) => {
        await store.putArticles([
          makeArticle('harbour', HARBOUR_VOTE, { title: 'Harbour expansion delayed' }),
          makeArticle('museum', MUSEUM_REOPENS, { title: 'Museum reopens with harbour maps' }),
          makeArticle('cafe', 'The new café on the harbour front opened yesterday.', { title: 'Café opens' }),
        ]);
        const dredging = await store.search('DREDGING');
        assert.deepEqual(
          dredging.map((h) => h.article),
          ['harbour'],
        );
        const hit = dredging[0]!;
        const text = (await store.getArticle('harbour'))!.text;
        assert.equal(hit.snippet, text.slice(hit.start, hit.end));
        assert.match(hit.snippet, /dredging/i);
        assert.deepEqual(
          (await store.search('cafe')).map((h) => h.article),
          ['cafe'],
        );
        const harbour = await store.search('harbour');
        assert.equal(harbour.length, 3);
        const order = harbour.map((h) => h.article);
        assert.ok(
          order.indexOf('harbour') < order.indexOf('museum'),
          `of two long articles, the one about the harbour ranks above one naming it once: ${order}`,
        );
        for (let i = 1; i < harbour.length; i++) assert.ok(harbour[i - 1]!.rank >= harbour[i]!.rank);
        assert.deepEqual(
          (await store.search('harbour dredging')).map((h) => h.article),
          ['harbour'],
        );
        assert.equal((await store.search('harbour', 1)).length, 1);
        assert.deepEqual(await store.search('"unbalanced AND ( NOT'), []);
        assert.deepEqual(await store.search('  '), []);
      });
    });

    it('persists primary overrides across reopening, the last choice winning', async () => {
      await withStore(async (store, subject) => {
        await store.putArticles([
          makeArticle('transcript', HARBOUR_VOTE),
          makeArticle('report', MUSEUM_REOPENS),
        ]);
        await store.setPrimary('story-1', 'report');
        await store.setPrimary('story-1', 'transcript');
        await store.setPrimary('story-2', 'report');
        await assert.rejects(store.setPrimary('story-3', 'no-such-article'), /no-such-article/);
        await store.close();
        const reopened = await subject.reopen();
        try {
          assert.deepEqual(await reopened.getPrimaryOverrides(), {
            'story-1': 'transcript',
            'story-2': 'report',
          });
          assert.equal(await reopened.countArticles(), 2);
        } finally {
          await reopened.close();
        }
      });
    });

    it('sees what another open connection stored since: duplicates, near-duplicates, ids', async () => {
      await withStore(async (store, subject) => {
        const other = await subject.reopen();
        try {
          await other.putArticles([makeArticle('museum', MUSEUM_REOPENS)]); // loads its view of the store
          await store.putArticles([makeArticle('original', HARBOUR_VOTE)]);
          const result = await other.putArticles([
            makeSyndicatedCopy('copy'),
            makeArticle('again', HARBOUR_VOTE),
          ]);
          assert.deepEqual(
            result.syndicated.map((s) => [s.id, s.of]),
            [['copy', 'original']],
          );
          assert.deepEqual(result.duplicates, [{ id: 'again', duplicateOf: 'original' }]);
          assert.equal(await store.countArticles(), 3);
        } finally {
          await other.close();
        }
      });
    });

    it('finds near-duplicates of articles stored by an earlier connection', async () => {
      await withStore(async (store, subject) => {
        await store.putArticles([makeArticle('original', HARBOUR_VOTE)]);
        await store.close();
        const reopened = await subject.reopen();
        try {
          const result = await reopened.putArticles([makeSyndicatedCopy('copy')]);
          assert.deepEqual(
            result.syndicated.map((s) => [s.id, s.of]),
            [['copy', 'original']],
          );
        } finally {
          await reopened.close();
        }
      });
    });
  });
}
