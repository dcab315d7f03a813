import type { Article } from '../../../model/article.ts';
import type { Quote, Speaker } from '../../../model/quote.ts';
import type { Span } from '../../../model/span.ts';
import { splitSentences } from '../../../nlp/sentences.ts';
import { overlapsSortedSpans } from '../../../nlp/sorted-spans.ts';
import { findTranscriptTurns } from '../../../extract/quotes/03-transcript-turns.ts';
import { type SentenceIndex, SentenceIndexBuilder } from './sentence-index.ts';
import { type Term, termize } from '../terms.ts';
import { titleLength } from '../../../extract/transcripts/label-names.ts';

/**
 * A primary article made ready for alignment: its statement sentences (chrome left out), who says
 * each (transcript turns, the primary's own quotes), a sentence index, and every number it gives.
 */
export interface PrimarySource {
  article: Article;
  sentences: PrimarySentence[];
  index: SentenceIndex;
  /** Normalised names of everyone the primary gives the floor to. */
  speakers: Set<string>;
  /**
   * Normalised names of the named askers: a hearing's members, a court's justices, the chair.
   * Their words are on the record too, though no statement of the primary's.
   */
  askers: Set<string>;
  numbers: Set<string>;
}

export interface PrimarySentence extends Span {
  position: number;
  /** Normalised speaker names of the turn or quote the sentence is in. */
  speakers: Set<string>;
  /** Normalised name of the named asker whose turn the sentence is in, if any. */
  asker: string | null;
  terms: Term[];
}

/** A sentence more than this share inside chrome ranges is chrome. */
const MAX_CHROME_OVERLAP = 0.5;

/** Surname-level form of a person's name: the last word, lower case, diacritics off. */
export function speakerKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words[words.length - 1] ?? '';
}

export function isSameSpeaker(speaker: Speaker, keys: ReadonlySet<string>): boolean {
  return keys.has(speakerKey(speaker.name));
}

interface Turn extends Span {
  speaker: string | null;
  /** The named asker of a question turn ("JUSTICE ROE:", "Ms. CARDWELL."), not a statement's speaker. */
  asker: string | null;
  /** Where the spoken words start, after the label ("MS. DOE: "). */
  textStart: number;
  /** The spoken paragraphs: the time lines, stage directions and page furniture between them are not. */
  spoken: Span[];
}

/**
 * The primary's turns, read by the quote extractor's own turn reader (one reader, so a sentence
 * of the primary has the speaker its transcript quote has), each with the surname-level key of
 * its speaker. A bare "A:" answer is the person the transcript gives the floor to, else continues
 * the last named speaker; questions, moderators and named interviewers have none. A turn runs from
 * its label, so the sentence holding the label belongs to it.
 */
export function readTurns(article: Pick<Article, 'text' | 'boilerplate' | 'title'>): Turn[] {
  let last: string | null = null;
  return findTranscriptTurns(article).map((t) => {
    let speaker: string | null = null;
    const asker = t.interviewer && t.role === 'named' ? askerKey(t.speaker?.name ?? t.label) : null;
    if (!t.interviewer && t.role === 'named') speaker = last = speakerKey(t.speaker?.name ?? t.label);
    // An answer whose speaker the transcript names (the interviewee of its title, the witness a
    // hearing called) is theirs, not the last named label's (the counsel who called the witness).
    else if (!t.interviewer && t.role === 'answer') speaker = t.speaker ? speakerKey(t.speaker.name) : last;
    return { start: t.opensAt, end: t.end, speaker, asker, textStart: t.start, spoken: t.paragraphs };
  });
}

/** A named asker's key, unless the label is an office alone ("The Chair", "THE PRESIDENT"). */
function askerKey(label: string): string | null {
  const words = label
    .split(/[\s\u00a0]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => w.toLowerCase().replace(/\.$/u, ''));
  let i = 0;
  for (let n = titleLength(words, i); n > 0 && i < words.length; n = titleLength(words, i)) i += n;
  return i < words.length ? speakerKey(label) : null;
}

/**
 * The stretches inside turns between their spoken paragraphs, in text order: a caption track's
 * time lines, a stage direction, a page number. A sentence run over them (captions have no stops)
 * holds their tokens, which are nobody's words and would break a quote's run of words.
 */
function unspokenGaps(turns: readonly Turn[]): Span[] {
  const gaps: Span[] = [];
  for (const t of turns)
    for (let i = 1; i < t.spoken.length; i++) {
      const gap = { start: t.spoken[i - 1]!.end, end: t.spoken[i]!.start };
      if (gap.end > gap.start) gaps.push(gap);
    }
  return gaps.sort((a, b) => a.start - b.start);
}

function chromeShare(span: Span, chrome: readonly Span[]): number {
  let covered = 0;
  for (const c of chrome) covered += Math.max(0, Math.min(span.end, c.end) - Math.max(span.start, c.start));
  return covered / Math.max(1, span.end - span.start);
}

/** Build the primary's sentences, speakers and index. `quotes` are the primary article's own quotes. */
export function preparePrimary(article: Article, quotes: readonly Quote[]): PrimarySource {
  const read = readTurns(article);
  const turns = read.filter((t) => t.speaker !== null);
  const asked = read.filter((t) => t.asker !== null);
  // The primary's own quotes name its speakers, except quotes nested in someone else's turn
  // (an answer citing a third party is not that party speaking).
  const own = quotes.filter(
    (q) =>
      q.article === article.id &&
      q.speaker !== null &&
      !turns.some((t) => q.start >= t.start && q.end <= t.end && t.speaker !== speakerKey(q.speaker!.name)),
  );
  const speakers = new Set<string>([
    ...turns.map((t) => t.speaker!),
    ...own.map((q) => speakerKey(q.speaker!.name)),
  ]);
  const unspoken = unspokenGaps(read);
  const spans = splitSentences(article.text).filter(
    (s) => chromeShare(s, article.boilerplate) <= MAX_CHROME_OVERLAP,
  );
  const sentences: PrimarySentence[] = spans.map((span, position) => {
    // The label is not part of what was said: a sentence opening on it starts after it, so a quote
    // of the turn's first words aligns from the first word.
    const labelled = turns.find(
      (t) => span.start >= t.start && span.start < t.textStart && t.textStart < span.end,
    );
    const s = labelled ? { start: labelled.textStart, end: span.end } : span;
    const who = new Set<string>();
    for (const t of turns) if (s.start >= t.start && s.start < t.end) who.add(t.speaker!);
    for (const q of own) if (s.start < q.end && s.end > q.start) who.add(speakerKey(q.speaker!.name));
    const askedIn = asked.find((t) => s.start >= t.start && s.start < t.end);
    return {
      start: s.start,
      end: s.end,
      position,
      speakers: who,
      asker: askedIn?.asker ?? null,
      terms: termize(article.text, s.start, s.end).filter(
        (t) => !overlapsSortedSpans(unspoken, t.start, t.end),
      ),
    };
  });
  const builder = new SentenceIndexBuilder();
  builder.add(0, article.text, sentences);
  const numbers = new Set<string>();
  for (const t of termize(article.text)) if (t.num !== null) numbers.add(t.num);
  const askers = new Set(asked.map((t) => t.asker!));
  return { article, sentences, index: builder.build(), speakers, askers, numbers };
}
