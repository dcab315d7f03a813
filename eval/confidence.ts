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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Quote } from '../src/model/quote.ts';
import { requireShared } from '../scripts/shared-data.ts';
import { isHeldOutSource, type PairItem, readPairs, runPair } from './pair-harness.ts';

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

const argv = process.argv.slice(2);
const partAt = argv.indexOf('--part');
const part = partAt >= 0 ? argv[partAt + 1] : 'dev';
const show = argv.includes('--show');
const root = requireShared('eval/provenance');
const work = mkdtempSync(join(tmpdir(), 'hearsay-eval-confidence-'));

/** The call on the item's report quote (see pair-harness.ts). */
function callOf(item: PairItem, quote: Quote | null): Call | null {
  const p = quote?.provenance;
  if (!p) return null;
  return {
    id: item.id,
    category: item.category,
    gold: item.verdict,
    verdict: p.verdict,
    confidence: p.confidence,
    reason: p.reasons[0] ?? '',
  };
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
  const items = readPairs(join(root, 'pairs.jsonl'));
  const parts: [string, boolean][] = [];
  if (part === 'dev' || part === 'all') parts.push(['dev', false]);
  if (part === 'heldout' || part === 'all') parts.push(['held-out', true]);
  for (const [label, heldOut] of parts) {
    const calls: Call[] = [];
    for (const item of items.filter((i) => isHeldOutSource(i.source.path) === heldOut)) {
      const call = callOf(item, (await runPair(work, item)).quote);
      if (call) calls.push(call);
    }
    report(label, calls);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
