import type { Span } from '../../model/span.ts';
import { INTERVIEW_TITLE_HEADS, SPEECH_TITLE_HEADS } from '../../nlp/lexicons/transcript-labels.ts';
import { type NameInText, type Word, readTitledName, titleLength, wordsOf } from './label-names.ts';
import { isEndLine } from './turn-label.ts';

/**
 * An official speech or statement published without turn labels: a title line names the speaker
 * ("Remarks by Governor Ilsa Orva on the Harbour Plan"), or else a byline or a first line that
 * hands them the floor does, and every body paragraph after it is that person's words, up to the
 * closing `END` line.
 */
export interface Speech {
  speaker: NameInText;
  /** The title paragraph that names the speaker. */
  title: Span;
  /** Spoken paragraphs, in order: stage directions and the header lines before the body left out. */
  body: Span[];
}

/** Paragraphs from the top in which the title line is looked for (site name, title, date, venue). */
const MAX_TITLE_PARAGRAPH = 4;
/** Characters of a paragraph read for a title head ("remarks as prepared for delivery by" fits). */
const TITLE_HEAD_CHARS = 48;
/** Fewest body paragraphs that make a speech: a one-paragraph text is a caption or a note. */
const MIN_SPEECH_PARAGRAPHS = 3;
/**
 * Share of body paragraphs that speak in the first person outside quotation marks. A speech says
 * "I" and "we" throughout; a report headed like one speaks of the speaker in the third person and
 * puts the first person inside quotation marks.
 */
const MIN_FIRST_PERSON_SHARE = 0.3;
/** Words a paragraph needs to open the body; the lines above it are the date, venue and notes. */
const MIN_PROSE_WORDS = 5;

/** First-person words; "us" only in lower case, so "US" (the country) is not one. */
export const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|us|[Mm]y|me)\b/u;
/**
 * A quotation mark, double or single: British style quotes in single marks ('…' or ‘…’). A single
 * mark counts where it opens a word after a space or the paragraph's start, which an apostrophe
 * inside a word ("don't", "Osei's") never does.
 */
