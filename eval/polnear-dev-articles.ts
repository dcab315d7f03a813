import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildEntityIndex } from '../src/extract/entities.ts';
import type { Article } from '../src/model/article.ts';
import type { EntityIndex } from '../src/model/entity.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import { requireShared } from '../scripts/shared-data.ts';
import { HELDOUT_SHARE } from '../src/extract/attribution/model.ts';

/** One PolNeAR attribution: character spans of its source, cue and content. */
export interface Gold {
  source: [number, number] | null;
  cue: [number, number] | null;
  content: [number, number][];
  direct: boolean;
}

/**
 * PolNeAR dev read once for the in-process dev tools (threshold sweep, miss buckets): its records
 * by id with their gold attributions, the articles as `hearsay analyze` prepares them, and their
 * entity index. Only dev: the held-out part is never read here.
 */
export function loadPolnearDev(): PolnearArticles {
  const path = requireShared('eval/attribution/polnear-dev.jsonl.gz');
  return readPolnear(path, 'polnear-dev.jsonl', gunzipSync(readFileSync(path)).toString('utf8'));
}

/** PolNeAR records by id with their gold, the articles as `hearsay analyze` prepares them, their entity index. */
export interface PolnearArticles {
  records: Map<string, { id: string; text: string; attributions: Gold[] }>;
  articles: Article[];
  entities: EntityIndex;
}

/**
 * `n` articles of PolNeAR train after the first `skip`, never reaching its held-out tail (the last
 * HELDOUT_SHARE, which eval:attribution scores): the model learns on them, but no span rule or
 * feature was tuned on their misses, so those may be read.
 */
export function loadPolnearTrainHead(n: number, skip: number): PolnearArticles {
  const path = requireShared('eval/attribution/polnear-train.jsonl.gz');
  const lines = gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const head = lines.slice(skip, Math.min(skip + n, Math.floor(lines.length * (1 - HELDOUT_SHARE))));
  return readPolnear(path, 'polnear-train.jsonl', head.join('\n'));
}

function readPolnear(path: string, name: string, raw: string): PolnearArticles {
  const records = new Map(
    raw
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; text: string; attributions: Gold[] })
      .map((r) => [r.id, r]),
  );
  const articles = readJsonLines(path, name, raw, 'utf-8').articles.map(prepareArticle);
  return { records, articles, entities: buildEntityIndex(articles) };
}
