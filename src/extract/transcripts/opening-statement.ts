import type { Span } from '../../model/span.ts';
import type { NameInText } from './label-names.ts';
import type { SpeakerTurn } from './turn-speakers.ts';

/**
 * A header line that says the text below is a record and whose ("The following is a near-verbatim
 * transcript of today's briefing by Ilsa Varn, Spokesperson …", "… as delivered by Ilsa Varn").
 * Words that only name an occasion ("said at a briefing") are a report's, not a record's.
 */
const RECORD_NOTE = /\b(?:transcript|the following|as delivered|as prepared)\b/iu;
/** Words a paragraph needs to be a statement's prose, not a topic heading ("**Harbours") or a date. */
const MIN_STATEMENT_WORDS = 8;
const SENTENCE_CLOSE = /[.!?…]["”’)]*$/u;

/**
 * A briefing whose record labels only its questions and answers: the official opens it with a
 * statement that carries no label, between the line saying whose briefing it is and the first
 * question ("Question:", then "Spokesperson:" for the answers). Those paragraphs are the
 * official's words, as the answers are. Read only when one official answers every question and
 * the header line names them, so an article's own prose above a quoted exchange, which no such
 * line introduces, stays the article's.
 */
export function readOpeningStatement(
  text: string,
  headerParagraphs: readonly Span[],
  turns: readonly SpeakerTurn[],
): { speaker: NameInText; paragraphs: Span[] } | null {
  if (turns[0]?.role !== 'question') return null;
  const officials = turns.filter((t) => t.role !== 'question' && !t.interviewer);
  const speaker = officials[0]?.speaker;
  if (!speaker || officials.some((t) => t.speaker?.name !== speaker.name)) return null;
  const family = speaker.name.split(' ').at(-1)!.toLowerCase();
  const note = headerParagraphs.findLastIndex((p) => {
    const line = text.slice(p.start, p.end);
    return (
      RECORD_NOTE.test(line) &&
      line
        .toLowerCase()
        .split(/[^\p{L}'’-]+/u)
        .includes(family)
    );
  });
  if (note < 0) return null;
  const paragraphs = headerParagraphs.slice(note + 1).filter((p) => {
    const prose = text.slice(p.start, p.end).trim();
    return prose.split(/\s+/u).length >= MIN_STATEMENT_WORDS && SENTENCE_CLOSE.test(prose);
  });
  return paragraphs.length > 0 ? { speaker, paragraphs } : null;
}
