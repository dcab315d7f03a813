/**
 * Provenance on data written by others (../shared/eval/provenance): the quote-pair challenge set
 * and the four end-to-end White House cases, each run through the whole pipeline exactly as
 * `hearsay analyze` runs it (the CLI's own `main`, in process), then scored by the data's own
 * Python scorers.
 *
 * - pairs: each item becomes a folder of two articles, a transcript whose label names the item's
 *   speaker and a short report holding `report_context`; `--primary` names the transcript. The
 *   verdict read back is the one of the report quote that covers the item's quoted words.
 * - cases: `hearsay analyze cases/<case>/articles` with no hint: the primary must be found.
 *
 * Held out: pairs whose source transcript hashes into the held-out quarter (so no passage is in
 * both parts) and the case `HELD_OUT_CASE`. Rules were tuned looking at the dev part only; the
 * held-out figures are the honest ones.
 *
 *   node eval/provenance.ts [--pairs] [--cases] [--part dev|heldout|all] [--show-misses]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli.ts';
import type { Dossier } from '../src/model/dossier.ts';
import { requireShared } from '../scripts/shared-data.ts';

interface PairItem {
  id: string;
  primary: string;
  report_context: string;
  quote: string;
  verdict: string;
  category: string;
  speaker: string;
  source: { title: string; date: string; path: string };
}

const HELD_OUT_CASE = 'trump-gaggle-2025';
/** One transcript in four is held out (FNV-1a of its path, mod 4 = 0). */
function isHeldOutSource(path: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return h % 4 === 0;
}

const argv = process.argv.slice(2);
const wantPairs = argv.includes('--pairs') || !argv.includes('--cases');
const wantCases = argv.includes('--cases') || !argv.includes('--pairs');
const showMisses = argv.includes('--show-misses');
const partAt = argv.indexOf('--part');
const part = partAt >= 0 ? argv[partAt + 1] : 'all';
if (part !== 'dev' && part !== 'heldout' && part !== 'all') {
  process.stderr.write(`--part expects dev, heldout or all, got ${JSON.stringify(part)}\n`);
  process.exit(2);
}
const wantPart = (heldOut: boolean) => part === 'all' || (part === 'heldout') === heldOut;

const root = requireShared('eval/provenance');
const work = mkdtempSync(join(tmpdir(), 'hearsay-eval-provenance-'));

/** `hearsay analyze … --format json` in process; the dossier, or null when it failed. */
async function analyze(args: string[]): Promise<Dossier | null> {
  const out = join(work, `dossier-${Math.random().toString(36).slice(2)}.json`);
  const code = await main(['analyze', ...args, '--format', 'json', '--out', out]);
  if (code !== 0) return null;
  return JSON.parse(readFileSync(out, 'utf8')) as Dossier;
}

/** The Python scorer's report, and its last line: one JSON object of every figure. */
function score(script: string, args: string[]): { text: string; figures: Record<string, unknown> } {
  const lines = execFileSync('python3', [join(root, script), ...args], { encoding: 'utf8' })
    .trim()
    .split('\n');
  const figures = JSON.parse(lines.pop()!) as Record<string, unknown>;
  return { text: lines.join('\n'), figures };
}

function transcriptOf(item: PairItem): string {
  return [
    `Remarks by ${item.speaker}`,
    '',
    item.source.date,
    '',
    `${item.speaker.toUpperCase()}: ${item.primary}`,
    '',
    'END',
    '',
  ].join('\n');
}

function reportOf(item: PairItem): string {
  return [`Report on remarks by ${item.speaker}`, '', item.report_context, ''].join('\n');
}

