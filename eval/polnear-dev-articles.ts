import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildEntityIndex } from '../src/extract/entities.ts';
import type { Article } from '../src/model/article.ts';
import type { EntityIndex } from '../src/model/entity.ts';
import { prepareArticle } from '../src/ingest/ingest.ts';
import { readJsonLines } from '../src/ingest/read-records.ts';
import { requireShared } from '../scripts/shared-data.ts';

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
export function loadPolnearDev(): {
  records: Map<string, { id: string; text: string; attributions: Gold[] }>;
  articles: Article[];
  entities: EntityIndex;
} {
  const path = requireShared('eval/attribution/polnear-dev.jsonl.gz');
  const raw = gunzipSync(readFileSync(path)).toString('utf8');
  const records = new Map(
    raw
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; text: string; attributions: Gold[] })
      .map((r) => [r.id, r]),
  );
  const articles = readJsonLines(path, 'polnear-dev.jsonl', raw, 'utf-8').articles.map(prepareArticle);
  return { records, articles, entities: buildEntityIndex(articles) };
}
