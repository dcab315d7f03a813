/**
 * The article-extraction benchmark's metric, re-implemented from the upstream `evaluate.py`
 * (scrapinghub/article-extraction-benchmark): `\w+` Unicode tokens, word 4-gram shingle multisets,
 * per-page TP/FP/FN normalised by their sum, precision and recall averaged over pages, F1 from
 * the two means. Accuracy is the share of pages whose token list equals the gold's exactly.
 */

/** Shingle width used upstream (`ngram_n=4`). */
const SHINGLE_TOKENS = 4;

/**
 * Python's Unicode `\w`: letters, numbers and underscore. Combining marks are not `\w` in Python,
 * so they are left out here too (they split a word, as upstream does).
 */
const PYTHON_WORD = /[\p{L}\p{N}_]+/gu;

/** A page's counts after normalisation: tp + fp + fn is 1, or all are 0 when both texts are empty. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ExtractionScores {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** Tokens as upstream `_tokenize` finds them, case kept. */
export function tokenizeLikeUpstream(text: string): string[] {
  return text.match(PYTHON_WORD) ?? [];
}

/** Word n-gram multiset; a text shorter than n tokens yields one shorter shingle, an empty one none. */
export function countShingles(tokens: readonly string[], n = SHINGLE_TOKENS): Map<string, number> {
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    // NUL never occurs inside a `\w` token, so joining with it keeps shingles distinct.
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Upstream `string_shingle_matching`: TP/FP/FN over shingles, normalised so every page weighs the same. */
export function matchShingles(gold: string, predicted: string): PageCounts {
  const goldCounts = countShingles(tokenizeLikeUpstream(gold));
  const predictedCounts = countShingles(tokenizeLikeUpstream(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, g] of goldCounts) {
    const p = predictedCounts.get(key) ?? 0;
    tp += Math.min(g, p);
    fn += Math.max(0, g - p);
  }
  for (const [key, p] of predictedCounts) {
    fp += Math.max(0, p - (goldCounts.get(key) ?? 0));
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Upstream `precision_score`: 1 for a perfect page, 0 when nothing predicted matched. */
function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Upstream `recall_score`. */
function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Scores a set of pages: `pairs` holds the gold body and the predicted body of each page. */
export function scoreExtraction(pairs: readonly { gold: string; predicted: string }[]): ExtractionScores {
  const counts = pairs.map(({ gold, predicted }) => matchShingles(gold, predicted));
  // Upstream skips pages whose denominator is empty.
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = pairs.filter(({ gold, predicted }) => sameTokens(gold, predicted)).length;
  return { precision, recall, f1, accuracy: pairs.length ? exact / pairs.length : 0, pages: pairs.length };
}

function sameTokens(a: string, b: string): boolean {
  const ta = tokenizeLikeUpstream(a);
  const tb = tokenizeLikeUpstream(b);
  return ta.length === tb.length && ta.every((t, i) => t === tb[i]);
}
