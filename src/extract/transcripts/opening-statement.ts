import type { Span } from '../../model/span.ts';
import type { NameInText } from './label-names.ts';
import type { SpeakerTurn } from './turn-speakers.ts';

/**
 * A header line that says the text below is a record and whose ("The following is a near-verbatim
 * transcript of today's briefing by Ilsa Varn, Spokesperson …", "… as delivered by Ilsa Varn").
 * Words that only name an occasion ("said at a briefing") are a report's, not a record's.
 */
const RECORD_NOTE = /\b(?:transcript|the following|as delivered|as prepared)\b/iu;
/**
 * A title line naming the occasion ("Spokesperson Ilsa Varn's Regular Press Conference on March
 * 3"): a record's heading, where a report would write a sentence.
 */
const OCCASION_TITLE = /\b(?:press conference|news conference|briefing)\b/iu;
/** Words a paragraph needs to be a statement's prose, not a topic heading ("**Harbours") or a date. */
const MIN_STATEMENT_WORDS = 8;
const SENTENCE_CLOSE = /[.!?…]["”’)]*$/u;

/**
 * A briefing whose record labels only its questions and answers: the official opens it with a
 * statement that carries no label, between the line saying whose briefing it is (a record note,
 * or the record's title) and the first question ("Question:" or an outlet's label, then
 * "Spokesperson:" or the official's name for the answers). Those paragraphs are the official's
 * words, as the answers are. Read only when one official answers every question and that line
 * names them, so an article's own prose above a quoted exchange stays the article's.
 */
export function readOpeningStatement(
  text: string,
  headerParagraphs: readonly Span[],
  turns: readonly SpeakerTurn[],
): { speaker: NameInText; paragraphs: Span[] } | null {
  if (turns[0]?.role !== 'question' && !turns[0]?.interviewer) return null;
  const officials = turns.filter((t) => t.role !== 'question' && !t.interviewer);
  const speaker = officials[0]?.speaker;
  if (!speaker || officials.some((t) => t.speaker?.name !== speaker.name)) return null;
  const family = speaker.name.split(' ').at(-1)!.toLowerCase();
  const note = headerParagraphs.findLastIndex((p, i) => {
    const line = text.slice(p.start, p.end).trim();
    const says =
      RECORD_NOTE.test(line) || (i === 0 && OCCASION_TITLE.test(line) && !SENTENCE_CLOSE.test(line));
    return says && wordsIn(line).includes(family);
  });
  if (note < 0) return null;
  const paragraphs = headerParagraphs.slice(note + 1).filter((p) => {
    const prose = text.slice(p.start, p.end).trim();
    return prose.split(/\s+/u).length >= MIN_STATEMENT_WORDS && SENTENCE_CLOSE.test(prose);
  });
  // An official does not name themself in the third person; a report's lede above an excerpt does.
  const namesOfficial = paragraphs.some((p) => wordsIn(text.slice(p.start, p.end)).includes(family));
  return paragraphs.length > 0 && !namesOfficial ? { speaker, paragraphs } : null;
}

/** A line's words in lower case, a possessive's "'s" left out ("Ilsa Varn's" names her too). */
function wordsIn(line: string): string[] {
  return line
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}'’-]+/u);
}
