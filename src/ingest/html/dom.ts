/**
 * The little of the DOM that Hearsay's HTML reader touches, typed structurally. linkedom ships no
 * usable types without the `dom` lib, so this names the members we rely on and nothing more.
 */
import { linkedom } from './dom-libraries.ts';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  /** Sibling links: walking them allocates nothing, where each `childNodes` read builds a list. */
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Lower-case tag name of an element (`p`, `h2`, …). */
export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}

/** Parses an HTML string into a fresh linkedom document; linkedom is lenient and repairs bad nesting. */
export function parseDocument(html: string): DomDocument {
  return linkedom().parseHTML(html).document as DomDocument;
}

/** An attribute, trimmed, or null when absent or blank. */
export function attr(element: DomElement, name: string): string | null {
  const value = element.getAttribute(name)?.trim();
  return value ? value : null;
}
