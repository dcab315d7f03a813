/**
 * Dumps the attribution model's candidate groups once, so learner experiments (scripts/
 * boosted-attribution.ts) do not re-read articles: PolNeAR train without its held-out tail, read
 * with the cue words training learns (as train-attribution.ts reads it), and dev, read with the
 * shipped model's cue words (as extraction reads it). One JSON line per sentence with candidates:
 * `{ art, cues: [{ word, options: [[quality, gold, good, start, end, features…]] }] }`, quality
 * and gold as train-attribution.ts's goldMatcher gives them, good 1 when half the candidate's
 * letters lie in some gold (score_attribution.py's precision rule). Deterministic.
 *
 *   node scripts/dump-attribution-groups.ts OUT_DIR      (writes OUT_DIR/train.jsonl, OUT_DIR/dev.jsonl)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildEntityIndex } from '../src/extract/entities.ts';
import { compileModel, HELDOUT_SHARE, SHIPPED_MODEL } from '../src/extract/attribution/model.ts';
import { readCandidates } from '../src/extract/attribution/reported.ts';
import { analyzeArticle } from '../src/extract/quotes.ts';
import type { Article } from '../src/model/article.ts';
import type { EntityIndex } from '../src/model/entity.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import { loadPolnearDev } from '../eval/polnear-dev-articles.ts';
import { learnCueWords } from './learn-cue-words.ts';
import { requireShared } from './shared-data.ts';

interface PolnearRecord {
  id: string;
  text: string;
  attributions: { cue: [number, number] | null; content: [number, number][] }[];
}

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node scripts/dump-attribution-groups.ts OUT_DIR');
mkdirSync(outDir, { recursive: true });

const path = requireShared('eval/attribution/polnear-train.jsonl.gz');
const raw = gunzipSync(readFileSync(path)).toString('utf8');
const records = raw
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as PolnearRecord);
const train = records.slice(0, Math.round(records.length * (1 - HELDOUT_SHARE)));
const trainIds = new Set(train.map((r) => r.id));
const trainArticles = readJsonLines(path, 'polnear-train.jsonl', raw, 'utf-8')
  .articles.filter((a) => trainIds.has(a.id))
  .map(prepareArticle);
const cues = learnCueWords(train);
const trainCue = compileModel({
  threshold: 0,
  cueWords: cues.words,
  cueStems: cues.stems,
  features: [],
  weights: [],
});
dump(
  'train.jsonl',
  trainArticles,
  new Map(train.map((r) => [r.id, r])),
  buildEntityIndex(trainArticles),
  trainCue.isCueWord,
);
const dev = loadPolnearDev();
dump('dev.jsonl', dev.articles, dev.records, dev.entities, SHIPPED_MODEL.isCueWord);

function dump(
  name: string,
  articles: readonly Article[],
  byId: ReadonlyMap<string, PolnearRecord>,
  entities: EntityIndex,
  isCueWord: (norm: string) => boolean,
): void {
  const lines: string[] = [];
  articles.forEach((article, art) => {
    const record = byId.get(article.id);
    if (!record || record.text !== article.text) return;
    const match = goldMatcher(record);
    for (const { read } of readCandidates(analyzeArticle(article, entities), [], isCueWord)) {
      const byCue = new Map<number, { word: string; options: number[][] }>();
      for (const r of read) {
        const { start, end, token, sentence } = r.candidate;
        const { quality, gold, good } = match(start, end);
        let cue = byCue.get(token);
        if (!cue) byCue.set(token, (cue = { word: sentence.tokens[token]!.norm, options: [] }));
        cue.options.push([
          Math.round(quality * 1e4) / 1e4,
          gold,
          good ? 1 : 0,
          start,
          end,
          ...r.shared,
          ...r.own,
        ]);
      }
      lines.push(JSON.stringify({ art, cues: [...byCue.values()] }));
    }
  });
  writeFileSync(join(outDir!, name), lines.join('\n') + '\n');
  console.log(`${name}: ${articles.length} articles, ${lines.length} sentences`);
}

/** train-attribution.ts's goldMatcher, with the precision rule's answer beside it. */
function goldMatcher(
  r: PolnearRecord,
): (start: number, end: number) => { quality: number; gold: number; good: boolean } {
  const prefix = new Int32Array(r.text.length + 1);
  for (let i = 0; i < r.text.length; i++)
    prefix[i + 1] = prefix[i]! + (/[\p{L}\p{N}]/u.test(r.text[i]!) ? 1 : 0);
  const count = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
  const golds = r.attributions
    .map((a) => ({ spans: a.content, size: a.content.reduce((n, [s, e]) => n + count(s, e), 0) }))
    .filter((g) => g.size > 0);
  return (start, end) => {
    const own = count(start, end);
    let quality = 0;
    let gold = -1;
    let good = false;
    golds.forEach((g, k) => {
      const inter = g.spans.reduce((n, [s, e]) => n + count(Math.max(s, start), Math.min(e, end)), 0);
      if (own > 0 && inter >= 0.5 * own) good = true;
      const q = (2 * inter) / (own + g.size);
      if (inter >= 0.5 * g.size && own <= 2 * g.size + 20 && inter >= 0.5 * own && q > quality)
        [quality, gold] = [q, k];
    });
    return { quality, gold, good };
  };
}
