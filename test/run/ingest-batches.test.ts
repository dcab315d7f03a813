import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestSources } from '../../src/ingest/ingest.ts';
import type { Source } from '../../src/ingest/sources.ts';
import { type Issue, makeIssue } from '../../src/model/issue.ts';
import { BATCH_ARTICLES, ingestInBatches, JOB_ITEMS } from '../../src/run/ingest-batches.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Invented records: every 7th repeats an earlier text, every 11th reuses an earlier id. */
function jsonl(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = i % 7 === 6 ? i - 3 : i;
    const id = i % 11 === 10 ? `r${i - 5}` : `r${i}`;
    const text = `Mayor Lena Ostrova said on Tuesday that the harbour tunnel ${n} would open "within ${n % 12} months". Critics in district ${n} disagreed.`;
    lines.push(JSON.stringify({ id, title: `Tunnel ${n}`, published: '2031-04-0' + ((n % 9) + 1), text }));
  }
  return `${lines.join('\n')}\n`;
}

function sources(records: number): (Source | Issue)[] {
  return [
    {
      origin: 'a/index.txt',
      name: 'index.txt',
      bytes: encode('Governor Piet Saar said: "The dam will hold."\n'),
      format: 'text',
    },
    { origin: 'feed.jsonl', name: 'feed.jsonl', bytes: encode(jsonl(records)), format: 'jsonl' },
    makeIssue('HEARSAY_E_UNREADABLE', { origin: 'broken.txt' }, 'permission denied'),
    {
      origin: 'b/index.txt',
      name: 'index.txt',
      bytes: encode('Senator Ida Holm said: "We will vote no."\n'),
      format: 'text',
    },
    {
      origin: 'c.html',
      name: 'c.html',
      bytes: encode(
        '<html><head><title>Port talks</title></head><body><article><p>The port authority said talks "went well" and would resume on Friday in the old customs house by the river.</p></article></body></html>',
      ),
      format: 'html',
    },
  ];
}

async function* feed<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function collect(jobs: number, records: number, storedIdOf?: (h: string) => Promise<string | null>) {
  const batches = [];
  for await (const b of ingestInBatches(feed(sources(records)), { jobs, storedIdOf })) batches.push(b);
  return batches;
}

test('any number of threads gives the articles and issues of the one-thread reference, in input order', async () => {
  const reference = await ingestSources(feed(sources(60)));
  for (const jobs of [1, 3]) {
    const batches = await collect(jobs, 60);
    assert.deepEqual(
      batches.flatMap((b) => b.articles),
      reference.articles,
      `--jobs ${jobs}`,
    );
    assert.deepEqual(
      batches.flatMap((b) => b.issues),
      reference.issues,
      `--jobs ${jobs}`,
    );
  }
  const ids = reference.articles.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  assert.equal(ids[0], 'index.txt');
  assert.match(ids.at(-2)!, /^index\.txt~[0-9a-f]{8}$/);
});

test('articles come in bounded batches', async () => {
  const batches = await collect(2, BATCH_ARTICLES * 2 + 200);
  assert.ok(batches.length >= 3, `${batches.length} batches`);
  for (const b of batches)
    assert.ok(b.articles.length < BATCH_ARTICLES + JOB_ITEMS, `${b.articles.length} articles in one batch`);
});

test('records a previous run stored under the same id are skipped; the rest keep their ids', async () => {
  const full = (await collect(2, 40)).flatMap((b) => b.articles);
  const stored = new Map(full.slice(0, 20).map((a) => [a.contentHash, a.id]));
  const resumed = (await collect(2, 40, async (h) => stored.get(h) ?? null)).flatMap((b) => b.articles);
  const skipped = full.filter((a) => a.format === 'jsonl' && stored.get(a.contentHash) === a.id);
  assert.ok(skipped.length > 10);
  assert.deepEqual(
    resumed,
    full.filter((a) => !skipped.includes(a)),
  );
});

test('an aborted run stops reading and yields nothing more', async () => {
  const stop = new AbortController();
  stop.abort();
  const batches = [];
  for await (const b of ingestInBatches(feed(sources(50)), { jobs: 2, signal: stop.signal })) batches.push(b);
  assert.deepEqual(batches, []);
});
