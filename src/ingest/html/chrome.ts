/**
 * Site chrome that survives Readability inside the article container: captions and photo
 * credits, share/subscribe prompts, bylines and timestamps, related-story rails, nav menus.
 * Two passes, both named rules:
 *   1. `skipChromeElement` (DOM): subtrees whose tag or class/id tokens say chrome;
 *   2. `dropChromeLines` (text): short lines whose words say chrome.
 * Both are bounded so a wrong guess cannot eat the article: the DOM pass spares any subtree
 * holding a large share of the text, the text pass only looks at short lines.
 */
import type { BoilerplateKind } from '../../model/article.ts';
import {
  CHROME_CLASS_TOKENS,
  CHROME_LINE_OPENINGS,
  type ChromeLineRow,
  CREDIT_LINE_PATTERNS,
  STAFF_CREDIT_PATTERNS,
} from './chrome-lexicon.ts';
import { type DomDocument, type DomElement, type DomNode, isElement, TEXT_NODE, tagOf } from './dom.ts';
import type { SkipElement, TextBlock } from './text.ts';

/**
 * A chrome-looking subtree is skipped only if it holds at most this share of the container's
 * text. Calibration: on the article-extraction benchmark (eval:html) 0.35 keeps body wrappers
 * that carry a `share`/`ad` token in their classes; related rails and captions are far smaller.
 */
const MAX_CHROME_SHARE = 0.35;

/**
 * Before Readability runs, a chrome-looking element is removed from the whole page only if its
 * text is at most this long: captions, credits, bylines, share bars and hover cards are short,
 * while a body wrapper with an unlucky class is long. Readability unwraps the `<div>`s that carry
 * those classes, so this is the only chance to see them. Calibrated on eval:html (400–1000 all
 * within 0.002 F1; 600 chosen as a round middle).
 */
const MAX_PRECLEAN_CHARS = 600;

/**
 * Reader prompts are short; a longer line starting "Read more…" is prose. 20 words covers
 * two-sentence newsletter pitches ("Sign up: Stay on top of … Sign up for our newsletters here.").
 */
const MAX_CHROME_LINE_WORDS = 20;

/** A button label standing alone ("Share", "Email", "Related stories") has at most this many words. */
const MAX_ALONE_WORDS = 3;

/** Credit/caption shapes are tested on lines up to this long (captions run to a sentence or two). */
const MAX_CREDIT_LINE_WORDS = 60;

/** "By Jane Roe and John Doe, Reuters" fits; a sentence starting "By the end of…" usually does not. */
const MAX_BYLINE_WORDS = 9;

/** Date/time stamps ("Updated 10:01 pm PST, Tuesday, November 19, 2019") stay under this. */
const MAX_DATELINE_WORDS = 14;

/** Tags that only ever hold page furniture when they appear inside the article container. */
const CHROME_TAGS: ReadonlySet<string> = new Set(['figcaption', 'nav', 'aside', 'footer', 'menu', 'dialog']);

const TOKEN_KINDS: ReadonlyMap<string, BoilerplateKind> = new Map(
  CHROME_CLASS_TOKENS.map((row) => [row.token, row.kind]),
);

