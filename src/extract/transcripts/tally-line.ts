/**
 * A "label: figures" line is a table row or a count ("Candidate A: 1,204.", "Turnout: 61%.",
 * "Final: 3-2", "North: Reyes 45, Amos 41"), not a person's words: results, polls and delegate
 * counts are written so, and a run of them alternates labels as a dialogue does.
 */

/** A figure: an amount, a share, a score or a time ("1,204", "$3.5", "61%", "3-2", "10:30"). */
const FIGURE = String.raw`[$€£]?\d[\d,.:/–-]*\s*(?:%|percent|per\s+cent|pct\.?|points?)?`;

/** The whole of the words is figures: one, or several set off by commas, semicolons or "to". */
const ONLY_FIGURES = new RegExp(String.raw`^${FIGURE}(?:\s*(?:[,;/]|to|and|-|–)\s*${FIGURE})*$`, 'iu');

/** One entry of a list: a few words (a name) and its figure ("Reyes 45", "Amos 41 percent"). */
const LIST_ITEM = new RegExp(
  String.raw`^(?:[\p{L}.'’-]+\s+){1,3}${FIGURE}$|^${FIGURE}\s+[\p{L}.'’-]+$`,
  'iu',
);

/** Entries a list needs: one "word figure" pair alone may be speech ("About 300."). */
const MIN_LIST_ITEMS = 2;

/** The words after a label are only figures, or a list of names with their figures. */
export function isTallyContent(words: string): boolean {
  const t = words
    .trim()
    .replace(/[.!…]+$/u, '')
    .trim();
  if (t === '' || !/\d/u.test(t)) return false;
  if (ONLY_FIGURES.test(t)) return true;
  const items = t.split(/\s*[,;]\s*/u);
  return items.length >= MIN_LIST_ITEMS && items.every((i) => LIST_ITEM.test(i));
}
