import type { Span } from '../../model/span.ts';
import { WITNESS_NOTES } from '../../nlp/lexicons/transcript-labels.ts';
import { type NameInText, readTitledName, wordsOf } from './label-names.ts';
import { lineNumberLength } from '../../nlp/line-numbers.ts';

/**
 * The lines a court or inquiry transcript prints between turns to say who is in the box and who
 * asks: the witness called ("MR IVO SARN (affirmed)", "Ilsa Orva, sworn") and the examination
 * that follows ("Questions from COUNSEL TO THE INQUIRY", "Cross-examination by MR ROE"). They are
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
 * An examination heading: who asks the witness now ("Examination by Ms Roe", "Questions from
 * Counsel to the Inquiry (continued)"). No full stop: a sentence saying so ends with one.
 */
const EXAMINATION_LINE =
  /^(?:(?:further|re-?|cross-?)[\s\u00a0]*)?(?:examination(?:[- ]in[- ]chief)?|examined|questions|questioned)[\s\u00a0]+(?:by|from)[\s\u00a0]+\p{Lu}[^.!?]{1,60}$/iu;

/** The witness a line calls, or null: the words after any line number must be a name and a note. */
export function readWitnessLine(text: string, paragraph: Span): NameInText | null {
  const s = text.slice(paragraph.start, paragraph.end);
  const at = lineNumberLength(s);
  const m = WITNESS_LINE.exec(s.slice(at));
  if (!m) return null;
  const words = wordsOf(m[1]!.trim(), paragraph.start + at);
  const name = readTitledName(words, 0);
  // A name is two words at least, each capitalised ("Counsel, sworn" is no witness).
  return name && name.name.split(' ').length >= 2 && name.end === words.at(-1)!.end ? name : null;
}

/** Whether the paragraph is a witness or examination line: the transcriber's, never speech. */
export function isWitnessOrExaminationLine(text: string, paragraph: Span): boolean {
  const s = text.slice(paragraph.start, paragraph.end);
  return (
    readWitnessLine(text, paragraph) !== null || EXAMINATION_LINE.test(s.slice(lineNumberLength(s)).trim())
  );
}
