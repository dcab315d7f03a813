/**
 * A/B of the whole one-thread analysis on a shared machine: this tree's pipeline (every stage of
 * `STAGES`, as `analyze --jobs 1` runs them) and another tree's, in one process, taking turns
 * chunk by chunk of the first N Reuters-21578 articles (`--limit N`, default 5000; `--chunk C`
 * articles a turn, default 250; which tree goes first swaps each chunk). Each turn's process CPU
 * (every thread: the collector and compiler too) goes to its tree, so other processes' load falls
 * on both sides alike, as in `bench/quotes-ab.ts` (which pairs the quotes pass alone). Each tree
 * runs its own modules (memos and lexicons apart). A chunk is a corpus of its own, so the corpus
 * parts (clustering, grouping) cost less than over all N at once; the per-article passes the same.
 *
 *   git worktree add --detach /tmp/main-tree main && ln -s "$PWD/node_modules" /tmp/main-tree/
 *   node bench/pipeline-ab.ts /tmp/main-tree [--limit N] [--chunk C] [--passes P]
 *
 * Prints per pass each tree's CPU seconds and what it found (quotes, stories, claims, positions:
 * equal for a behaviour-preserving change), then this tree's CPU over the other's; with
 * `--stages`, each stage's CPU (this thread only) per tree as well. Precision, on 2 cores under a
 * load of 10-18: the tree loaded first (this one) read 3-4% slower than the same code loaded
 * second, most of it in the entities stage; run both orders (from the other tree too) and take
 * the mean of this/other and the inverse of the other run's.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/model/article.ts';
import { chunksOf, prepareWithTree, readReutersLines } from './tree-articles.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string' },
    chunk: { type: 'string' },
    passes: { type: 'string' },
    stages: { type: 'boolean' },
  },
});
const other = positionals[0];
const limit = Number(values.limit ?? 5000);
const chunk = Number(values.chunk ?? 250);
const passes = Number(values.passes ?? 1);
if (!other || ![limit, chunk, passes].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error(
    'usage: node bench/pipeline-ab.ts OTHER_TREE [--limit N] [--chunk C] [--passes P] [--stages]',
  );
  process.exit(2);
}
const { corpus, text } = readReutersLines(limit);

interface Stage {
  name: string;
  run(state: unknown, options: unknown, threads: unknown): void | Promise<void>;
}
interface Found {
  quotes: unknown[];
  stories: unknown[];
  claims: unknown[];
  positions: unknown[];
}

interface Side {
  name: string;
  chunks: Article[][];
  stages: readonly Stage[];
  initialState: (articles: Article[]) => Found;
  options: unknown;
  threads: { close(): Promise<void> };
  cpuMs: number;
  stageMs: Map<string, number>;
  found: number[];
}

const threadMs = (): number => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
const processMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function sideOf(tree: string): Promise<Side> {
  const root = resolve(tree);
  const load = (path: string) => import(resolve(root, path));
  const [{ makeOptions }, { initialState, STAGES }, threadsModule] = await Promise.all([
    load('src/model/options.ts'),
    load('src/pipeline.ts'),
    load('src/run/article-threads.ts'),
  ]);
  return {
    name: tree,
    chunks: chunksOf(await prepareWithTree(root, corpus, text), chunk),
    stages: STAGES,
    initialState,
    options: makeOptions({}),
    threads: threadsModule.startArticleThreads(1),
    cpuMs: 0,
    stageMs: new Map(),
    found: [0, 0, 0, 0],
  };
}

async function run(side: Side, i: number): Promise<void> {
  const p0 = processMs();
  const state = side.initialState(side.chunks[i]!);
  for (const stage of side.stages) {
    const t0 = threadMs();
    await stage.run(state, side.options, side.threads);
    side.stageMs.set(stage.name, (side.stageMs.get(stage.name) ?? 0) + threadMs() - t0);
  }
  side.cpuMs += processMs() - p0;
  [state.quotes, state.stories, state.claims, state.positions].forEach(
    (list, k) => (side.found[k]! += list.length),
  );
}

const mine = await sideOf(resolve(import.meta.dirname, '..'));
const theirs = await sideOf(other);
for (let p = 0; p < passes; p++) {
  for (const side of [mine, theirs]) {
    side.cpuMs = 0;
    side.stageMs.clear();
    side.found = [0, 0, 0, 0];
  }
  for (let i = 0; i < mine.chunks.length; i++) {
    const [first, second] = i % 2 === 0 ? [mine, theirs] : [theirs, mine];
    await run(first, i);
    await run(second, i);
  }
  const line = (s: Side): string =>
    `${(s.cpuMs / 1000).toFixed(2)} s (quotes ${s.found[0]}, stories ${s.found[1]}, claims ${s.found[2]}, positions ${s.found[3]})`;
  console.log(
    `pass ${p + 1}: this tree ${line(mine)}; ${other} ${line(theirs)}; this/other ${(mine.cpuMs / theirs.cpuMs).toFixed(3)}`,
  );
  if (values.stages)
    for (const [name, ms] of mine.stageMs)
      console.log(
        `  ${name.padEnd(20)} ${(ms / 1000).toFixed(2).padStart(7)} ${((theirs.stageMs.get(name) ?? 0) / 1000).toFixed(2).padStart(7)}`,
      );
}
await Promise.all([mine.threads.close(), theirs.threads.close()]);
