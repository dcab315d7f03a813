import { z } from 'zod';
import { DEFAULT_OPTIONS, type Options } from './options.ts';

/**
 * The run options as a zod schema, for programs that check their own configuration with zod.
 * Hearsay itself builds options with makeOptions (options.ts), the same check without loading zod;
 * test/model/options.test.ts holds the two to the same answers.
 */
export const OptionsSchema = z.object({
  semantic: z.boolean().default(DEFAULT_OPTIONS.semantic),
  indirect: z.boolean().default(DEFAULT_OPTIONS.indirect),
  primaryOverrides: z.record(z.string(), z.string()).default(() => ({})),
  maxDocumentBytes: z.number().int().positive().default(DEFAULT_OPTIONS.maxDocumentBytes),
  documentBudgetMs: z.number().int().positive().default(DEFAULT_OPTIONS.documentBudgetMs),
  maxContainerBytes: z.number().int().positive().default(DEFAULT_OPTIONS.maxContainerBytes),
});

// The schema's output is exactly Options: a field added to one and not the other fails type-checking.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameType: Same<z.infer<typeof OptionsSchema>, Options> = true;
void sameType;
