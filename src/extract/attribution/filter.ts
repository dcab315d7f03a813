import shipped from './filter-weights.json' with { type: 'json' };
import type { Span } from '../../model/span.ts';
import { type FilterInput, filterFeatures } from './filter-features.ts';

/**
 * The second-stage filter over the learned reader's finished clauses, as stored in
 * filter-weights.json: a logistic regression over filter-features.ts's named features, trained on
 * PolNeAR train with cross-fitted ranker scores (scripts/attribution-filter-training.ts). A clause
 * whose score (log-odds of being a reported statement) falls under `cut` is dropped. Rebuilt by
 * `npm run train:attribution`.
 */
export interface FilterFile {
  cut: number;
  features: readonly string[];
  weights: readonly number[];
}

/** The filter ready to score. `cut` is mutable so the sweep (eval/attribution-filter.ts) can move it. */
export interface ReportedFilter {
  cut: number;
  weights: ReadonlyMap<string, number>;
}

export function compileFilter(file: FilterFile): ReportedFilter {
  if (file.features.length !== file.weights.length)
    throw new Error('attribution filter: features and weights differ in length');
  return { cut: file.cut, weights: new Map(file.features.map((f, k) => [f, file.weights[k]!])) };
}

export const SHIPPED_FILTER: ReportedFilter = compileFilter(shipped as FilterFile);

export function filterScore(filter: ReportedFilter, features: readonly string[]): number {
  let sum = 0;
  for (const f of features) sum += filter.weights.get(f) ?? 0;
  return sum;
}

/**
 * Whether a finished reported clause stands: its filter score reaches the cut. `observe`, when
 * given, sees every clause's features first (the trainer and the sweep record them).
 */
export function keepsReported(
  text: string,
  q: FilterInput,
  others: readonly (Span & { kind: string })[],
  filter: ReportedFilter = SHIPPED_FILTER,
  observe?: (q: Span, features: readonly string[]) => void,
): boolean {
  const features = filterFeatures(text, q, others);
  observe?.(q, features);
  return filterScore(filter, features) >= filter.cut;
}