/** `article__share-bar socialLinks` → article, share, bar, social, links. */
export function classTokens(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/** Chrome kind per class+id string, memoised per document: templates repeat the same few strings. */
export type ChromeKindMemo = Map<string, BoilerplateKind | null>;

function kindOfNames(names: string): BoilerplateKind | null {
  for (const token of classTokens(names)) {
    const kind = TOKEN_KINDS.get(token);
    if (kind) return kind;
  }
  return null;
}

/** The chrome kind an element's tag, class or id announces, if any. */
export function chromeKindOf(element: DomElement, memo: ChromeKindMemo = new Map()): BoilerplateKind | null {
  const tag = tagOf(element);
  if (CHROME_TAGS.has(tag)) return tag === 'figcaption' ? 'photo-credit' : 'navigation';
  const className = element.getAttribute('class');
  const id = element.getAttribute('id');
  if (!className && !id) return null;
  const names = `${className ?? ''} ${id ?? ''}`;
  let kind = memo.get(names);
  if (kind === undefined) {
    kind = kindOfNames(names);
    memo.set(names, kind);
  }
  return kind;
}

/**
 * A skip predicate for `elementToBlocks`: leaves out chrome-looking subtrees, except any holding
 * more than MAX_CHROME_SHARE of the container's text (that is the article, whatever its class).
 */
export function makeChromeSkipper(containerChars: number): SkipElement {
  const limit = containerChars * MAX_CHROME_SHARE;
  const memo: ChromeKindMemo = new Map();
  return (element) => {
    if (chromeKindOf(element, memo) === null) return false;
    return (element.textContent ?? '').length <= limit;
  };
}

/** What the pre-clean took out: timestamps among it still date the article. */
export interface RemovedChrome {
  kind: BoilerplateKind;
  text: string;
}

/**
 * Removes short chrome elements from the whole document before Readability scores it (see
 * MAX_PRECLEAN_CHARS) and returns what it removed, in document order.
 */
export function removeChromeElements(document: DomDocument): RemovedChrome[] {
  const body = document.querySelector('body');
  if (!body) return [];
  const doomed: DomElement[] = [];
  const memo: ChromeKindMemo = new Map();
  collectShortChrome(body, doomed, memo);
  const removed: RemovedChrome[] = [];
  for (const element of doomed) {
    removed.push({ kind: chromeKindOf(element, memo) ?? 'other', text: element.textContent ?? '' });
    element.remove();
  }
  return removed;
}

/**
 * One bottom-up pass: returns the text length under `node` and collects short chrome elements.
 * Linear in the page size, where asking each candidate for its textContent would be quadratic.
 */
function collectShortChrome(node: DomNode, doomed: DomElement[], memo: ChromeKindMemo): number {
  if (node.nodeType === TEXT_NODE) return (node.textContent ?? '').length;
  if (!isElement(node)) return 0;
  let length = 0;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    length += collectShortChrome(child, doomed, memo);
  }
  if (length <= MAX_PRECLEAN_CHARS && chromeKindOf(node, memo) !== null) doomed.push(node);
  return length;
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const OPENINGS_BY_LENGTH: readonly ChromeLineRow[] = [...CHROME_LINE_OPENINGS].sort(
  (a, b) => b.phrase.length - a.phrase.length,
);

/** A short line opening with a reader prompt ("Read more:", "Sign up", "Comments"). */
function isReaderPrompt(line: string, words: number): boolean {
  if (words > MAX_CHROME_LINE_WORDS) return false;
  const lower = line.toLowerCase().replace(/[’]/g, "'");
  return OPENINGS_BY_LENGTH.some((row) => {
    if (!lower.startsWith(row.phrase)) return false;
    if (row.alone && words > MAX_ALONE_WORDS) return false;
    if (row.label && /^\s*[\p{L}\p{N}]/u.test(lower.slice(row.phrase.length))) return false;
    // Whole words only: "share" must not match "Shares of the company rose".
    const next = lower.charAt(row.phrase.length);
    return next === '' || !/[\p{L}\p{N}]/u.test(next);
  });
}

/** A photo credit or caption line: "Photo: …", "(Image: …)", "… Getty Images". */
function isCreditLine(line: string, words: number): boolean {
  if (words > MAX_CREDIT_LINE_WORDS) return false;
  return CREDIT_LINE_PATTERNS.some((row) => row.pattern.test(line));
}

/** Month and weekday names, time words and zones: what is left of a timestamp after the digits. */
const DATE_WORDS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$|^(?:am|pm|a\.m\.|p\.m\.|at|on|of|utc|gmt|[a-z]st|[a-z]dt|[a-z]{1,2}t|today|yesterday|hours?|minutes?|ago|de|às)$/i;
/** Words that introduce a timestamp line. */
const DATELINE_LEAD =
  /^(?:updated|published|posted|last updated|first published|modified|publicado|опубликовано|обновлено)\b/i;

/** A line that is only a date and/or time, possibly introduced by "Updated"/"Published". */
function isDateline(line: string, wordTotal: number): boolean {
  if (wordTotal > MAX_DATELINE_WORDS) return false;
  const words = line
    .replace(/^[\s|•·–—-]+/, '')
    .replace(DATELINE_LEAD, '')
    .split(/[\s,|/;–—-]+/)
    .filter((w) => w !== '');
  if (!/\d/.test(line)) return false;
  return words.every((w) => /^[\d:.]+(?:st|nd|rd|th|h|am|pm)?$/i.test(w) || DATE_WORDS.test(w));
}

/** "By Jane Roe" / "By" alone: a byline line, not prose. */
function isBylineLine(line: string, words: number): boolean {
  if (!/^by\b/i.test(line) || words > MAX_BYLINE_WORDS) return false;
  // A byline names people, maybe followed by a timestamp: every word after "By" is capitalised,
  // a name joiner, or digits ("By Jane Roe - 11/18/19 11:04 PM EST").
  return line
    .split(/\s+/)
    .slice(1)
    .every(
      (w) =>
        /^[\p{Lu}|–—-]/u.test(w) ||
        /^[\d:/.,]+$/.test(w) ||
        /^(?:and|&|de|van|von|der|da|di|la|le)$/i.test(w),
    );
}

/** Staff credits are a sentence at most; a long paragraph mentioning "contributed reporting" is prose. */
const MAX_STAFF_CREDIT_WORDS = 40;

/** "(Reporting by …; Editing by …)", "Jane Roe contributed to this report." */
function isStaffCredit(line: string, words: number): boolean {
  return words <= MAX_STAFF_CREDIT_WORDS && STAFF_CREDIT_PATTERNS.some((row) => row.pattern.test(line));
}

/** Contact lines ("Reach the reporter at jane@example.com", "twitter.com/janeroe") are short. */
const MAX_CONTACT_LINE_WORDS = 30;
/**
 * The look-behind starts an address only where its run of address characters starts: without it a
 * long run with no "@" (a 100k-letter token) was tried from every position, quadratic (minutes).
 */
const CONTACT_MARK =
  /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w.])(?:twitter|facebook|instagram)\.com\/\w+/i;

