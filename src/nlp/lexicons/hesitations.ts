/**
 * Hesitation sounds a transcript writes out ("we went, um, we went …"). They carry no words of the
 * speaker's: a restart around one is still a restart.
 */
export const HESITATIONS: ReadonlySet<string> = new Set([
  'um',
  'umm',
  'uh',
  'uhm',
  'er',
  'erm',
  'ah',
  'eh',
  'hmm',
  'mm',
]);
