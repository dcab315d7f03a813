import type { Boilerplate } from '../model/article.ts';
import { isHardWrapped, type Line, splitLines } from './boilerplate/doc.ts';
import {
  carriesContent,
  countWords,
  endsWithFullStop,
  isItemList,
  looksLikeHeadline,
} from './boilerplate/shapes.ts';
import { findCredits } from './metadata/credits.ts';
import { findDates } from './metadata/dates.ts';
import { canonicalOutlet, cutOutletName, nameFromSlug } from './metadata/outlets.ts';

/**
 * Metadata a plain text states about itself: its headline, its publication date, the outlet that
 * published it and the outlets it credits. Each field records the rule that found it. Only the
 * head, the tail and the chrome ranges are read for the date and the outlet: a story mentions
 * many dates and outlets, a dateline or a footer names its own.
 */
export interface TextMetadata {
  title: string | null;
  /** `YYYY-MM-DD`. */
  published: string | null;
  outlet: string | null;
  credited: string[];
  rules: Record<string, string>;
}

/** Lines at the top where a headline, byline and dateline stand. */
const HEAD_LINES = 6;
/** Lines at the bottom where a footer's stamp and copyright stand. */
const TAIL_LINES = 6;
/** Characters read at each end to find those lines: enough for six long lines, a bounded cost. */
const EDGE_CHARS = 3000;
/**
 * A dateline line carries a date and a few words ("Jana Novak, November 9, 2025", "Monday 9 Nov
 * 2025"); "The next round is set for 2026-03-01." has more and is a sentence.
 */
const DATELINE_MAX_OTHER_WORDS = 4;
/**
 * A clock time closing a date line ("Tuesday, 21 April 2026, 10 a.m.", as a meeting record heads
 * its sitting): the meridiem's full stop is an abbreviation's, not a sentence's.
 */
const CLOCK_TIME_TAIL = /,?[ \u00a0]*\d{1,2}(?:[.:]\d{2})?[ \u00a0]?[AaPp]\.[Mm]\.$/u;
/** Labels that introduce a dateline or byline ("Published: …", «Опубликовано …»). */
const DATELINE_LABEL =
  /^(?:by|published|updated|posted|dated|date|last updated|опубликовано|обновлено|дата(?: публикации)?|автор)(?![\p{L}])/iu;
