/**
 * Escaping for the two human formats. Article text is hostile input (`<script>`, `<img onerror>`,
 * Markdown image links that would fetch on render), so every value from a dossier goes through
 * one of these before it reaches a page.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * One inline Markdown value (a table cell, a list item): line breaks folded, table pipes escaped,
 * and the characters that start raw HTML, links, images (`![` needs its `[`), code and emphasis
 * backslash-escaped (CommonMark renders `\<` as a literal `<`), so a renderer shows the text as
 * written and never runs or fetches anything from it. Left alone where CommonMark gives them no
 * meaning, to keep terminal output readable: `_` inside a word (`file_name`), `&` not starting an
 * entity (`Q&A`).
 */
export function escapeMarkdown(text: string): string {
  return showControls(text.replace(/\r\n?|\n/g, ' ')).replace(
    /[\\`*[\]<>|]|&(?=#?\w+;)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu,
    (c) => `\\${c}`,
  );
}

/**
 * Control characters made visible: C0 ones as their Unicode pictures (ESC → ␛), DEL as ␡, C1 ones
 * as U+FFFD. Markdown and diagnostics go to terminals, where an article's or a file name's
 * `ESC ]0;…BEL` retitles the window and other sequences clear the screen or write the clipboard.
 * Tab and line feed are left to the caller.
 */
export function showControls(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** A fragment-safe, injective `id` for an article anchor: ids may not hold white space. */
export function anchorOf(article: string): string {
  return `article-${article.replace(/[^A-Za-z0-9.-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}
