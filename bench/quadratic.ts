/**
 * Issue #10: does analysis time stay near linear on hostile text? Writes three generated inputs
 * (a line of curly-quoted numbers; the same after labels and colons; random quotation marks and
 * speech cues with no full stop) at 1×, 2× and 4× a base size, runs `hearsay analyze` on each,
 * and prints CPU seconds and the exponent each doubling shows (1 is linear, 2 quadratic; start-up
 * takes about 0.8 s of each). CPU time, not wall time: the machine may be shared.
 *
 *   node bench/quadratic.ts [--scale 1]   # 4× is 10,000 numbers (~120 KB) and ~300 KB of cues
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { curlyNumbers, labelledQuotes, speechCueTokens } from '../test/helpers/hostile-text.ts';

const { values } = parseArgs({ options: { scale: { type: 'string' } } });
const scale = Number(values.scale ?? 1);
const BIN = resolve(import.meta.dirname, '..', 'bin', 'hearsay.js');
const dir = mkdtempSync(join(tmpdir(), 'hearsay-quadratic-'));

/** CPU seconds (user + system) of one `analyze` run, start-up included. */
function cpuSeconds(file: string): number {
  const r = spawnSync(
    'bash',
    [
      '-c',
      `TIMEFORMAT=%U+%S; time node "$0" analyze "$1" --format json --quiet --jobs 1 >/dev/null`,
      BIN,
      file,
    ],
    { encoding: 'utf8' },
  );
  const [user, sys] = r.stderr.trim().split('\n').at(-1)!.split('+').map(Number);
  return user! + sys!;
}

const inputs: [string, (k: number) => string][] = [
  ['curly numbers', (k) => curlyNumbers(Math.round(2500 * k * scale))],
  ['labelled quotes', (k) => labelledQuotes(Math.round(2500 * k * scale))],
  ['speech cues', (k) => speechCueTokens(Math.round(75_000 * k * scale))],
];
try {
  for (const [name, make] of inputs) {
    let last = 0;
    for (const k of [1, 2, 4]) {
      const file = join(dir, `${name.replace(/ /gu, '-')}-${k}.txt`);
      const text = make(k);
      writeFileSync(file, text);
      const s = cpuSeconds(file);
      const exponent = last > 0 ? ` exponent ${Math.log2(s / last).toFixed(2)}` : '';
      console.log(
        `${name.padEnd(16)} ${k}×  ${String(Buffer.byteLength(text)).padStart(7)} bytes  ${s.toFixed(2)} s${exponent}`,
      );
      last = s;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
