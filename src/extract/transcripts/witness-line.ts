import type { Span } from '../../model/span.ts';
import { WITNESS_NOTES } from '../../nlp/lexicons/transcript-labels.ts';
import { type NameInText, readTitledName, wordsOf } from './label-names.ts';
import { lineNumberLength } from '../../nlp/line-numbers.ts';

/**
 * The lines a court or inquiry transcript prints between turns to say who is in the box and who
 * asks: the witness called ("MR IVO SARN (affirmed)", "Ilsa Orva, sworn") and the examination
 * that follows ("Questions from COUNSEL FOR THE BOARD", "Cross-examination by MR ROE"). They are
 * the transcriber's, not anyone's words; the witness line hands the "A." answers after it to the
 * person it names, as a title hands them to the interviewee.
 */

const NOTES = WITNESS_NOTES.map((n) => n.note.replace(/ /gu, '[\\s\\u00a0]+')).join('|');
/** A name, then its note in brackets or after a comma, and nothing else on the line. */
const WITNESS_LINE = new RegExp(
  `^([\\p{Lu}][\\p{L}.'’\\- \\u00a0]{2,60}?)(?:[\\s\\u00a0]*\\((?:${NOTES})\\)|,[\\s\\u00a0]+(?:${NOTES}))\\.?$`,
  'iu',
);
/**
 * A court reporter's witness line: the name and a comma, then the oath as a clause ("RUTH ORVA,
 * having been first duly sworn, was examined and testified as follows:"), maybe over two
 * numbered lines.
 */
