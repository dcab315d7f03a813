/**
 * Writes src/nlp/lexicons/compromise-lexicon.json: compromise's word → tags lexicon as the loaded
 * library holds it, words grouped by their tag list. Loading compromise to read that table (it
 * expands its packed lexicon on load) was a third of a short `analyze` run; reading the snapshot
 * costs a few milliseconds. Rerun after upgrading compromise (a test compares the two):
 *
 *   node scripts/compromise-lexicon.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compromiseLexicon, lexiconSnapshot } from '../src/nlp/compromise-lexicon.ts';

const out = resolve(import.meta.dirname, '..', 'src', 'nlp', 'lexicons', 'compromise-lexicon.json');
const snapshot = lexiconSnapshot(compromiseLexicon());
writeFileSync(out, `${JSON.stringify(snapshot, null, 2)}\n`);
console.log(`${out}: ${Object.keys(snapshot.tags).length} tag lists`);
