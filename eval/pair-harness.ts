/**
 * The quote-pair challenge set (../shared/eval/provenance/pairs.jsonl) run through the whole
 * pipeline, as `hearsay analyze` runs it (the CLI's own `main`, in process): each item becomes a
 * folder of two articles, a transcript whose label names the item's speaker and a short report
 * holding `report_context`, with `--primary` on the transcript. Shared by eval/provenance.ts and
 * eval/confidence.ts, which read different things off the same runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli.ts';
import type { Dossier } from '../src/model/dossier.ts';
import type { Quote } from '../src/model/quote.ts';

export interface PairItem {
  id: string;
  primary: string;
  report_context: string;
  quote: string;
  verdict: string;
  category: string;
  speaker: string;
  source: { title: string; date: string; path: string };
}

/** The `--part dev|heldout|all` of a pair-set script's arguments (default all), or exit 2. */
export function partOf(argv: readonly string[]): 'dev' | 'heldout' | 'all' {
  const at = argv.indexOf('--part');
  const part = at >= 0 ? argv[at + 1] : 'all';
  if (part === 'dev' || part === 'heldout' || part === 'all') return part;
  process.stderr.write(`--part expects dev, heldout or all, got ${JSON.stringify(part)}\n`);
  process.exit(2);
}

/** One transcript in four is held out (FNV-1a of its path, mod 4 = 0): no passage is in both parts. */
export function isHeldOutSource(path: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return h % 4 === 0;
}

export function readPairs(file: string): PairItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PairItem);
}

/** `hearsay analyze … --format json` in process; the dossier, or null when it failed. */
export async function analyze(work: string, args: string[]): Promise<Dossier | null> {
  const out = join(work, `dossier-${Math.random().toString(36).slice(2)}.json`);
  const code = await main(['analyze', ...args, '--format', 'json', '--out', out]);
  return code === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as Dossier) : null;
}

/** The report quote the item asks about, or null when the pipeline found none. */
export interface PairRun {
  dossier: Dossier | null;
  quote: Quote | null;
}

/** Write the item's two articles under `work`, analyse them, and find the item's quote. */
export async function runPair(work: string, item: PairItem): Promise<PairRun> {
  const dir = join(work, 'pairs', item.id);
  mkdirSync(dir, { recursive: true });
  const transcript = [
    `Remarks by ${item.speaker}`,
    '',
    item.source.date,
    '',
    `${item.speaker.toUpperCase()}: ${item.primary}`,
    '',
    'END',
    '',
  ];
  writeFileSync(join(dir, 'transcript.txt'), transcript.join('\n'));
  const report = [`Report on remarks by ${item.speaker}`, '', item.report_context, ''].join('\n');
  writeFileSync(join(dir, 'report.txt'), report);
  const dossier = await analyze(work, [dir, '--primary', 'transcript.txt']);
  return { dossier, quote: dossier ? quoteOf(dossier, item, report) : null };
}

/**
 * The report quote that covers the item's quoted words the most. The item's quote is the words
 * between the marks: reported speech around them (kind `indirect`) is not it.
 */
function quoteOf(dossier: Dossier, item: PairItem, reportText: string): Quote | null {
  const at = reportText.indexOf(item.quote);
  const from = at >= 0 ? at : reportText.indexOf(item.report_context);
  const to = at >= 0 ? at + item.quote.length : from + item.report_context.length;
  let best: { overlap: number; quote: Quote } | null = null;
  for (const q of dossier.quotes) {
    if (q.article !== 'report.txt' || q.kind === 'indirect') continue;
    const overlap = Math.min(to, q.end) - Math.max(from, q.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { overlap, quote: q };
  }
  return best?.quote ?? null;
}

/** The figures printed for an end-to-end case, real or invented. */
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

function formatFigure(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A case's dossier scored by the data's `score_case.py`, one `figure: value` line each. */
export function scoreCase(scorer: string, dossierFile: string, gold: string, seeds?: string): string {
  const sections = ['--section', 'quotes', 'speakers', 'verdicts', 'stories'];
  // The texts the gold's offsets count in: the articles beside the gold unless `seeds` names others.
  const args = [scorer, dossierFile, '--gold', gold, ...(seeds ? ['--seeds', seeds] : []), ...sections];
  const out = execFileSync('python3', args, { encoding: 'utf8' });
  const figures = JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
  return CASE_FIGURES.map((k) => `${k}: ${formatFigure(figures[k])}`).join('\n');
}

/**
 * Wrong verdicts counted per category and by what they were called instead ("altered-scope:
 * 2 → paraphrase"): counts only, never an item, so it may be printed for held-out parts too.
 */
export function errorCounts(items: readonly PairItem[], verdicts: readonly string[]): string {
  const counts = new Map<string, Map<string, number>>();
  items.forEach((item, i) => {
    const got = verdicts[i]!;
    if (got === item.verdict) return;
    const row = counts.get(item.category) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    counts.set(item.category, row);
  });
  const lines = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, row]) => {
      const cells = [...row.entries()].map(([got, n]) => `${n} → ${got}`).join(', ');
      return `  ${category.padEnd(30)} ${cells}`;
    });
  return `errors by category (counts, what they were called):\n${lines.length ? lines.join('\n') : '  none'}`;
}
