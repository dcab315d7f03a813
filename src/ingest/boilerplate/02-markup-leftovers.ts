import { type ChromeDoc, markLine } from './doc.ts';

/**
 * Configuration and markup that leaked into the text from widgets and templates: consent-widget
 * settings (`buttons=(Accept !) days=(20)`), attribute lists, WordPress shortcodes, template tags,
 * stray script lines. Prose never consists of `key=value` pairs, so the shape alone decides.
 */

/** One `key=value` setting: value in parentheses, quotes, or a bare token. */
const SETTING = /[\p{L}_][\w.-]*\s?=\s?(?:\([^()\n]*\)|"[^"\n]*"|'[^'\n]*'|[^\s"'=(),;]+)/uy;
const SETTING_GAP = /[\s,;&]*/y;
/** `[caption id="…"]`, `[/embed]`: shortcodes are lower-case names in square brackets. */
const SHORTCODE_LINE = /^\[\/?[a-z][a-z0-9_-]*(?:\s[^\]\n]*)?\]/;
/** `{{ title }}`, `{% block %}`: unrendered template tags. */
const TEMPLATE_LINE = /^\{[{%][^\n]*[}%]\}$/;
/** Script leftovers: declarations and DOM/global calls that no sentence starts with. */
const SCRIPT_LINE =
  /^(?:(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\(|\(function\s*\(|window\.[\w$.]+\s*[=(]|document\.[\w$.]+\s*[=(]|googletag\.|\(adsbygoogle)/;
/** Character references left unrendered: `&#3;`, `&nbsp;`, alone on their line. */
const ENTITY_LINE = /^(?:&#?[a-z0-9]+;\s*)+$/i;
/** A lone HTML tag line: `<div class="ad">`, `</p>`; known tag names only ("<The Palace>" is a title). */
const TAG_LINE =
  /^<\/?(?:div|span|p|a|img|br|hr|iframe|script|style|section|article|aside|figure|figcaption|ul|ol|li|table|tr|td|th|h[1-6]|strong|em|b|i|u|noscript|svg|path|button|input|form|label|meta|link|picture|source|video|audio|blockquote|header|footer|nav|main)(?:\s[^<>\n]*)?\/?>$/;

/** Whether the line is nothing but `key=value` settings, at least one of them parenthesised or two of them. */
export function isSettingsLine(line: string): boolean {
  let pos = 0;
  let settings = 0;
  let parenthesised = false;
  while (pos < line.length) {
    SETTING.lastIndex = pos;
    const m = SETTING.exec(line);
    if (!m) return false;
    settings++;
    if (m[0].endsWith(')')) parenthesised = true;
    pos = SETTING.lastIndex;
    SETTING_GAP.lastIndex = pos;
    SETTING_GAP.exec(line);
    pos = SETTING_GAP.lastIndex;
  }
  return settings >= 2 || parenthesised;
}

/** Marks widget settings, shortcodes, template tags and script lines. */
export function markMarkupLeftovers(doc: ChromeDoc): void {
  doc.lines.forEach((line, i) => {
    const t = line.text;
    const first = t[0];
    if (t.includes('=') && !t.includes(' = ') && isSettingsLine(t))
      markLine(doc, i, 'other', 'chrome.widget-config');
    else if (first === '[' && SHORTCODE_LINE.test(t)) markLine(doc, i, 'other', 'chrome.shortcode');
    else if (first === '{' && TEMPLATE_LINE.test(t)) markLine(doc, i, 'other', 'chrome.template-tag');
    else if (first === '&' && ENTITY_LINE.test(t)) markLine(doc, i, 'other', 'chrome.markup-entity');
    else if (first === '<' && TAG_LINE.test(t)) markLine(doc, i, 'other', 'chrome.html-tag');
    else if (SCRIPT_START.has(first ?? '') && SCRIPT_LINE.test(t)) markLine(doc, i, 'other', 'chrome.script');
  });
}

/** First characters of SCRIPT_LINE alternatives: a gate that skips the regex for almost every line. */
const SCRIPT_START = new Set(['v', 'l', 'c', 'f', '(', 'w', 'd', 'g']);
