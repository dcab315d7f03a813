/**
 * The text the pipeline reads of each article of an invented case whose articles include web
 * pages (`.html`), written to `<case>/text/<id>`: the case's gold counts its offsets in that text
 * (build_gold.py) and the scorer compares it with the dossier's, as it compares a plain text file.
 * A page's chrome the reader keeps stays in the text, where predicted quotes in it count against
 * precision; words the reader loses make build_gold.py fail. Re-run after a change to the HTML
 * reader, then build_gold.py, and read the diff.
 *
 *   node eval/invented-case-text.ts CASE ...
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from './pair-harness.ts';

const cases = join(import.meta.dirname, '..', 'test', 'fixtures', 'invented-cases');
const work = mkdtempSync(join(tmpdir(), 'hearsay-case-text-'));
try {
  for (const name of process.argv.slice(2)) {
    const articles = join(cases, name, 'articles');
    if (!readdirSync(articles).some((f) => f.endsWith('.html'))) {
      console.log(`${name}: no web pages, nothing written`);
      continue;
    }
    const dossier = await analyze(work, [articles, '--quiet']);
    if (!dossier) throw new Error(`${name}: analyze failed`);
    const out = join(cases, name, 'text');
    mkdirSync(out, { recursive: true });
    for (const a of dossier.articles) writeFileSync(join(out, a.id), a.text);
    console.log(`${name}: ${dossier.articles.length} texts written to ${out}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