const QUOTE_MARK = /["“”«»„‹›]|(?:^|[\s\u00a0([—–])['‘](?=\p{L})/u;
const SENTENCE_END = /[.!?…]["”’)\]*]*$/u;

/** The speech the text is, or null: no speech title at the top, or a body that is not first person. */
export function findSpeech(
  text: string,
  paragraphs: readonly Span[],
  title: string | null = null,
): Speech | null {
  const inText = findSpeechInText(text, paragraphs);
  if (inText || title === null || paragraphs.some((p) => readSpeechTitle(text, p))) return inText;
  return findSpeechUnderTitle(text, paragraphs, title);
}

/**
 * A page whose title is kept apart from its text (an HTML page's <title>) and names the speaker
 * ("Remarks by … | Ministry of …"): every prose paragraph of the text is theirs. The speaker has
 * no place in the text: the span is an empty one where the body opens.
 */
function findSpeechUnderTitle(text: string, paragraphs: readonly Span[], title: string): Speech | null {
  const lower = title.toLowerCase();
  const head = SPEECH_TITLE_HEADS.find((h) => lower.startsWith(`${h.head} `));
  if (!head) return null;
  const named = readTitledName(wordsOf(title, 0), head.head.split(' ').length);
  const body = readBody(text, paragraphs);
  if (!named || body.length < MIN_SPEECH_PARAGRAPHS || firstPersonShare(text, body) < MIN_FIRST_PERSON_SHARE)
    return null;
  const at = body[0]!.start;
  return { speaker: { name: named.name, start: at, end: at }, title: { start: at, end: at }, body };
}

function findSpeechInText(text: string, paragraphs: readonly Span[]): Speech | null {
  const top = Math.min(MAX_TITLE_PARAGRAPH, paragraphs.length);
  for (const read of [
    readSpeechTitle,
    readByline,
    readLeadIn,
    readOwnedSpeech,
    readRemarksBelow,
    readSignedLine,
  ]) {
    for (let t = 0; t < top; t++) {
      const title = paragraphs[t]!;
      const speaker = read(text, title);
      if (!speaker) continue;
      const body = readBody(text, paragraphs.slice(t + 1));
      if (body.length < MIN_SPEECH_PARAGRAPHS || firstPersonShare(text, body) < MIN_FIRST_PERSON_SHARE)
        return null;
      return { speaker, title, body };
    }
  }
  return null;
}

/**
 * A byline ("By Ilsa Varn, Minister of Transport") over a text in the first person: a speech or
 * an op-ed published under its author's name, whose words are the author's. A report's byline
 * names its journalist over a body in the third person, which the first-person test turns away.
 */
function readByline(text: string, line: Span): NameInText | null {
  const s = text.slice(line.start, line.end);
  if (!/^By[\s\u00a0]+\p{Lu}/u.test(s) || s.length > MAX_BYLINE_CHARS) return null;
  // "By Ilsa Varn, Health Editor": the name ends at the comma, the role is after it.
  const comma = s.indexOf(',');
  return readTitledName(wordsOf(comma < 0 ? s : s.slice(0, comma), line.start), 1);
}

/**
 * A first line that hands the floor to the speaker ("Minister Ilsa Varn delivered the following
 * remarks:", "The following statement was issued by Senator Ilsa Varn:"): what follows is theirs.
 */
function readLeadIn(text: string, line: Span): NameInText | null {
  const s = text.slice(line.start, line.end);
  if (s.length > MAX_BYLINE_CHARS * 2) return null;
  const m = LEAD_IN_NAME_FIRST.exec(s) ?? LEAD_IN_NAME_LAST.exec(s);
  if (!m) return null;
  const at = line.start + m.index + m[0].indexOf(m[1]!);
  return readTitledName(wordsOf(m[1]!, at), 0);
}

const HANDED_WORDS = '(?:remarks|statement|address|speech|comments|testimony)';
const LEAD_IN_NAME_FIRST = new RegExp(
  `^(\\p{Lu}.{2,80}?)\\s+(?:delivered|gave|made|issued|released|read|offered)\\s+(?:the\\s+following|these)\\s+${HANDED_WORDS}\\b[^:]*:\\s*$`,
  'u',
);
const LEAD_IN_NAME_LAST = new RegExp(
  `^The\\s+following\\s+${HANDED_WORDS}\\s+(?:was|were)\\s+(?:delivered|given|made|issued|released)\\s+by\\s+(.{3,80}?)[.:]?\\s*$`,
  'u',
);

/**
 * An office's press page over a speech: a paragraph of news that says the remarks follow it
 * ("Today, Senator Ilsa Varn (D-Ore.) spoke on the Senate floor … His remarks as prepared appear
 * below.", "Below are her remarks, as delivered."). The speaker is the first person it
 * names with a title ("Senator", "U.S. Representative"): a page's news lead names them so.
 */
function readRemarksBelow(text: string, line: Span): NameInText | null {
  const s = text.slice(line.start, line.end);
  if (!REMARKS_BELOW.test(s)) return null;
  // A bracket after the name holds the party and state ("(D-Ore.)"), no part of it.
  const words = wordsOf(
    s.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length)),
    line.start,
  );
  const norms = words.map((w) => w.norm);
  for (let i = 0; i < words.length; i++) {
    if (titleLength(norms, i) === 0 || norms[i] === 'the') continue;
    const name = readTitledName(words, i);
    if (name && name.name.includes(' ')) return name;
  }
  return null;
}

const REMARKS_NOUN = String.raw`(?:his|her|their|the)\s+(?:full\s+)?(?:floor\s+)?(?:remarks|speech|statement|address|testimony)`;
const AS_DELIVERED = String.raw`(?:,?\s+as\s+(?:delivered|prepared(?:\s+for\s+delivery)?),?)?`;
/** "Her remarks as prepared appear below", "Below are his remarks", "His full speech follows:". */
const REMARKS_BELOW = new RegExp(
  String.raw`\b${REMARKS_NOUN}${AS_DELIVERED}\s+(?:(?:are|is|appear|appears)\s+(?:below|as\s+follows)|follows?\b)|\bbelow\s+(?:are|is)\s+${REMARKS_NOUN}\b`,
  'iu',
);

/** A byline is a short line: a name and an office. */
const MAX_BYLINE_CHARS = 100;

/** Each title head as a line opens with it (the head and a space) and its length in words; built once. */
const TITLE_HEAD_OPENINGS = SPEECH_TITLE_HEADS.map((h) => ({
  opening: `${h.head} `,
  words: h.head.split(' ').length,
}));

/** The speaker a title line names after its head ("Remarks by …"), or null for another line. */
function readSpeechTitle(text: string, title: Span): NameInText | null {
  const line = text.slice(title.start, Math.min(title.end, title.start + TITLE_HEAD_CHARS)).toLowerCase();
  const head = TITLE_HEAD_OPENINGS.find((h) => line.startsWith(h.opening));
  if (!head) return null;
  const words = wordsOf(text.slice(title.start, title.end), title.start);
  return readTitledName(words, head.words) ?? readNameAfterRole(text, title, words, head.words);
}

