/**
 * A/B of the quotes pass on a shared machine: this tree's `extractQuotes` and another tree's (a
 * worktree of main, say) in one process, alternating article by article (which goes first swaps
 * each article), CPU time summed per tree. Other processes' load then falls on both sides alike,
 * where two bench runs one after the other each meet a different load (on 2 busy cores,
 * `bench:extract`'s figures moved ±15% between identical runs). Each tree reads the Reuters-21578
 * export and builds its own entity index first; quotes with reported speech on, as `analyze`.
 *
 *   git worktree add /tmp/main-tree main && ln -s "$PWD/node_modules" /tmp/main-tree/
 *   node bench/quotes-ab.ts /tmp/main-tree [--limit N] [--passes P]
 *
 * Prints per pass the CPU milliseconds of each tree, their quote counts (which must agree for a
 * behaviour-preserving change) and this tree's CPU over the other's. Later passes run warm code.
 * Precision, measured on 2 cores under a load of 10–20: a tree against itself and the same pair
 * loaded in the other order still moved the ratio by up to 3% over the whole corpus, so a change
 * under that reads as none; run both orders (swap the trees) before trusting a few per cent.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/model/article.ts';
import type { EntityIndex } from '../src/model/entity.ts';
import type { Quote } from '../src/model/quote.ts';
import { prepareWithTree, readReutersLines } from './tree-articles.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' }, passes: { type: 'string' } },
});
const other = positionals[0];
if (!other) {
  console.error('usage: node bench/quotes-ab.ts OTHER_TREE [--limit N] [--passes P]');
  process.exit(2);
}
const limit = Number(values.limit ?? Infinity);
const passes = Number(values.passes ?? 2);
const { corpus, text } = readReutersLines(limit);

interface Side {
  name: string;
  articles: Article[];
  entities: EntityIndex;
  extract: (a: Article, e: EntityIndex, o: { indirect: boolean }) => Quote[];
  cpu: number;
  quotes: number;
}

/** One tree's own modules (its memos and lexicons apart from the other's), its articles and index. */
async function sideOf(tree: string): Promise<Side> {
  const root = resolve(tree);
  const load = (path: string) => import(resolve(root, path));
  const [{ buildEntityIndex }, { extractQuotes }] = await Promise.all([
    load('src/extract/entities.ts'),
    load('src/extract/quotes.ts'),
  ]);
  const articles = await prepareWithTree(root, corpus, text);
  return {
    name: tree,
    articles,
    entities: buildEntityIndex(articles),
    extract: extractQuotes,
    cpu: 0,
    quotes: 0,
  };
}

const mine = await sideOf(resolve(import.meta.dirname, '..'));
const theirs = await sideOf(other);

function run(side: Side, i: number): void {
  const c0 = process.cpuUsage();
  side.quotes += side.extract(side.articles[i]!, side.entities, { indirect: true }).length;
  const c = process.cpuUsage(c0);
  side.cpu += c.user + c.system;
}

for (let p = 0; p < passes; p++) {
  for (const side of [mine, theirs]) side.cpu = side.quotes = 0;
  for (let i = 0; i < mine.articles.length; i++) {
    const [first, second] = i % 2 === 0 ? [mine, theirs] : [theirs, mine];
    run(first, i);
    run(second, i);
  }
  const ms = (s: Side): string => `${(s.cpu / 1000).toFixed(0)} ms (${s.quotes} quotes)`;
  console.log(
    `pass ${p + 1}: this tree ${ms(mine)}, ${other} ${ms(theirs)}, this/other ${(mine.cpu / theirs.cpu).toFixed(3)}`,
  );
}