const SWORN_CLAUSE =
  /^([\p{Lu}][\p{L}.'’\- \u00a0]{2,60}?),[\s\u00a0\d]+(?:having[\s\u00a0]+been|being|who[\s\u00a0]+was|was)[\s\u00a0]+(?:first[\s\u00a0]+)?(?:duly[\s\u00a0]+)?(?:sworn|affirmed)\b/iu;
/**
 * An examination heading: who asks the witness now ("Examination by Ms Roe", "Questions from
 * Counsel for the Board (continued)", "CROSS-EXAMINATION", "BY MR. ROE:"). No full stop: a
 * sentence saying so ends with one.
 */
const EXAMINATION_LINE =
  /^(?:(?:direct|further|re-?|redirect|recross|cross)[\s\u00a0-]*)?(?:examination(?:[- ]in[- ]chief)?|examined|questions|questioned)(?:[\s\u00a0]+(?:by|from)[\s\u00a0]+\p{Lu}[^.!?]{1,60})?(?:[\s\u00a0]*\((?:continued|cont'd|resumed)\))?$/iu;
/** The examining lawyer's line of a court record ("BY MR. ROE:", "By Ms Orva:"): capitalised words only. */
const BY_EXAMINER_LINE = /^(?:BY|By)[\s\u00a0]+(?:\p{Lu}[\p{L}.'’-]*[\s\u00a0]*){1,4}:?$/u;

/** The witness a line calls, or null: the words after any line number must be a name and a note. */
export function readWitnessLine(text: string, paragraph: Span): NameInText | null {
  const s = text.slice(paragraph.start, paragraph.end);
  const at = lineNumberLength(s);
  const m = WITNESS_LINE.exec(s.slice(at)) ?? SWORN_CLAUSE.exec(s.slice(at));
  if (!m) return null;
  const words = wordsOf(m[1]!.trim(), paragraph.start + at);
  const name = readTitledName(words, 0);
  // A name is two words at least, each capitalised ("Counsel, sworn" is no witness).
  return name && name.name.split(' ').length >= 2 && name.end === words.at(-1)!.end ? name : null;
}

/** Whether the paragraph is an examination heading ("CROSS-EXAMINATION", "BY MS. ROE:"). */
export function isExaminationLine(text: string, paragraph: Span): boolean {
  const s = text.slice(paragraph.start, paragraph.end);
  const line = s.slice(lineNumberLength(s)).trim();
  return EXAMINATION_LINE.test(line) || BY_EXAMINER_LINE.test(line);
}

/** Whether the paragraph is a witness or examination line: the transcriber's, never speech. */
export function isWitnessOrExaminationLine(text: string, paragraph: Span): boolean {
  return readWitnessLine(text, paragraph) !== null || isExaminationLine(text, paragraph);
}

/**
 * A hearing record's header line listing its witnesses ("WITNESSES: Ilsa Orva, Director, Harbour
 * Board; Dr. Ivo Sarn, Professor of Law"): one entry a semicolon, each the name and then what the
 * person is after a comma.
 */
const WITNESS_LIST = /^(?:panel[\s\u00a0]+of[\s\u00a0]+)?witness(?:es)?[\s\u00a0]*[:—–-][\s\u00a0]*/iu;

/** The witnesses a header line lists (WITNESS_LIST), or none: each a name of two words or more. */
export function readWitnessList(text: string, paragraph: Span): NameInText[] {
  const s = text.slice(paragraph.start, paragraph.end);
  const head = WITNESS_LIST.exec(s);
  if (!head) return [];
  const names: NameInText[] = [];
  let at = head[0].length;
  for (const entry of s.slice(at).split(';')) {
    const name = readListedName(text, paragraph.start + at, entry);
    if (name) names.push(name);
    at += entry.length + 1;
  }
  return names;
}

/** A heading line of its own over the list, one witness a line ("WITNESSES" / "Witnesses:"). */
const WITNESS_HEADING = /^(?:panel[\s\u00a0]+of[\s\u00a0]+)?witness(?:es)?[\s\u00a0]*:?$/iu;

/**
 * The witnesses a header lists under a heading line, one a line ("Ilsa Orva, Director, Harbour
 * Board"): the lines after the heading up to the first that is no such entry.
 */
export function readWitnessLines(text: string, header: readonly Span[]): NameInText[] {
  const names: NameInText[] = [];
  for (let i = 0; i < header.length; i++) {
    const p = header[i]!;
    if (!WITNESS_HEADING.test(text.slice(p.start, p.end).trim())) continue;
    for (const line of header.slice(i + 1)) {
      const entry = text.slice(line.start, line.end);
      const name = entry.includes(',') ? readListedName(text, line.start, entry) : null;
      if (!name) break;
      names.push(name);
    }
  }
  return names;
}

/** An entry's name, before its first comma: two words or more, titles left out. */
function readListedName(text: string, at: number, entry: string): NameInText | null {
  const part = entry.split(',')[0]!;
  const name = readTitledName(wordsOf(part, at), 0);
  return name && name.name.split(' ').length >= 2 ? name : null;
}

/**
 * The chair's words that introduce the witnesses in running prose, where no header lists them
 * ("Our witnesses today are Ilsa Orva, who runs …, and Dr. Ivo Sarn, a …", "Our first witness is
 * …", "Our second witness is …, Deputy Director of …", "We will hear today from … and …"): a
 * transcription service types the hearing so, with bare surnames for labels after. The list runs
 * to the end of the sentence.
 */
const WITNESS_INTRODUCTION =
  /\b(?:(?:our|the)[\s\u00a0]+(?:(?:first|second|third|fourth|fifth|next|final|last|two|three|four|five)[\s\u00a0]+)?witness(?:es)?(?:[\s\u00a0]+(?:today|this[\s\u00a0]+(?:morning|afternoon)|before[\s\u00a0]+us))?[\s\u00a0]+(?:are|is|will[\s\u00a0]+be)|we[\s\u00a0]+will[\s\u00a0]+hear(?:[\s\u00a0]+(?:today|this[\s\u00a0]+(?:morning|afternoon)))?[\s\u00a0]+from)[:\s\u00a0]+/giu;
/** Where a list's next member starts: after a semicolon, or "and" after a comma or a space. */
const LIST_JOINT = /(?:;|,?[\s\u00a0]+and)[\s\u00a0]+/gu;

/** The witnesses a paragraph introduces in prose (WITNESS_INTRODUCTION): names of two words or more. */
export function readWitnessIntroduction(text: string, paragraph: Span): NameInText[] {
  const s = text.slice(paragraph.start, paragraph.end);
  const names: NameInText[] = [];
  for (const m of s.matchAll(WITNESS_INTRODUCTION)) {
    const from = m.index + m[0].length;
    const end = s.slice(from).search(SENTENCE_END);
    const list = s.slice(from, end < 0 ? s.length : from + end);
    const starts = [0, ...[...list.matchAll(LIST_JOINT)].map((j) => j.index + j[0].length)];
    for (const at of starts) {
      // A name holds no comma: after one comes what the witness is ("Ilsa Orva, Director of …").
      const member = list.slice(at).split(',')[0]!;
      const words = wordsOf(member, paragraph.start + from + at);
      // Only a name that opens the member: "who runs the Harbour Board" names no witness.
      const name = /^\p{Lu}/u.test(words[0]?.text ?? '') ? readTitledName(words, 0) : null;
      if (name && name.name.split(' ').length >= 2) names.push(name);
    }
  }
  return names;
}

/** A sentence's end: a full stop, not a title's ("Dr. Ivo Sarn" goes on), or "!" / "?". */
const SENTENCE_END =
  /(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sen|Rep|Gov|Hon|Gen|Col|Capt|Lt|St|Jr|Sr))[.!?](?:[\s\u00a0]|$)/u;
