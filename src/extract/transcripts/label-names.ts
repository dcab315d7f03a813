import type { Span } from '../../model/span.ts';
import { isGivenName } from '../../nlp/gazetteer.ts';
import { DETERMINERS, PREPOSITIONS } from '../../nlp/lexicons/function-words.ts';
import { HEADER_STOP_WORDS, LABEL_TITLES, POST_NOMINALS } from '../../nlp/lexicons/transcript-labels.ts';
import { isSameFamilyName } from '../../nlp/names.ts';
import { matchOffice } from '../../nlp/roles.ts';
import { normalizeWord } from '../../nlp/tokens.ts';

/** A person's name as the text writes it, and where (in the header, or the label itself). */
export interface NameInText extends Span {
  name: string;
}

export interface Word extends Span {
  text: string;
  norm: string;
}

/** Label titles as word arrays, longest first, so "surgeon general" is tried before "general". */
const TITLE_WORDS: readonly string[][] = LABEL_TITLES.map((t) => t.title.split(' ')).sort(
  (a, b) => b.length - a.length,
);
/** A capitalised word, the shape of every word of a name in a header. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
/** Capitalised header words that are never part of a name ("Aboard", "And", "The", "On"). */
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...HEADER_STOP_WORDS.map((w) => w.word),
  ...PREPOSITIONS,
  ...DETERMINERS,
  'and',
  'or',
]);
/** Post-nominal letters in capitals ("MP", "KC"): they follow a name and are not part of it. */
const POST_NOMINAL_LETTERS: ReadonlySet<string> = new Set(POST_NOMINALS.map((p) => p.letters));

function isPostNominal(w: Word | undefined): boolean {
  return w !== undefined && w.text === w.text.toUpperCase() && POST_NOMINAL_LETTERS.has(w.norm);
}

/** Words of a name: given names, initials and a family name of two parts at most. */
const MAX_NAME_WORDS = 4;

/** Whether words[i] can be part of a name: capitalised, not a title, not a headline's function word. */
function isNameWordAt(words: readonly Word[], norms: readonly string[], i: number): boolean {
  const w = words[i];
  return (
    w !== undefined &&
    NAME_WORD.test(w.text) &&
    !STOP_WORDS.has(w.norm) &&
    titleLength(norms, i) === 0 &&
    !isPluralTitle(norms[i]!) &&
    !(i > 0 && isPostNominal(w) && NAME_WORD.test(words[i - 1]!.text))
  );
}

/**
 * "Present: Councilmembers Ana Lund, Ivo Sarn": a title in the plural heads a list of names, one
 * holder each, and is no one's given name.
 */
function isPluralTitle(norm: string): boolean {
  return norm.length > 3 && norm.endsWith('s') && titleLength([norm.slice(0, -1)], 0) > 0;
}

/** "of", a portfolio word, a given name and a family name: the fewest words a portfolio and a name take. */
const MIN_PORTFOLIO_AND_NAME = 4;

/**
 * The name a turn label stands for, read against the transcript's header (its title and the
 * lines before the first turn). Official transcripts label turns by title and surname ("MS.
 * ARDEN:", "SECRETARY VOSS:") or by office alone ("THE PRESIDENT:") while the header gives the
 * full name ("Remarks by President Ilsa Orva …"): the person is the one the header names, and
 * reports will cite that name. Null for a label with no name in it and none in the header.
 */
