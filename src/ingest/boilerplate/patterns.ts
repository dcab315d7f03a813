/** What a literal space in a lexicon pattern stands for: a run of spaces within one line. */
const SPACE_RUN = '[ \\t\\u00a0]+';

/** A pattern fragment with each literal space outside `[…]` classes turned into SPACE_RUN. */
function widenSpaces(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch === ' ' && !inClass ? SPACE_RUN : ch;
  }
  return out;
}

/**
 * Builds a regular-expression alternation from pattern fragments, refusing an empty group (an
 * empty alternation matches everywhere) and letting a space match any run of in-line white space.
 */
export function alternation(patterns: readonly string[]): string {
  if (patterns.length === 0) throw new Error('alternation: empty pattern group');
  for (const p of patterns) if (p.length === 0) throw new Error('alternation: empty pattern');
  return patterns.map((p) => `(?:${widenSpaces(p)})`).join('|');
}
