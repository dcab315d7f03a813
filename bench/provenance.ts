/**
 * Provenance retrieval at scale: the sentence index built from 10k, 100k and 1M sentences (Reuters
 * sentences; past the corpus's own count each further copy is varied — numbers shifted, a word
 * dropped, two words swapped — so near-duplicates crowd the index as they would across outlets),
 * then 1,000 quote look-ups at each size: a quote is the middle of a corpus sentence with one word
 * dropped. Prints median and p99 ms per look-up, build time, memory, and how often the source
 * sentence (or one of its variants) is in the top 10.
 * Goal (issue "Is the quote real?"): median < 5 ms at 1M sentences, growth ≤ 2× from 10k to 1M.
 * Run: npm run bench:provenance  (node bench/provenance.ts [--sizes 10000,100000])
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { type SentenceIndex, SentenceIndexBuilder } from '../src/link/provenance/primaries/sentence-index.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import { requireShared } from '../scripts/shared-data.ts';

const LOOKUPS = 1000;
const TOP_K = 10;
const MIN_SENTENCE_CHARS = 40;
const sizesArg = process.argv.indexOf('--sizes');
const budgetArg = process.argv.indexOf('--budget');
const BUDGET = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : undefined;
const SIZES =
  sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [10_000, 100_000, 1_000_000];

/** Reuters wraps lines at ~65 columns and indents paragraphs: unwrap before splitting sentences. */
function unwrap(text: string): string {
  return text.replace(/\n(?![ \t]{2,})/g, ' ').replace(/\n[ \t]+/g, '\n');
}

function loadSentences(): string[] {
  const raw = gunzipSync(readFileSync(requireShared('corpora/reuters21578.jsonl.gz'))).toString('utf8');
  const out: string[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { text?: string };
    const text = unwrap(record.text ?? '');
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      if (sentence.length >= MIN_SENTENCE_CHARS) out.push(sentence);
    }
  }
  return out;
}

/** Copy `v` of a sentence: digits shifted by v, one word dropped, two neighbours swapped. */
function vary(sentence: string, v: number): string {
  if (v === 0) return sentence;
  const words = sentence.replace(/\d/g, (d) => String((Number(d) + v) % 10)).split(' ');
  if (words.length > 4) {
    words.splice((v * 13) % words.length, 1);
    const i = (v * 7) % (words.length - 1);
    [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
  }
  return words.join(' ');
}

/** A reported quote of a sentence: its middle 70 %, one word left out. */
function quoteOf(sentence: string, seed: number): string {
  const words = sentence.split(' ');
  const from = Math.floor(words.length * 0.15);
  const to = Math.max(from + 3, Math.ceil(words.length * 0.85));
  const middle = words.slice(from, to);
  if (middle.length > 5) middle.splice(seed % middle.length, 1);
  return middle.join(' ');
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap plus array buffers after a full collection. */
function memoryMb(): number {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function build(base: string[], size: number): { index: SentenceIndex; ms: number; mb: number } {
  const before = memoryMb();
  const t0 = performance.now();
  const builder = new SentenceIndexBuilder();
  for (let i = 0; i < size; i++) {
    const text = vary(base[i % base.length]!, Math.floor(i / base.length));
    builder.add(i, text, [{ start: 0, end: text.length }]);
  }
  const index = builder.build();
  const ms = performance.now() - t0;
  return { index, ms, mb: memoryMb() - before };
}

function lookups(index: SentenceIndex, base: string[], size: number): { times: number[]; hits: number } {
  const pool = Math.min(base.length, size);
  const times: number[] = [];
  let hits = 0;
  for (let q = 0; q < LOOKUPS; q++) {
    const source = (q * 7919) % pool;
    const quote = quoteOf(base[source]!, q);
    const t0 = performance.now();
    const found = index.search(quote, TOP_K, BUDGET === undefined ? {} : { budget: BUDGET });
    times.push(performance.now() - t0);
    if (found.some((h) => index.ref(h.sentence).doc % base.length === source)) hits++;
  }
  return { times: times.sort((a, b) => a - b), hits };
}

const base = loadSentences();
console.log(
  `corpus: ${base.length} Reuters sentences (≥ ${MIN_SENTENCE_CHARS} chars); ${LOOKUPS} look-ups per size, top ${TOP_K}`,
);
console.log('sentences   build s   memory MB   postings     median ms   p99 ms   source in top 10');
const medians: number[] = [];
for (const size of SIZES) {
  const { index, ms, mb } = build(base, size);
  lookups(index, base, size); // warm-up pass: JIT and caches, not timed
  const { times, hits } = lookups(index, base, size);
  const median = percentile(times, 0.5);
  medians.push(median);
  console.log(
    [
      String(size).padStart(9),
      (ms / 1000).toFixed(1).padStart(9),
      mb.toFixed(0).padStart(11),
      String(index.postings).padStart(10),
      median.toFixed(3).padStart(13),
      percentile(times, 0.99).toFixed(3).padStart(8),
      `${((100 * hits) / LOOKUPS).toFixed(1)} %`.padStart(18),
    ].join(' '),
  );
}
if (medians.length > 1) {
  console.log(
    `median growth ${SIZES[0]} → ${SIZES[SIZES.length - 1]}: ${(medians[medians.length - 1]! / medians[0]!).toFixed(2)}×`,
  );
}
