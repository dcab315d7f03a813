import type { Span } from '../../model/span.ts';
import { DETERMINERS } from '../../nlp/lexicons/function-words.ts';
import { splitParagraphs } from '../../nlp/paragraphs.ts';
import { containsWholeWord } from '../../nlp/text-search.ts';
import { isItemList } from '../../ingest/boilerplate/shapes.ts';

/** A headline's "Name: what they said" (up to four capitalised words before the colon). */
const HEADLINE_LEAD_IN = /^((?:\p{Lu}[\p{L}\p{N}.'’-]*\s){0,3}\p{Lu}[\p{L}\p{N}'’-]*):\s+(\S.*\S)\s*$/u;

export interface HeadlineLeadIn {
  /** The name before the colon. */
  label: Span;
  /** The words after it, the statement. */
  content: Span;
}

/**
 * quote.indirect.headline-lead-in: news headlines attribute a claim with a colon, "Graham:
 * Trump’s Rhetoric Destroying GOP’s Chance", "NY Daily News: Attacks Highlight Threat". The
 * label is the source when the article names it again below (its last word recurs in the body,
 * capitalised), which keeps out section labels ("The Latest:", "FIX IS IN:", "Poll:"). In
 * PolNeAR train 73 of 112 first lines of this shape are annotated so. Only the first line.
 */
export function findHeadlineLeadIn(text: string): HeadlineLeadIn | null {
  const first = splitParagraphs(text)[0];
  if (!first) return null;
  const m = HEADLINE_LEAD_IN.exec(text.slice(first.start, first.end));
  if (!m) return null;
  const label = m[1]!;
  const words = label.split(/\s+/u);
  if (DETERMINERS.has(words[0]!.toLowerCase()) || label === label.toUpperCase()) return null;
  const last = words.at(-1)!.replace(/['’]s$/u, '');
  if (!containsWholeWord(proseBelow(text, first.end), last)) return null;
  const contentStart = first.start + m[0].indexOf(m[2]!, label.length);
  return {
    label: { start: first.start, end: first.start + label.length },
    content: { start: contentStart, end: contentStart + m[2]!.length },
  };
}

/** A line of a site's chrome: a menu or a credit line with bars ("The Review | Opinion | June 25"). */
const BARRED_LINE = /^[^\n]*\s\|\s[^\n]*$/gmu;

/**
 * The text below the headline without its chrome lines: a section label ("Opinion:", "Live:")
 * recurs in the credit line under it ("Beltway Live | May 12"), which names no source.
 */
function proseBelow(text: string, from: number): string {
  return text
    .slice(from)
    .replace(BARRED_LINE, '')
    .split('\n')
    .filter((line) => !isItemList(line))
    .join('\n');
}
