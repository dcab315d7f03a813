import type { Span } from '../../model/span.ts';
import { END_LINE, SPEECH_TITLE_HEADS } from '../../nlp/lexicons/transcript-labels.ts';
import { type NameInText, readTitledName, wordsOf } from './label-names.ts';

/**
 * An official speech or statement published without turn labels: a title line names the speaker
 * ("Remarks by Governor Ilsa Orva on the Harbour Plan"), and every body paragraph after it is
 * that person's words, up to the closing `END` line.
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
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|us|[Mm]y|me)\b/u;
const QUOTE_MARK = /["“”«»„]/u;
const SENTENCE_END = /[.!?…]["”’)\]*]*$/u;

/** The speech the text is, or null: no speech title at the top, or a body that is not first person. */
export function findSpeech(text: string, paragraphs: readonly Span[]): Speech | null {
  for (let t = 0; t < Math.min(MAX_TITLE_PARAGRAPH, paragraphs.length); t++) {
    const title = paragraphs[t]!;
    const speaker = readSpeechTitle(text, title);
    if (!speaker) continue;
    const body = readBody(text, paragraphs.slice(t + 1));
    if (body.length < MIN_SPEECH_PARAGRAPHS || firstPersonShare(text, body) < MIN_FIRST_PERSON_SHARE)
      return null;
    return { speaker, title, body };
  }
  return null;
}

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
  return readTitledName(words, head.words);
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
    if (END_LINE.test(s)) break;
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

function firstPersonShare(text: string, body: readonly Span[]): number {
  let first = 0;
  for (const p of body) {
    const s = text.slice(p.start, p.end);
    if (FIRST_PERSON.test(s) && !QUOTE_MARK.test(s)) first++;
  }
  return body.length > 0 ? first / body.length : 0;
}
