/**
 * Story clustering on two corpora (see shared/eval/stories/README.md), both read through the
 * ingest path exactly as `hearsay analyze` reads a JSONL export:
 *  - ECB+ (982 articles, 86 stories in 43 topics; 61 records are a title with no text and come in
 *    as title-only articles), the corpus the configuration was tuned on;
 *  - BASIL (300 articles, 100 US political events, one report each from three outlets).
 * Prints B-cubed precision/recall/F1 and the adjusted Rand index of the one shipped configuration
 * on each, then a cross-check: the cut-off fitted on one corpus, applied to the other.
 * A probe follows: BASIL with its dates removed, where content alone must tell apart events of one
 * campaign (as on outlets whose dates are missing or do not separate the events), and BASIL with
 * one outlet's dates removed at a time (dated and undated reports of one event together), then with
 * only one outlet's dates kept. Then each corpus with its quotes read as `hearsay analyze` reads
 * them (entities, quotes with their speakers), with and without dates: quote-based evidence (the
 * same speaker's same quoted words) shows only there.
 * Each corpus is also scored on two parts, dev and held out (isHeldOut): clustering runs on the
 * whole corpus, and each part's B³ averages over its own articles. Tune on dev; the held-out
 * part's misses are not to be read.
 * Usage: npm run eval:stories [-- ecbplus.jsonl basil.jsonl]
 */
import { readFileSync } from 'node:fs';
import { buildEntityIndex } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';
import { basename } from 'node:path';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import { buildStoryGraph, clusterStories, cutStoryGraph } from '../src/link/stories/stories.ts';
import { getStoryFeatures } from '../src/link/stories/story-features.ts';
import { STORY_TUNING } from '../src/link/stories/story-tuning.ts';
import type { Article } from '../src/model/article.ts';
import { requireShared } from '../scripts/shared-data.ts';

/** The default data sets, under ../shared. */
const DEFAULT_ECBPLUS = 'eval/stories/ecbplus.jsonl';
const DEFAULT_BASIL = 'eval/stories/basil.jsonl';
/** Cut-offs the cross-check fits over: the useful range of scaled similarity, in 0.05 steps. */
const CUTOFF_GRID = Array.from({ length: 17 }, (_, i) => 0.4 + i * 0.05);

export interface Corpus {
  name: string;
  articles: Article[];
  /** Gold story of each article, by id. */
  gold: Map<string, string>;
  issues: number;
}

/** The records through the JSONL reader and article preparation, with their gold labels. */
export function loadCorpus(name: string, path: string): Corpus {
  const text = readFileSync(path, 'utf8');
  const gold = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; story: string };
    gold.set(r.id, r.story);
  }
  const batch = readJsonLines(path, basename(path), text, 'utf-8');
  return { name, articles: batch.articles.map(prepareArticle), gold, issues: batch.issues.length };
}

/**
 * B-cubed precision, recall, F1 (Bagga & Baldwin 1998), averaged over items (those `include`
 * keeps, when given: a part's figures with every cluster whole, so merges across parts count).
 */
