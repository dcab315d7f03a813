import type { Article } from '../../model/article.ts';
import type { Span } from '../../model/span.ts';
import { TRANSCRIPT_LABEL_ROLES } from '../../nlp/lexicons/transcript-labels.ts';
import { splitParagraphs } from '../../nlp/paragraphs.ts';
import { type Paragraph, trimSpan } from './candidate.ts';

/** One speaker turn of a transcript: its label and the words said, running to the next label. */
export interface TranscriptTurn extends Span {
  label: string;
  labelSpan: Span;
  /** `question` turns are the interviewer's; the rest are answers by the labelled speaker. */
  role: 'question' | 'answer' | 'named';
  interviewer: boolean;
}

/** A label is a short run of words before a colon at the very start of a paragraph. */
const TURN_LABEL = /^([\p{L}][\p{L}\p{N}.'’\- ]{0,48}?)\s?[:：]\s+(?=\S)/u;
/** Longest label read as a speaker name ("President of Russia Vladimir Putin" is six words). */
const MAX_LABEL_WORDS = 6;
/** Label turns needed before a text is read as a transcript (two questions, two answers). */
const MIN_TRANSCRIPT_TURNS = 4;
/** Times the label must change between consecutive turns: a Q&A alternates, a repeated headline does not. */
const MIN_LABEL_SWITCHES = 3;
/** Share of a named speaker's turns that end in "?" for it to be taken as the interviewer. */
const INTERVIEWER_QUESTION_SHARE = 0.5;
/** Paragraphs that end a turn: links, bare timestamps (site chrome after the last answer). */
const CHROME_PARAGRAPH = /https?:\/\/|^[\d\s.:/•|-]+$/u;

interface LabelHit {
  paragraph: Paragraph;
  label: string;
  labelSpan: Span;
  textStart: number;
}

/**
 * Cheap pre-check: several paragraphs open with a speaker label and the labels alternate. Headlines
 * of the form "Minister: talks continue" repeat one label and do not alternate, so they fail.
 */
export function looksLikeTranscript(article: Pick<Article, 'text'>): boolean {
  const hits = findLabels(article.text, splitParagraphs(article.text));
  return isAlternating(hits);
}

/** The turns of a transcript, or none when the text does not look like one. */
export function findTranscriptTurns(article: Pick<Article, 'text' | 'boilerplate'>): TranscriptTurn[] {
  const text = article.text;
  const paragraphs = splitParagraphs(text).filter((p) => !isInBoilerplate(article, p));
  const hits = findLabels(text, paragraphs);
  if (!isAlternating(hits)) return [];
  const turns: TranscriptTurn[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const stopAt = hits[h + 1]?.paragraph.start ?? Number.POSITIVE_INFINITY;
    let end = hit.paragraph.end;
    for (const p of paragraphs) {
      if (p.start <= hit.paragraph.start || p.start >= stopAt) continue;
      if (CHROME_PARAGRAPH.test(text.slice(p.start, p.end))) break;
      end = p.end;
    }
    const role = labelRole(hit.label);
    const span = trimSpan(text, hit.textStart, end);
    const turnRole = role === 'question' || role === 'answer' ? role : 'named';
    turns.push({
      ...span,
      label: hit.label,
      labelSpan: hit.labelSpan,
      role: turnRole,
      interviewer: role === 'question',
    });
  }
  markNamedInterviewer(text, turns);
  return turns;
}

function findLabels(text: string, paragraphs: readonly Paragraph[]): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const p of paragraphs) {
    const m = TURN_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 64)));
    if (!m) continue;
    const label = m[1]!.trim();
    if (!isSpeakerLabel(label)) continue;
    hits.push({
      paragraph: p,
      label,
      labelSpan: { start: p.start, end: p.start + label.length },
      textStart: p.start + m[0].length,
    });
  }
  return hits;
}

/** A speaker label: a known Q/A word, or a short name whose words are all capitalised. */
function isSpeakerLabel(label: string): boolean {
  const role = labelRole(label);
  if (role === 'not-a-speaker') return false;
  if (role !== 'named') return true;
  const words = label.split(/\s+/);
  if (words.length > MAX_LABEL_WORDS) return false;
  return words.every((w) => /^[\p{Lu}]/u.test(w) || /^(of|de|da|di|del|van|von|bin|al|la|le|der)$/.test(w));
}

function labelRole(label: string): 'question' | 'answer' | 'not-a-speaker' | 'named' {
  return TRANSCRIPT_LABEL_ROLES.get(label.toLowerCase().replace(/\.$/, '')) ?? 'named';
}

function isAlternating(hits: readonly LabelHit[]): boolean {
  if (hits.length < MIN_TRANSCRIPT_TURNS) return false;
  let switches = 0;
  for (let i = 1; i < hits.length; i++) if (hits[i]!.label !== hits[i - 1]!.label) switches++;
  return switches >= MIN_LABEL_SWITCHES;
}

/** Without Q/A labels, the named speaker whose turns mostly end in a question mark is the interviewer. */
function markNamedInterviewer(text: string, turns: TranscriptTurn[]): void {
  if (turns.some((t) => t.role === 'question')) return;
  const byLabel = new Map<string, { turns: number; questions: number }>();
  for (const t of turns) {
    const c = byLabel.get(t.label) ?? { turns: 0, questions: 0 };
    c.turns++;
    if (/\?\s*$/.test(text.slice(t.start, t.end))) c.questions++;
    byLabel.set(t.label, c);
  }
  for (const t of turns) {
    const c = byLabel.get(t.label)!;
    if (byLabel.size > 1 && c.questions / c.turns >= INTERVIEWER_QUESTION_SHARE) t.interviewer = true;
  }
}

function isInBoilerplate(article: Pick<Article, 'boilerplate'>, p: Span): boolean {
  return article.boilerplate.some((b) => b.start <= p.start && b.end >= p.end);
}