/** "MOSCOW, Nov. 9, 2025 (Reuters) –": a city in capitals, the date, then the story. */
const CITY_DATELINE = /^[\p{Lu}][\p{Lu} .'’-]{1,40},\s*$/u;

/**
 * A headline followed directly (no blank line) by a line shorter than this is the first row of a
 * table or list ("Shr 34 cts vs 1.19 dlrs" over "Net 1.2 mln vs …"), not a headline over its story.
 */
const TITLE_NEXT_PARAGRAPH_MIN_CHARS = 100;

interface Edges {
  head: Line[];
  tail: Line[];
  /** Hard-wrapped text (newswire): its short lines are pieces of paragraphs, not datelines or headlines. */
  wrapped: boolean;
}

function edgeLines(text: string): Edges {
  const headLines = splitLines(text.slice(0, EDGE_CHARS));
  const head = headLines.slice(0, HEAD_LINES);
  const from = Math.max(0, text.length - EDGE_CHARS);
  const tail = splitLines(text.slice(from))
    .slice(from > 0 ? 1 : 0)
    .slice(-TAIL_LINES)
    .map((l) => ({ start: l.start + from, end: l.end + from, text: l.text }));
  return { head, tail, wrapped: isHardWrapped(headLines) };
}

/** Whether only a single line break separates two lines (no blank line between them). */
function isAdjacent(text: string, a: Line, b: Line): boolean {
  return text.indexOf('\n', a.end) === text.lastIndexOf('\n', b.start);
}

/** A line that is not a piece of a sentence broken over lines (lower case after an open end). */
function standsAlone(text: string, lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (prev && isAdjacent(text, prev, line) && /[\p{L}\p{N},]$/u.test(prev.text) && /^\p{Ll}/u.test(line.text))
    return false;
  if (next && isAdjacent(text, line, next) && /[\p{L}\p{N},]$/u.test(line.text) && /^\p{Ll}/u.test(next.text))
    return false;
  return true;
}

function isChrome(boilerplate: readonly Boilerplate[], line: Line): boolean {
  return boilerplate.some((b) => b.start <= line.start && line.end <= b.end);
}

/** The first non-chrome line, when it reads as a headline and does not run on into the next line. */
function inferTitle(text: string, edges: Edges, boilerplate: readonly Boilerplate[]): string | null {
  const { head } = edges;
  let i = head.findIndex((l) => !isChrome(boilerplate, l));
  // A section label right above the headline ("Briefing Room", "World Trade") is the page's, not the story's.
  if (head[i] && head[i + 1] && isSectionLabelOver(text, head[i]!, head[i + 1]!)) i++;
  const line = head[i];
  const next = head[i + 1];
  if (!line || !next || !looksLikeHeadline(line.text) || isItemList(line.text)) return null;
  // Straight on into a content line: a wrapped paragraph, or a table's first row (chrome below a
  // headline, a credit or a stamp, sets it apart).
  const nextIsContent = !isChrome(boilerplate, next);
  if (
    nextIsContent &&
    isAdjacent(text, line, next) &&
    (edges.wrapped || next.text.length < TITLE_NEXT_PARAGRAPH_MIN_CHARS)
  )
    return null;
  if (/(?<![\p{L}])(?:the|a|an|of|in|on|to|and|for|with|by|at|from)$/iu.test(line.text)) return null;
  return line.text.replace(/\.$/, '');
}

/** Most words of a section label printed above a headline. */
const SECTION_LABEL_MAX_WORDS = 3;

/**
 * A short capitalised label on the line right above a headline at least twice its length: a
 * site's section or kicker ("Briefing Room" over "Remarks by the Secretary on …").
 */
function isSectionLabelOver(text: string, label: Line, headline: Line): boolean {
  const words = countWords(label.text);
  return (
    words <= SECTION_LABEL_MAX_WORDS &&
    !/[.!?:,;]$/u.test(label.text) &&
    label.text.split(/\s+/u).every((w) => /^[\p{Lu}\p{N}&]/u.test(w)) &&
    isAdjacent(text, label, headline) &&
    looksLikeHeadline(headline.text) &&
    countWords(headline.text) >= 2 * words + 2
  );
}

/** The first full date on a line that is a dateline: little else on it, a label, or a city lead. */
function datelineDate(text: string, line: Line): string | null {
  const dates = findDates(text, line.start, line.end);
  const first = dates[0];
  if (!first) return null;
  const rest = text.slice(line.start, first.start) + text.slice(first.end, line.end);
  if (
    countWords(rest) <= DATELINE_MAX_OTHER_WORDS &&
    !endsWithFullStop(line.text.replace(CLOCK_TIME_TAIL, '')) &&
    !carriesContent(line.text)
  )
    return first.iso;
  if (DATELINE_LABEL.test(line.text) || CITY_DATELINE.test(text.slice(line.start, first.start)))
    return first.iso;
  return null;
}

function inferPublished(
  text: string,
  edges: Edges,
  boilerplate: readonly Boilerplate[],
  title: string | null,
) {
  const { head, tail } = edges;
  // 1. A stamp the chrome detector marked ("13:48 09.11.2025 •").
  for (const b of boilerplate) {
    if (b.kind !== 'timestamp') continue;
    const date = findDates(text, b.start, b.end)[0];
    if (date) return { value: date.iso, rule: 'text.timestamp' };
  }
  // 2. A dateline or byline in the head (the headline itself is skipped: it may name a date).
  for (let i = 0; i < head.length; i++) {
    const line = head[i]!;
    if ((title !== null && line.text.startsWith(title)) || edges.wrapped || !standsAlone(text, head, i))
      continue;
    const date = datelineDate(text, line);
    if (date) return { value: date, rule: 'text.head-dateline' };
  }
  // 3. A date line in the footer.
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!;
    if (edges.wrapped || !standsAlone(text, tail, i)) continue;
    const date = datelineDate(text, line);
    if (date) return { value: date, rule: 'text.tail-dateline' };
  }
  return null;
}

