import type { BoilerplateKind } from '../../model/article.ts';
import { CHROME_PHRASES, type ChromeMatch, type ChromePhrase } from '../../nlp/lexicons/chrome.ts';
import { type ChromeDoc, isContinuation, isWholeLineMarked, markLine } from './doc.ts';
import { alternation } from './patterns.ts';
import { carriesContent } from './shapes.ts';

/**
 * Lines that chrome vocabulary names: consent sentences, comment-form labels, subscribe prompts,
 * share bars, legal footers, ad slots, menus, rail headings (src/nlp/lexicons/chrome.ts). One
 * combined pattern per match type is tried on each line that could be chrome (short enough, not
 * the continuation of a wrapped sentence); the row that matched is looked up only for hit lines.
 */

/** A prompt ("Subscribe to …") longer than this is a paragraph that happens to start like one. */
const START_LINE_MAX_CHARS = 250;
/**
 * Consent and legal sentences run to two or three sentences (about 300 characters in the consent
 * texts we read); a longer line containing "uses cookies" is an article about cookies.
 */
const CONTAINS_LINE_MAX_CHARS = 400;

const BLANK = '[ \\t\\u00a0]*';
/** A label may end in `:`, `!`, `?`, `*` or `…`; not in `.`, which ends a wrapped sentence ("… the close."). */
const LINE_TAIL = '[ \\t\\u00a0:!*?…]*';

interface CompiledRow {
  row: ChromePhrase;
  test: RegExp;
}

function rowsOf(match: ChromeMatch, neighbour: boolean): ChromePhrase[] {
  return CHROME_PHRASES.filter((r) => r.match === match && Boolean(r.needsNeighbour) === neighbour);
}

/** The per-line form of a pattern group: whole line, line start, or anywhere between letters. */
function lineRegex(match: ChromeMatch, body: string, flags: string): RegExp {
  if (match === 'line') return new RegExp(`^${BLANK}(?:${body})${LINE_TAIL}$`, flags);
  if (match === 'start') return new RegExp(`^${BLANK}(?:${body})(?![\\p{L}])`, flags);
  return new RegExp(`(?<![\\p{L}])(?:${body})(?![\\p{L}])`, flags);
}

function compileRows(rows: readonly ChromePhrase[], match: ChromeMatch): CompiledRow[] {
  return rows.map((row) => ({ row, test: lineRegex(match, alternation([row.pattern]), 'iu') }));
}

const MATCH_ORDER: readonly { match: ChromeMatch; maxChars: number }[] = [
  { match: 'line', maxChars: START_LINE_MAX_CHARS },
  { match: 'start', maxChars: START_LINE_MAX_CHARS },
  { match: 'contains', maxChars: CONTAINS_LINE_MAX_CHARS },
];

const SCANNERS = MATCH_ORDER.map(({ match, maxChars }) => {
  const rows = rowsOf(match, false);
  return {
    maxChars,
    any: lineRegex(match, alternation(rows.map((r) => r.pattern)), 'iu'),
    rows: compileRows(rows, match),
  };
});

const NEIGHBOUR_ROWS = compileRows(rowsOf('line', true), 'line');
const NEIGHBOUR_ANY = lineRegex('line', alternation(NEIGHBOUR_ROWS.map((r) => r.row.pattern)), 'iu');

/** Chrome that comes as a block with buttons and fields: banners, forms, prompts, footers. */
const BLOCK_KINDS: ReadonlySet<BoilerplateKind> = new Set<BoilerplateKind>([
  'cookie-banner',
  'comment-form',
  'captcha',
  'subscription',
  'share',
  'legal',
  'advertisement',
  'navigation',
  'other',
]);

/** Marks every line a strong chrome phrase names, unless the line carries quotes or reporting verbs. */
export function markChromePhrases(doc: ChromeDoc): void {
  doc.lines.forEach((line, i) => {
    if (doc.marks[i] || isContinuation(doc, i) || line.text.length > CONTAINS_LINE_MAX_CHARS) return;
    for (const { any, rows, maxChars } of SCANNERS) {
      if (line.text.length > maxChars || !any.test(line.text)) continue;
      const hit = rows.find((r) => r.test.test(line.text));
      if (hit && !carriesContent(line.text)) markLine(doc, i, hit.row.kind, hit.row.rule);
      return;
    }
  });
}

/**
 * Marks button and field words ("Accept", "Email *", "Learn more") that sit next to marked
 * chrome, spreading outwards until no line changes: a form is a run of such lines.
 */
export function markNeighbourPhrases(doc: ChromeDoc): void {
  const { lines, marks } = doc;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < lines.length; i++) {
      if (marks[i]) continue;
      const prev = i > 0 && isWholeLineMarked(doc, i - 1);
      const next = i + 1 < lines.length && isWholeLineMarked(doc, i + 1);
      if (!prev && !next) continue;
      const text = lines[i]!.text;
      if (!NEIGHBOUR_ANY.test(text) || isContinuation(doc, i)) continue;
      const hit = NEIGHBOUR_ROWS.find((r) => r.test.test(text));
      const near = marks[prev ? i - 1 : i + 1]!;
      if (!BLOCK_KINDS.has(near.kind)) continue;
      // A button or field takes the kind of the block it belongs to (a banner's "OK", a form's "Email").
      if (hit && markLine(doc, i, near.kind, hit.row.rule)) changed = true;
    }
  }
}
