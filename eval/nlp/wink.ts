/**
 * wink-nlp behind the signatures of src/nlp: sentence spans and word tokens with offsets into the
 * caller's text. wink reports token values and the spaces before them, not offsets, so offsets are
 * recovered by finding each token's value from where the previous one ended.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../../src/model/span.ts';
import { splitParagraphs } from '../../src/nlp/paragraphs.ts';
import { normalizeWord, type Token } from '../../src/nlp/tokens.ts';

/** Only the sentence-boundary step: no POS tagging or entities, which the comparison does not use. */
const SBD = winkNLP(model, ['sbd']);
/** Tokenisation alone. */
const BARE = winkNLP(model, []);

/** wink's tokens of `text` as spans, in order; a value not found verbatim is skipped. */
function tokenSpans(
  nlp: typeof SBD,
  text: string,
): { spans: (Span | null)[]; doc: ReturnType<typeof SBD.readDoc> } {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spans: (Span | null)[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = text.indexOf(v, cursor);
    if (at === -1) {
      spans.push(null);
      continue;
    }
    spans.push({ start: at, end: at + v.length });
    cursor = at + v.length;
  }
  return { spans, doc };
}

/**
 * Sentence spans as src/nlp/sentences.ts returns them: wink runs within each paragraph, so both
 * splitters share the paragraph rule and differ only inside a paragraph.
 */
export function winkSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const p of splitParagraphs(text)) {
    const para = text.slice(p.start, p.end);
    const { spans, doc } = tokenSpans(SBD, para);
    const bounds = doc.sentences().out(SBD.its.span) as unknown as [number, number][];
    for (const [first, last] of bounds) {
      const a = spans.slice(first, last + 1).find((s) => s !== null);
      const b = spans
        .slice(first, last + 1)
        .reverse()
        .find((s) => s !== null);
      if (a && b) out.push({ start: p.start + a.start, end: p.start + b.end });
    }
  }
  return out;
}

/** Word tokens of `text[from, to)` as src/nlp/tokens.ts returns them: punctuation-only tokens dropped. */
export function winkTokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const { spans } = tokenSpans(BARE, slice);
  const out: Token[] = [];
  for (const s of spans) {
    if (s === null) continue;
    const word = slice.slice(s.start, s.end);
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    out.push({ start: from + s.start, end: from + s.end, text: word, norm: normalizeWord(word) });
  }
  return out;
}
