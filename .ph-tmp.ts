import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildEntityIndex } from './src/extract/entities.ts';
const lines = gunzipSync(readFileSync('/work/shared/corpora/reuters21578.jsonl.gz')).toString('utf8').split('\n').filter(Boolean);
const articles: any[] = []; let bytes = 0;
for (const l of lines) { const r = JSON.parse(l); const text = [r.title, r.text].filter(Boolean).join('\n\n'); articles.push({ id: String(r.id), text, boilerplate: [] }); bytes += text.length; if (bytes > 2e6) break; }
for (let k = 0; k < 6; k++) buildEntityIndex(articles);