/** A short line giving the reporter's e-mail or social profile. */
function isContactLine(line: string, words: number): boolean {
  return words <= MAX_CONTACT_LINE_WORDS && CONTACT_MARK.test(line);
}

/** A line that is nothing but a web address. */
function isBareUrl(line: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(line);
}

function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface ChromeContext {
  title: string | null;
  byline: string | null;
}

/** The context with title and byline in comparison form, computed once per page. */
interface ComparableContext {
  titleKey: string | null;
  bylineKey: string | null;
}

function toComparable(context: ChromeContext): ComparableContext {
  return {
    titleKey: context.title ? normalizeForCompare(context.title) : null,
    bylineKey: context.byline ? normalizeForCompare(context.byline) : null,
  };
}

/** No line rule looks at lines longer than this (the longest limit, MAX_CREDIT_LINE_WORDS). */
const MAX_RULE_WORDS = Math.max(MAX_CREDIT_LINE_WORDS, MAX_STAFF_CREDIT_WORDS, MAX_CONTACT_LINE_WORDS);

function ruleFor(line: string, context: ComparableContext): string | null {
  const words = wordCount(line);
  if (words > MAX_RULE_WORDS) return null;
  if (isBareUrl(line)) return 'chrome.url-line';
  if (isCreditLine(line, words)) return 'chrome.photo-credit';
  if (isDateline(line, words)) return 'chrome.timestamp';
  if (isBylineLine(line, words)) return 'chrome.byline';
  if (isStaffCredit(line, words)) return 'chrome.staff-credit';
  if (isContactLine(line, words)) return 'chrome.contact';
  if (isReaderPrompt(line, words)) return 'chrome.reader-prompt';
  if (context.titleKey !== null || context.bylineKey !== null) {
    const key = normalizeForCompare(line);
    if (key === context.titleKey) return 'chrome.repeated-headline';
    if (key === context.bylineKey) return 'chrome.byline';
  }
  return null;
}

/** The rule that marks one line as chrome, or null when the line is article text. */
export function chromeRuleFor(line: string, context: ChromeContext): string | null {
  return ruleFor(line, toComparable(context));
}

/** Removes chrome lines from each block; blocks left empty disappear. */
export function dropChromeLines(blocks: readonly TextBlock[], context: ChromeContext): TextBlock[] {
  const comparable = toComparable(context);
  const out: TextBlock[] = [];
  for (const block of blocks) {
    const lines = block.text.split('\n');
    const kept = lines.filter((line) => ruleFor(line, comparable) === null);
    if (kept.length === lines.length) out.push(block);
    else if (kept.length > 0) out.push({ ...block, text: kept.join('\n') });
  }
  return out;
}

/**
 * A block at least this share link text is a link, not prose. Calibration: eval:html pages;
 * headline links in related rails are 100% link, in-body links rarely cover a whole paragraph.
 */
const LINK_BLOCK_DENSITY = 0.8;

/** Headlines in a rail are short; a fully linked long paragraph is left alone. */
const MAX_RAIL_ITEM_WORDS = 20;

/** One linked line can be a source credit; two or more in a row are a list of other stories. */
const MIN_RAIL_RUN = 2;

function isLinkLine(block: TextBlock): boolean {
  return (
    block.linkChars >= block.text.length * LINK_BLOCK_DENSITY && wordCount(block.text) <= MAX_RAIL_ITEM_WORDS
  );
}

/**
 * Drops runs of short, all-link blocks: navigation menus and "more stories" rails that
 * Readability kept because they sat inside the article container.
 */
export function dropLinkRails(blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isLinkLine(blocks[j]!)) j++;
    if (j - i >= MIN_RAIL_RUN) i = j;
    else {
      out.push(blocks[i]!);
      i++;
    }
  }
  return out;
}
