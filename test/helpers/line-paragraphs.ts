import type { Span } from '../../src/model/span.ts';

/** Each non-blank line of `text` as a paragraph span, as the readers hand paragraphs to findSpeech. */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}
