/**
 * What the A/B benchmarks (pipeline-ab, quotes-ab, extract-ab) share: the first Reuters-21578
 * records read and prepared by one tree's own ingest modules, so each tree's memos and lexicons
 * stay apart from the other's, and cut into chunks taken in turn.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../src/model/article.ts';
import { requireShared } from '../scripts/shared-data.ts';

/** The Reuters export and its first `limit` records as JSONL text (all when `limit` is not finite). */
export function readReutersLines(limit: number): { corpus: string; text: string } {
  const corpus = requireShared('corpora/reuters21578.jsonl.gz');
  const lines = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n');
  return { corpus, text: (Number.isFinite(limit) ? lines.slice(0, limit) : lines).join('\n') };
}

/** The records of `text` read and prepared by the tree at `root`'s own modules. */
export async function prepareWithTree(root: string, corpus: string, text: string): Promise<Article[]> {
  const load = (path: string) => import(resolve(root, path));
  const [{ prepareArticle }, { readJsonLines }] = await Promise.all([
    load('src/ingest/ingest.ts'),
    load('src/ingest/read-records.ts'),
  ]);
  return readJsonLines(corpus, 'reuters21578.jsonl', text, 'utf-8').articles.map(prepareArticle);
}

/** `items` in consecutive chunks of `size`. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
