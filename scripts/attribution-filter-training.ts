/**
 * Trains the second-stage filter (src/extract/attribution/filter.ts) over the learned reader's
 * finished clauses, for scripts/train-attribution.ts. The clauses are those `extractQuotes`
 * reports on PolNeAR train, each article read by a ranker trained without its fold (cross-fitting:
 * the filter reads the rankers' scores, and scores on articles a ranker learned from are higher
 * and surer than it gives unseen text). A clause is labelled right when at least half of its
 * letters and digits lie in a gold content (score_attribution.py's precision rule), and a logistic
 * regression with an L2 penalty, fitted by Newton's method (no shuffle: the same
 * weights every run), learns to tell right from wrong.
 */
import type { Article } from '../src/model/article.ts';
import type { EntityIndex } from '../src/model/entity.ts';
import type { Span } from '../src/model/span.ts';
import { compileModel, type ModelFile, SHIPPED_MODEL } from '../src/extract/attribution/model.ts';
import { compileFilter, type FilterFile } from '../src/extract/attribution/filter.ts';
import { extractQuotes } from '../src/extract/quotes.ts';

/** One clause the filter learns from: its features and whether it is right. */
export interface FilterExample {
  features: readonly string[];
  right: boolean;
}

/** Gold contents of one article, as character spans. */
export type GoldContents = readonly (readonly [number, number])[][];

/** Features seen on fewer clauses than this are dropped: they would only memorise a few articles. */
const MIN_FILTER_FEATURE_COUNT = 20;
/** L2 penalty (on the summed log-loss) and Newton steps (it has converged well before). */
const L2 = 1;
const STEPS = 25;

/** Whether at least half of a span's letters and digits lie in one gold content. */
export function precisionMatcher(text: string, golds: GoldContents): (s: Span) => boolean {
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + (/[\p{L}\p{N}]/u.test(text[i]!) ? 1 : 0);
  const count = (s: number, e: number): number => (e > s ? prefix[e]! - prefix[s]! : 0);
  return ({ start, end }) => {
    const own = count(start, end);
    return (
      own > 0 &&
      golds.some(
        (g) => g.reduce((n, [s, e]) => n + count(Math.max(s, start), Math.min(e, end)), 0) >= 0.5 * own,
      )
    );
  };
}

/**
 * The learned clauses `extractQuotes` reports for each article with the filter off, read by the
 * model `modelFor` gives for the article (its fold's), with their features and labels.
 */
export function collectFilterExamples(
  articles: readonly Article[],
  golds: (a: Article) => GoldContents | null,
  entities: EntityIndex,
  modelFor: (a: Article) => ModelFile,
): FilterExample[] {
  const out: FilterExample[] = [];
  const open = compileFilter({ cut: -Infinity, features: [], weights: [] });
  const shipped = { ...SHIPPED_MODEL };
  let current: ModelFile | null = null;
  try {
    for (const article of articles) {
      const g = golds(article);
      if (!g) continue;
      const file = modelFor(article);
      if (file !== current) Object.assign(SHIPPED_MODEL, compileModel((current = file)));
      const right = precisionMatcher(article.text, g);
      extractQuotes(article, entities, {
        indirect: true,
        reportedFilter: open,
        observeReported: (clause, features) => out.push({ features, right: right(clause) }),
      });
    }
  } finally {
    Object.assign(SHIPPED_MODEL, shipped);
  }
  return out;
}

/** A logistic regression over the examples' frequent features; `cut` is written as given. */
export function trainFilter(examples: readonly FilterExample[], cut: number): FilterFile {
  const seen = new Map<string, number>();
  for (const x of examples) for (const f of x.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const names = [...seen]
    .filter(([, n]) => n >= MIN_FILTER_FEATURE_COUNT)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, k) => [f, k]));
  const rows = examples.map((x) => ({
    ids: Int32Array.from(x.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))),
    y: x.right ? 1 : 0,
  }));
  const w = newtonFit(rows, names.length);
  const features: string[] = [];
  const weights: number[] = [];
  names.forEach((f, k) => {
    const v = Math.round(w[k]! * 1000) / 1000;
    if (v === 0) return;
    features.push(f);
    weights.push(v);
  });
  return { cut, features, weights };
}

/**
 * An L2-penalised logistic regression fitted by Newton's method: a few dozen features, so the
 * Hessian is small and each step solves it exactly (Gaussian elimination), in a fixed order, so
 * the weights are the same every run.
 */
function newtonFit(rows: readonly { ids: Int32Array; y: number }[], size: number): Float64Array {
  const w = new Float64Array(size);
  for (let step = 0; step < STEPS; step++) {
    const g = Float64Array.from(w, (v) => L2 * v);
    const h = Array.from({ length: size }, (_, i) => {
      const row = new Float64Array(size);
      row[i] = L2;
      return row;
    });
    for (const { ids, y } of rows) {
      let z = 0;
      for (const i of ids) z += w[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const curve = p * (1 - p);
      for (const i of ids) {
        g[i] = g[i]! + p - y;
        const hi = h[i]!;
        for (const j of ids) hi[j] = hi[j]! + curve;
      }
    }
    const delta = solve(h, g);
    for (let i = 0; i < size; i++) w[i] = w[i]! - delta[i]!;
  }
  return w;
}

/** x with a x = b, by Gaussian elimination with partial pivoting (a is positive definite here). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row) => Float64Array.from(row));
  const x = Float64Array.from(b);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    [x[c], x[p]] = [x[p]!, x[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k < n; k++) m[r]![k] = m[r]![k]! - f * m[c]![k]!;
      x[r] = x[r]! - f * x[c]!;
    }
  }
  for (let c = n - 1; c >= 0; c--) {
    let v = x[c]!;
    for (let k = c + 1; k < n; k++) v -= m[c]![k]! * x[k]!;
    x[c] = v / m[c]![c]!;
  }
  return x;
}