export function nameOfLabel(
  text: string,
  label: Span & { label: string },
  header: Span,
  title: string | null = null,
): NameInText | null {
  const words = wordsOf(label.label, 0).map((w) => w.norm);
  const titled = stripTitles(words);
  const afterTitles = label.label.split(/\s+/u).slice(words.length - titled.length);
  const headerWords = wordsOf(text.slice(header.start, header.end), header.start);
  // "MINISTER FOR HARBOURS:", "President of Veldia Ivo Sarn:": words after "for" or "of" behind a
  // title start its portfolio. The label is then an office, whose holder the header names, or the
  // person whose given and family name close it, as skipDepartment reads a header.
  const hasPortfolio = titled.length < words.length && (titled[0] === 'for' || titled[0] === 'of');
  const nameWords = hasPortfolio
    ? afterTitles.length >= MIN_PORTFOLIO_AND_NAME
      ? afterTitles.slice(-2)
      : []
    : afterTitles;
  const portfolio = hasPortfolio ? readHeader(text, headerWords, words, []) : null;
  const inHeader = portfolio ?? readHeader(text, headerWords, words, nameWords);
  // A title kept apart from the text (an HTML page's <h1>) names people too; the label stands in for its place.
  const inTitle = inHeader ?? (title ? readHeader(title, wordsOf(title, 0), words, nameWords) : null);
  const headerName =
    inHeader ?? (inTitle ? { name: inTitle.name, start: label.start, end: label.end } : null);
  // A header printed in capitals ("REMARKS BY MINISTER ILSA VARN") names her in ordinary case.
  const found = headerName
    ? { ...headerName, name: headerName.name.split(' ').map(titleCase).join(' ') }
    : null;
  if (nameWords.length === 0) return found;
  if (found && (titled.length < words.length || found.name.split(' ').length > nameWords.length))
    return found;
  if (inHeader && isAbbreviatedTitle(text, header, inHeader, nameWords)) return found;
  return { name: nameWords.map(titleCase).join(' '), start: label.start, end: label.end };
}

/**
 * A label whose words before the surname abbreviate the office the header puts before the full
 * name ("StS Albers:" under "State Secretary Katrin Albers", "PM Varn:" under "Prime Minister Ilsa
 * Varn"): the capitals of each such word are the initials of the header's title words, so the
 * label is that person and not someone named "StS".
 */
function isAbbreviatedTitle(
  text: string,
  header: Span,
  found: NameInText,
  nameWords: readonly string[],
): boolean {
  const leading = nameWords.slice(0, -1);
  if (leading.length === 0 || found.name.split(' ').length < 2) return false;
  const before = wordsOf(text.slice(header.start, found.start), header.start);
  // The title words right before the name, on its line: their initials, in order.
  const initials: string[] = [];
  for (let i = before.length - 1; i >= 0 && /^\p{Lu}/u.test(before[i]!.text); i--) {
    if (text.slice(before[i]!.end, i + 1 < before.length ? before[i + 1]!.start : found.start).includes('\n'))
      break;
    initials.unshift(before[i]!.text[0]!);
  }
  const wanted = initials.join('');
  const abbreviation = leading.map((w) => w.replace(/[^\p{Lu}]/gu, '')).join('');
  return abbreviation.length >= 2 && wanted.endsWith(abbreviation);
}

/** The header's name for a label: the office holder for a bare office, else the full name ending in the surname. */
function readHeader(
  source: string,
  header: readonly Word[],
  words: readonly string[],
  nameWords: readonly string[],
): NameInText | null {
  if (nameWords.length === 0)
    return findOfficeHolder(source, header, words) ?? findAppositiveHolder(source, header, words);
  const full = findFullName(source, header, nameWords.at(-1)!);
  if (nameWords.length > 1 || full?.name.includes(' ')) return full;
  // A one-word label the header writes after a name and a comma, or before one, is an office the
  // lexicon does not list ("TREASURER:" under "The Hon. Ivo Sarn MP, Treasurer"): its holder.
  // A known given name is read as one first ("MARIA:" under "Maria Lopez, the minister").
  const given = (): NameInText | null => findByGivenName(source, header, nameWords[0]!);
  const office = (): NameInText | null =>
    findAppositiveHolder(source, header, words) ?? findOfficeHolder(source, header, words);
  return (isGivenName(nameWords[0]!) ? (given() ?? office()) : (office() ?? given())) ?? full;
}

/**
 * A one-word label that is the given name of one person the header names in full ("ISAURA:"
 * under "Isaura Fenwright, the harbour pilot, is our guest"): a podcast or a radio show introduces
 * its guest once and labels the turns with the first name. Two full names with that given name
 * leave it unresolved.
 */
