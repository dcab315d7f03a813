/**
 * Every tunable of a run, with its default. CLI flags override only what they set. Checked by
 * hand rather than by a zod schema: zod is ~95 modules, a fifth of what a short `analyze` loads
 * (~40 ms of its start-up); options-schema.ts keeps the schema for library users, and a test holds
 * the two to the same answers.
 */
export interface Options {
  /** Re-rank provenance candidates with the Universal Sentence Encoder (slower; lexical otherwise). */
  semantic: boolean;
  /**
   * Also report indirect (reported) speech — "He warned that …" — as quotes of kind `indirect`,
   * read by the learned attribution model (src/extract/attribution/). On by default since its
   * precision on PolNeAR dev passed 0.85; reported speech is the outlet's paraphrase, so provenance
   * judges `indirect` quotes by meaning (`supported` / `unsupported`), not word for word, and the
   * seeds' scorer leaves them out.
   */
  indirect: boolean;
  /** User-chosen primary sources: story id or member article id → article id. */
  primaryOverrides: Record<string, string>;
  /** Single documents larger than this are refused (bytes). */
  maxDocumentBytes: number;
  /**
   * Reading one document (decode, HTML extraction, chrome, metadata) taking longer than this is
   * reported (HEARSAY_E_TIME_BUDGET) and the document skipped; an analysis pass taking longer on
   * one article is reported (HEARSAY_W_ANALYSIS_FAILED) and the article kept without what that
   * pass finds. On worker threads (`--jobs` 2 or more) the work is stopped when the budget runs
   * out; on the calling thread it can only be measured when done. Pages take well under a second;
   * the default leaves room for a loaded machine.
   */
  documentBudgetMs: number;
  /** Containers (JSONL, feeds) larger than this are refused (bytes). */
  maxContainerBytes: number;
}

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  semantic: false,
  indirect: true,
  primaryOverrides: Object.freeze({}) as Record<string, string>,
  maxDocumentBytes: 10 * 1024 * 1024,
  documentBudgetMs: 20_000,
  maxContainerBytes: 1024 * 1024 * 1024,
});

type Check = (value: unknown) => boolean;

const isBoolean: Check = (v) => typeof v === 'boolean';
const isPositiveInteger: Check = (v) => Number.isSafeInteger(v) && (v as number) > 0;
/** A plain object (not an array, a Map or a Date) of string values. */
const isStringRecord: Check = (v) => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (
    (proto === Object.prototype || proto === null) && Object.values(v).every((x) => typeof x === 'string')
  );
};

const CHECKS: Record<keyof Options, Check> = {
  semantic: isBoolean,
  indirect: isBoolean,
  primaryOverrides: isStringRecord,
  maxDocumentBytes: isPositiveInteger,
  documentBudgetMs: isPositiveInteger,
  maxContainerBytes: isPositiveInteger,
};

/**
 * The defaults with `overrides` applied; an override left undefined takes the default, keys that
 * are not options are dropped, and a value of the wrong kind throws a TypeError naming the option.
 */
export function makeOptions(overrides: Partial<Options> = {}): Options {
  const out = { ...DEFAULT_OPTIONS, primaryOverrides: {} } as Options;
  const given = overrides as Record<string, unknown>;
  for (const key of Object.keys(CHECKS) as (keyof Options)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (!CHECKS[key](value)) throw new TypeError(`invalid option ${key}: ${String(value)}`);
    (out as unknown as Record<string, unknown>)[key] =
      key === 'primaryOverrides' ? { ...(value as object) } : value;
  }
  return out;
}
