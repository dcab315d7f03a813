import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO, withTempDirAsync } from '../helpers/run-cli.ts';

/** A second hostile trial of the CLI, on invented inputs generated in a temporary folder. */

const BIN = join(REPO, 'bin', 'hearsay.js');

/** Invented records whose JSON dossier is far larger than a pipe's buffer. */
function bigExport(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text =
      `Lighthouse keeper Ilse Brandt said on Friday that lamp ${i} "will shine again by May". `.repeat(12);
    lines.push(JSON.stringify({ id: `l${i}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

test('a reader that closes stdout early (| head -1) ends the run quietly, without a stack trace', async () => {
  await withTempDirAsync(async (dir) => {
    const file = join(dir, 'lamps.jsonl');
    writeFileSync(file, bigExport(60));
    const child = spawn(process.execPath, [BIN, 'analyze', file, '--format', 'json', '--quiet'], {
      cwd: REPO,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /, stderr);
  });
});
