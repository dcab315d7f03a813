/**
 * The serial corpus parts of `analyze` alone: runs the per-article passes once (on this thread)
 * over the first N Reuters-21578 articles, then times each corpus part `--repeat` times on the
 * same inputs, printing its CPU seconds the first time (what a run pays: modules loaded and code
 * compiled on first use) and the least of the runs, and a hash of its output. A speed change to a
 * corpus part keeps its hash: run this on the old commit and on the new one and compare both
 * columns. Each part's inputs are what the pipeline hands it, copied where the part changes them.
 *
 *   node bench/corpus-parts.ts --limit 5000 --repeat 3
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { buildClaims } from '../src/analyze/claims/claims.ts';
import { findPositionStatements, groupPositions } from '../src/analyze/positions/positions.ts';
import { buildTimeline } from '../src/analyze/timeline.ts';
import { clusterEntities, resolverTablesOf } from '../src/extract/entities.ts';
import { corpusIndexOf } from '../src/extract/entities/resolver.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import { clusterStories } from '../src/link/stories/stories.ts';
import type { StoryFeatures } from '../src/link/stories/story-features.ts';
import { makeOptions } from '../src/model/options.ts';
import { initialState, STAGES } from '../src/pipeline.ts';
import { INLINE_THREADS } from '../src/run/article-threads.ts';
import { findKeyTerms } from '../src/run/position-terms.ts';
import { requireShared } from '../scripts/shared-data.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' }, repeat: { type: 'string' } } });
const limit = Number(values.limit ?? 5000);
const repeat = Number(values.repeat ?? 3);
if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(repeat) || repeat < 1) {
  console.error('bench/corpus-parts.ts: --limit N (whole, ≥ 1) --repeat R (whole, ≥ 1)');
  process.exit(2);
}

const corpus = requireShared('corpora/reuters21578.jsonl.gz');
const text = gunzipSync(readFileSync(corpus)).toString('utf8');
const articles = readJsonLines(corpus, 'reuters21578.jsonl', text, 'utf-8')
  .articles.slice(0, limit)
  .map(prepareArticle);

const threadMs = (): number => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
const hashOf = (value: unknown): string =>
  createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 12);

/** Runs `part` `repeat` times on fresh inputs; prints the first and least CPU and the output's hash. */
function time<I, O>(name: string, inputs: () => I, part: (input: I) => O): O {
  let least = Infinity;
  let first = 0;
  let out: O | undefined;
  const hashes = new Set<string>();
  for (let r = 0; r < repeat; r++) {
    const input = inputs();
    const t0 = threadMs();
    out = part(input);
    const ms = threadMs() - t0;
    if (r === 0) first = ms;
    least = Math.min(least, ms);
    hashes.add(hashOf(out));
  }
  const hash = hashes.size === 1 ? [...hashes][0]! : `differs between runs: ${[...hashes].join(' ')}`;
  const sec = (ms: number) => (ms / 1000).toFixed(2).padStart(7);
  console.log(`${name.padEnd(22)}${sec(first)}${sec(least)}  ${hash}`);
  return out!;
}

const stage = (name: string) => STAGES.find((s) => s.name === name)!;
const options = makeOptions({});
const s = initialState(articles);
await stage('read').run(s, options);
console.log(
  `articles ${s.originals.length}; CPU seconds of the first and the least of ${repeat} runs; output hash`,
);
const entityData = time(
  'entities',
  () => s.mentions.flat(),
  (mentions) => clusterEntities(s.originals, mentions),
);
s.resolver = resolverTablesOf(entityData);
s.entities = corpusIndexOf(s.resolver);
await stage('quotes').run(s, options);
const features = s.storyFeatures;
// The compact graph form lets go of each article's term counts once weighed (to free them during
// the stage), so every run after the first gets them back.
const graphCounts = features instanceof Map ? [] : features.articles.map((a) => a.counts);
s.stories = time(
  'stories',
  // Features read whole (articles sharing an id) get entity names added: a fresh copy per run.
  // Read in their compact graph form (the usual case), they are made as the quotes come in and
  // only read here.
  () => {
    if (features instanceof Map) return structuredClone(features) as Map<string, StoryFeatures>;
    features.articles.forEach((a, i) => (a.counts = graphCounts[i]!));
    return features;
  },
  (copy) =>
    clusterStories(s.originals, {
      quotes: s.quotes,
      entities: s.entities!,
      ...(copy instanceof Map ? { features: (id: string) => copy.get(id) } : { graph: copy }),
    }),
);
const read = await s.statements!;
const readings = new Map(read.map((r, i) => [s.originals[i]!.id, r.spanReadings]));
s.positionStatements = time(
  'position-statements',
  () => null,
  () => findPositionStatements(s.originals, s.quotes, s.entities!, readings),
);
const terms = await findKeyTerms(s.originals, s.positionStatements, INLINE_THREADS);
const dated = await s.dated!;
time(
  'timeline',
  () => null,
  () => buildTimeline(s.originals, s.stories, dated),
);
time(
  'claims',
  // Claims drop common names from the statements they are handed: a fresh copy per run.
  () => structuredClone(read.map((r) => r.claimStatements)),
  (found) => buildClaims(s.originals, s.quotes, s.stories, found),
);
time(
  'positions',
  () => structuredClone(terms),
  (copy) => groupPositions(s.originals, s.stories, s.positionStatements!, copy),
);
