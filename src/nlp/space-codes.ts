/**
 * White space by character code, for scanners that read a text code by code instead of making a
 * string per character: exactly the characters of a regular expression's `\s` (ASCII tab to
 * carriage return and space, no-break, Ogham, typographic spaces, line and paragraph separators,
 * narrow no-break, medium mathematical, ideographic, BOM).
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