/** The verdict of the report quote that covers the item's quoted words. */
function verdictOf(dossier: Dossier | null, item: PairItem, reportText: string): string {
  if (!dossier) return 'error';
  const at = reportText.indexOf(item.quote);
  const from = at >= 0 ? at : reportText.indexOf(item.report_context);
  const to = at >= 0 ? at + item.quote.length : from + item.report_context.length;
  let best: { overlap: number; verdict: string } | null = null;
  for (const q of dossier.quotes) {
    // The item's quote is the words between the marks: reported speech around them is not it.
    if (q.article !== 'report.txt' || q.kind === 'indirect') continue;
    const overlap = Math.min(to, q.end) - Math.max(from, q.start);
    if (overlap <= 0) continue;
    const verdict = q.provenance?.verdict ?? 'none';
    if (!best || overlap > best.overlap) best = { overlap, verdict };
  }
  return best?.verdict ?? 'not-found';
}

async function runPairs(heldOut: boolean): Promise<void> {
  const items = readFileSync(join(root, 'pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PairItem)
    .filter((item) => isHeldOutSource(item.source.path) === heldOut);
  const predictions: string[] = [];
  const misses: string[] = [];
  for (const item of items) {
    const dir = join(work, 'pairs', item.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'transcript.txt'), transcriptOf(item));
    const report = reportOf(item);
    writeFileSync(join(dir, 'report.txt'), report);
    const dossier = await analyze([dir, '--primary', 'transcript.txt']);
    const verdict = verdictOf(dossier, item, report);
    predictions.push(JSON.stringify({ id: item.id, verdict }));
    if (verdict !== item.verdict) {
      const q = dossier?.quotes.find(
        (x) => x.article === 'report.txt' && x.kind !== 'indirect' && x.provenance,
      );
      misses.push(
        `${item.id} ${item.category}: gold ${item.verdict}, got ${verdict}\n    quote: ${item.quote}\n    reasons: ${(q?.provenance?.reasons ?? []).join(' | ')}`,
      );
    }
  }
  const file = join(work, `pairs-${heldOut ? 'heldout' : 'dev'}.jsonl`);
  writeFileSync(file, predictions.join('\n') + '\n');
  const ids = new Set(items.map((i) => i.id));
  const gold = join(work, `gold-${heldOut ? 'heldout' : 'dev'}.jsonl`);
  writeFileSync(
    gold,
    readFileSync(join(root, 'pairs.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && ids.has((JSON.parse(l) as PairItem).id))
      .join('\n') + '\n',
  );
  const { text } = score('score_pairs.py', [file, '--pairs', gold, '--json']);
  console.log(`\n## pairs (${heldOut ? 'held-out' : 'dev'}: ${items.length} items)\n${text}`);
  if (showMisses && misses.length > 0) console.log(`\nmisses:\n${misses.join('\n')}`);
}

function fmt(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

const CASE_FIGURES = [
  'quotes.f1',
  'speakers.accuracy',
  'verdicts.accuracy',
  'verdicts.altered_caught',
  'verdicts.alignment_hit',
  'stories.primary_found',
  'stories.false_primaries',
  'stories.pair_accuracy',
];

async function runCase(name: string): Promise<void> {
  const dir = join(root, 'cases', name);
  const dossier = await analyze([join(dir, 'articles')]);
  console.log(`\n## case ${name}${name === HELD_OUT_CASE ? ' (held-out)' : ''}`);
  if (!dossier) {
    console.log('analyze failed');
    return;
  }
  const file = join(work, `case-${name}.json`);
  writeFileSync(file, JSON.stringify(dossier));
  const { figures: s } = score('score_case.py', [
    file,
    '--gold',
    join(dir, 'gold.json'),
    '--section',
    'quotes',
    'speakers',
    'verdicts',
    'stories',
  ]);
  console.log(CASE_FIGURES.map((k) => `${k}: ${fmt(s[k])}`).join('\n'));
}

try {
  if (wantPairs) {
    if (wantPart(false)) await runPairs(false);
    if (wantPart(true)) await runPairs(true);
  }
  if (wantCases) {
    for (const name of readdirSync(join(root, 'cases')).sort()) {
      if (wantPart(name === HELD_OUT_CASE)) await runCase(name);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
