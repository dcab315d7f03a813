/**
 * Turns an element's subtree into text blocks the way a browser lays them out: one block per
 * paragraph, heading, list item or table row; `<br>` a line break inside a block; runs of white
 * space collapsed; entities already decoded by the parser. Readability's `textContent` glues
 * adjacent paragraphs ("end.Next"), which both merges words and hides paragraph structure.
 */
import { type DomElement, type DomNode, isElement, TEXT_NODE, tagOf } from './dom.ts';

/** What a block was in the page; chrome rules and the joiner look at it. */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'caption' | 'quote' | 'pre' | 'row';

export interface TextBlock {
  text: string;
  kind: BlockKind;
  /** Characters of `text` that sat inside links: navigation and related-story rails are all link. */
  linkChars: number;
}

/** Decides whether a subtree is left out of the text (site chrome inside the article container). */
export type SkipElement = (element: DomElement) => boolean;

/** Elements that start and end a block, with the kind of block they make. */
const BLOCK_KINDS: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph',
  div: 'paragraph',
  section: 'paragraph',
  article: 'paragraph',
  main: 'paragraph',
  header: 'paragraph',
  footer: 'paragraph',
  aside: 'paragraph',
  nav: 'paragraph',
  address: 'paragraph',
  center: 'paragraph',
  form: 'paragraph',
  fieldset: 'paragraph',
  details: 'paragraph',
  summary: 'paragraph',
  dl: 'paragraph',
  dt: 'item',
  dd: 'item',
  ul: 'paragraph',
  ol: 'paragraph',
  li: 'item',
  table: 'paragraph',
  tbody: 'paragraph',
  thead: 'paragraph',
  tfoot: 'paragraph',
  caption: 'caption',
  tr: 'row',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  hgroup: 'heading',
  blockquote: 'quote',
  figure: 'paragraph',
  figcaption: 'caption',
  pre: 'pre',
  hr: 'paragraph',
};

/** Elements whose content is never article text (code, controls, embedded media). */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
]);

