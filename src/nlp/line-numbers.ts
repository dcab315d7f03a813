/**
 * The line number a court reporter or an inquiry prints before every line of a transcript
 * ("12   A. The ledger stayed locked."), the count restarting with every page. It is the page's, not
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

/**
 * Whether text[start, end) is such a line number: digits alone at the start of their line (after
 * its indentation), a tab or two spaces after them. Inside a numbered transcript's wrapped sentence
 * ("I never saw\n11   a full survey") it is no word of the sentence.
 */
export function isLineNumberAt(text: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  let i = start - 1;
  while (i >= 0 && isBlank(text[i])) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  return text[end] === '\t' || (isBlank(text[end]) && isBlank(text[end + 1]));
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}
