/**
 * A/B of what `bench:extract` times (the entity index, then `extractQuotes` with reported speech
 * on) for this tree and another, in one process: the first N Reuters-21578 articles (`--limit N`,
 * default 10000) cut into chunks (`--chunk C`, default 250), each chunk run by both trees in turn,
 * which goes first swapping chunk by chunk. A chunk is a corpus of its own (its index is built over
 * it alone), so the entity stage costs less than over all N at once; the per-article passes the same.
 *
 *   git worktree add --detach /tmp/main-tree main && ln -s "$PWD/node_modules" /tmp/main-tree/
 *   node bench/extract-ab.ts /tmp/main-tree [--limit N] [--chunk C]
 *
 * Prints each tree's process CPU for the entity index and the quotes and the quotes it found
 * (equal for a behaviour-preserving change), then this tree's CPU over the other's. Precision,
 * measured in round 5 on 2 cores under a load of 10-13: the tree loaded first read 4-7% slower
 * than the same code loaded second (10,000 articles; most of it in the entity stage), so a change
 * under that reads as none in one order: run it from both trees and take the geometric mean of
 * this/other and the inverse of the other run's.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/model/article.ts';
import type { EntityIndex } from '../src/model/entity.ts';
import type { Quote } from '../src/model/quote.ts';
import { chunksOf, prepareWithTree, readReutersLines } from './tree-articles.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, chunk: { type: 'string' } },
});
const other = positionals[0];
const limit = Number(values.limit ?? 10000);
const chunk = Number(values.chunk ?? 250);
if (!other || ![limit, chunk].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error('usage: node bench/extract-ab.ts OTHER_TREE [--limit N] [--chunk C]');
  process.exit(2);
}
const { corpus, text } = readReutersLines(limit);

interface Side {
  name: string;
  chunks: Article[][];
  index: (articles: Article[]) => EntityIndex;
  extract: (a: Article, e: EntityIndex, o: { indirect: boolean }) => Quote[];
  entitiesMs: number;
  quotesMs: number;
  quotes: number;
}

/** One tree's own modules (its memos and lexicons apart from the other's) and its articles in chunks. */
async function sideOf(tree: string): Promise<Side> {
  const root = resolve(tree);
  const load = (path: string) => import(resolve(root, path));
  const [{ buildEntityIndex }, { extractQuotes }] = await Promise.all([
    load('src/extract/entities.ts'),
    load('src/extract/quotes.ts'),
  ]);
  return {
    name: tree,
    chunks: chunksOf(await prepareWithTree(root, corpus, text), chunk),
    index: buildEntityIndex,
    extract: extractQuotes,
    entitiesMs: 0,
    quotesMs: 0,
    quotes: 0,
  };
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const mine = await sideOf(resolve(import.meta.dirname, '..'));
const theirs = await sideOf(other);

function run(side: Side, c: number): void {
  const articles = side.chunks[c]!;
  const t0 = cpuMs();
  const index = side.index(articles);
  const t1 = cpuMs();
  for (const a of articles) side.quotes += side.extract(a, index, { indirect: true }).length;
  side.entitiesMs += t1 - t0;
  side.quotesMs += cpuMs() - t1;
}

for (let c = 0; c < mine.chunks.length; c++) {
  const [first, second] = c % 2 === 0 ? [mine, theirs] : [theirs, mine];
  run(first, c);
  run(second, c);
}
const total = (s: Side): number => s.entitiesMs + s.quotesMs;
for (const s of [mine, theirs])
  console.log(
    `${s.name}: entities ${s.entitiesMs.toFixed(0)} ms, quotes ${s.quotesMs.toFixed(0)} ms, ` +
      `total ${total(s).toFixed(0)} ms (${s.quotes} quotes)`,
  );
console.log(
  `this/other: total ${(total(mine) / total(theirs)).toFixed(3)}, entities ` +
    `${(mine.entitiesMs / theirs.entitiesMs).toFixed(3)}, quotes ${(mine.quotesMs / theirs.quotesMs).toFixed(3)}`,
);