/** Table cells are inline neighbours within their row; a space keeps "Name" and "Value" apart. */
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Hidden in the page means not read by a person: the `hidden` attribute or inline `display:none`. */
function isHidden(element: DomElement): boolean {
  if (element.getAttribute('hidden') !== null) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Collapses white space the way HTML rendering does, keeping the explicit `<br>` line breaks. */
function collapseInline(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Bold elements that may hold a transcript's turn label at a paragraph start. */
const BOLD_TAGS: ReadonlySet<string> = new Set(['b', 'strong']);
/**
 * A bold run that reads as a turn label: capitals only ("MS. ARDEN", "THE PRESIDENT", "Q"), at
 * most six words, no colon of its own. Title-case bold ("Jane Doe has …") is a lead-in of prose.
 */
const BOLD_LABEL = /^(?=[^:]*\p{Lu})[\p{Lu}\p{N}.'’\- ]{1,48}$/u;
const MAX_BOLD_LABEL_WORDS = 6;

/** Line break marker inside a block's buffer; text nodes have their own newlines collapsed first. */
const BREAK = '\n';

class BlockWriter {
  readonly blocks: TextBlock[] = [];
  private buffer: string[] = [];
  private readonly kinds: BlockKind[] = ['paragraph'];
  private preDepth = 0;
  linkDepth = 0;
  private linkChars = 0;
  /** A bold label just closed at the block start: a colon goes before the words that follow. */
  private labelPending = false;

  text(value: string): void {
    if (this.labelPending && value.trim() !== '') {
      this.labelPending = false;
      if (/^\s*[\p{L}\p{N}"“‘(]/u.test(value)) this.buffer.push(':');
    }
    const text = this.preDepth > 0 ? value.replace(/\n/g, BREAK) : value.replace(/\s+/g, ' ');
    this.buffer.push(text);
    if (this.linkDepth > 0) this.linkChars += text.trim().length;
  }

  /** Whether nothing but white space is written in the current block yet. */
  atBlockStart(): boolean {
    return this.buffer.join('').trim() === '';
  }

  /** Text written in the current block so far. */
  written(): string {
    return this.buffer.join('');
  }

  /**
   * A paragraph-initial bold label ("<b>MS. ARDEN</b> Thank you."): transcripts published as
   * HTML mark the speaker by weight instead of a colon; the colon is written so the text reads
   * as the same transcript in every format.
   */
  markBoldLabel(label: string): void {
    const words = label.trim().split(/\s+/u);
    if (BOLD_LABEL.test(label.trim()) && words.length <= MAX_BOLD_LABEL_WORDS) this.labelPending = true;
  }

  /**
   * A turn label in a cell or term of its own ("<td>MS. ARDEN</td><td>Thank you.</td>",
   * "<dt>Q</dt><dd>…</dd>"): a transcript laid out as a table or a definition list. The colon is
   * written, as for a bold label, when the label is followed by words (a lower-case letter: a
   * data table's "GDP | 2.3%" is no turn).
   */
  markCellLabel(label: string, next: DomElement | null): void {
    const words = label.trim().split(/\s+/u);
    if (!BOLD_LABEL.test(label.trim()) || words.length > MAX_BOLD_LABEL_WORDS) return;
    if (next === null || !/\p{Ll}/u.test(next.textContent ?? '')) return;
    this.buffer.push(':');
  }

  lineBreak(): void {
    this.buffer.push(BREAK);
  }

  space(): void {
    this.buffer.push(' ');
  }

  open(kind: BlockKind): void {
    this.flush();
    this.kinds.push(kind);
    if (kind === 'pre') this.preDepth++;
  }

  close(): void {
    this.flush();
    const kind = this.kinds.pop();
    if (kind === 'pre') this.preDepth--;
  }

  flush(): void {
    this.labelPending = false;
    if (this.buffer.length === 0) return;
    const text = collapseInline(this.buffer.join(''));
    const linkChars = Math.min(this.linkChars, text.length);
    this.buffer = [];
    this.linkChars = 0;
    if (text !== '')
      this.blocks.push({ text, kind: this.kinds[this.kinds.length - 1] ?? 'paragraph', linkChars });
  }
}

function walk(node: DomNode, writer: BlockWriter, skip: SkipElement): void {
  if (node.nodeType === TEXT_NODE) {
    writer.text(node.textContent ?? '');
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (SKIPPED_TAGS.has(tag) || isHidden(node) || skip(node)) return;
  if (tag === 'br') {
    writer.lineBreak();
    return;
  }
  const kind = BLOCK_KINDS[tag];
  if (kind) writer.open(kind);
  else if (CELL_TAGS.has(tag)) writer.space();
  if (tag === 'a') writer.linkDepth++;
  const boldAt = BOLD_TAGS.has(tag) && writer.atBlockStart() ? writer.written().length : -1;
  const labelAt = LABEL_HOLDERS.has(tag) && isFirstOfItsKind(node) ? writer.written().length : -1;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child, writer, skip);
  if (tag === 'a') writer.linkDepth--;
  if (boldAt >= 0) writer.markBoldLabel(writer.written().slice(boldAt));
  if (labelAt >= 0) writer.markCellLabel(writer.written().slice(labelAt), nextElement(node));
  if (kind) writer.close();
  else if (CELL_TAGS.has(tag)) writer.space();
}

/** A row's first cell and a list's term may hold a turn's label, the next cell or description its words. */
const LABEL_HOLDERS: ReadonlySet<string> = new Set(['td', 'th', 'dt']);

/** Whether no element sibling before `node` has its tag: a row's first cell (a term counts alone). */
function isFirstOfItsKind(node: DomElement): boolean {
  if (tagOf(node) === 'dt') return true;
  for (let at = node.parentNode?.firstChild ?? null; at !== null && at !== node; at = at.nextSibling) {
    if (isElement(at) && CELL_TAGS.has(tagOf(at))) return false;
  }
  return true;
}

/** The element after `node` among its siblings, text between them aside. */
function nextElement(node: DomElement): DomElement | null {
  for (let at = node.nextSibling; at !== null; at = at.nextSibling) if (isElement(at)) return at;
  return null;
}

const SKIP_NOTHING: SkipElement = () => false;

/** The blocks of text under `root`, in document order, leaving out subtrees `skip` rejects. */
export function elementToBlocks(root: DomNode, skip: SkipElement = SKIP_NOTHING): TextBlock[] {
  const writer = new BlockWriter();
  walk(root, writer, skip);
  writer.flush();
  return writer.blocks;
}

/** Joins blocks: consecutive list items and table rows one per line, everything else by a blank line. */
export function joinBlocks(blocks: readonly TextBlock[]): string {
  let out = '';
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (i > 0) out += isTightPair(blocks[i - 1]!, block) ? '\n' : '\n\n';
    out += block.text;
  }
  return out;
}

/** Items of one list and rows of one table read as lines, not paragraphs. */
function isTightPair(previous: TextBlock, next: TextBlock): boolean {
  return (
    (previous.kind === 'item' && next.kind === 'item') || (previous.kind === 'row' && next.kind === 'row')
  );
}
