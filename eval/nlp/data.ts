/**
 * The texts the NLP-library comparison reads, with the spans a sentence boundary must not cut:
 * PolNeAR dev (attribution source and content spans) and the seeds (gold quote spans). Offsets are
 * converted from code points (the annotations' convention) to JS string indices.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Span } from '../../src/model/span.ts';
import { requireShared } from '../../scripts/shared-data.ts';

export interface Doc {
  id: string;
  text: string;
  /** Annotated spans a sentence boundary may cut only after sentence-final punctuation. */
  spans: Span[];
}

interface PolnearRecord {
  id: string;
  text: string;
  attributions: { source: [number, number] | null; content: [number, number][] }[];
}

interface GoldArticle {
  id: string;
  quotes: { text: string; offset: number }[];
}

/** JS string index of each code-point index of `text` (equal unless the text has astral characters). */
function codePointToIndex(text: string): (cp: number) => number {
  const table: number[] = [];
  let i = 0;
  for (const ch of text) {
    table.push(i);
    i += ch.length;
  }
  table.push(i);
  return (cp) => table[Math.min(cp, table.length - 1)]!;
}

export function loadPolnearDev(): Doc[] {
  const path = requireShared('eval/attribution/polnear-dev.jsonl.gz');
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const r = JSON.parse(line) as PolnearRecord;
      const at = codePointToIndex(r.text);
      const spans: Span[] = [];
      for (const a of r.attributions) {
        if (a.source) spans.push({ start: at(a.source[0]), end: at(a.source[1]) });
        for (const c of a.content) spans.push({ start: at(c[0]), end: at(c[1]) });
      }
      return { id: r.id, text: r.text, spans };
    });
}

export function loadSeeds(): Doc[] {
  const dir = requireShared('seeds');
  const gold = JSON.parse(readFileSync(requireShared('gold/seeds.gold.json'), 'utf8')) as {
    articles: GoldArticle[];
  };
  const quotesOf = new Map(gold.articles.map((a) => [a.id, a.quotes]));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const at = codePointToIndex(text);
      const spans = (quotesOf.get(f) ?? []).map((q) => ({
        start: at(q.offset),
        end: at(q.offset + [...q.text].length),
      }));
      return { id: f, text, spans };
    });
}
