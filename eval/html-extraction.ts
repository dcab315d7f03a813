/**
 * HTML extraction benchmark: scores Readability.js+linkedom alone (its `textContent`, the
 * baseline) and Hearsay's `extractHtml` on the article-extraction pages, in the same run, with
 * the upstream metric (eval/extraction-metric.ts), and times both.
 *
 *   npm run eval:html                   # scores and timing
 *   npm run eval:html -- --worst 20     # also list the 20 pages Hearsay does worst on
 *   npm run eval:html -- --dump out.json  # write Hearsay's predictions {id: {articleBody}}
 *
 * Data: <repo>/../shared/eval/article-extraction (html/<id>.html.gz + ground-truth.json).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { requireShared, SHARED_DIR } from '../scripts/shared-data.ts';
import { extractHtml } from '../src/ingest/html.ts';
import { type ExtractionScores, matchShingles, scoreExtraction } from './extraction-metric.ts';

/** The benchmark's folder, under ../shared. */
const DATA_DIR = 'eval/article-extraction';

/** Pages run untimed through both extractors first, so JIT warm-up does not favour the second. */
const WARMUP_PAGES = 20;

/**
 * Timed rounds; in each, every page goes through both extractors back to back. Other processes
 * on a shared machine made whole-pass timings swing by ±40%; per-page interleaving cancels most of it.
 */
const TIMED_ROUNDS = 3;

interface Page {
  id: string;
  url: string;
  html: string;
  gold: string;
}

function loadPages(): Page[] {
  const truthPath = requireShared(`${DATA_DIR}/ground-truth.json`);
  const htmlDir = requireShared(`${DATA_DIR}/html`);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = new Set(readdirSync(htmlDir));
  const pages: Page[] = [];
  for (const [id, entry] of Object.entries(truth)) {
    if (!files.has(`${id}.html.gz`)) continue;
    const html = gunzipSync(readFileSync(join(htmlDir, `${id}.html.gz`))).toString('utf8');
    pages.push({ id, url: entry.url ?? '', html, gold: entry.articleBody ?? '' });
  }
  if (pages.length === 0) {
    console.error(`eval:html: no pages found under ${htmlDir}/`);
    process.exit(1);
  }
  return pages;
}

/** The baseline: Readability.js over linkedom, its plain `textContent`. */
function readabilityAlone(html: string): string {
  try {
    const { document } = parseHTML(html);
    return new Readability(document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function hearsay(html: string, url: string): string {
  return extractHtml(html, { url }).text;
}

interface Run {
  name: string;
  outputs: string[];
  ms: number;
  scores: ExtractionScores;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Times the extractors page by page, alternating which goes first, so load from other processes
 * falls on both alike; repeats TIMED_ROUNDS times and keeps each extractor's median total.
 * Scores come from the first round's outputs (extraction is deterministic).
 */
function runBoth(
  pages: readonly Page[],
  extractors: readonly { name: string; extract: (page: Page) => string }[],
): Run[] {
  const totals: number[][] = extractors.map(() => []);
  const outputs: string[][] = extractors.map(() => []);
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    const sums = extractors.map(() => 0);
    pages.forEach((page, p) => {
      const order =
        (p + round) % 2 === 0 ? extractors.map((_, i) => i) : extractors.map((_, i) => i).reverse();
      for (const i of order) {
        const start = performance.now();
        const out = extractors[i]!.extract(page);
        sums[i]! += performance.now() - start;
        if (round === 0) outputs[i]![p] = out;
      }
    });
    sums.forEach((ms, i) => {
      totals[i]!.push(ms);
    });
  }
  return extractors.map((x, i) => ({
    name: x.name,
    outputs: outputs[i]!,
    ms: median(totals[i]!),
    scores: scoreExtraction(pages.map((p, j) => ({ gold: p.gold, predicted: outputs[i]![j]! }))),
  }));
}

function printRun(r: Run, pages: number): void {
  const s = r.scores;
  const perPage = r.ms / pages;
  console.log(
    `${r.name.padEnd(22)} precision=${s.precision.toFixed(3)}  recall=${s.recall.toFixed(3)}  ` +
      `F1=${s.f1.toFixed(3)}  accuracy=${s.accuracy.toFixed(3)}  ` +
      `${(1000 / perPage).toFixed(1)} pages/s (${perPage.toFixed(1)} ms/page)`,
  );
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const pages = loadPages();
  const baselineExtract = (p: Page): string => readabilityAlone(p.html);
  const hearsayExtract = (p: Page): string => hearsay(p.html, p.url);
  for (const p of pages.slice(0, WARMUP_PAGES)) {
    baselineExtract(p);
    hearsayExtract(p);
  }
  const [baseline, ours] = runBoth(pages, [
    { name: 'readability+linkedom', extract: baselineExtract },
    { name: 'hearsay extractHtml', extract: hearsayExtract },
  ]) as [Run, Run];
  console.log(`article-extraction benchmark: ${pages.length} pages (${join(SHARED_DIR, DATA_DIR)}/)`);
  printRun(baseline, pages.length);
  printRun(ours, pages.length);
  console.log(
    `time ratio hearsay/readability = ${(ours.ms / baseline.ms).toFixed(2)}x (median of ${TIMED_ROUNDS} rounds, pages interleaved)`,
  );

  const worst = Number(argValue('--worst') ?? 0);
  if (worst > 0) {
    const rows = pages.map((p, i) => ({ p, c: matchShingles(p.gold, ours.outputs[i]!) }));
    rows.sort((a, b) => b.c.fp + b.c.fn - (a.c.fp + a.c.fn));
    for (const { p, c } of rows.slice(0, worst)) {
      console.log(
        `  ${p.id.slice(0, 12)} tp=${c.tp.toFixed(3)} fp=${c.fp.toFixed(3)} fn=${c.fn.toFixed(3)} ${p.url}`,
      );
    }
  }
  const dump = argValue('--dump');
  if (dump) {
    const out = Object.fromEntries(pages.map((p, i) => [p.id, { articleBody: ours.outputs[i] }]));
    writeFileSync(dump, JSON.stringify(out, null, 1));
  }
}

main();