const DISCOVER_MORE = /^discover more from\s+(.+)$/iu;
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+)$/iu;
const COPYRIGHT_YEAR_AFTER = /,?\s+\d{4}(?:\s*[-–]\s*\d{4})?$/u;
const CHANNEL_URL =
  /(?:t\.me|telegram\.me|youtube\.com|x\.com|twitter\.com|vk\.com|facebook\.com|instagram\.com)\/(@?[\p{L}\d_.-]{3,})/iu;
/** A plug for the site's own channel says so: "our channel", "follow us", «наш канал», «читайте нас». */
const OWN_CHANNEL = /(?<![\p{L}])(?:our|us|наш\p{L}*|нас)(?![\p{L}])/iu;
const AGENCY_DATELINE = /^[\p{Lu}][\p{L} .,'’-]{1,60}?\(([\p{L}][\p{L}&./ -]{1,30})\)\s*[-–—]/u;

/** The outlet a line names as the page's own: newsletter box, copyright, own channel, wire dateline. */
function outletOnLine(line: string): { value: string; rule: string } | null {
  let m = DISCOVER_MORE.exec(line);
  const discovered = m ? cutOutletName(m[1]!) : null;
  if (discovered) return { value: canonicalOutlet(discovered) ?? discovered, rule: 'text.discover-more' };
  m = COPYRIGHT.exec(line);
  // The year stands before the owner ("© 2025 Example Herald") or after it ("© Example Herald 2025").
  const owner = m
    ? (cutOutletName(m[1]!.replace(/\s+all rights reserved.*$/iu, ''))?.replace(COPYRIGHT_YEAR_AFTER, '') ??
      null)
    : null;
  if (owner) return { value: canonicalOutlet(owner) ?? owner, rule: 'text.copyright' };
  m = CHANNEL_URL.exec(line);
  if (m && OWN_CHANNEL.test(line)) return { value: nameFromSlug(m[1]!), rule: 'text.channel-plug' };
  m = AGENCY_DATELINE.exec(line);
  const agency = m ? canonicalOutlet(m[1]!.trim()) : null;
  if (agency) return { value: agency, rule: 'text.dateline-agency' };
  return null;
}

function inferOutlet(text: string, head: Line[], boilerplate: readonly Boilerplate[]) {
  for (const b of boilerplate) {
    if (b.kind !== 'subscription' && b.kind !== 'legal' && b.kind !== 'share') continue;
    for (const line of text.slice(b.start, b.end).split('\n')) {
      const found = outletOnLine(line.trim());
      if (found) return found;
    }
  }
  for (const line of head) {
    const m = AGENCY_DATELINE.exec(line.text);
    const agency = m ? canonicalOutlet(m[1]!.trim()) : null;
    if (agency) return { value: agency, rule: 'text.dateline-agency' };
  }
  return null;
}

/** Title, date, outlet and credits of a plain text, given its chrome ranges. Pure. */
export function inferTextMetadata(text: string, boilerplate: Boilerplate[]): TextMetadata {
  const rules: Record<string, string> = {};
  const edges = edgeLines(text);
  const title = inferTitle(text, edges, boilerplate);
  if (title !== null) rules.title = 'text.first-line';
  const published = inferPublished(text, edges, boilerplate, title);
  if (published) rules.published = published.rule;
  const outlet = inferOutlet(text, edges.head, boilerplate);
  if (outlet) rules.outlet = outlet.rule;
  const credits = findCredits(text, boilerplate);
  if (credits.length > 0) rules.credited = credits[0]!.rule;
  return {
    title,
    published: published?.value ?? null,
    outlet: outlet?.value ?? null,
    credited: credits.map((c) => c.name),
    rules,
  };
}
