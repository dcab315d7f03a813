/**
 * A transcript and a report quoting it, written to a folder and run through `hearsay analyze …
 * --primary` (the CLI's own `main`, in process): the shared end-to-end reading of the provenance
 * tests.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli.ts';
import type { Dossier } from '../../src/model/dossier.ts';

/** Writes `transcript.EXT` and `report.txt` into `dir` and returns the dossier of the analysis. */
export async function analyzeWithPrimary(
  dir: string,
  transcript: string,
  report: string,
  ext = 'txt',
): Promise<Dossier> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `transcript.${ext}`), transcript);
  writeFileSync(join(dir, 'report.txt'), report);
  const out = join(dir, 'dossier.json');
  const code = await main([
    'analyze',
    dir,
    '--primary',
    `transcript.${ext}`,
    '--format',
    'json',
    '--out',
    out,
    '--quiet',
  ]);
  assert.equal(code, 0);
  return JSON.parse(readFileSync(out, 'utf8')) as Dossier;
}