/** Words of the office a head may give before the holder's name ("the Chair of the Board"). */
const MAX_ROLE_WORDS = 8;

/**
 * "Decision read by the Registrar of the Board, Ilsa Varn, Tarn, 4 June": the head gives the office
 * first and sets the holder's name off after it with commas; the name runs to the next comma, and
 * is a full name (one word there is the place).
 */
function readNameAfterRole(
  text: string,
  title: Span,
  words: readonly Word[],
  from: number,
): NameInText | null {
  if (
    from >= words.length ||
    titleLength(
      words.map((w) => w.norm),
      from,
    ) === 0
  )
    return null;
  const line = text.slice(title.start, title.end);
  const comma = line.indexOf(',', words[from]!.start - title.start);
  if (comma < 0 || wordsOf(line.slice(words[from]!.start - title.start, comma), 0).length > MAX_ROLE_WORDS)
    return null;
  const next = line.indexOf(',', comma + 1);
  const part = line.slice(comma + 1, next < 0 ? line.length : next);
  const name = readTitledName(wordsOf(part, title.start + comma + 1), 0);
  return name?.name.includes(' ') ? name : null;
}

/**
 * A signature line under a statement's heading: a full name, a comma and nothing but the office it
 * holds ("Ilsa Varn, Auditor-General", "Ivo Sarn, Chief Ombudsman"). It is a byline without "By",
 * and as with a byline the body's first person tells a statement from a report under a
 * journalist's "Name, Political Editor".
 */
function readSignedLine(text: string, line: Span): NameInText | null {
  const s = text.slice(line.start, line.end);
  const comma = s.indexOf(',');
  if (comma < 0 || s.length > MAX_BYLINE_CHARS || SENTENCE_END.test(s)) return null;
  // "Auditor-General" is the office "auditor general".
  const role = wordsOf(s.slice(comma + 1).replace(/-/gu, ' '), 0).map((w) => w.norm);
  let i = 0;
  for (let n = titleLength(role, i); n > 0 && i < role.length; n = titleLength(role, i)) i += n;
  if (role.length === 0 || i < role.length) return null;
  const before = wordsOf(s.slice(0, comma), line.start);
  const name = readTitledName(before, 0);
  return name?.name.includes(' ') && name.end === before.at(-1)?.end ? name : null;
}

/** Heads of a title naming the one person who answers: a speech's, or an interview's. */
const ANSWERER_HEADS = [...SPEECH_TITLE_HEADS, ...INTERVIEW_TITLE_HEADS].sort(
  (a, b) => b.head.length - a.head.length,
);

/**
 * The person a transcript's title gives the floor to ("Interview with Minister Ilsa Varn",
 * "Remarks by …"), read in its first paragraphs; the `A:` / `Answer:` turns are theirs. A leading
 * article ("A Conversation with …") is skipped.
 */
export function findAnswerer(text: string, header: readonly Span[]): NameInText | null {
  for (const p of header.slice(0, MAX_TITLE_PARAGRAPH)) {
    const line = text
      .slice(p.start, Math.min(p.end, p.start + TITLE_HEAD_CHARS))
      .toLowerCase()
      .replace(/^(?:a|an|the)\s+/u, '');
    const head = ANSWERER_HEADS.find((h) => line.startsWith(`${h.head} `));
    if (!head) continue;
    const words = wordsOf(text.slice(p.start, p.end), p.start);
    const skip = words[0] && /^(?:a|an|the)$/iu.test(words[0].text) ? 1 : 0;
    // "q&a" is one head but two words to the word reader.
    const headWords = wordsOf(head.head, 0).length;
    const name = readTitledName(words, skip + headWords);
    if (name) return name;
  }
  for (const p of header.slice(0, MAX_TITLE_PARAGRAPH)) {
    const name = readOwnerOfEvent(text, p);
    if (name) return name;
  }
  return null;
}

/**
 * The kinds of event a title gives to its one speaker with a possessive ("Curator Lazlo
 * Brisk's Regular Press Conference of 9 October", "The Minister's Interview with …"): the person is
 * the event's owner, and its answers are theirs.
 */