function findByGivenName(source: string, header: readonly Word[], given: string): NameInText | null {
  const norms = header.map((w) => w.norm);
  const key = normalizeWord(given);
  const found = new Map<string, NameInText>();
  for (let i = 0; i < header.length; i++) {
    if (norms[i] !== key || !NAME_WORD.test(header[i]!.text) || titleLength(norms, i) > 0) continue;
    let to = i + 1;
    while (
      to < header.length &&
      to - i < MAX_NAME_WORDS &&
      isNameWordAt(header, norms, to) &&
      /^[ \u00a0]+$/u.test(source.slice(header[to - 1]!.end, header[to]!.start))
    )
      to++;
    if (to - i < 2) continue;
    const name = header
      .slice(i, to)
      .map((w) => w.text)
      .join(' ');
    found.set(name.toLowerCase(), { name, start: header[i]!.start, end: header[to - 1]!.end });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * "THE CHAIRMAN." under a header that gives the office after the name, set off by a comma
 * ("Senator Ivo Sarn, chairman, presiding"; "Ilsa Orva, Secretary of Harbours"): the name is the
 * capitalised run before the comma, its titles left out.
 */
function findAppositiveHolder(
  source: string,
  header: readonly Word[],
  label: readonly string[],
): NameInText | null {
  const office = label.filter((w) => w !== 'the');
  if (office.length === 0) return null;
  const norms = header.map((w) => w.norm);
  for (let i = 1; i + office.length <= header.length; i++) {
    if (!office.every((w, k) => norms[i + k] === w)) continue;
    // "Ivo Sarn, the chairman": the article is skipped; a comma must set the office off.
    const comma = norms[i - 1] === 'the' ? i - 2 : i - 1;
    if (comma < 0) continue;
    if (!/^,[\s\u00a0]*$/u.test(source.slice(header[comma]!.end, header[comma + 1]!.start))) continue;
    // "The Hon Ilsa Varn MP, Prime Minister": the letters after the name are not part of it.
    let first = comma;
    while (first > 0 && isPostNominal(header[first])) first--;
    let from = first + 1;
    while (from > 0 && first - from + 1 < MAX_NAME_WORDS && isNameWordAt(header, norms, from - 1)) from--;
    if (from > first) continue;
    const name = header
      .slice(from, first + 1)
      .map((w) => w.text)
      .join(' ');
    return { name, start: header[from]!.start, end: header[first]!.end };
  }
  return null;
}

/** The words of `s` (at `offset` in the text), a trailing full stop off unless an abbreviation's. */
export function wordsOf(s: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)) {
    const raw = m[0].endsWith('.') && !/^\p{Lu}{1,3}\.$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
    out.push({
      text: raw,
      norm: normalizeWord(raw).replace(/\.$/u, ''),
      start: offset + m.index,
      end: offset + m.index + raw.length,
    });
  }
  return out;
}

/** Length of the title phrase starting at words[i] ("surgeon general", "ms", "the"), 0 for none. */
export function titleLength(words: readonly string[], i: number): number {
  if (words[i] === 'the') return 1;
  const office = matchOffice(words, i);
  let best = office && !office.row.phrase.includes('-') ? office.length : 0;
  for (const t of TITLE_WORDS) {
    if (t.length > best && t.every((w, k) => words[i + k] === w)) best = t.length;
  }
  return best;
}

/** The label's words after its leading titles ("the", "surgeon general", "ms"): the name, if any. */
function stripTitles(words: readonly string[]): string[] {
  let i = 0;
  for (let n = titleLength(words, i); n > 0 && i < words.length; n = titleLength(words, i)) i += n;
  return words.slice(i);
}

/**
 * The longest capitalised run of the header ending in the surname ("Ilsa Orva" for "ORVA"), its
 * titles left out. Same family name by skeleton, so a transliteration variant still matches.
 */
function findFullName(source: string, header: readonly Word[], surname: string): NameInText | null {
  let best: NameInText | null = null;
  const norms = header.map((w) => w.norm);
  for (let i = 0; i < header.length; i++) {
    if (!NAME_WORD.test(header[i]!.text) || !isSameFamilyName(header[i]!.text, surname)) continue;
    let from = i;
    // A name's words are set apart by spaces only: "…; Ivo Sarn" starts after the semicolon of a list.
    while (
      from > 0 &&
      i - from + 1 < MAX_NAME_WORDS &&
      isNameWordAt(header, norms, from - 1) &&
      /^[ \u00a0\t]+$/u.test(source.slice(header[from - 1]!.end, header[from]!.start))
    )
      from--;
    from = skipDepartment(header, from, i);
    const name = header
      .slice(from, i + 1)
      .map((w) => w.text)
      .join(' ');
    if (!best || name.length > best.name.length)
      best = { name, start: header[from]!.start, end: header[i]!.end };
  }
  return best;
}

