/**
 * The line number a court reporter or an inquiry prints before every line of a transcript
 * ("12   A. I did not know that."), the count starting again on each page. It is the page's, not
 * the speaker's: labels are read after it and a turn's words start after it.
 *
 * One to three digits, then a tab or at least two spaces: prose opening with a number puts one
 * space after it ("12 people were hurt"), a numbered list a full stop or a bracket ("1. …", "2) …").
 */
const LINE_NUMBER = /^\d{1,3}(?:\t|[ \u00a0]{2,})[\s\u00a0]*(?=\S)/u;

/** Characters of the line number (and the space after it) opening a paragraph; 0 for none. */
export function lineNumberLength(paragraph: string): number {
  return LINE_NUMBER.exec(paragraph)?.[0].length ?? 0;
}