const OWNED_EVENT =
  /^(.{3,90}?)['’]s[\s\u00a0]+(?:(?:regular|daily|weekly|monthly|routine|joint|special|opening|closing|annual|end-of-year|televised|exclusive|keynote|full|prepared)[\s\u00a0]+)*(press[\s\u00a0]+conference|news[\s\u00a0]+conference|press[\s\u00a0]+briefing|media[\s\u00a0]+briefing|briefing|interview|remarks|speech|address|statement|lecture)\b/iu;
/** Owned events one person speaks through alone: a page titled so is an unlabelled speech. */
const OWNED_SPEECH = /^(?:remarks|speech|address|statement|lecture)$/iu;

/**
 * A header line naming the speaker of a speech by possession ("Premier Ilsa Varn's speech at the
 * Harbour Forum.", the summary line of a government's speech page): every body paragraph is hers.
 */
function readOwnedSpeech(text: string, line: Span): NameInText | null {
  const s = text.slice(line.start, line.end);
  const m = OWNED_EVENT.exec(s);
  // A page's summary is a noun phrase: the office and name, the event, where or when. A sentence
  // about someone's remarks ("Ivo Sarn's remarks about the judge were …") goes on past them.
  if (!m || !OWNED_SPEECH_TAIL.test(s.slice(m[0].length))) return null;
  const name = readOwnerOfEvent(text, line, OWNED_SPEECH);
  // … and it titles the speaker ("Premier Ilsa Varn's speech"), as a government's page does.
  return name && name.start > line.start && /\p{L}/u.test(text.slice(line.start, name.start)) ? name : null;
}

/** What may follow "X's remarks" on a summary line: a place or an occasion, no quotation, no verb. */
const OWNED_SPEECH_TAIL =
  /^(?:[\s\u00a0]+(?:at|to|on|in|before|during|for|from|with|following|after|of)\b[^"“”«»„]*)?[.:]?[\s\u00a0]*$/u;

/** The owner of a title's event ("Spokesperson Ilsa Varn's Press Conference" → "Ilsa Varn"), or null. */
function readOwnerOfEvent(text: string, line: Span, kinds: RegExp | null = null): NameInText | null {
  const m = OWNED_EVENT.exec(text.slice(line.start, line.end));
  if (!m || (kinds && !kinds.test(m[2]!))) return null;
  const words = wordsOf(m[1]!, line.start);
  const last = words.at(-1);
  // The name is the capitalised run that ends where the possessive starts, its titles left out.
  for (let i = 0; i < words.length; i++) {
    const name = readTitledName(words, i);
    if (name && name.end === last?.end) return name;
  }
  return null;
}

/**
 * The spoken paragraphs after the title: from the first prose paragraph (the date, place and
 * "As Delivered" lines above it are the header) to the `END` line, stage directions left out.
 */
function readBody(text: string, after: readonly Span[]): Span[] {
  const first = after.findIndex((p) => isProse(text.slice(p.start, p.end)));
  if (first < 0) return [];
  const body: Span[] = [];
  for (const p of after.slice(first)) {
    const s = text.slice(p.start, p.end);
    if (isEndLine(s)) break;
    if (!isStageDirection(s)) body.push(p);
  }
  return body;
}

function isProse(s: string): boolean {
  return SENTENCE_END.test(s) && s.split(/\s+/u).length >= MIN_PROSE_WORDS;
}

/**
 * "(Applause.)", "[Laughter]": a paragraph made only of bracketed notes is the transcriber's
 * description of the room, not words anyone said.
 */
export function isStageDirection(s: string): boolean {
  return /^(?:[\s\u00a0]*(?:\([^()]*\)|\[[^[\]]*\]))+[\s\u00a0]*$/u.test(s);
}

/**
 * Whether paragraphs report someone rather than speak: most of them quote, and too few speak in
 * the first person outside quotation marks (MIN_FIRST_PERSON_SHARE). A passage of remarks in the
 * third person ("Growth has exceeded six percent") quotes no one.
 */
export function readsAsReport(text: string, body: readonly Span[]): boolean {
  const paragraphs = body.map((p) => text.slice(p.start, p.end));
  const quoting = paragraphs.filter((s) => QUOTE_MARK.test(s)).length;
  // The first person outside the double-quoted words: a speaker quoting a question ("you said,
  // “What happens then?” After that, we will …") still speaks.
  const speaking = paragraphs.filter((s) => FIRST_PERSON.test(s.replace(DOUBLE_QUOTED, ' '))).length;
  return quoting >= body.length / 2 && speaking < MIN_FIRST_PERSON_SHARE * body.length;
}

/** Words between double quotation marks. */
const DOUBLE_QUOTED = /["“„«][^"“”„«»]*["”»]/gu;

/** Share of the paragraphs that speak in the first person outside quotation marks. */
export function firstPersonShare(text: string, body: readonly Span[]): number {
  let first = 0;
  for (const p of body) {
    const s = text.slice(p.start, p.end);
    if (FIRST_PERSON.test(s) && !QUOTE_MARK.test(s)) first++;
  }
  return body.length > 0 ? first / body.length : 0;
}
