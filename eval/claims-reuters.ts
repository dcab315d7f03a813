/**
 * Claim grouping on Reuters-21578 (no claim gold): how many groups the claims stage makes, how
 * many span several articles, and how many of those it flags as conflicts. Over-grouping shows
 * as many conflicts (statements about different quantities put together); a sample of the dev
 * part's conflicts is printed for spot checks. Dev and held-out are two disjoint slices of the
 * corpus in file order; the held-out slice prints figures only.
 *
 *   node eval/claims-reuters.ts [--n 500] [--samples 15]
 *
 * The stages before claims (entities, quotes, stories) run as in `hearsay analyze`; provenance
 * is skipped, claims do not use it.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import type { Article } from '../src/model/article.ts';
import { makeOptions } from '../src/model/options.ts';
import { initialState, STAGES } from '../src/pipeline.ts';
import { requireShared } from '../scripts/shared-data.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const n = arg('--n', 500);
const samples = arg('--samples', 15);

const corpus = requireShared('corpora/reuters21578.jsonl.gz');
const text = gunzipSync(readFileSync(corpus)).toString('utf8');
const all: Article[] = readJsonLines(corpus, 'reuters21578.jsonl', text, 'utf-8').articles.map(
  prepareArticle,
);

async function measure(part: string, articles: Article[], showSamples: boolean): Promise<void> {
  const state = initialState(articles);
  const options = makeOptions();
  const t0 = performance.now();
  for (const stage of STAGES) {
    if (stage.name === 'provenance' || stage.name === 'positions' || stage.name === 'timeline') continue;
    await stage.run(state, options);
  }
  const ms = performance.now() - t0;
  const claims = state.claims;
  const multi = claims.filter((c) => c.agree !== null);
  const conflicts = multi.filter((c) => c.agree === false);
  const statements = claims.reduce((k, c) => k + c.statements.length, 0);
  const shared = state.stories.filter((s) => s.articles.length > 1);
  console.log(
    `${part}: stories ${state.stories.length}, of several articles ${shared.length} (largest ${Math.max(0, ...shared.map((s) => s.articles.length))})`,
  );
  console.log(
    `${part}: articles ${articles.length} · statements ${statements} · groups ${claims.length} · ` +
      `multi-article ${multi.length} · conflicts ${conflicts.length} (${pct(conflicts.length, multi.length)} of multi) · ` +
      `agree ${multi.length - conflicts.length} · ${(ms / 1000).toFixed(1)} s (stages up to claims; load inflates it)`,
  );
  if (!showSamples) return;
  for (const c of conflicts.slice(0, samples)) {
    console.log(`  ✗ [${c.kind}] ${c.subject}`);
    for (const s of c.statements.slice(0, 4)) {
      console.log(`      ${s.article}: ${s.text.replace(/\s+/g, ' ')} → ${s.value} ${s.unit} (${s.subject})`);
    }
  }
}

function pct(a: number, b: number): string {
  return b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`;
}

await measure('dev', all.slice(0, n), true);
await measure('held-out', all.slice(n, 2 * n), false);
