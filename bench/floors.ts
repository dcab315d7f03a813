/**
 * Floors for the HTML and name stages, measured on the article-extraction benchmark pages
 * (../shared/eval/article-extraction/html): what the third-party libraries cost alone, so the
 * pipeline's own figures can be read against them.
 *   1. linkedom `parseHTML` + Readability.js `parse()` per page (MB/s of HTML);
 *   2. Hearsay's HTML reader (`extractHtml`: the same two plus chrome, metadata, text) for comparison;
 *   3. compromise `nlp(text).people()` over the text Readability extracted (MB/s of text).
 * Prints one `name  seconds  MB/s` line each. `--pages N` takes the first N pages only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import nlp from 'compromise';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/ingest/html/html.ts';
import { requireShared } from '../scripts/shared-data.ts';

const { values } = parseArgs({ options: { pages: { type: 'string' } } });
const dir = requireShared('eval/article-extraction/html');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .slice(0, values.pages === undefined ? undefined : Number(values.pages))
  .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
const htmlMb = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;

const time = <T>(work: () => T): [T, number] => {
  const t0 = performance.now();
  const result = work();
  return [result, (performance.now() - t0) / 1000];
};
const line = (name: string, seconds: number, mb: number): void =>
  console.log(
    `${name.padEnd(34)}${seconds.toFixed(2).padStart(7)} s ${(mb / seconds).toFixed(2).padStart(7)} MB/s`,
  );

const [texts, readabilitySeconds] = time(() =>
  pages.map((html) => {
    const { document } = parseHTML(html);
    return new Readability(document as never).parse()?.textContent ?? '';
  }),
);
const [, hearsaySeconds] = time(() => pages.forEach((html) => extractHtml(html)));
const textMb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const [people, peopleSeconds] = time(() => texts.reduce((n, t) => n + nlp(t).people().length, 0));

console.log(
  `pages ${pages.length}, ${htmlMb.toFixed(2)} MB of HTML, ${textMb.toFixed(2)} MB of extracted text`,
);
line('floor linkedom+Readability', readabilitySeconds, htmlMb);
line('hearsay HTML reader', hearsaySeconds, htmlMb);
line(`floor compromise people() (${people})`, peopleSeconds, textMb);
