/**
 * Downstream figures with a library swapped in (swap/hooks.ts), each variant against ours in the
 * same run: Reuters speaker accuracy (eval/attribution.ts, dev and held-out), PolNeAR dev's
 * attribution F1 and speaker accuracy (the data's own scorer, through eval/attribution.ts), the seeds scored by
 * their gold (quotes F1, speakers, verdicts, altered caught) and the provenance quote pairs
 * (eval/provenance.ts: accuracy and altered F1, dev and held-out). Each run is a child process, so
 * a swap never leaks into another.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireShared } from '../../scripts/shared-data.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HOOKS = join(import.meta.dirname, 'swap', 'hooks.ts');

export const VARIANTS = ['ours', 'sentences', 'tokens', 'stem-porter', 'stem-porter2'] as const;

/**
 * One script run with `swap` in place. The hooks go in NODE_OPTIONS, not the arguments, so that
 * children the script starts itself (eval/polnear.ts runs the CLI) are swapped too.
 */
function run(swap: string, args: readonly string[]): string {
  const env = {
    ...process.env,
    HEARSAY_NLP_SWAP: swap === 'ours' ? '' : swap,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(HOOKS).href}`.trim(),
  };
  return execFileSync(process.execPath, args, {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The first number after `label` in `text`, as printed ("speaker accuracy 0.898 (53/59)"). */
function figure(text: string, label: RegExp): string {
  return label.exec(text)?.[1] ?? '?';
}

function reuters(swap: string, set: 'dev' | 'heldout'): string {
  return figure(run(swap, ['eval/attribution.ts', '--set', set]), /speaker accuracy\s+([\d.]+)/);
}

/** PolNeAR dev by its own scorer: quote F1 / speaker accuracy. */
function polnear(swap: string): string {
  const text = run(swap, ['eval/attribution.ts', '--set', 'polnear-dev']);
  return `${figure(text, /"f1": ([\d.]+)/)}/${figure(text, /"speaker_acc": ([\d.]+)/)}`;
}

function seeds(swap: string, dir: string): Record<string, unknown> {
  const out = join(dir, `seeds-${swap}.json`);
  run(swap, ['bin/hearsay.js', 'analyze', requireShared('seeds'), '--format', 'json', '--out', out]);
  const scored = execFileSync('python3', [requireShared('gold/score_seeds.py'), out], { encoding: 'utf8' });
  const json = scored.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(json) as Record<string, unknown>;
}

function pairs(swap: string, part: 'dev' | 'heldout'): string {
  const text = run(swap, ['eval/provenance.ts', '--pairs', '--part', part]);
  const accuracy = figure(text, /accuracy: ([\d.]+)/);
  const alteredF1 = figure(text, /altered: .*F1 ([\d.]+)/);
  return `${accuracy}/${alteredF1}`;
}

export function printDownstream(variants: readonly string[] = VARIANTS): void {
  const dir = mkdtempSync(join(tmpdir(), 'hearsay-nlp-'));
  try {
    console.log('\n## downstream (one swap at a time; pairs = provenance quote pairs, accuracy/altered F1)');
    console.log(
      'variant        reuters-dev  reuters-heldout  seeds-quotesF1  seeds-speakers  seeds-verdicts  altered  pairs-dev    pairs-heldout',
    );
    for (const v of variants) {
      const s = seeds(v, dir);
      console.log(
        `${v.padEnd(14)} ${reuters(v, 'dev').padStart(11)}  ${reuters(v, 'heldout').padStart(15)}  ${String(s['quotes.f1']).padStart(14)}  ${String(s['speakers.accuracy']).padStart(14)}  ${String(s['verdicts.accuracy']).padStart(14)}  ${String(s['verdicts.altered_caught']).padStart(7)}  ${pairs(v, 'dev').padEnd(11)}  ${pairs(v, 'heldout').padEnd(13)}  ${polnear(v)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
