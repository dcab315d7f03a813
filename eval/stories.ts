/**
 * Story clustering on ECB+ (982 articles, 86 stories in 43 topics; see
 * shared/eval/stories/README.md). Prints B-cubed precision/recall/F1 and the adjusted Rand index at
 * story level and topic level, and throughput. Input per article: title + "\n\n" + text.
 * Usage: npm run eval:stories [-- path/to/ecbplus.jsonl]
 */
import { readFileSync } from 'node:fs';
import { clusterStories } from '../src/link/stories/stories.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import type { Article } from '../src/model/article.ts';
import { requireShared } from '../scripts/shared-data.ts';

interface EcbRecord {
  id: string;
  story: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
}

/** The default data set, under ../shared. */
const DEFAULT_DATA = 'eval/stories/ecbplus.jsonl';

/** The record as `hearsay analyze` would prepare it, with title + text as the document (README). */
function toArticle(r: EcbRecord): Article {
  return prepareArticle({
    id: r.id,
    source: `ecbplus.jsonl#${r.id}`,
    format: 'jsonl',
    text: r.title ? `${r.title}\n\n${r.text}` : r.text,
    title: r.title,
    published: r.published,
    outlet: r.outlet,
    url: r.url,
    byline: null,
    encoding: 'utf-8',
  });
}

/** B-cubed precision, recall, F1 (Bagga & Baldwin 1998), averaged over items. */
export function bcubed(
  gold: readonly string[],
  pred: readonly string[],
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
  gold.forEach((g, i) => {
    const gs = byGold.get(g)!;
    const ps = byPred.get(pred[i]!)!;
    let both = 0;
    for (const j of ps) if (gs.has(j)) both++;
    p += both / ps.size;
    r += both / gs.size;
  });
  p /= gold.length;
  r /= gold.length;
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

function main(): void {
  const path = process.argv[2] ?? requireShared(DEFAULT_DATA);
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EcbRecord);
  const articles = records.map(toArticle);
  const t0 = performance.now();
  const stories = clusterStories(articles);
  const seconds = (performance.now() - t0) / 1000;
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s.id);
  const pred = records.map((r) => storyOf.get(r.id) ?? `missing:${r.id}`);
  const goldStory = records.map((r) => r.story);
  const goldTopic = records.map((r) => r.story.replace(/ecb(?:plus)?$/u, ''));
  const fmt = (x: number) => x.toFixed(3);
  console.log(`ECB+ story clustering: ${records.length} articles, input = title + text`);
  console.log(
    `predicted stories: ${stories.length} (gold: ${new Set(goldStory).size} stories, ${new Set(goldTopic).size} topics)`,
  );
  for (const [level, gold] of [
    ['story', goldStory],
    ['topic', goldTopic],
  ] as const) {
    const b = bcubed(gold, pred);
    const ari = adjustedRandIndex(gold, pred);
    console.log(`${level.padEnd(5)}  B3 P ${fmt(b.p)}  R ${fmt(b.r)}  F1 ${fmt(b.f1)}  ARI ${fmt(ari)}`);
  }
  console.log(`speed: ${(records.length / seconds).toFixed(0)} articles/s (${seconds.toFixed(2)} s)`);
  const reversed = clusterStories([...articles].reverse());
  const same = JSON.stringify(reversed) === JSON.stringify(stories);
  console.log(`order-independent (reversed input gives identical stories): ${same ? 'yes' : 'NO'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
