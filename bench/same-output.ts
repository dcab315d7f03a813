/**
 * Does a speed change keep every answer? Writes the JSON dossiers of the seeds and of the first
 * 300 Reuters-21578 records (reported speech on and off) to a folder, as `hearsay analyze` prints
 * them; run it before and after a change and compare the folders byte for byte:
 *
 *   node bench/same-output.ts /tmp/before   # on the old commit
 *   node bench/same-output.ts /tmp/after    # on the new one
 *   diff -r /tmp/before /tmp/after && echo same
 *
 * The evals (`npm run eval:attribution`, `npm run eval:provenance`) cover the rest of the figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { requireShared, SHARED_DIR } from '../scripts/shared-data.ts';

const REPO = resolve(import.meta.dirname, '..');
const REUTERS_RECORDS = 300;

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node bench/same-output.ts OUT_DIR\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const records = gunzipSync(readFileSync(requireShared('corpora/reuters21578.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .slice(0, REUTERS_RECORDS)
  .join('\n');
// One fixed path for the sample and the seeds as seen from the repository: articles' sources are
// paths, so two runs compare byte for byte only when they read the same paths.
const sampleDir = join(tmpdir(), 'hearsay-same-output');
mkdirSync(sampleDir, { recursive: true });
const sample = join(sampleDir, 'reuters.jsonl');
writeFileSync(sample, `${records}\n`);

const runs: [string, string[]][] = [
  ['seeds.json', [join(relative(REPO, SHARED_DIR), 'seeds')]],
  ['reuters.json', [sample]],
  ['reuters-no-indirect.json', [sample, '--no-indirect']],
];
for (const [name, args] of runs) {
  const r = spawnSync(
    process.execPath,
    ['bin/hearsay.js', 'analyze', ...args, '--format', 'json', '--quiet', '--jobs', '1'],
    { cwd: REPO, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
  );
  if (r.status !== 0) {
    process.stderr.write(`hearsay analyze ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
    process.exit(1);
  }
  writeFileSync(join(out, name), r.stdout);
  console.log(`${name.padEnd(26)} ${r.stdout.length} bytes`);
}
