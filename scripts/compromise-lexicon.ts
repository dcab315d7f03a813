/**
 * Writes src/nlp/lexicons/compromise-lexicon.json: compromise's word → tags lexicon as the loaded
 * library holds it, each word with the index of its tag list. Loading compromise to read that table (it
 * expands its packed lexicon on load) was a third of a short `analyze` run; reading the snapshot
 * costs a few milliseconds. Rerun after upgrading compromise (a test compares the two):
 *
 *   node scripts/compromise-lexicon.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { compromiseLexicon, lexiconSnapshot } from '../src/nlp/compromise-lexicon.ts';

const out = resolve(import.meta.dirname, '..', 'src', 'nlp', 'lexicons', 'compromise-lexicon.json');
const snapshot = lexiconSnapshot(compromiseLexicon());
// Written as the repository's prettier writes JSON (number arrays filled to the line width).
writeFileSync(
  out,
  await prettier.format(JSON.stringify(snapshot), { ...(await prettier.resolveConfig(out)), parser: 'json' }),
);
console.log(`${out}: ${snapshot.words.length} words, ${snapshot.tagLists.length} tag lists`);
