/**
 * The clause a date sits in, as a timeline label and evidence span: the sentence around it, cut
 * at clause punctuation, and if still long, a window of whole words around the date. Short enough
 * to read on one line, long enough to keep what happened ("Crimea, seized in 2014").
 */
import type { Span } from '../../model/span.ts';
import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES } from '../../nlp/lexicons/calendar-words.ts';
import { NOT_NAME_WORDS } from '../../nlp/lexicons/function-words.ts';
import { splitSentences } from '../../nlp/sentences.ts';

/**
 * Characters of context kept on each side of the date when the clause is longer: about a dozen
 * words, which in news prose covers the verb and its subject or object on the date's side.
 */
const CONTEXT_CHARS = 90;

/** Characters past the context window a clause break is still looked for (the longest break is 3). */
const BREAK_REACH = 10;

/** Semicolons, colons and dashes join independent clauses; commas too often split a name off. */
const CLAUSE_BREAK = /[;:—–]|\s-\s/g;

/** The sentences of `text`, split once per article and handed to every `clauseAround` call. */
export const sentencesOf = (text: string): Span[] => splitSentences(text);

export function clauseAround(text: string, sentences: readonly Span[], start: number, end: number): Span {
  const sentence = sentences.find((s) => s.start <= start && end <= s.end) ?? {
    start,
    end,
  };
  let from = sentence.start;
  let to = sentence.end;
  // Only breaks within reach of the date can decide the clause (one further than CONTEXT_CHARS
  // is overruled by the word window below): read there, not the whole sentence per date, which
  // was quadratic on a sentence of thousands of numbers. The reach starts outside any run of
  // spaces and dashes, so the breaks found in it are the ones a reading from the start finds.
  let reachFrom = Math.max(from, start - CONTEXT_CHARS - BREAK_REACH);
  while (reachFrom > from && /[\s-]/u.test(text[reachFrom - 1]!)) reachFrom--;
  const reachTo = Math.min(to, end + CONTEXT_CHARS + BREAK_REACH);
  for (const m of text.slice(reachFrom, Math.max(reachFrom, reachTo)).matchAll(CLAUSE_BREAK)) {
    const at = reachFrom + m.index;
    // Keep the clause only if the date's side still says something beyond the date itself.
    if (at + m[0].length <= start && start - (at + m[0].length) > 12) from = at + m[0].length;
    else if (at >= end && at - end > 12 && at < to) to = at;
  }
  if (start - from > CONTEXT_CHARS) from = wordStart(text, start - CONTEXT_CHARS);
  if (to - end > CONTEXT_CHARS) to = wordEnd(text, end + CONTEXT_CHARS);
  return trim(text, from, to, start, end);
}

function wordStart(text: string, at: number): number {
  while (at < text.length && /\S/.test(text[at - 1] ?? ' ')) at++;
  return at;
}

function wordEnd(text: string, at: number): number {
  while (at > 0 && /\S/.test(text[at] ?? ' ')) at--;
  return at;
}

/** Strip quote marks, brackets and spaces at the edges, never into the date itself. */
function trim(text: string, from: number, to: number, start: number, end: number): Span {
  const slice = text.slice(from, to);
  const lead = /^[\s"“”‘’«»()[\],.;:—–-]+/.exec(slice)?.[0].length ?? 0;
  const tail = /[\s"“”‘’«»()[\],;:—–-]+$/.exec(slice)?.[0].length ?? 0;
  return { start: Math.min(from + lead, start), end: Math.max(to - tail, end) };
}

/** Calendar words are shared by every clause of one date, so they say nothing about the event. */
const CALENDAR = new Set([...ENGLISH_MONTH_NAMES, ...ENGLISH_WEEKDAY_NAMES]);

/** The words that identify an event: four letters or more, not function or calendar words. */
export function contentWords(clause: string): Set<string> {
  const out = new Set<string>();
  for (const m of clause.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    const w = m[0];
    if (!CALENDAR.has(w) && !NOT_NAME_WORDS.has(w)) out.add(w);
  }
  return out;
}
