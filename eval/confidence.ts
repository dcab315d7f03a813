/**
 * Does Provenance.confidence separate right verdicts from wrong ones? Runs the quote-pair challenge
 * set (../shared/eval/provenance/pairs.jsonl) through `hearsay analyze` exactly as
 * eval/provenance.ts does (a transcript and a one-paragraph report per item, `--primary` given),
 * then reports, per part: verdict accuracy by confidence band, the AUROC of confidence as a
 * right/wrong detector (0.5 = no better than chance), and the share of wrong verdicts found by
 * checking the weakest fifth of calls first. Same dev/held-out split as eval/provenance.ts.
 *
 *   node eval/confidence.ts [--part dev|heldout|all] [--show]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

interface Call {
  id: string;
  category: string;
  gold: string;
  verdict: string;
  confidence: number;
  reason: string;
}

/** Confidence bands reported (lower bounds). */
const BANDS = [0, 0.6, 0.75, 0.9];
/** The share of calls a fact-checker is assumed to check first, weakest first. */
const CHECKED_SHARE = 0.2;

/** One transcript in four is held out (FNV-1a of its path, mod 4 = 0), as in eval/provenance.ts. */
function isHeldOutSource(path: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return h % 4 === 0;
}

const argv = process.argv.slice(2);
const partAt = argv.indexOf('--part');
const part = partAt >= 0 ? argv[partAt + 1] : 'dev';
const show = argv.includes('--show');
const root = requireShared('eval/provenance');
const work = mkdtempSync(join(tmpdir(), 'hearsay-eval-confidence-'));

async function analyze(args: string[]): Promise<Dossier | null> {
  const out = join(work, `dossier-${Math.random().toString(36).slice(2)}.json`);
  const code = await main(['analyze', ...args, '--format', 'json', '--out', out]);
  return code === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as Dossier) : null;
}

/** The call on the report quote that covers the item's quoted words (as eval/provenance.ts). */
function callOf(dossier: Dossier | null, item: PairItem, reportText: string): Call | null {
  if (!dossier) return null;
  const at = reportText.indexOf(item.quote);
  const from = at >= 0 ? at : reportText.indexOf(item.report_context);
  const to = at >= 0 ? at + item.quote.length : from + item.report_context.length;
  let best: { overlap: number; call: Call } | null = null;
  for (const q of dossier.quotes) {
    if (q.article !== 'report.txt' || !q.provenance) continue;
    const overlap = Math.min(to, q.end) - Math.max(from, q.start);
    if (overlap <= 0 || (best && overlap <= best.overlap)) continue;
    const p = q.provenance;
    best = {
      overlap,
      call: {
        id: item.id,
        category: item.category,
        gold: item.verdict,
        verdict: p.verdict,
        confidence: p.confidence,
        reason: p.reasons[0] ?? '',
      },
    };
  }
  return best?.call ?? null;
}

/** Probability that a right call has a higher confidence than a wrong one (ties count half). */
function auroc(calls: Call[]): number {
  const right = calls.filter((c) => c.verdict === c.gold).map((c) => c.confidence);
  const wrong = calls.filter((c) => c.verdict !== c.gold).map((c) => c.confidence);
  if (right.length === 0 || wrong.length === 0) return Number.NaN;
  let sum = 0;
  for (const r of right) for (const w of wrong) sum += r > w ? 1 : r === w ? 0.5 : 0;
  return sum / (right.length * wrong.length);
}

function report(label: string, calls: Call[]): void {
  const wrong = calls.filter((c) => c.verdict !== c.gold);
  console.log(
    `\n## ${label}: ${calls.length} calls, ${wrong.length} wrong (accuracy ${(1 - wrong.length / calls.length).toFixed(3)})`,
  );
  BANDS.forEach((lo, i) => {
    const hi = BANDS[i + 1] ?? 1.01;
    const inBand = calls.filter((c) => c.confidence >= lo && c.confidence < hi);
    const ok = inBand.filter((c) => c.verdict === c.gold).length;
    const acc = inBand.length > 0 ? (ok / inBand.length).toFixed(3) : '—';
    console.log(
      `confidence [${lo.toFixed(2)}, ${Math.min(1, hi).toFixed(2)}): ${inBand.length} calls, accuracy ${acc}`,
    );
  });
  const sorted = [...calls].sort((a, b) => a.confidence - b.confidence);
  const checked = sorted.slice(0, Math.ceil(calls.length * CHECKED_SHARE));
  const caught = checked.filter((c) => c.verdict !== c.gold).length;
  console.log(`AUROC (right above wrong): ${auroc(calls).toFixed(3)}`);
  console.log(
    `wrong calls in the weakest ${CHECKED_SHARE * 100}%: ${caught}/${wrong.length} (checking at random finds ~${(wrong.length * CHECKED_SHARE).toFixed(1)})`,
  );
  if (show) {
    for (const c of sorted)
      console.log(
        `${c.confidence.toFixed(3)} ${c.verdict === c.gold ? 'ok ' : 'BAD'} ${c.id} ${c.category} gold ${c.gold} got ${c.verdict} — ${c.reason.slice(0, 100)}`,
      );
  }
}

try {
  const items = readFileSync(join(root, 'pairs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PairItem);
  const parts: [string, boolean][] = [];
  if (part === 'dev' || part === 'all') parts.push(['dev', false]);
  if (part === 'heldout' || part === 'all') parts.push(['held-out', true]);
  for (const [label, heldOut] of parts) {
    const calls: Call[] = [];
    for (const item of items.filter((i) => isHeldOutSource(i.source.path) === heldOut)) {
      const dir = join(work, 'pairs', item.id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'transcript.txt'),
        [
          `Remarks by ${item.speaker}`,
          '',
          item.source.date,
          '',
          `${item.speaker.toUpperCase()}: ${item.primary}`,
          '',
          'END',
          '',
        ].join('\n'),
      );
      const reportText = [`Report on remarks by ${item.speaker}`, '', item.report_context, ''].join('\n');
      writeFileSync(join(dir, 'report.txt'), reportText);
      const call = callOf(await analyze([dir, '--primary', 'transcript.txt']), item, reportText);
      if (call) calls.push(call);
    }
    report(label, calls);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