export function bcubed(
  gold: readonly string[],
  pred: readonly string[],
  include: (i: number) => boolean = () => true,
): { p: number; r: number; f1: number } {
  const byGold = new Map<string, Set<number>>();
  const byPred = new Map<string, Set<number>>();
  gold.forEach((g, i) => {
    if (!byGold.has(g)) byGold.set(g, new Set());
    byGold.get(g)!.add(i);
    if (!byPred.has(pred[i]!)) byPred.set(pred[i]!, new Set());
    byPred.get(pred[i]!)!.add(i);
  });
  let p = 0;
  let r = 0;
  let n = 0;
  gold.forEach((g, i) => {
    if (!include(i)) return;
    const gs = byGold.get(g)!;
    const ps = byPred.get(pred[i]!)!;
    let both = 0;
    for (const j of ps) if (gs.has(j)) both++;
    p += both / ps.size;
    r += both / gs.size;
    n++;
  });
  p /= n || 1;
  r /= n || 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const choose2 = (n: number) => (n * (n - 1)) / 2;

/** Adjusted Rand index (Hubert & Arabie 1985) from the contingency table. */
export function adjustedRandIndex(gold: readonly string[], pred: readonly string[]): number {
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  gold.forEach((g, i) => {
    const p = pred[i]!;
    cells.set(`${g}\u0000${p}`, (cells.get(`${g}\u0000${p}`) ?? 0) + 1);
    rows.set(g, (rows.get(g) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  });
  let index = 0;
  for (const n of cells.values()) index += choose2(n);
  let sumRows = 0;
  for (const n of rows.values()) sumRows += choose2(n);
  let sumCols = 0;
  for (const n of cols.values()) sumCols += choose2(n);
  const expected = (sumRows * sumCols) / choose2(gold.length);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

const fmt = (x: number) => x.toFixed(3);

/**
 * The held-out part of a corpus, by gold story: ECB+ topics whose number is a multiple of 5 (both
 * stories of a topic together, so a hard negative never straddles the parts); BASIL events whose
 * upstream id starts with 0–3 (a quarter, fixed by the ids, not by the order of the file).
 */
export function isHeldOut(story: string): boolean {
  const topic = /^(\d+)ecb(?:plus)?$/u.exec(story);
  if (topic) return Number(topic[1]) % 5 === 0;
  return /^[0-3]/u.test(story);
}

/** B³ averaged over the articles of one part, their predicted clusters whole. */
function partFigures(gold: readonly string[], pred: readonly string[], heldOut: boolean): string {
  const keep = gold.map((g) => isHeldOut(g) === heldOut);
  const b = bcubed(gold, pred, (i) => keep[i]!);
  return `P ${fmt(b.p)}  R ${fmt(b.r)}  F1 ${fmt(b.f1)}  (${keep.filter(Boolean).length} articles)`;
}

/** Predicted label of every gold article, from groups of ids. */
export function labelsOf(
  corpus: Corpus,
  groups: readonly (readonly string[])[],
): { gold: string[]; pred: string[] } {
  const predOf = new Map<string, string>();
  groups.forEach((g, i) => g.forEach((id) => predOf.set(id, String(i))));
  const ids = [...corpus.gold.keys()];
  return {
    gold: ids.map((id) => corpus.gold.get(id)!),
    pred: ids.map((id) => predOf.get(id) ?? `missing:${id}`),
  };
}

/** Figures of the shipped configuration on one corpus, through `clusterStories`. */
function reportCorpus(corpus: Corpus): void {
  const t0 = performance.now();
  const stories = clusterStories(corpus.articles);
  const seconds = (performance.now() - t0) / 1000;
  const { gold, pred } = labelsOf(
    corpus,
    stories.map((s) => s.articles),
  );
  const titleOnly = corpus.articles.filter((a) => a.title !== null && a.text.trim() === a.title).length;
  console.log(
    `\n${corpus.name}: ${corpus.articles.length} articles (${titleOnly} title-only, ${corpus.issues} rejected), input = title + text via the JSONL reader`,
  );
  console.log(`predicted stories: ${stories.length} (gold: ${new Set(gold).size})`);
  const levels: [string, string[]][] = [['story', gold]];
  if (corpus.name === 'ECB+') levels.push(['topic', gold.map((g) => g.replace(/ecb(?:plus)?$/u, ''))]);
  for (const [level, labels] of levels) {
    const b = bcubed(labels, pred);
    const ari = adjustedRandIndex(labels, pred);
    console.log(`${level.padEnd(5)}  B3 P ${fmt(b.p)}  R ${fmt(b.r)}  F1 ${fmt(b.f1)}  ARI ${fmt(ari)}`);
  }
  console.log(`  dev       B3 ${partFigures(gold, pred, false)}`);
  console.log(`  held out  B3 ${partFigures(gold, pred, true)}`);
  console.log(`speed: ${(corpus.articles.length / seconds).toFixed(0)} articles/s (${seconds.toFixed(2)} s)`);
  const reversed = clusterStories([...corpus.articles].reverse());
  const same = JSON.stringify(reversed) === JSON.stringify(stories);
  console.log(`order-independent (reversed input gives identical stories): ${same ? 'yes' : 'NO'}`);
}

/** The same corpus with every publication date removed: how far content alone separates events. */
function reportUndated(corpus: Corpus): void {
  const stories = clusterStories(corpus.articles.map((a) => ({ ...a, published: null })));
  const { gold, pred } = labelsOf(
    corpus,
    stories.map((s) => s.articles),
  );
  const b = bcubed(gold, pred);
  console.log(`\n${corpus.name} with dates removed (probe): ${stories.length} stories`);
  console.log(`story  B3 P ${fmt(b.p)}  R ${fmt(b.r)}  F1 ${fmt(b.f1)}`);
  console.log(`  dev       B3 ${partFigures(gold, pred, false)}`);
  console.log(`  held out  B3 ${partFigures(gold, pred, true)}`);
}

/**
 * The same corpus with one outlet's dates removed, for each outlet: dated and undated reports of
 * one event side by side, as when a feed gives no date, which the undated clock judges; then with
 * only one outlet's dates kept. Then each corpus with its quotes read as `hearsay analyze` reads
 * them (entities, quotes with their speakers), with and without dates: quote-based evidence (the
 * same speaker's same quoted words) shows only there.
 */
function reportOneOutletUndated(corpus: Corpus): void {
  const outlets = [...new Set(corpus.articles.map((a) => a.outlet).filter((o) => o !== null))].sort();
  console.log(`
${corpus.name} with one outlet's dates removed, then only one kept (probe)`);
  for (const outlet of outlets) {
    const articles = corpus.articles.map((a) => (a.outlet === outlet ? { ...a, published: null } : a));
    reportProbe(corpus, articles, `${outlet.padEnd(5)} undated`);
  }
  // Only one outlet dated: undated reports of one event meet each other before the dated one.
  for (const outlet of outlets) {
    const articles = corpus.articles.map((a) => (a.outlet === outlet ? a : { ...a, published: null }));
    reportProbe(corpus, articles, `only ${outlet.padEnd(5)} dated`);
  }
}

/** B³ of the corpus's gold against the stories of `articles` (the corpus with some dates removed). */
function reportProbe(corpus: Corpus, articles: Article[], label: string): void {
  const { gold, pred } = labelsOf(
    corpus,
    clusterStories(articles).map((s) => s.articles),
  );
  const b = bcubed(gold, pred);
  const dev = bcubed(gold, pred, (i) => !isHeldOut(gold[i]!));
  const held = bcubed(gold, pred, (i) => isHeldOut(gold[i]!));
  console.log(
    `${label}  B3 P ${fmt(b.p)}  R ${fmt(b.r)}  F1 ${fmt(b.f1)}  (dev ${fmt(dev.f1)}, held out ${fmt(held.f1)})`,
  );
}

/**
 * The corpus clustered with its quotes and entities, as the pipeline hands them to the stories
 * stage, then with its dates removed too: a quoted clause in common must not merge neighbours.
 */
function reportWithQuotes(corpus: Corpus): void {
  const entities = buildEntityIndex(corpus.articles);
  const quotes = corpus.articles.flatMap((a) => extractQuotes(a, entities));
  console.log(`\n${corpus.name} with its quotes and entities read (probe): ${quotes.length} quotes`);
  for (const [label, articles] of [
    ['dated  ', corpus.articles],
    ['undated', corpus.articles.map((a) => ({ ...a, published: null }))],
  ] as const) {
    const { gold, pred } = labelsOf(
      corpus,
      clusterStories(articles, { quotes, entities }).map((s) => s.articles),
    );
    const b = bcubed(gold, pred);
    const dev = bcubed(gold, pred, (i) => !isHeldOut(gold[i]!));
    const held = bcubed(gold, pred, (i) => isHeldOut(gold[i]!));
    console.log(
      `${label}  B3 P ${fmt(b.p)}  R ${fmt(b.r)}  F1 ${fmt(b.f1)}  (dev ${fmt(dev.f1)}, held out ${fmt(held.f1)})`,
    );
  }
}

/** B³ F1 of one corpus at every cut-off of the grid (the similarity graph is built once). */
function sweepCutoffs(corpus: Corpus): number[] {
  const graph = buildStoryGraph(corpus.articles.map((a) => getStoryFeatures(a)));
  return CUTOFF_GRID.map((cut) => {
    const { gold, pred } = labelsOf(corpus, cutStoryGraph(graph, cut));
    return bcubed(gold, pred).f1;
  });
}

/** Fit the cut-off on one corpus, report the other's F1 there: does the cut hold off its corpus? */
function crossCheck(a: Corpus, b: Corpus): void {
  const fa = sweepCutoffs(a);
  const fb = sweepCutoffs(b);
  console.log('\ncross-check (cut-off fitted on one corpus, applied to the other; B3 F1)');
  console.log(
    `shipped cut-off ${STORY_TUNING.linkThreshold}: ${a.name} ${fmt(fa[gridIndex(STORY_TUNING.linkThreshold)]!)}, ${b.name} ${fmt(fb[gridIndex(STORY_TUNING.linkThreshold)]!)}`,
  );
  for (const [fit, own, other, otherF] of [
    [a, fa, b, fb],
    [b, fb, a, fa],
  ] as const) {
    const best = own.indexOf(Math.max(...own));
    console.log(
      `fit on ${fit.name}: cut-off ${CUTOFF_GRID[best]!.toFixed(2)} (${fit.name} ${fmt(own[best]!)}) → ${other.name} ${fmt(otherF[best]!)}`,
    );
  }
  // A corpus whose F1 barely moves with the cut-off fits it weakly: say how flat each one is.
  for (const [corpus, f] of [
    [a, fa],
    [b, fb],
  ] as const) {
    const lo = CUTOFF_GRID[0]!.toFixed(2);
    const hi = CUTOFF_GRID[CUTOFF_GRID.length - 1]!.toFixed(2);
    console.log(`${corpus.name} F1 over cut-offs ${lo}–${hi}: ${fmt(Math.min(...f))}–${fmt(Math.max(...f))}`);
  }
}

/** Index of the grid's cut-off nearest to `cut`. */
function gridIndex(cut: number): number {
  let best = 0;
  CUTOFF_GRID.forEach((c, i) => {
    if (Math.abs(c - cut) < Math.abs(CUTOFF_GRID[best]! - cut)) best = i;
  });
  return best;
}

function main(): void {
  const ecb = loadCorpus('ECB+', process.argv[2] ?? requireShared(DEFAULT_ECBPLUS));
  const basil = loadCorpus('BASIL', process.argv[3] ?? requireShared(DEFAULT_BASIL));
  console.log(`story clustering, one configuration: ${JSON.stringify(STORY_TUNING)}`);
  reportCorpus(ecb);
  reportCorpus(basil);
  reportUndated(basil);
  reportOneOutletUndated(basil);
  crossCheck(ecb, basil);
  reportWithQuotes(ecb);
  reportWithQuotes(basil);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