/**
 * A run right after "of" or "for" begins inside an office's name ("Secretary of Harbours Tilde
 * Varga", "Minister for Ports and Canals Ivo Sarn"): the person is the family name with the
 * initials and the one given name before it, the words before them the department.
 */
function skipDepartment(header: readonly Word[], from: number, last: number): number {
  const before = header[from - 1]?.norm;
  if (before !== 'of' && before !== 'for' && before !== 'and') return from;
  let start = last;
  while (start - 1 > from && /^\p{Lu}\.?$/u.test(header[start - 1]!.text.replace(/\.$/u, ''))) start--;
  return Math.max(from, start - 1);
}

/**
 * "THE PRESIDENT:" — the person the header gives that office to ("Remarks by President Ilsa
 * Orva"), not one whose office merely ends in the same word ("Vice President Kale" is not "the
 * president").
 */
function findOfficeHolder(
  source: string,
  header: readonly Word[],
  label: readonly string[],
): NameInText | null {
  const office = label.filter((w) => w !== 'the');
  if (office.length === 0) return null;
  const norms = header.map((w) => w.norm);
  const gap = (k: number): string => source.slice(header[k - 1]!.end, header[k]!.start);
  for (let i = 0; i + office.length < header.length; i++) {
    if (!office.every((w, k) => norms[i + k] === w)) continue;
    if (i > 0 && norms[i - 1] !== 'the' && titleLength(norms, i - 1) > 0) continue;
    let to = i + office.length;
    // The name follows the office on its line, or set off by a comma ("Official Spokesperson,
    // Ivo Sarn, briefed …"); a title line ending in the office ("Briefing by the Spokesperson")
    // is followed by the next line's first word, which is no name.
    if (!/^,?[ \u00a0]+$/u.test(gap(to))) continue;
    const from = to;
    while (
      to < header.length &&
      to - from < MAX_NAME_WORDS &&
      isNameWordAt(header, norms, to) &&
      (to === from || /^[ \u00a0]+$/u.test(gap(to)))
    )
      to++;
    if (to === from) continue;
    const name = header
      .slice(from, to)
      .map((w) => w.text)
      .join(' ');
    return { name, start: header[from]!.start, end: header[to - 1]!.end };
  }
  return null;
}

/**
 * The name after the titles at words[i] ("National Security Adviser Ilsa Orva on …" → "Ilsa
 * Orva"): the capitalised words up to the first lower-case or title word, past a field of the
 * office that precedes its title ("Transport Minister …"). Null when no name follows ("Statement
 * by the Press Secretary").
 */
export function readTitledName(words: readonly Word[], i: number): NameInText | null {
  const norms = words.map((w) => w.norm);
  for (let n = titleLength(norms, i); n > 0 && i < words.length; n = titleLength(norms, i)) i += n;
  let to = i;
  while (to < words.length && to - i < MAX_NAME_WORDS && isNameWordAt(words, norms, to)) to++;
  if (to === i) return null;
  // A run that a title follows was the office's field ("Transport Minister Ilsa Orva", "Defense
  // Secretary …"): the name is the run after the title, when there is one.
  if (titleLength(norms, to) > 0) {
    const after = readTitledName(words, to);
    if (after) return after;
  }
  const name = words
    .slice(i, to)
    .map((w) => titleCase(w.text))
    .join(' ');
  return { name, start: words[i]!.start, end: words[to - 1]!.end };
}

/**
 * "ARDEN" → "Arden": a label printed in capitals names the person in ordinary case. Initials
 * ("J.", "JR") and words of mixed case stay as they are.
 */
function titleCase(word: string): string {
  if (word !== word.toUpperCase() || word.replace(/\./gu, '').length <= 1) return word;
  return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}
