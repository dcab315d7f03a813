import type { Article } from '../model/article.ts';

/**
 * Zero-width and bidi controls are invisible: ZERO WIDTH SPACE, joiners, LEFT-TO-RIGHT MARK and the
 * embedding/isolate controls, soft hyphens, a stray BOM. Pasted text and some CMSs scatter them
 * inside names and next to quotation marks, where they split "Be\u200brg" into two tokens and hide
 * a capital from the name patterns, so quotes lose their speaker. Unicode marks exactly these as
 * Default_Ignorable_Code_Point: a renderer shows nothing for them, so analysis may skip them too.
 *
 * The article's `text` is never changed (every span points into it). Analysis runs on a *view*
 * with the ignorables removed, and the spans it finds are mapped back, so a span covers the same
 * visible characters and any ignorables inside them.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const HAS_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** A text without its ignorables, and where each of its UTF-16 units sits in the original. */
export interface IgnorableView {
  text: string;
  /** `original[i]`: index in the original text of the view's unit i; one extra entry = original length. */
  original: Int32Array;
}

export function hasIgnorables(text: string): boolean {
  return HAS_IGNORABLE.test(text);
}

export function removeIgnorables(text: string): IgnorableView {
  const original = new Int32Array(text.length + 1);
  let out = '';
  let kept = 0;
  let from = 0;
  for (const match of text.matchAll(IGNORABLE)) {
    for (let i = from; i < match.index; i++) original[kept++] = i;
    out += text.slice(from, match.index);
    from = match.index + match[0].length;
  }
  for (let i = from; i < text.length; i++) original[kept++] = i;
  out += text.slice(from);
  original[kept] = text.length;
  return { text: out, original: original.slice(0, kept + 1) };
}

/** The original offset of a view span's start: its first character. */
export function toOriginalStart(view: IgnorableView, start: number): number {
  return view.original[Math.max(0, Math.min(start, view.text.length))]!;
}

/** The original offset of a view span's end: just after its last character (trailing ignorables stay out). */
export function toOriginalEnd(view: IgnorableView, end: number): number {
  if (end <= 0) return view.original[0]!;
  return view.original[Math.min(end, view.text.length) - 1]! + 1;
}

/** The view offset of an original offset: the number of kept units before it. */
function toViewOffset(view: IgnorableView, offset: number): number {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.original[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The article as analysis sees it: text without ignorables, boilerplate ranges moved to match.
 * Null when the text has none (the article is analysed as it is).
 */
export function toAnalysisView(article: Article): { article: Article; view: IgnorableView } | null {
  if (!hasIgnorables(article.text)) return null;
  const view = removeIgnorables(article.text);
  const boilerplate = article.boilerplate.map((b) => ({
    ...b,
    start: toViewOffset(view, b.start),
    end: toViewOffset(view, b.end),
  }));
  return { article: { ...article, text: view.text, boilerplate }, view };
}

/**
 * Maps every span in `value` (any object with numeric `start` and `end`, in the article named by
 * its own or its nearest enclosing `article` field) from view offsets back to original offsets.
 * A span's `text` that was the view's slice becomes the original's slice. Each object is mapped
 * once, however often it is referenced. Mutates `value`.
 */
export function restoreSpans(
  value: unknown,
  views: ReadonlyMap<string, { view: IgnorableView; original: string }>,
): void {
  const seen = new WeakSet<object>();
  const visit = (node: unknown, article: string | null): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item, article);
      return;
    }
    const record = node as Record<string, unknown>;
    const here = typeof record.article === 'string' ? record.article : article;
    const entry = here === null ? undefined : views.get(here);
    if (entry && typeof record.start === 'number' && typeof record.end === 'number') {
      const { start, end } = record;
      const wasSlice = typeof record.text === 'string' && record.text === entry.view.text.slice(start, end);
      record.start = toOriginalStart(entry.view, start);
      record.end = Math.max(record.start as number, toOriginalEnd(entry.view, end));
      if (wasSlice) record.text = entry.original.slice(record.start as number, record.end as number);
    }
    for (const key of Object.keys(record)) visit(record[key], here);
  };
  visit(value, null);
}
