import type { Article } from '../../model/article.ts';
import type { Quote, Speaker } from '../../model/quote.ts';
import type { Span } from '../../model/span.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import { type SentenceIndex, SentenceIndexBuilder } from './sentence-index.ts';
import { type Term, termize } from './terms.ts';

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
  numbers: Set<string>;
}

export interface PrimarySentence extends Span {
  position: number;
  /** Normalised speaker names of the turn or quote the sentence is in. */
  speakers: Set<string>;
  terms: Term[];
}

/** A sentence more than this share inside chrome ranges is chrome. */
const MAX_CHROME_OVERLAP = 0.5;
/** Transcript labels that name a role, not a speaker: their turns are questions or captions. */
const NON_SPEAKER_LABELS = new Set([
  'question',
  'q',
  'answer',
  'a',
  'interviewer',
  'moderator',
  'host',
  'reporter',
  'journalist',
  'correspondent',
  'photo',
  'video',
  'source',
  'image',
  'credit',
  'note',
  'update',
  'tags',
  'share',
  'read more',
  'related',
  'editor',
  'audience',
  'participant',
  'voice',
  'translation',
  'transcript',
]);
const TURN_LABEL = /^[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]*:[ \t]+\S/u;

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
}

/**
 * Transcript turns from "Name: …" line labels. A label counts when it is a full name (two words or
 * more) or recurs: "Photo: MFA" once is a caption, "Brannik:" on every answer is a speaker.
 */
export function readTurns(text: string): Turn[] {
  const lines: { start: number; end: number; label: string | null }[] = [];
  const lineRe = /[^\n]*/g;
  for (let m = lineRe.exec(text); m !== null && m.index < text.length; m = lineRe.exec(text)) {
    const label = TURN_LABEL.exec(m[0])?.[1] ?? null;
    lines.push({ start: m.index, end: m.index + m[0].length, label });
    lineRe.lastIndex = m.index + m[0].length + 1;
  }
  const counts = new Map<string, number>();
  for (const l of lines) if (l.label) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  const turns: Turn[] = [];
  for (const l of lines) {
    const label = l.label;
    const isLabel = label !== null && (label.includes(' ') || (counts.get(label) ?? 0) >= 2);
    if (isLabel) {
      const role = NON_SPEAKER_LABELS.has(label.toLowerCase());
      const continuing = label.toLowerCase() === 'answer' || label.toLowerCase() === 'a';
      const prev = [...turns].reverse().find((t) => t.speaker !== null);
      const speaker = role ? (continuing ? (prev?.speaker ?? null) : null) : speakerKey(label);
      turns.push({ start: l.start, end: l.end, speaker });
    } else if (turns.length > 0) {
      turns[turns.length - 1]!.end = l.end;
    }
  }
  return turns;
}

function chromeShare(span: Span, chrome: readonly Span[]): number {
  let covered = 0;
  for (const c of chrome) covered += Math.max(0, Math.min(span.end, c.end) - Math.max(span.start, c.start));
  return covered / Math.max(1, span.end - span.start);
}

/** Build the primary's sentences, speakers and index. `quotes` are the primary article's own quotes. */
export function preparePrimary(article: Article, quotes: readonly Quote[]): PrimarySource {
  const turns = readTurns(article.text).filter((t) => t.speaker !== null);
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
  const spans = splitSentences(article.text).filter(
    (s) => chromeShare(s, article.boilerplate) <= MAX_CHROME_OVERLAP,
  );
  const sentences: PrimarySentence[] = spans.map((s, position) => {
    const who = new Set<string>();
    for (const t of turns) if (s.start >= t.start && s.start < t.end) who.add(t.speaker!);
    for (const q of own) if (s.start < q.end && s.end > q.start) who.add(speakerKey(q.speaker!.name));
    return {
      start: s.start,
      end: s.end,
      position,
      speakers: who,
      terms: termize(article.text, s.start, s.end),
    };
  });
  const builder = new SentenceIndexBuilder();
  builder.add(0, article.text, sentences);
  const numbers = new Set<string>();
  for (const t of termize(article.text)) if (t.num !== null) numbers.add(t.num);
  return { article, sentences, index: builder.build(), speakers, numbers };
}
