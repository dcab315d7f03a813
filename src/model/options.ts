import { z } from 'zod';

/**
 * Every tunable of a run, with its default, in one schema: the type, the defaults and the
 * documentation are one thing. CLI flags override only what they set.
 */
export const OptionsSchema = z.object({
  /** Re-rank provenance candidates with the Universal Sentence Encoder (slower; lexical otherwise). */
  semantic: z.boolean().default(false),
  /**
   * Also report indirect (reported) speech — "He warned that …" — as quotes of kind `indirect`,
   * read by the learned attribution model (src/extract/attribution/). On by default since its
   * precision on PolNeAR dev passed 0.85; reported speech is the outlet's paraphrase, so provenance
   * and the seeds' scorer leave `indirect` quotes out of word-for-word checks.
   */
  indirect: z.boolean().default(true),
  /** User-chosen primary sources: story id or member article id → article id. */
  primaryOverrides: z.record(z.string(), z.string()).default({}),
  /** Single documents larger than this are refused (bytes). */
  maxDocumentBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /**
   * Reading one document (decode, HTML extraction, chrome, metadata) taking longer than this is
   * reported (HEARSAY_E_TIME_BUDGET) and the document skipped; an analysis pass taking longer on
   * one article is reported (HEARSAY_W_ANALYSIS_FAILED) and the article kept without what that
   * pass finds. On worker threads (`--jobs` 2 or more) the work is stopped when the budget runs
   * out; on the calling thread it can only be measured when done. Pages take well under a second;
   * the default leaves room for a loaded machine.
   */
  documentBudgetMs: z.number().int().positive().default(20_000),
  /** Containers (JSONL, feeds) larger than this are refused (bytes). */
  maxContainerBytes: z
    .number()
    .int()
    .positive()
    .default(1024 * 1024 * 1024),
});

export type Options = z.infer<typeof OptionsSchema>;

export function makeOptions(overrides: Partial<Options> = {}): Options {
  return OptionsSchema.parse(overrides);
}
