import { z } from 'zod';

/**
 * Every tunable of a run, with its default, in one schema: the type, the defaults and the
 * documentation are one thing. CLI flags override only what they set.
 */
export const OptionsSchema = z.object({
  /** Re-rank provenance candidates with the Universal Sentence Encoder (slower; lexical otherwise). */
  semantic: z.boolean().default(false),
  /**
   * Also report indirect (reported) speech — "He warned that …" — as quotes of kind `indirect`.
   * Off by default: reported speech is the outlet's paraphrase, so it cannot be checked word for
   * word against a primary, and annotators of direct quotes do not count it.
   */
  indirect: z.boolean().default(false),
  /** User-chosen primary sources: story id or member article id → article id. */
  primaryOverrides: z.record(z.string(), z.string()).default({}),
  /** Single documents larger than this are refused (bytes). */
  maxDocumentBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
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
