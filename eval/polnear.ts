/**
 * PolNeAR attribution (../shared/eval/attribution): an annotated set run through the CLI's own
 * `hearsay analyze` (reported speech on, as by default) and scored by the data's own
 * score_attribution.py. Two sets:
 * - polnear-dev: the 84 dev articles, the ones the attribution model's threshold and rules were
 *   tuned on (optimistic);
 * - polnear-heldout: the last 10% of train's articles, which `npm run train:attribution` leaves
 *   out of training and no rule was tuned on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { HELDOUT_SHARE } from '../src/extract/attribution/model.ts';
import { requireShared } from '../scripts/shared-data.ts';

export const POLNEAR_SETS = ['polnear-dev', 'polnear-heldout'] as const;
export type PolnearSet = (typeof POLNEAR_SETS)[number];

const CLI = resolve(import.meta.dirname, '..', 'bin', 'hearsay.js');

/** The articles of a set as a gzipped JSONL file the scorer reads, in a temporary folder. */
function setFile(name: PolnearSet, dir: string): string {
  if (name === 'polnear-dev') return requireShared('eval/attribution/polnear-dev.jsonl.gz');
  const lines = gunzipSync(readFileSync(requireShared('eval/attribution/polnear-train.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const held = lines.slice(Math.round(lines.length * (1 - HELDOUT_SHARE)));
  const path = join(dir, 'polnear-heldout.jsonl.gz');
  writeFileSync(path, gzipSync(`${held.join('\n')}\n`));
  return path;
}

/** Runs one set through `hearsay analyze` and prints the scorer's figures. */
export function reportPolnear(name: PolnearSet): void {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-polnear-'));
  try {
    const input = setFile(name, dir);
    const dossier = join(dir, 'dossier.json');
    execFileSync(process.execPath, [CLI, 'analyze', input, '--format', 'json', '--out', dossier], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const scorer = requireShared('eval/attribution/score_attribution.py');
    const figures = execFileSync('python3', [scorer, dossier, input], { encoding: 'utf8' }).trim();
    console.log(`${name} set${' '.repeat(Math.max(1, 13 - name.length))}${input}`);
    if (name === 'polnear-dev') console.log('caution          threshold and rules tuned on it: optimistic');
    else console.log('note             last 10% of train, never trained or tuned on');
    console.log(figures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
